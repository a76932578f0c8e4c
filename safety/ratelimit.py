"""Fixed-window rate limits kept in the cache (Redis in production).

Keys hold a member id or a hashed address and expire with their window, so no
address outlives the limit that needed it."""

import contextlib
import contextvars
import hashlib
import hmac
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError


log = logging.getLogger(__name__)


class RateLimited(ValidationError):
    pass


# Set only by trusted server-side commands (demo data, benchmarks), never by a request.
_suspended = contextvars.ContextVar("ratelimit_suspended", default=False)


@contextlib.contextmanager
def suspended():
    token = _suspended.set(True)
    try:
        yield
    finally:
        _suspended.reset(token)


def _key(scope: str, who: str) -> str:
    # Keyed with SECRET_KEY: a plain hash of an address could be reversed by
    # hashing every address there is.
    digest = hmac.new(settings.SECRET_KEY.encode(), who.encode(), hashlib.sha256).hexdigest()[:24]
    return f"rl:{scope}:{digest}"


def hit(scope: str, who: str, *, limit: int, window: int) -> bool:
    """Count one attempt; False once more than `limit` happened in `window` seconds.
    If the cache is unreachable the attempt is let through: a member's post
    matters more than a limit while Redis restarts."""
    try:
        return _count(_key(scope, who), limit, window)
    except Exception as error:  # noqa: BLE001  (any cache failure)
        log.warning("rate limit not checked, cache unavailable: %s", type(error).__name__)
        return True


def _count(key: str, limit: int, window: int) -> bool:
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
        return True
    return count <= limit


def check(scope: str, who: str, *, message: str) -> None:
    """Count an attempt against the limit named `scope` in settings.HARBOUR["RATE_LIMITS"]
    (attempts, window in seconds); past it, refuse with `message`."""
    if _suspended.get():
        return
    limit, window = settings.HARBOUR["RATE_LIMITS"][scope]
    if not hit(scope, who, limit=limit, window=window):
        raise RateLimited(message, code="rate_limited")
