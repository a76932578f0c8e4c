"""Signing the benchmark's members in as the forum's sign-in would: for a
moderator that is the password step and then the authenticator code step,
recorded in the session by allauth's own functions."""

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.base.internal.flows import post_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import RequestFactory

from moderation.second_factor import must_use_second_factor


def sign_in(client, user) -> None:
    client.force_login(user)
    if not must_use_second_factor(user):
        return
    authenticator = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    authenticator = authenticator or TOTP.activate(user, generate_totp_secret()).instance
    session = client.session
    request = RequestFactory().get("/")
    request.session, request.user = session, user
    record_authentication(request, user, method="password", username=user.username)
    post_authentication(request, authenticator)
    session.save()
