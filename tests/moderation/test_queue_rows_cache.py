"""The queue's rows are cached (moderation/queue_rows.py), yet every change to
a case or its post shows on the very next request, and each moderator sees the
post as their own content settings present it. Each test reads the queue once
first, so the cache holds the old rows, then changes things through the services."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from community import services as community
from community.permissions import viewer_of
from moderation import selectors, services
from moderation.models import Case
from moderation.queue_rows import render_case_rows
from safety import services as safety
from tests.moderation.helpers import case_of

pytestmark = pytest.mark.django_db

WORDS = "The ferry left without me and I sat on the pier."
WARNED = "Seventeen green boats came into the bay."
EDITED = "Later the tide turned and so did the day."
HIDDEN = "Hidden by your <a"


@pytest.fixture
def queue_as(client):
    def read(moderator) -> str:
        client.force_login(moderator)
        response = client.get(reverse("moderation_queue"))
        assert response.status_code == 200
        return response.content.decode()

    return read


@pytest.fixture
def case(thread, author, reporter):
    post = community.post_reply(actor=author, thread=thread, body=WORDS)
    services.flag_post(actor=reporter, post=post, reason="spam")
    return case_of(post)


@pytest.fixture
def warned_case(thread, author, reporter):
    post = community.post_reply(actor=author, thread=thread, body=WARNED, warnings=["self_harm"])
    services.flag_post(actor=reporter, post=post, reason="other", note="Wrong group")
    return case_of(post)


def _row(page: str, case: Case) -> str:
    start = page.index(f"case {case.pk}<")
    end = page.find('<li class="case', start)
    return page[start:end if end != -1 else page.index("</ol>", start)]


def test_a_claim_and_a_release_show_on_the_next_request(queue_as, case, moderator, colleague):
    assert "held by" not in _row(queue_as(colleague), case)
    services.case_claim(actor=moderator, case=case)
    assert f"held by {moderator.username}" in _row(queue_as(colleague), case)
    services.case_release(actor=moderator, case=Case.objects.get(pk=case.pk))
    assert "held by" not in _row(queue_as(colleague), case)


def test_a_new_flags_reason_shows_on_the_next_request(queue_as, case, moderator, make_member, group):
    before = _row(queue_as(moderator), case)
    assert "other" not in before
    services.flag_post(actor=make_member(group), post=case.post, reason="other", note="Seems off topic")
    after = _row(queue_as(moderator), case)
    assert "Reasons: other, spam" in after and after.split("Reasons")[0] == before.split("Reasons")[0]  # same priority


def test_an_authors_edit_shows_on_the_next_request(queue_as, case, moderator, author):
    assert WORDS in _row(queue_as(moderator), case)
    community.post_edit(actor=author, post=case.post, body=EDITED)
    row = _row(queue_as(moderator), case)
    assert EDITED in row and WORDS not in row


def test_the_time_waited_moves_on_with_the_clock(case, moderator):
    viewer = viewer_of(moderator)
    cases = list(selectors.queue(moderator))
    now = timezone.now()
    assert "0\xa0minutes</time>" in render_case_rows(viewer, cases, now)[0]
    assert "3\xa0hours</time>" in render_case_rows(viewer, cases, now + timedelta(hours=3))[0]


def test_a_moderators_new_content_setting_shows_on_the_next_request(queue_as, warned_case, moderator):
    assert WARNED in _row(queue_as(moderator), warned_case)
    safety.reader_settings_update(actor=moderator, modes={"self_harm": "hide"}, show_ed_numbers=False)
    row = _row(queue_as(moderator), warned_case)
    assert WARNED not in row and HIDDEN in row
    safety.reader_settings_update(actor=moderator, modes={"self_harm": "blur"}, show_ed_numbers=False)
    row = _row(queue_as(moderator), warned_case)
    assert '<details class="reveal">' in row and WARNED in row


def test_a_moderator_is_never_sent_a_row_drawn_for_another(queue_as, warned_case, moderator, colleague):
    safety.reader_settings_update(actor=colleague, modes={"self_harm": "hide"}, show_ed_numbers=False)
    shown = _row(queue_as(moderator), warned_case)
    hidden = queue_as(colleague)
    assert WARNED in shown and HIDDEN not in shown
    assert WARNED not in hidden and HIDDEN in _row(hidden, warned_case)


def test_a_block_shows_on_the_next_request_and_says_why_the_post_is_not_shown(queue_as, case, moderator, author):
    assert WORDS in _row(queue_as(moderator), case)
    safety.block_add(actor=moderator, blocked=author)
    row = _row(queue_as(moderator), case)
    assert WORDS not in row and "you blocked this member" in row
