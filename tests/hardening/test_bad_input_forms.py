"""Bad input in every other form a person types into: a report's note, an
appeal, a moderator's message or edit, a member action, a group's
description, reading settings, a search and a username at sign-up. Each is
refused in plain words with what was typed still there, nothing is saved,
and the answer comes in bounded time."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse

from community import services as community
from community.models import Group, Notification
from moderation import services as moderation
from moderation.models import Appeal, AuditEntry, Case, Flag, Sanction
from safety.models import ReaderSettings
# The moderation tests' people and post: a group, its author, a reader, a moderator.
from tests.moderation.conftest import author, group, moderator, post, reader, thread  # noqa: F401
from tests.hardening.form_echo import input_value, readable, textarea_text
from tests.hardening.measured import BOUND_SECONDS, timed

pytestmark = pytest.mark.django_db

MESSAGE_LIMIT = settings.HARBOUR["MESSAGE_MAX_CHARS"]
TOO_NESTED = "inside one another more than 8 levels deep"


@pytest.fixture
def case(post, reader, moderator):
    """The post, reported; the moderator holds its case."""
    moderation.flag_post(actor=reader, post=post, reason="spam")
    return moderation.case_claim(actor=moderator, case=Case.objects.get(post=post, status="open"))


@pytest.fixture
def removed(post, case, moderator):
    moderation.case_remove(actor=moderator, case=case, reason="Off topic for this group")
    post.refresh_from_db()
    return post


def submit(client, user, url, data, label):
    client.force_login(user)
    response, seconds = timed(label, lambda: client.post(url, data))
    assert seconds < BOUND_SECONDS
    return response, response.content.decode()


def test_a_report_note_over_its_limit_is_refused_with_the_note_kept(client, post, reader):
    note = "n" * (settings.HARBOUR["FLAG_NOTE_MAX_CHARS"] + 1)
    response, page = submit(client, reader, reverse("post_flag", args=[post.pk]), {"reason": "other", "note": note},
                            "report note just over its limit")
    assert response.status_code == 200 and "A note can be up to 1,000 characters" in readable(page)
    assert textarea_text(page, "note") == note and not Flag.objects.exists()


def test_invisible_characters_in_a_report_note_are_taken_out(client, post, reader):
    response, _ = submit(client, reader, reverse("post_flag", args=[post.pk]),
                         {"reason": "other", "note": "Selling\x00 pills\x07 here"}, "report note with controls")
    assert response.status_code == 302 and Flag.objects.get().note == "Selling pills here"


def test_an_appeal_over_its_limit_is_refused_with_the_words_kept(client, removed, author):
    text = "w" * (MESSAGE_LIMIT + 1)
    response, page = submit(client, author, f"{reverse('appeal')}?post={removed.pk}", {"text": text},
                            "appeal just over its limit")
    assert response.status_code == 200 and "A message can be up to 1,000 characters" in readable(page)
    assert textarea_text(page, "text") == text and not Appeal.objects.exists()


def test_a_moderators_message_over_its_limit_is_refused_with_the_message_kept(client, case, moderator):
    message = "m" * (MESSAGE_LIMIT + 1)
    audit = AuditEntry.objects.count()
    response, page = submit(client, moderator, reverse("case_act", args=[case.pk]),
                            {"action": "reach_out", "reason": message}, "moderator message just over its limit")
    assert response.status_code == 200 and "A message can be up to 1,000 characters" in readable(page)
    assert textarea_text(page, "reason") == message and 'value="reach_out" checked' in page
    assert AuditEntry.objects.count() == audit
    assert not Notification.objects.filter(kind=Notification.Kind.MODERATION).exists()


def test_a_moderators_edit_nested_too_deeply_is_refused_with_both_texts_kept(client, case, moderator, post):
    body = "> " * 50 + "without the details"
    response, page = submit(client, moderator, reverse("case_act", args=[case.pk]),
                            {"action": "edit", "reason": "Taking out details", "body": body}, "moderator edit nested")
    assert response.status_code == 200 and "The new text puts quotes" in readable(page) and TOO_NESTED in page
    assert textarea_text(page, "body") == body and textarea_text(page, "reason") == "Taking out details"
    post.refresh_from_db()
    assert post.body == "Some days are heavier than others." and post.revisions.count() == 1


def test_a_member_action_reason_over_its_limit_is_refused_with_the_reason_kept(client, global_moderator, author):
    reason = "r" * (MESSAGE_LIMIT + 1)
    response, page = submit(client, global_moderator, reverse("moderation_member", args=[author.username]),
                            {"action": "warn", "reason": reason}, "warning reason just over its limit")
    assert response.status_code == 200 and "A message can be up to 1,000 characters" in readable(page)
    assert textarea_text(page, "reason") == reason and not Sanction.objects.exists()


def test_a_reason_over_its_limit_is_refused_by_the_service_too(global_moderator, author):
    with pytest.raises(ValidationError) as error:
        moderation.member_warn(actor=global_moderator, member=author, reason="r" * (MESSAGE_LIMIT + 1))
    assert "A reason can be up to 1,000 characters" in error.value.messages[0]
    assert not Sanction.objects.exists()


DESCRIPTIONS = {
    "just over its limit": ("d" * (settings.HARBOUR["GROUP_DESCRIPTION_MAX_CHARS"] + 1),
                            "A group description can be up to 2000 characters"),
    "nested 1,000 quotes deep": (">" * 1_000 + " welcome", "This description puts quotes"),
    "with 101 links": ("<ab:c> " * 101, "This description has 101 links"),
}


@pytest.mark.parametrize("case_name", DESCRIPTIONS)
def test_a_bad_group_description_is_refused_in_the_admin_with_the_text_kept(client, admin_user, case_name):
    description, message = DESCRIPTIONS[case_name]
    groups = Group.objects.count()
    data = {"name": "Night owls", "slug": "night-owls", "description": description, "visibility": "public",
            "join_policy": "open"}
    response, page = submit(client, admin_user, "/admin/community/group/add/", data, f"group description {case_name}")
    assert response.status_code == 200 and message in readable(page)
    assert textarea_text(page, "description") == description and Group.objects.count() == groups


def test_a_bad_group_description_is_refused_by_the_service_and_the_old_one_stays(admin_user, group):
    group.description = "> " * 30 + "welcome"
    with pytest.raises(ValidationError) as error:
        community.group_save(actor=admin_user, group=group)
    assert TOO_NESTED in error.value.messages[0]
    assert Group.objects.get(pk=group.pk).description == "A *kind* place."


@pytest.mark.parametrize("mode", ["everything", "hide\x00", "s" * 10_000])
def test_a_reading_choice_that_is_not_offered_is_refused_and_nothing_changes(client, reader, mode):
    data = {"mode_suicide": "blur", "mode_self_harm": mode, "mode_eating_disorder": "hide"}
    response, page = submit(client, reader, reverse("reader_settings"), data, "reading settings with a bad choice")
    assert response.status_code == 200 and "Please choose show, blur or hide from the list." in page
    assert 'value="hide" required id="id_mode_eating_disorder_2" checked' in page  # the other choices stay
    assert not ReaderSettings.objects.filter(user=reader).exists()


def test_a_search_over_its_limit_is_refused_with_the_words_kept(client, reader):
    typed = "s" * (settings.HARBOUR["SEARCH_MAX_CHARS"] + 1)
    client.force_login(reader)
    response, seconds = timed("search just over its limit", lambda: client.get(reverse("search"), {"q": typed}))
    page = response.content.decode()
    assert response.status_code == 200 and seconds < BOUND_SECONDS
    assert "Searches can be up to 200 characters" in readable(page) and input_value(page, "q") == typed


def test_invisible_characters_in_a_search_are_taken_out(client, reader, post):
    client.force_login(reader)
    response = client.get(reverse("search"), {"q": "heavier\x00 than"})
    assert response.status_code == 200 and f"/posts/{post.pk}/" in response.content.decode()


USERNAMES = {
    "just over its limit": ("u" * 31, "Please choose a username of at most 30 characters."),
    "too short": ("ab", "Please choose a username of at least 3 characters."),
    "with a NUL": ("tide\x00watcher", "Usernames can use letters, numbers, underscores (_) and hyphens (-) only."),
    "with a control character": ("tide\x07watcher", "Usernames can use letters, numbers"),
}


@pytest.mark.parametrize("case_name", USERNAMES)
def test_a_bad_username_at_sign_up_is_refused_in_plain_words_with_the_name_kept(client, case_name):
    username, message = USERNAMES[case_name]
    data = {"username": username, "email": "new.member@example.org", "password1": "calm-harbour-evenings-42",
            "password2": "calm-harbour-evenings-42"}
    response, seconds = timed(f"sign-up, username {case_name}", lambda: client.post(reverse("account_signup"), data))
    page = response.content.decode()
    assert response.status_code == 200 and seconds < BOUND_SECONDS
    assert message in readable(page) and input_value(page, "username") == username
    assert not get_user_model().objects.filter(email="new.member@example.org").exists()
