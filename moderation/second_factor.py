"""The one gate in front of moderation pages, the live queue and the admin:
whoever moderates anything, or is staff, signs in with a second step.

A second step counts when allauth recorded, in this session, a successful
authenticator code (at sign-in or at re-authentication) from an authenticator
the person still has. A session started before the authenticator was set up
has no such record, so it is asked for a code once."""

from functools import wraps
from types import SimpleNamespace

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from moderation import permissions

SET_UP, CONFIRM = "set_up", "confirm"
# WebSocket close code: the connection needs a second step first.
SECOND_STEP_NEEDED = 4401
CODE_TYPES = (Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES)

EXPLAIN = {
    SET_UP: ("Moderation pages need a second step at sign-in, to keep members safe. "
             "Set up an authenticator app here; it takes a minute."),
    CONFIRM: ("Moderation pages need a second step at sign-in, to keep members safe. "
              "Please type the six-digit code from your authenticator app, and you'll go straight on."),
}
STEP_URL = {SET_UP: "mfa_activate_totp", CONFIRM: "mfa_reauthenticate"}


def must_use_second_factor(user) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_staff or user.is_superuser or permissions.can_moderate_anything(user)


def missing_step(request, user) -> str | None:
    """SET_UP, CONFIRM or None. `request` is anything with a `.session`; the
    answer is kept on it, as the gate and the navigation both ask."""
    asked = getattr(request, "_second_step_for", None)
    if asked is not None and asked[0] == user.pk:
        return asked[1]
    step = _missing_step(request, user)
    request._second_step_for = (user.pk, step)
    return step


def _missing_step(request, user) -> str | None:
    if not must_use_second_factor(user):
        return None
    owned = dict(Authenticator.objects.filter(user=user, type__in=CODE_TYPES).values_list("pk", "type"))
    if Authenticator.Type.TOTP not in owned.values():
        return SET_UP
    return None if _used_in_session(request, user, owned) else CONFIRM


def _used_in_session(request, user, owned: dict) -> bool:
    records = get_authentication_records(request, user)
    return any(record.get("method") == "mfa" and record.get("id") in owned for record in records)


def missing_step_in_scope(scope) -> str | None:
    """The same question for a WebSocket connection, from its session."""
    user, session = scope.get("user"), scope.get("session")
    if user is None:
        return None
    return missing_step(SimpleNamespace(session=session if session is not None else {}), user)


def refusal(request, *, next_url: str):
    """A redirect to the step that is missing, with a word about why; None when nothing is missing."""
    step = missing_step(request, request.user)
    if step is None:
        return None
    messages.info(request, EXPLAIN[step])
    return redirect(f"{reverse(STEP_URL[step])}?{urlencode({'next': next_url})}")


def second_factor_required(view):
    """For every moderation view, under login_required."""

    @wraps(view)
    def gated(request, *args, **kwargs):
        # A form posted from a page opened before: come back to the queue, not to the POST-only address.
        next_url = request.get_full_path() if request.method == "GET" else reverse("moderation_queue")
        return refusal(request, next_url=next_url) or view(request, *args, **kwargs)

    return gated
