"""Setting up the authenticator app on the way to the queue, in Harbour's layout
under its Content-Security-Policy; members' own doors need no second step; and
the tests' sign-in shortcut leaves the session exactly as a real sign-in does."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY
from django.test import Client
from django.urls import resolve, reverse
from django.utils import timezone

from accounts.authenticator_views import ActivateAuthenticatorView
from moderation import services
from moderation.models import Case
from tests.second_factor import TwoStepClient, authenticator_for, code_from_secret, sign_in_with_code

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-demo-pass"
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>")


def test_the_set_up_page_is_allauths_own_carrying_where_to_go_next():
    assert resolve(reverse("mfa_activate_totp")).func.view_class is ActivateAuthenticatorView


def test_a_new_moderator_sets_up_the_app_sees_recovery_codes_and_reaches_the_queue(moderator, flagged):
    client = Client()
    client.post(reverse("account_login"), {"login": moderator.username, "password": PASSWORD})
    to_setup = client.get(reverse("moderation_queue"))
    to_password = client.get(to_setup["Location"])
    assert urlsplit(to_password["Location"]).path == reverse("account_reauthenticate")
    back = client.post(to_password["Location"], {"password": PASSWORD})
    assert back["Location"] == to_setup["Location"]
    page = client.get(back["Location"])
    assert page.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    assert secret.encode() in page.content
    done = client.post(back["Location"], {"code": code_from_secret(secret)})
    codes = client.get(done["Location"])
    assert urlsplit(done["Location"]).path == reverse("mfa_view_recovery_codes")
    assert b'href="/moderation/"' in codes.content and b"kept them safe" in codes.content
    # Setting the app up proved the code once; the session is then asked for it as a sign-in step.
    ask = client.get(reverse("moderation_queue"))
    assert urlsplit(ask["Location"]).path == reverse("mfa_reauthenticate")
    opened = client.post(ask["Location"], {"code": code_from_secret(secret)})
    assert opened["Location"] == reverse("moderation_queue")
    assert client.get(reverse("moderation_queue")).status_code == 200


def test_the_set_up_page_is_in_harbours_layout_and_its_qr_code_fits_the_policy(moderator):
    client = Client()
    client.force_login(moderator)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.get(f"{reverse('mfa_activate_totp')}?next=%2Fmoderation%2F")
    page = response.content.decode()
    assert "<title>Set up your authenticator app · Harbour</title>" in page and "Need help now?" in page
    assert 'src="data:image/svg+xml;base64,' in page
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert "data:" in policy["img-src"].split() and policy["script-src"] == "'self'"
    assert not INLINE_SCRIPT.search(page) and " style=" not in page
    assert 'action="/accounts/2fa/totp/activate/?next=%2Fmoderation%2F"' in page


def test_an_unsafe_next_address_is_not_offered(moderator):
    RecoveryCodes.activate(moderator)
    client = TwoStepClient()
    client.force_login(moderator)
    page = client.get(f"{reverse('mfa_view_recovery_codes')}?next=https://elsewhere.example/").content
    assert b"elsewhere.example" not in page


def test_members_doors_need_no_second_step(group, reader, post, global_moderator):
    client = Client()
    client.post(reverse("account_login"), {"login": reader.username, "password": PASSWORD})
    assert client.get(post.thread.get_absolute_url()).status_code == 200
    assert client.get(reverse("post_flag", args=[post.pk])).status_code == 200
    response = client.post(reverse("post_flag", args=[post.pk]), {"reason": "spam", "note": ""})
    assert response.status_code == 302 and response["Location"] == post.get_absolute_url()
    assert Case.objects.filter(post=post, status="open").exists()
    sanction = services.member_suspend(actor=global_moderator, member=reader, reason="A pause to cool down.",
                                       until=timezone.now() + timedelta(days=2))
    assert client.get(f"{reverse('appeal')}?sanction={sanction.pk}").status_code == 200


def _records(client) -> list[dict]:
    return [{k: v for k, v in record.items() if k != "at"}
            for record in client.session[AUTHENTICATION_METHODS_SESSION_KEY]]


def test_the_tests_sign_in_shortcut_records_what_a_real_sign_in_records(moderator, colleague):
    real = sign_in_with_code(moderator)
    shortcut = TwoStepClient()
    shortcut.force_login(colleague)
    authenticator = authenticator_for(colleague)
    expected = [{"method": "password", "username": colleague.username},
                {"method": "mfa", "id": authenticator.pk, "type": "totp"}]
    assert _records(shortcut) == expected
    assert _records(real) == [{"method": "password", "username": moderator.username},
                              {"method": "mfa", "id": authenticator_for(moderator).pk, "type": "totp"}]
    real_keys = {k for k in real.session.keys() if k.startswith("account_") or k.startswith("_auth")}
    shortcut_keys = {k for k in shortcut.session.keys() if k.startswith("account_") or k.startswith("_auth")}
    assert real_keys == shortcut_keys
    for client, user in ((real, moderator), (shortcut, colleague)):
        assert client.session["account_authentication_methods_user"] == str(user.pk)
        assert client.get(reverse("moderation_queue")).status_code == 200
