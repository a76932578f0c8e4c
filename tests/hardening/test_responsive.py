"""The server stays responsive under hostile input: a real uvicorn process on
the test database takes 1 MB posts, ten-thousand-link posts, deeply nested
Markdown, the costliest Markdown to parse and bodies that are not UTF-8, from
several threads at once, while readers keep loading a thread page. The
readers' latency is measured and bounded, every hostile request gets its
kind answer, nothing hostile is saved, and afterwards the server answers
normally. Figures are printed (pytest -s shows them)."""

import itertools
import statistics
import threading
import time
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from bench.servers import Browserless, server
from community.models import Post
from tests.hardening.measured import BOUND_SECONDS
from tests.hardening.raw_http import RawClient

pytestmark = pytest.mark.django_db(transaction=True)

URLENCODED = "application/x-www-form-urlencoded"
READERS, ATTACK_SECONDS = 2, 6.0


def form(body: str) -> bytes:
    return urlencode({"body": body}).encode()


# name: (body, what the answer must be: status and words in it)
HOSTILE = {
    "1 MB post": (b"body=" + b"a" * (1024 * 1024), 413, "too much to send at once"),
    "10,000 links": (form("<ab:c> " * 10_000), 200, "Your post is longer than"),
    "10,000 nested quotes": (form(">" * 10_000 + " hi"), 200, "inside one another"),
    "costliest parse, then refused": (form("![" * 9_000 + "\n\n" + "> " * 20 + "hi"), 200, "inside one another"),
    "not UTF-8": (b"body=Hello%FF%FEthere", 400, "didn't come through properly"),
}


def _session(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def _percentile(values, share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _report(label: str, seconds: list[float]) -> None:
    print(f"[measured] {label}: n={len(seconds)} p50={statistics.median(seconds) * 1000:.0f} ms "
          f"p99={_percentile(seconds, 0.99) * 1000:.0f} ms max={max(seconds) * 1000:.0f} ms")


def _attack(raw, path, stop, answers, offset):
    for name in itertools.islice(itertools.cycle(HOSTILE), offset, None):
        if stop.is_set():
            return
        body, _status, _words = HOSTILE[name]
        answers.append((name, *raw.post(path, body, URLENCODED)))


def _read(reader, path, stop, latencies):
    while not stop.is_set():
        status, _page, seconds = reader.get(path)
        latencies.append((status, seconds))
        time.sleep(0.05)


def _run(targets):
    threads = [threading.Thread(target=target, args=args) for target, args in targets]
    for thread in threads:
        thread.start()
    return threads


@pytest.fixture
def scene(make_group, make_member, make_thread):
    group = make_group("Evening check-ins")
    member = make_member(group, "tidewatcher")
    return group, member, make_thread(group, member)


def test_the_server_stays_responsive_under_hostile_input(scene):
    group, member, thread = scene
    reply, page = reverse("thread_reply", args=[group.slug, thread.pk]), thread.get_absolute_url()
    posts_before = Post.objects.count()
    with server(settings.REDIS_URL) as host:
        browser = Browserless(host, _session(member))
        browser.token(reply)  # the CSRF cookie every post below carries
        raw, reader = RawClient(host, browser.cookies), RawClient(host)
        quiet = [reader.get(page)[2] for _ in range(10)]
        stop, answers, latencies = threading.Event(), [], []
        threads = _run([(_attack, (raw, reply, stop, answers, n)) for n in range(len(HOSTILE))]
                       + [(_read, (reader, page, stop, latencies)) for _ in range(READERS)])
        time.sleep(ATTACK_SECONDS)
        stop.set()
        for worker in threads:
            worker.join(60)
        after = [reader.get(page) for _ in range(10)]
        status, _ = browser.post_form(reply, reply, {"body": "Still here, and glad of it.", "idempotency_key": "after"})
    _report("thread page, quiet", quiet)
    _report("thread page, under attack", [seconds for _status, seconds in latencies])
    _report("thread page, afterwards", [seconds for _status, _page, seconds in after])
    for name in HOSTILE:
        _report(f"hostile: {name}", [seconds for kind, _s, _p, seconds in answers if kind == name])
    assert all(code == 200 for code, _seconds in latencies) and len(latencies) >= 10
    assert _percentile([seconds for _status, seconds in latencies], 0.99) < BOUND_SECONDS
    for name, code, text, _seconds in answers:
        assert (code, HOSTILE[name][2] in text) == (HOSTILE[name][1], True), name
    assert {name for name, *_rest in answers} == set(HOSTILE)
    assert all(code == 200 and seconds < BOUND_SECONDS for code, _page, seconds in after)
    assert status == 302 and Post.objects.count() == posts_before + 1
