"""The Redis cache, failing open. While Redis is away (restarting, unreachable)
reads miss and writes are dropped instead of raising, so everything that uses
the cache on the way to a page carries on from the database: allauth's login
rate limits, sessions kept in the cache, cached labels."""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

AWAY = (RedisConnectionError, RedisTimeoutError)
# After a failure Redis is left alone this long: a Redis that hangs costs one
# timeout, not one for every cache call on a page, and the log one line.
RETRY_AFTER = 5.0


def _missing():
    raise ValueError("Key not found: the cache is unavailable.")


class FailOpenRedisCacheClient(RedisCacheClient):
    """Django makes a cache object, and with it a client, in each request's
    context; under ASGI that is every request. So what must outlive a request
    lives on the class, once per process: the Redis clients and their
    connection pools (else every request opened a new connection to Redis, and
    built a client for every call) and the time Redis was last away."""

    _shared_clients: dict = {}
    _clients_lock = threading.Lock()
    _away_until: dict = {}  # servers -> time.monotonic() before which they are left alone

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        shared = (self._servers[index], repr(sorted(self._pool_options.items())))
        client = self._shared_clients.get(shared)
        if client is None:
            with self._clients_lock:
                if shared not in self._shared_clients:
                    pool = self._pool_class.from_url(self._servers[index], **self._pool_options)
                    self._shared_clients[shared] = self._client(connection_pool=pool)
                client = self._shared_clients[shared]
        return client

    def _guarded(self, fallback, call, *args):
        servers = tuple(self._servers)
        if time.monotonic() < self._away_until.get(servers, 0.0):
            return fallback()
        try:
            return call(*args)
        except AWAY as error:
            self._away_until[servers] = time.monotonic() + RETRY_AFTER
            log.warning("cache unavailable, carrying on without it: %s", type(error).__name__)
            return fallback()

    def get(self, key, default):
        return self._guarded(lambda: default, super().get, key, default)

    def get_many(self, keys):
        return self._guarded(dict, super().get_many, keys)

    def has_key(self, key):
        return self._guarded(lambda: False, super().has_key, key)

    def add(self, key, value, timeout):
        """True while Redis is away, though nothing is stored: callers use add to
        start a count or take a short lock, and going ahead is failing open."""
        return self._guarded(lambda: True, super().add, key, value, timeout)

    def incr(self, key, delta):
        # While Redis is away the cache is as good as empty: the key is not there.
        return self._guarded(_missing, super().incr, key, delta)

    def set(self, key, value, timeout):
        self._guarded(lambda: None, super().set, key, value, timeout)

    def set_many(self, data, timeout):
        self._guarded(lambda: None, super().set_many, data, timeout)

    def touch(self, key, timeout):
        return self._guarded(lambda: False, super().touch, key, timeout)

    def delete(self, key):
        return self._guarded(lambda: False, super().delete, key)

    def delete_many(self, keys):
        self._guarded(lambda: None, super().delete_many, keys)

    def clear(self):
        return self._guarded(lambda: False, super().clear)


class FailOpenRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = FailOpenRedisCacheClient
