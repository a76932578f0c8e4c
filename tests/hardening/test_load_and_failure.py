"""Load and failure with nothing lost: fifty members replying at once, Redis
stopped and started mid-thread, the database refusing connections for a moment,
and two moderators acting on one case at once. Real server processes, the real
database, Redis and WebSockets; nothing of them is mocked."""

import re
import shutil
import threading
import time
from collections import Counter
from contextlib import contextmanager
from functools import partial
from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.db import connection, connections
from django.test import Client

from bench.servers import free_port, redis_server
from community import services as community
from community.models import Notification, Post, Thread
from moderation import services as moderation
from moderation.models import AuditEntry, Case
from tests.hardening.database_proxy import database_proxy
from tests.hardening.http_member import Member
from tests.hardening.live_reader import LiveReader, ReadersRunning, wait_until
from tests.hardening.logged_servers import logged_servers, tracebacks
from tests.hardening.page_form import first_post_form
from tests.hardening.posting_loop import PostingLoop
from tests.second_factor import TwoStepClient
from tests.services import need, need_postgres, need_redis

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-demo-pass"  # make_user's default
REPLY_LINK = re.compile(r"^/posts/\d+/$")
ARTICLE_IDS = re.compile(r'<article class="post[^"]*" id="post-(\d+)"')
DRAFT = 'Some days the fog lifts by noon. Today it didn\'t, & that\'s "okay" <honestly>.'


def _session(user) -> str:
    """A session for `user`, saved by Django's own session engine with what a login keeps in it."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY], store[BACKEND_SESSION_KEY] = str(user.pk), settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.save()
    return store.session_key


def _all_at_once(calls) -> list:
    """Run each call in its own thread and connection, released together; its result or its error."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        barrier.wait()
        try:
            results[index] = call()
        except Exception as error:  # noqa: BLE001  (shown in the assertion)
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return results


