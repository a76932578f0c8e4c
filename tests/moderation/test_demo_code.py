"""`manage.py demo_code <username>` prints the code the demo authenticator app
would show, for the demo moderators and administrator, in development only."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.core.management import call_command
from django.core.management.base import CommandError

from community.demo_second_step import give_demo_authenticators
from tests.second_factor import authenticator_for

pytestmark = pytest.mark.django_db


def test_the_printed_code_signs_the_demo_moderator_in(make_user, settings, capsys):
    settings.DEBUG = True
    riley = make_user("riley_groupmod")
    give_demo_authenticators([riley])
    call_command("demo_code", "riley_groupmod")
    code = capsys.readouterr().out.split()[0]
    assert len(code) == 6 and code.isdigit()
    assert TOTP(Authenticator.objects.get(user=riley, type="totp")).validate_code(code)


def test_it_refuses_when_debug_is_off(make_user, settings):
    settings.DEBUG = False
    give_demo_authenticators([make_user("riley_groupmod")])
    with pytest.raises(CommandError, match="only with DEBUG=1"):
        call_command("demo_code", "riley_groupmod")


def test_it_gives_no_code_for_other_accounts_or_their_own_keys(make_user, settings):
    settings.DEBUG = True
    give_demo_authenticators([make_user("sam_member")])
    authenticator_for(make_user("jordan_globalmod"))  # their own key, not the demo one
    for username in ("sam_member", "jordan_globalmod", "nobody_here"):
        with pytest.raises(CommandError, match="doesn't use the demo authenticator"):
            call_command("demo_code", username)
