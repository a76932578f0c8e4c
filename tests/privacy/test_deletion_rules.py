"""Who may delete an account, and what the site can still do with the records
a deleted member leaves behind."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from community.models import Notification, Post
from moderation import services as moderation
from moderation.models import AuditEntry, Case, Flag
from privacy import services

pytestmark = pytest.mark.django_db


def _exists(user) -> bool:
    return get_user_model().objects.filter(pk=user.pk).exists()


def test_no_one_else_can_delete_a_members_account(scene):
    with pytest.raises(PermissionDenied):
        services.account_delete(scene.other, scene.member, posts=services.REMOVE)
    with pytest.raises(PermissionDenied):
        services.account_delete(scene.moderator, scene.member, posts=services.REMOVE)
    assert _exists(scene.member) and Post.objects.filter(author=scene.member).count() == 4


def test_their_reactions_come_off_the_counts(scene):
    opening = scene.others_thread.posts.get(number=1)
    assert Post.objects.get(pk=opening.pk).support_count == 1
    services.account_delete(scene.member, scene.member, posts=services.ANONYMISE)
    assert Post.objects.get(pk=opening.pk).support_count == 0


def test_an_administrator_deleting_in_the_admin_goes_through_the_same_steps(scene, admin_user, client):
    client.force_login(admin_user)
    url = reverse("admin:accounts_user_delete", args=[scene.member.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not _exists(scene.member)
    assert Post.objects.get(pk=scene.own_thread.posts.get(number=1).pk).author_id is None  # posts kept
    assert Post.objects.get(pk=scene.others_thread.posts.get(number=1).pk).support_count == 0
    assert AuditEntry.objects.filter(action="account_delete", actor=admin_user).count() == 1


def test_a_deleted_members_appeal_can_still_be_decided(scene, global_moderator):
    services.account_delete(scene.member, scene.member, posts=services.ANONYMISE)
    case = Case.objects.get(reasons=["appeal"], status="open")
    assert case.member_id is None
    moderation.case_claim(actor=global_moderator, case=case)
    moderation.appeal_decide(actor=global_moderator, case=case, uphold=True, reason="Looked again.")
    assert Case.objects.get(pk=case.pk).resolution == "appeal_upheld"


def test_a_case_with_a_deleted_reporters_flag_can_still_be_resolved(scene, global_moderator):
    flag = Flag.objects.get(reporter=scene.member)
    services.account_delete(scene.member, scene.member, posts=services.ANONYMISE)
    case = moderation.case_claim(actor=global_moderator, case=Case.objects.get(pk=flag.case_id))
    moderation.case_dismiss(actor=global_moderator, case=case, reason="Nothing wrong here.")
    assert Flag.objects.get(pk=flag.pk).status == "dismissed"
    assert not Notification.objects.filter(kind="flag_outcome", post_id=flag.post_id).exists()


def test_a_deleted_moderators_claim_no_longer_holds_a_case(scene, global_moderator):
    case = Case.objects.get(post=scene.acute, status="open")
    assert case.claimed_by_id == scene.moderator.pk
    services.account_delete(scene.moderator, scene.moderator, posts=services.ANONYMISE)
    assert moderation.case_claim(actor=global_moderator, case=case).claimed_by == global_moderator
