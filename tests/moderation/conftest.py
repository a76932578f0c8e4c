"""Shared people and posts for the moderation tests. Setup goes through the
services (community.services and moderation.services), as the app does."""

import pytest

from community import services as community
from moderation import services
from moderation.models import Case


@pytest.fixture
def group(make_group):
    return make_group("Anxiety peer support")


@pytest.fixture
def author(group, make_member):
    return make_member(group, "tidewatcher")


@pytest.fixture
def reporter(group, make_member):
    return make_member(group, "whistlingkettle")


@pytest.fixture
def reader(group, make_member):
    return make_member(group, "quietfern")


@pytest.fixture
def moderator(group, make_moderator):
    return make_moderator(group, "harbourmaster")


@pytest.fixture
def colleague(group, make_moderator):
    return make_moderator(group, "lighthousekeeper")


@pytest.fixture
def thread(group, author):
    return community.thread_start(actor=author, group=group, title="How was your week?",
                                  body="Mine was calm, mostly.").thread


@pytest.fixture
def post(thread, author):
    """A published reply by the author."""
    return community.post_reply(actor=author, thread=thread, body="Some days are heavier than others.")


@pytest.fixture
def flagged(post, reporter):
    """The reply, flagged as spam; returns its open case."""
    services.flag_post(actor=reporter, post=post, reason="spam")
    return Case.objects.get(post=post, status="open")


@pytest.fixture
def held_group(make_group):
    """A group that holds a new member's first two posts."""
    return make_group("New arrivals", hold_new_members=2)

