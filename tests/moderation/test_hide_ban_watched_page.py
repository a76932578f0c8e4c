"""Hiding a post while a case is looked into, banning from the case page, and
the watched-words page for global moderators."""

import pytest
from django.urls import reverse

from community.models import Membership, Notification, Post
from moderation import services
from moderation.models import AuditEntry, Case, WatchedWord
from tests.moderation.helpers import case_of, claimed

pytestmark = pytest.mark.django_db


def test_hiding_keeps_the_case_open_and_approving_brings_the_post_back(flagged, moderator, post):
    case = claimed(case_of(post), moderator)
    services.case_hide(actor=moderator, case=case, reason="Checking a report")
    post.refresh_from_db()
    assert post.status == Post.Status.REMOVED_BY_MODERATOR
    assert Case.objects.get(pk=case.pk).status == Case.Status.OPEN
    assert Notification.objects.filter(recipient=post.author, data__decision="hidden").exists()
    assert services.case_approve(actor=moderator, case=case) is True
    post.refresh_from_db()
    assert post.status == Post.Status.PUBLISHED
    assert list(AuditEntry.objects.filter(action__in=["post_hidden", "post_restore"]).values_list("action", flat=True)
                .order_by("id")) == ["post_hidden", "post_restore"]


def test_a_moderator_bans_the_author_from_the_case_page(client, flagged, moderator, post):
    claimed(case_of(post), moderator)
    client.force_login(moderator)
    client.post(reverse("case_act", args=[case_of(post).pk]), {"action": "ban", "reason": "Repeated spam"})
    assert Membership.objects.get(user=post.author, group=post.thread.group).status == Membership.Status.BANNED
    assert AuditEntry.objects.filter(action="member_ban").count() == 1


def test_global_moderators_manage_watched_words_and_others_cannot(client, global_moderator, moderator):
    client.force_login(moderator)
    assert client.get(reverse("watched_words")).status_code == 404
    client.force_login(global_moderator)
    client.post(reverse("watched_words"), {"text": "buy followers", "kind": "phrase", "action": "block"})
    word = WatchedWord.objects.get()
    assert word.created_by == global_moderator
    response = client.post(reverse("watched_words"), {"text": "(a+)+", "kind": "pattern", "action": "hold"}, follow=True)
    assert "open repeats" in response.content.decode() and WatchedWord.objects.count() == 1
    client.post(reverse("watched_words"), {"remove": word.pk})
    assert not WatchedWord.objects.exists()
    assert set(AuditEntry.objects.values_list("action", flat=True)) == {"watched_word_add", "watched_word_remove"}
