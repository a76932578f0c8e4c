"""What the cache holds right now, read from the real backend (local memory or
Redis): each entry's key (without the cache's own prefix and version), its
seconds left to live, and its stored bytes."""

import pickle
import time

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache


def cache_entries() -> list[tuple[str, float, bytes]]:
    backend = caches["default"]
    if isinstance(backend, LocMemCache):
        return _local(backend)
    return _redis(backend)


def _strip(key: str) -> str:
    return key.split(":", 2)[2]


def _local(backend) -> list[tuple[str, float, bytes]]:
    now = time.time()
    return [(_strip(key), backend._expire_info[key] - now, _bytes(value)) for key, value in backend._cache.items()]


def _bytes(value) -> bytes:
    return value if isinstance(value, bytes) else pickle.dumps(value)


def _redis(backend) -> list[tuple[str, float, bytes]]:
    client = backend._cache.get_client(None)
    prefix = backend.make_key("")
    entries = []
    for raw in client.keys(prefix + "*"):
        key = raw.decode()
        entries.append((_strip(key), client.pttl(raw) / 1000, client.get(raw) or b""))
    return entries
