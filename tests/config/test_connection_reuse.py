"""Under ASGI each request runs on a thread of its own, in a context of its own.
Connections kept per thread or per context would be opened afresh for every
request. These tests send requests through Django's own ASGI handler, as the
server does, and count the connections opened for them: by Redis's own count,
and by the worker's PostgreSQL pool."""

import psycopg
import pytest
import redis
from django.conf import settings
from django.db import connection

from config.pool_check import still_connected
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

@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_a_pooled_connection_the_server_ended_is_replaced_before_a_request_gets_it():
    """As after a database restart: the server has ended every connection resting
    in the pool. The next requests are served all the same, none with the
    "try again" page."""
    need_postgres()
    _requests("/")
    connection.close()  # this thread's connection rests in the pool as well
    resting = _resting_backends(connection.pool)
    with psycopg.connect(**connection.get_connection_params(), autocommit=True) as admin:
        # With a timeout it returns once each backend has exited and closed its
        # socket; without one it only signals, and a request could come first.
        ended = admin.execute("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 10000)) "
                              "FROM pg_stat_activity WHERE pid = ANY(%s)", [resting]).fetchone()[0]
    assert len(resting) >= 1 and ended == len(resting), (resting, ended)
    _requests("/")


def _resting_backends(pool) -> list[int]:
    """The server's process ids of the connections resting in `pool`. Only those
    are ended: connections other threads hold belong to other tests."""
    taken = [pool.getconn() for _ in range(pool.get_stats().get("pool_available", 0))]
    pids = [conn.info.backend_pid for conn in taken]
    for conn in taken:
        pool.putconn(conn)
    return pids


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_a_healthy_pooled_connection_passes_the_check_without_a_word_to_the_server(tmp_path):
    """libpq's protocol trace records every message: none for the check, some for a query."""
    need_postgres()
    with connection.pool.connection() as conn:
        assert connection.pool._check is still_connected, "the pool checks connections by their socket"
        checked, queried = tmp_path / "check.trace", tmp_path / "query.trace"
        for path, step in ((checked, lambda: still_connected(conn)), (queried, lambda: conn.execute("SELECT 1"))):
            with open(path, "w") as trace:
                conn.pgconn.trace(trace.fileno())
                step()
                conn.pgconn.untrace()
    assert checked.stat().st_size == 0 and queried.stat().st_size > 0
