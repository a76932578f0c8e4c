"""Watched-word patterns that would backtrack are refused when a moderator
saves them, quickly; the costliest patterns still accepted match a 100 KB
text in bounded time. tests/moderation/test_watched_words.py covers the
rules one by one; this adds the patterns that are slow only on letters the
timing probes do not contain, and the time taken on long text."""

import time

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from moderation import services as moderation
from moderation import watched
from moderation.models import WatchedWord
from tests.hardening.measured import BOUND_SECONDS, POSTING_BOUND_SECONDS, timed

pytestmark = pytest.mark.django_db

# Each would take from seconds to hours on a long enough post.
CATASTROPHIC = {
    "(a+)+$": "open repeats",
    "(.*a){20}": "open repeats",
    "(a|aa){1,20}$": "repeating a group",
    "q{0,50}q{0,50}q{0,50}!": "132,651 ways",
    "q{,9}q{,9}q{,9}!": "1,000 ways",
    "a{,99}": "up to 50",
}
# The most costly patterns the rules let through: at most 100 ways per letter.
COSTLIEST_ACCEPTED = ["q{1,9}q{1,9}!", "q{1,50}!", r"[0-9]{1,9}\s{0,9}kg"]
LONG_TEXT = 100 * 1024


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_a_pattern_that_would_backtrack_is_refused_quickly_and_says_why(pattern):
    started = time.perf_counter()
    with pytest.raises(ValidationError) as error:
        watched.validate_pattern(pattern)
    assert time.perf_counter() - started < BOUND_SECONDS
    assert CATASTROPHIC[pattern] in error.value.messages[0]


def test_a_moderator_saving_one_is_told_and_nothing_is_saved(client, global_moderator):
    client.force_login(global_moderator)
    response = client.post(reverse("watched_words"), {"text": "q{0,50}q{0,50}q{0,50}!", "kind": "pattern",
                                                      "action": "hold"}, follow=True)
    assert "too slow on long posts" in response.content.decode() and not WatchedWord.objects.exists()


@pytest.mark.parametrize("pattern", COSTLIEST_ACCEPTED)
def test_the_costliest_accepted_patterns_match_100_kb_in_bounded_time(pattern):
    watched.validate_pattern(pattern)
    entries = ((1, "pattern", pattern, "hold", None),)
    for letter in "q0 ":
        found, seconds = timed(f"{pattern} on 100 KB of {letter!r}", lambda: watched.matches(entries, letter * LONG_TEXT))
        assert found == [] and seconds < BOUND_SECONDS


def test_a_post_at_the_length_limit_is_screened_in_bounded_time(client, make_group, make_member, make_thread,
                                                               global_moderator, settings):
    for pattern in COSTLIEST_ACCEPTED:
        moderation.watched_word_add(actor=global_moderator, text=pattern, kind="pattern", action="hold")
    group = make_group("Evening check-ins")
    member = make_member(group, "tidewatcher")
    thread = make_thread(group, member)
    client.force_login(member)
    body = "q" * settings.HARBOUR["POST_MAX_CHARS"]
    url = reverse("thread_reply", args=[group.slug, thread.pk])
    response, seconds = timed("reply of 20,000 q under the costliest patterns",
                              lambda: client.post(url, {"body": body, "idempotency_key": "long-q"}))
    assert response.status_code == 302 and seconds < POSTING_BOUND_SECONDS
    assert thread.posts.get(body=body).status == "published"
