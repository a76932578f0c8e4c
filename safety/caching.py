"""The cache is a help, never a dependency: when it is away (Redis
restarting), callers read from the database instead."""

import hashlib

from django.core.cache import cache


def quietly(call, *args):
    """`call(*args)`, or None when the cache cannot answer."""
    try:
        return call(*args)
    except Exception:  # noqa: BLE001
        return None


def digest_key(prefix: str, parts) -> str:
    """A cache key naming `parts` exactly: any change to them is another key."""
    return prefix + hashlib.blake2b(repr(parts).encode(), digest_size=20).hexdigest()


def rendered_many(keys: list[str], render, ttl: int) -> list[str]:
    """The HTML stored under each key, in order; a key the cache lacks is drawn
    by `render(index)` and stored for the next request."""
    found = quietly(cache.get_many, keys) or {}
    fresh = {}
    pieces = []
    for index, key in enumerate(keys):
        html = found.get(key)
        if html is None:
            html = fresh[key] = render(index)
        pieces.append(html)
    if fresh:
        quietly(cache.set_many, fresh, ttl)
    return pieces
