"""Watched words: block, hold, case and warn; and the bounded patterns a
moderator may save."""

import time

import pytest
from django.core.exceptions import ValidationError

from community import services as community
from community.models import Post, PostWarning, Thread
from moderation import watched
from moderation.admin import WatchedWordForm
from moderation.models import Case, WatchedWord
from moderation.receivers import REFUSED
from safety.models import ContentWarning

pytestmark = pytest.mark.django_db


def watch(text, action, *, kind="word", warning=None):
    return WatchedWord.objects.create(text=text, kind=kind, action=action,
                                      warning=ContentWarning.objects.get(slug=warning) if warning else None)


def test_a_blocked_word_refuses_a_reply_kindly_and_saves_nothing(thread, author):
    watch("bluepill", "block")
    posts, revisions = Post.objects.count(), thread.posts.first().revisions.count()
    with pytest.raises(ValidationError) as error:
        community.post_reply(actor=author, thread=thread, body="You should all try BluePill, honestly.")
    assert error.value.messages == [REFUSED]
    assert "Your text is still here" in REFUSED and "wasn't posted" in REFUSED
    assert Post.objects.count() == posts and thread.posts.first().revisions.count() == revisions
    assert not Case.objects.exists()


def test_a_blocked_word_refuses_a_new_thread_and_saves_no_thread(group, author):
    watch("bluepill", "block")
    for title, body in [("Try bluepill", "A calm day."), ("A calm day", "Try bluepill.")]:
        with pytest.raises(ValidationError):
            community.thread_start(actor=author, group=group, title=title, body=body)
    assert not Thread.objects.exists() and not Post.objects.exists() and not Case.objects.exists()


def test_a_blocked_word_refuses_moderators_too(group, moderator):
    watch("bluepill", "block")
    with pytest.raises(ValidationError):
        community.thread_start(actor=moderator, group=group, title="Notice", body="No bluepill links please.")


def test_the_composer_keeps_the_draft_when_a_blocked_word_refuses_it(client, group, author):
    watch("bluepill", "block")
    client.force_login(author)
    response = client.post(f"/groups/{group.slug}/new/", {"title": "Hello", "body": "About bluepill and me"})
    page = response.content.decode()
    assert response.status_code == 200 and "wasn&#x27;t posted" in page and "About bluepill and me" in page
    assert not Post.objects.exists()


def test_a_hold_word_holds_the_post_in_a_watched_word_case(thread, author):
    watch("pharmacy", "hold")
    post = community.post_reply(actor=author, thread=thread, body="Which pharmacy sells it?")
    assert post.status == "pending" and post.number is None
    assert Case.objects.get(post=post).reasons == ["watched_word"]


def test_a_hold_word_does_not_hold_a_moderators_post(thread, moderator):
    watch("pharmacy", "hold")
    assert community.post_reply(actor=moderator, thread=thread, body="Ask your pharmacy.").status == "published"


def test_a_case_word_publishes_and_opens_a_case(thread, author):
    watch("diet pills", "case", kind="phrase")
    post = community.post_reply(actor=author, thread=thread, body="Has anyone tried diet\n pills?")
    assert post.status == "published" and post.number == 2
    assert Case.objects.get(post=post).reasons == ["watched_word"]


def test_a_case_word_in_a_thread_title_opens_a_case(group, author):
    # The title is screened with the body for block and hold; a case word there
    # must open a case just the same.
    watch("diet pills", "case", kind="phrase")
    post = community.thread_start(actor=author, group=group, title="Diet pills?", body="Has anyone tried them?")
    assert Case.objects.filter(post=post, reasons__icontains="watched_word").exists()


def test_a_warn_word_applies_the_warning(thread, author):
    watch("purging", "warn", warning="eating_disorder")
    post = community.post_reply(actor=author, thread=thread, body="I was purging again.")
    post.refresh_from_db()
    assert post.status == "published" and "eating_disorder" in post.warning_slugs
    assert post.warnings.get(warning__slug="eating_disorder", source=PostWarning.Source.MODERATOR)
    assert not Case.objects.filter(post=post).exists()


def test_a_warn_word_on_an_opening_post_warns_the_thread(group, author):
    watch("purging", "warn", warning="eating_disorder")
    post = community.thread_start(actor=author, group=group, title="Rough week", body="Purging again.")
    assert "eating_disorder" in Thread.objects.get(pk=post.thread_id).warning_slugs


def test_words_match_whole_words_only(thread, author):
    watch("ass", "hold")
    assert community.post_reply(actor=author, thread=thread, body="My class was fine.").status == "published"
    assert community.post_reply(actor=author, thread=thread, body="What an ASS.").status == "pending"


def test_a_pattern_matches_like_a_pattern(thread, author):
    watch(r"[0-9]{2,4} ?kg", "hold", kind="pattern")
    assert community.post_reply(actor=author, thread=thread, body="I lost 5 kg").status == "published"
    assert community.post_reply(actor=author, thread=thread, body="Down to 45 kg").status == "pending"


@pytest.mark.parametrize("pattern", [
    "(a+)+", "a*", "a+", r"(a)\1", r"(\w)x\2", "(?=a)b", "(?!a)b", "(?<=a)b", "(?<!a)b",
    "a{2,}", "a{1,99}", "(ab){2}", "(ab)?", "x" * 201, "(unclosed",
])
def test_validate_pattern_refuses_unbounded_or_costly_patterns(pattern):
    with pytest.raises(ValidationError):
        watched.validate_pattern(pattern)


@pytest.mark.parametrize("pattern", ["colou?r", r"[0-9]{2,4} ?kg", r"diet\s?pills", "(pro|thinspo)x", r"a\+"])
def test_validate_pattern_accepts_bounded_patterns(pattern):
    watched.validate_pattern(pattern)


def test_validate_pattern_refuses_named_back_references():
    with pytest.raises(ValidationError):
        watched.validate_pattern(r"(?P<w>\w)x(?P=w)")


def test_validate_pattern_refuses_an_open_repeat_after_an_escaped_backslash():
    # r"x\\*\\*\\*y" is x, three open repeats of a backslash, then y: cubic on a
    # post full of backslashes, though the probes contain none.
    pattern = r"x\\*\\*\\*y"
    with pytest.raises(ValidationError):
        watched.validate_pattern(pattern)


def test_validate_pattern_messages_say_what_is_wrong():
    with pytest.raises(ValidationError) as error:
        watched.validate_pattern("(a+)+")
    assert "open repeats" in error.value.messages[0]
    with pytest.raises(ValidationError) as error:
        watched.validate_pattern(r"(a)\1")
    assert "back-references" in error.value.messages[0]
    with pytest.raises(ValidationError) as error:
        watched.validate_pattern("(?=a)")
    assert "look-arounds" in error.value.messages[0]


def test_an_accepted_pattern_matches_a_long_post_quickly():
    pattern = watched.compile_entry("pattern", r"[0-9]{2,4} ?kg")
    started = time.perf_counter()
    pattern.search("9 " * 10_000)
    assert time.perf_counter() - started < 0.05


def test_the_admin_form_validates_patterns_and_needs_a_warning_to_warn():
    assert not WatchedWordForm({"text": "(a+)+", "kind": "pattern", "action": "hold"}).is_valid()
    assert WatchedWordForm({"text": "colou?r", "kind": "pattern", "action": "hold"}).is_valid()
    assert not WatchedWordForm({"text": "purging", "kind": "word", "action": "warn"}).is_valid()