def _percentile(values, share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _paths(thread):
    return f"/groups/{thread.group.slug}/t/{thread.pk}/reply/", thread.get_absolute_url()


@pytest.fixture
def server_logins(settings):
    """Passwords the server processes can check: the suite's fast hasher is not among theirs."""
    settings.PASSWORD_HASHERS = ["tests.hardening.server_passwords.QuickScryptPasswordHasher"]


# 1. Fifty members replying at once ------------------------------------------------------------

MEMBERS, TWICE, READERS = 50, 10, 4


@pytest.fixture
def busy_thread(make_group, make_member, make_thread):
    need_postgres()
    need_redis()
    group = make_group("Night owls")
    opener = make_member(group, "harbourlight")
    thread = make_thread(group, opener, title="Checking in tonight", body="How is everyone doing this evening?")
    return opener, thread, [make_member(group) for _ in range(MEMBERS)]


def _replies_at_once(writers, hosts, reply_path):
    """Each member sends one reply; the first TWICE also send the same form from a
    second tab, served by the other process, at the same moment."""
    calls, clients = [], list(writers)
    for index, writer in enumerate(writers):
        fields = {"body": f"Sending warm wishes to everyone here, from reply {index}.", "idempotency_key": f"load-{index}"}
        calls.append(partial(writer.post, reply_path, fields))
        if index < TWICE:
            twin = writer.on(hosts[(index + 1) % len(hosts)])
            clients.append(twin)
            calls.append(partial(twin.post, reply_path, fields))
    return calls, clients


@pytest.mark.services
def test_fifty_members_replying_at_once_are_saved_once_numbered_in_order_and_reach_every_reader(busy_thread, tmp_path):
    opener, thread, members = busy_thread
    reply_path, page_path = _paths(thread)
    # Two server processes on one Redis, as in production. (bench.servers.server's
    # workers=2 leaves worker processes behind when they do not stop in time.)
    with logged_servers(2, settings.REDIS_URL, tmp_path) as (hosts, logs):
        writers = [Member(hosts[i % 2], _session(member)) for i, member in enumerate(members)]
        readers = [LiveReader(hosts[i % 2], thread.pk, session=_session(opener) if i == 0 else None)
                   for i in range(READERS)]
        with ReadersRunning(readers) as running:
            assert running.wait_open(), "a live reader could not connect"
            _all_at_once([partial(w.get, page_path) for w in writers])  # each has the thread open, with its form
            calls, clients = _replies_at_once(writers, hosts, reply_path)
            started = time.perf_counter()
            answers = _all_at_once(calls)
            wall = time.perf_counter() - started
            reply_ids = set(Post.objects.filter(thread=thread, number__gt=1).values_list("pk", flat=True))
            delivered = wait_until(lambda: all(reply_ids <= set(r.pushed) for r in readers), timeout=30)
        pages = [writers[0].get(f"{page_path}?page={n}")[1] for n in (1, 2, 3)]
        group_page = writers[0].get(thread.group.get_absolute_url())[1]
    timings = [t for client in clients for t in client.timings]
    print(f"\n{len(calls)} reply requests from {MEMBERS} members over 2 server processes: wall {wall:.2f} s, "
          f"per request p50 {_percentile(timings, 0.5) * 1000:.0f} ms, p99 {_percentile(timings, 0.99) * 1000:.0f} ms")

    assert [a[0] if isinstance(a, tuple) else a for a in answers] == [302] * len(calls)
    assert all(REPLY_LINK.match(a[2]) for a in answers), [a[2] for a in answers]
    twins = [(answers[2 * i][2], answers[2 * i + 1][2]) for i in range(TWICE)]
    assert all(first == second for first, second in twins), twins  # a second press shows the same reply
    posts = list(Post.objects.filter(thread=thread).order_by("number"))
    assert Counter(p.author_id for p in posts[1:]) == Counter(m.pk for m in members)
    assert [p.number for p in posts] == list(range(1, MEMBERS + 2))
    thread.refresh_from_db()
    assert thread.post_count == MEMBERS + 1
    assert f"{MEMBERS + 1} posts" in group_page
    assert Notification.objects.filter(recipient=opener, kind=Notification.Kind.THREAD_REPLY).count() == MEMBERS
    assert [int(i) for page in pages for i in ARTICLE_IDS.findall(page)] == [p.pk for p in posts]
    assert delivered, [sorted(reply_ids - set(r.pushed)) for r in readers]
    assert not tracebacks(logs)


@pytest.mark.services
def test_the_same_new_thread_sent_twice_at_once_starts_one_thread(make_group, make_member):
    need_postgres()
    group = make_group("First steps")
    author = make_member(group, "newharbour")
    start = partial(community.thread_start, actor=author, group=group, title="First time here",
                    body="Hello, everyone. I'm glad this place exists.", idempotency_key="new-thread-once")
    first, second = _all_at_once([start, start])
    assert isinstance(first, Post) and first == second, (first, second)  # both presses show the one thread
    assert Thread.objects.filter(group=group).count() == 1


# 2. Redis stopped and started mid-thread -----------------------------------------------------


# live.js asks again every 30 s; a few seconds here keeps the test short and
# within the server's allowance of catch-up requests per connection.
HEARTBEAT = 5.0


@pytest.fixture
def quiet_thread(server_logins, make_group, make_member, make_thread):
    group = make_group("Quiet hours")
    opener = make_member(group, "tidewatcher")
    thread = make_thread(group, opener, title="Small wins this week", body="What went a little better?")
    posters = [make_member(group, f"steadyhand{n}") for n in range(2)]
    return opener, thread, posters, make_member(group, "latecomer")


def _logged_in(host, user, page_path) -> Member:
    """Logged in through the login page, then on `page_path` with its form."""
    member = Member(host)
    assert member.log_in(user.username, PASSWORD) == 302, f"{user.username} could not log in"
    member.get(page_path)
    return member


def _while_redis_is_down(loop, hosts, latecomer, page_path) -> dict:
    """Replies keep coming; someone logs in and reads; a logged-in member reads."""
    replied = loop.wait_for(len(loop.answers) + 3)
    newcomer = Member(hosts[1])
    login = newcomer.log_in(latecomer.username, PASSWORD)
    status, page = newcomer.get(page_path)
    member_status, member_page = loop.writers[0].get(page_path)
    return {"replied": replied, "login": login, "page": (status, "Log out" in page),
            "member_page": (member_status, "Log out" in member_page)}


@pytest.mark.services
def test_redis_stopped_mid_thread_posting_and_logging_in_keep_working_and_readers_catch_up(quiet_thread, tmp_path):
    need(shutil.which("redis-server") is not None, "redis-server is not installed")
    opener, thread, posters, latecomer = quiet_thread
    reply_path, page_path = _paths(thread)
    down = {}
    with redis_server() as (redis_url, restart_after), logged_servers(2, redis_url, tmp_path) as (hosts, _logs):
        *writers, watcher = _all_at_once([partial(_logged_in, hosts[i % 2], person, page_path)
                                          for i, person in enumerate([*posters, opener])])
        readers = [LiveReader(hosts[0], thread.pk, session=watcher.cookies["sessionid"], heartbeat=HEARTBEAT),
                   LiveReader(hosts[1], thread.pk, heartbeat=HEARTBEAT)]
        with ReadersRunning(readers) as running:
            assert running.wait_open(), "a live reader could not connect"
            with PostingLoop(writers, reply_path) as loop:
                assert loop.wait_for(3)
                restart_after(0.5, during=lambda: down.update(_while_redis_is_down(loop, hosts, latecomer, page_path)))
                assert loop.wait_for(len(loop.answers) + 3)
            reply_ids = set(Post.objects.filter(thread=thread, number__gt=1).values_list("pk", flat=True))
            caught_up = wait_until(lambda: all(reply_ids <= r.seen() for r in readers), timeout=30)

    assert [status for status, _ in loop.answers] == [302] * len(loop.answers), loop.answers
    assert all(REPLY_LINK.match(where) for _, where in loop.answers), loop.answers  # not sent to log in again
    assert len(reply_ids) == len(loop.answers)
    assert down == {"replied": True, "login": 302, "page": (200, True), "member_page": (200, True)}
    assert caught_up, [sorted(reply_ids - r.seen()) for r in readers]
    assert all(r.connections >= 2 for r in readers)  # each reader lost its connection and came back
    assert not running.errors


def test_logging_in_works_while_the_cache_is_away(make_user, client, settings):
    """allauth keeps its login rate limits in the cache: with Redis away the count is skipped, not the login."""
    settings.CACHES = {"default": {"BACKEND": "config.cache.FailOpenRedisCache",
                                   "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
                                   "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}}
    make_user("harbourlight")
    response = client.post("/accounts/login/", {"login": "harbourlight", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").context["user"].username == "harbourlight"


# 3. The database refusing connections ---------------------------------------------------------


@pytest.fixture
def scene(server_logins, make_group, make_member, make_thread):
    group = make_group("Evenings")
    author = make_member(group, "quietfern")
    return author, make_thread(group, author, title="Tonight", body="How is everyone?")


def _through(port: int) -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@127.0.0.1:{port}/{db['NAME']}"


@pytest.mark.services
def test_a_database_refusing_connections_shows_a_calm_page_that_keeps_the_draft(scene, tmp_path):
    need_postgres()
    author, thread = scene
    reply_path, page_path = _paths(thread)
    db = connection.settings_dict
    with database_proxy(db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432)) as proxy, \
            logged_servers(1, None, tmp_path, extra_env={"DATABASE_URL": _through(proxy.port)}) as (hosts, _logs):
        member = _logged_in(hosts[0], author, page_path)
        proxy.refuse()
        status, page, _ = member.post(reply_path, {"body": DRAFT, "idempotency_key": "while-away"})
        reading, _ = member.get(page_path)
        saved_while_away = Post.objects.filter(body=DRAFT).count()
        proxy.accept()
        action, fields = first_post_form(page)
        first, again = member.submit(action, fields), member.submit(action, fields)

    assert status == 503 and reading == 503
    assert "Please wait a few seconds and try again" in page and "Here is what you wrote" in page
    assert action == reply_path and ("body", DRAFT) in fields and ("idempotency_key", "while-away") in fields
    assert saved_while_away == 0
    assert first[0] == again[0] == 302 and first[2] == again[2]  # pressed twice, posted once
    assert Post.objects.filter(thread=thread, body=DRAFT).count() == 1


@contextmanager
def _unreachable_database(folder):
    """Point this process's connection at a database it cannot reach: a port no
    one listens on, or an SQLite file in a folder that does not exist. A
    PostgreSQL pool holds the address it was made with, so it is made again."""
    saved = dict(connection.settings_dict)
    _reconnect()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = str(folder / "gone" / "harbour.sqlite3")
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(free_port()))
    try:
        yield
    finally:
        _reconnect()
        connection.settings_dict.update(saved)


def _reconnect():
    connection.close()
    if connection.vendor == "postgresql":
        connection.close_pool()


def test_a_database_out_of_reach_in_process_gives_the_draft_back_to_send_again(scene, client, tmp_path):
    author, thread = scene
    reply_path, _page_path = _paths(thread)
    client.force_login(author)
    with _unreachable_database(tmp_path):
        response = client.post(reply_path, {"body": DRAFT, "idempotency_key": "in-process"})
    page = response.content.decode()
    action, fields = first_post_form(page)
    assert response.status_code == 503 and "Please wait a few seconds and try again" in page
    assert action == reply_path and ("body", DRAFT) in fields and "Here is what you wrote" in page
    assert not Post.objects.filter(body=DRAFT).exists()
    resent = client.post(action, dict(fields))
    assert resent.status_code == 302
    assert Post.objects.filter(thread=thread, body=DRAFT).count() == 1


# 4. Two moderators on one case at once, through the pages ---------------------------------------


@pytest.fixture
def flagged_case(make_group, make_member, make_moderator, make_thread):
    group = make_group()
    author, reporter = make_member(group), make_member(group)
    thread = make_thread(group, author, title="Great deals", body="Buy cheap followers today")
    moderation.flag_post(actor=reporter, post=thread.posts.get(number=1), reason="spam")
    return Case.objects.get(post__thread=thread), make_moderator(group, "steady_mod"), make_moderator(group, "calm_mod")


def _moderator_client(user) -> Client:
    """Signed in with both steps, as moderation pages require."""
    client = TwoStepClient()
    client.force_login(user)
    return client


def _pages(responses) -> list[str]:
    assert [r.status_code for r in responses] == [200, 200], responses
    return [r.content.decode() for r in responses]


@pytest.mark.services
def test_two_moderators_claiming_one_case_at_once_one_gets_it_and_the_other_is_told(flagged_case):
    need_postgres()
    case, first, second = flagged_case
    clients = [_moderator_client(m) for m in (first, second)]
    claim = f"/moderation/cases/{case.pk}/claim/"
    pages = _pages(_all_at_once([partial(c.post, claim, follow=True) for c in clients]))
    assert sorted("The case is yours" in p for p in pages) == [False, True]
    assert sorted("is working on this case right now" in p for p in pages) == [False, True]
    assert AuditEntry.objects.filter(action="case_claim").count() == 1


@pytest.mark.services
def test_two_moderators_resolving_one_case_at_once_one_action_is_recorded_the_other_is_told(flagged_case):
    need_postgres()
    case, first, second = flagged_case
    moderation.case_claim(actor=first, case=case)
    act = f"/moderation/cases/{case.pk}/act/"
    holder, colleague = _moderator_client(first), _moderator_client(second)
    pages = _pages(_all_at_once([
        partial(holder.post, act, {"action": "remove", "reason": "Selling things isn't allowed here."}, follow=True),
        partial(colleague.post, act, {"action": "dismiss", "reason": "Looks fine to me."}, follow=True),
    ]))
    assert "Done. The member has been told" in pages[0]
    assert "is working on this case right now" in pages[1] or "resolved this case a moment ago" in pages[1]
    case.refresh_from_db()
    assert (case.status, case.resolution) == ("resolved", "removed")
    assert AuditEntry.objects.filter(action__in=["post_removed", "flags_dismiss"]).count() == 1
