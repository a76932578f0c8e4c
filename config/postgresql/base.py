"""Django's PostgreSQL backend, with the pool checking each connection by its
socket instead of by a round trip to the server (config/pool_check.py).

CONN_HEALTH_CHECKS stays on, so the pool is made with the round-trip check,
which this swaps for the socket check; should the pool ever keep its check
elsewhere, the round-trip check simply stays."""

from django.db.backends.postgresql import base

from config.pool_check import still_connected


class DatabaseWrapper(base.DatabaseWrapper):
    @property
    def pool(self):
        pool = super().pool
        if pool is not None and getattr(pool, "_check", None) is not None:
            pool._check = still_connected
        return pool
