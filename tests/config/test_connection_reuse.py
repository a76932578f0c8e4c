"""Under ASGI each request runs on a thread of its own, in a context of its own.
Connections kept per thread or per context would be opened afresh for every
request. These tests send requests through Django's own ASGI handler, as the
server does, and count the connections opened for them: by Redis's own count,
and by the worker's PostgreSQL pool."""

import pytest
import redis
from django.conf import settings
from django.db import connection

from tests.asgi_requests import each_on_a_new_thread
from tests.services import need_postgres, need_redis

REQUESTS = 20


def _requests(path: str) -> None:
    assert each_on_a_new_thread(path, REQUESTS) == [200] * REQUESTS


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_requests_share_the_workers_connections_to_redis(make_group):
    need_redis()
    path = make_group("Evening check-ins").get_absolute_url()  # a page read from the cache
    stats = redis.Redis.from_url(settings.REDIS_URL)
    _requests(path)  # the first may open the worker's connection
    before = stats.info("stats")["total_connections_received"]
    _requests(path)
    opened = stats.info("stats")["total_connections_received"] - before
    assert opened <= 1, f"{opened} connections to Redis for {REQUESTS} requests"  # 1: our own, for the count


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_requests_share_the_workers_connections_to_postgresql():
    need_postgres()
    pool = connection.pool
    assert pool is not None, "PostgreSQL connections come from a pool (POSTGRES_POOL in config/settings.py)"
    _requests("/")
    before = pool.get_stats().get("connections_num", 0)
    _requests("/")
    opened = pool.get_stats().get("connections_num", 0) - before
    assert opened == 0, f"{opened} new connections for {REQUESTS} requests"
