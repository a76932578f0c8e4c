"""The demo's second sign-in step: the demo moderators and the administrator
share one fixed authenticator key, so a person trying Harbour adds it to an
authenticator app once (or asks `manage.py demo_code` for the current code).
Only the demo seeding uses this, and it refuses to run with DEBUG off."""

import time

from allauth.mfa import app_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt

DEMO_TOTP_SECRET = "VLK3R434BEU6XDYBHICDW7VAUK7D34NR"
SECOND_STEP_LOGINS = ("riley_groupmod", "jordan_globalmod", "alex_admin")


def give_demo_authenticators(users) -> None:
    """Idempotent: someone who already has an authenticator app keeps it."""
    for user in users:
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)


def has_demo_authenticator(user) -> bool:
    found = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    return found is not None and decrypt(found.data["secret"]) == DEMO_TOTP_SECRET


def demo_code_now() -> tuple[str, int]:
    """The six digits the demo key gives now, and the seconds before they change."""
    now = int(time.time())
    period = app_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, now // period)), period - now % period
