"""Rate-limit entries about a member, forgotten with their account.

Harbour's own limits (safety/ratelimit.py) key posting, reacting, joining
and flagging by member id; the sign-in library keys some of its limits by
member id too. Entries keyed by an address are not tied to a member and
expire with their window."""

import logging

from allauth.account import app_settings as account_settings
from allauth.core.internal import ratelimit as signin_ratelimit
from django.conf import settings
from django.core.cache import cache

from safety import ratelimit

log = logging.getLogger(__name__)
SIGNIN_APP = "allauth.account"


def member_keys(user) -> list[str]:
    own = [ratelimit._key(scope, str(user.pk)) for scope in settings.HARBOUR["RATE_LIMITS"]]
    return own + _signin_member_keys(user)


def _signin_member_keys(user) -> list[str]:
    keys = []
    for action, rates in account_settings.RATE_LIMITS.items():
        for rate in signin_ratelimit.parse_rates(rates):
            if rate.per == "user":
                keys.append(signin_ratelimit.get_cache_key(None, app=SIGNIN_APP, action=action, rate=rate, user=user))
    return keys


def forget(keys: list[str]) -> None:
    """After the account is gone; a cache that is away (Redis restarting) only
    means the entries expire with their windows instead."""
    try:
        cache.delete_many(keys)
    except Exception as error:  # noqa: BLE001  (any cache failure)
        log.warning("rate-limit entries left to expire: %s", type(error).__name__)
