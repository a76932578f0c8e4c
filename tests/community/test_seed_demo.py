import pytest
from django.core.management import call_command

from allauth.mfa.models import Authenticator

from community.demo_second_step import DEMO_TOTP_SECRET, SECOND_STEP_LOGINS
from community.models import Group, Membership, Post, Thread
from community import permissions


@pytest.mark.django_db
def test_seed_demo_builds_the_community_once_and_prints_the_logins(capsys, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    counts = (Group.objects.count(), Thread.objects.count(), Post.objects.count())
    out = capsys.readouterr().out
    for login in ("sam_member", "riley_groupmod", "jordan_globalmod", "alex_admin"):
        assert login in out
    assert DEMO_TOTP_SECRET in out and "demo_code riley_groupmod" in out
    call_command("seed_demo")
    assert (Group.objects.count(), Thread.objects.count(), Post.objects.count()) == counts
    demo_staff = Authenticator.objects.filter(type="totp", user__username__in=SECOND_STEP_LOGINS)
    assert demo_staff.count() == 3 and Authenticator.objects.filter(type="totp").count() == 3
    assert counts[0] >= 4 and counts[1] >= 40
    assert Membership.objects.values("user").distinct().count() >= 30
    ed = Group.objects.get(slug="eating-disorder-recovery")
    assert ed.is_private and ed.join_policy == "approval"
    from django.contrib.auth import get_user_model

    riley = get_user_model().objects.get(username="riley_groupmod")
    jordan = get_user_model().objects.get(username="jordan_globalmod")
    assert permissions.can_moderate_group(riley, ed)
    assert not permissions.can_moderate_group(riley, Group.objects.get(slug="anxiety"))
    assert permissions.is_global_moderator(jordan)


@pytest.mark.django_db
def test_seed_demo_refuses_to_run_in_production(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("seed_demo")
