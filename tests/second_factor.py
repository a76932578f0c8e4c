"""Two-step sign-in for tests, through allauth's own pieces: its TOTP class makes
the authenticator, its HOTP helpers compute codes, and its recording functions
write the session exactly as its password step and its code step do.
tests/moderation/test_second_factor.py proves the result equals a real sign-in."""

import time
from importlib import import_module

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa import app_settings
from allauth.mfa.base.internal.flows import post_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from allauth.mfa.utils import decrypt
from django.conf import settings
from django.test import Client, RequestFactory
from django.urls import reverse

from moderation.second_factor import must_use_second_factor


def authenticator_for(user, secret: str | None = None) -> Authenticator:
    """The user's authenticator app, set up with `secret` (a fresh one if None) when missing."""
    found = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return found or TOTP.activate(user, secret or generate_totp_secret()).instance


def code_from_secret(secret: str) -> str:
    """The six digits an authenticator app holding `secret` shows now."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // app_settings.TOTP_PERIOD))


def code_for(authenticator: Authenticator) -> str:
    return code_from_secret(decrypt(authenticator.data["secret"]))


def sign_in_with_code(user, *, password: str = "a-long-demo-pass") -> Client:
    """Through allauth's pages: the password, then the code the person's app shows
    (the app is set up first if the person has none)."""
    authenticator = authenticator_for(user)
    client = Client()
    response = client.post(reverse("account_login"), {"login": user.username, "password": password})
    assert response["Location"] == reverse("mfa_authenticate"), "the sign-in should ask for the code"
    response = client.post(reverse("mfa_authenticate"), {"code": code_for(authenticator)})
    assert response.status_code == 302 and response["Location"] != reverse("mfa_authenticate"), "the code should pass"
    return client


def record_both_steps(session, user) -> None:
    """Password, then the authenticator code, recorded in `session` and saved."""
    request = RequestFactory().get("/")
    request.session, request.user = session, user
    record_authentication(request, user, method="password", username=user.username)
    post_authentication(request, authenticator_for(user))
    session.save()


def session_for(user):
    """A saved session for a WebSocket scope, both steps recorded for those who need them."""
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    if must_use_second_factor(user):
        record_both_steps(session, user)
    session.save()
    return session


class TwoStepClient(Client):
    """force_login as a real sign-in leaves things: moderators and staff have
    used their authenticator app too. Tests of the gate itself use a plain Client."""

    def force_login(self, user, backend=None):
        super().force_login(user, backend)
        if must_use_second_factor(user):
            record_both_steps(self.session, user)
