"""`make bench`: what this machine measures today, written to bench/results/.

- the detector on a 100-word post (median, posts per second);
- live fan-out: READERS anonymous WebSocket readers on one thread, REPLIES
  replies posted over HTTP by different members, time from the post until the
  last reader has the reply (p50, p99); and 200 readers spread over 50 threads,
  each reply going to one of them; on the in-memory layer and, when REDIS_URL
  is set, on Redis.

Bounded: loopback only, fixed counts, every process it starts is stopped."""

import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
READERS = int(os.environ.get("BENCH_READERS", "1000"))
SPREAD_READERS, SPREAD_THREADS = 200, 50
REPLIES = int(os.environ.get("BENCH_REPLIES", "20"))
DB_FILE = ROOT / "var" / "bench.sqlite3"


def setup_django():
    (ROOT / "var").mkdir(exist_ok=True)
    DB_FILE.unlink(missing_ok=True)
    os.environ.setdefault("DEBUG", "1")
    os.environ["DATABASE_URL"] = f"sqlite:///{DB_FILE}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)


def bench_detector() -> dict:
    from safety.detector import assess

    text = ("Had a rough week with my mood all over the place. Sleep has been patchy and I keep waking at four. "
            "My care coordinator suggested a routine, so I am trying a walk after breakfast and no screens after "
            "ten. Work has been kind about it. Some days I feel flat and some days I am buzzing, and I never know "
            "which one I will get. Does anyone else track their mood on paper? I tried an app but it made me "
            "anxious. Thank you all for listening, this group has helped more than I can say.")
    for _ in range(50):
        assess(text)
    timings = []
    for _ in range(500):
        started = time.perf_counter()
        assess(text)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    return {"words": len(text.split()), "median_ms": round(median * 1000, 3), "posts_per_second": round(1 / median)}


def seed(replies: int, thread_count: int):
    """A group with `thread_count` threads and `replies` members to post, each with a session.
    Earlier bench data is removed first, so every scenario starts alike."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from community import services
    from community.models import Group
    from moderation.models import GroupRules
    from safety import ratelimit

    User = get_user_model()
    User.objects.all().delete()
    Group.objects.all().delete()
    admin = User.objects.create_superuser("bench_admin", "a@example.org", "x")
    group = services.group_save(actor=admin, group=Group(slug="bench", name="Bench"))
    GroupRules.objects.create(group=group, hold_new_members_until=0)
    posters = [User.objects.create_user(f"poster{i}", f"p{i}@example.org", "x") for i in range(replies)]
    with ratelimit.suspended():
        for member in posters:
            services.membership_join(actor=member, group=group)
        threads = [services.thread_start(actor=posters[0], group=group, title=f"Fan-out {i}", body="Opening").thread
                   for i in range(thread_count)]
    sessions = []
    for member in posters:
        client = Client()
        client.force_login(member)
        sessions.append(client.cookies["sessionid"].value)
    return group, threads, sessions


async def fan_out(host, group, threads, sessions, readers) -> dict:
    """`readers` connections spread evenly over `threads`; reply i goes to thread i mod len(threads)."""
    import websockets

    from bench.servers import Browserless

    by_thread = {t.pk: [] for t in threads}
    for i in range(readers):
        thread = threads[i % len(threads)]
        by_thread[thread.pk].append(await websockets.connect(
            f"ws://{host}/ws/threads/{thread.pk}/", origin=f"http://{host}", max_queue=None))
    await asyncio.sleep(1)
    latencies, next_number = [], {t.pk: 2 for t in threads}
    for index, session in enumerate(sessions):
        thread = threads[index % len(threads)]
        page = f"/groups/{group.slug}/t/{thread.pk}/"
        started = time.perf_counter()
        status, _ = await asyncio.to_thread(Browserless(host, session).post_form, page + "reply/", page,
                                            {"body": f"Reply {index} " + "word " * 75, "idempotency_key": f"b{index}"})
        assert status == 302, status
        number = next_number[thread.pk]
        next_number[thread.pk] += 1
        await asyncio.wait_for(asyncio.gather(*(_until_reply(s, number) for s in by_thread[thread.pk])), 60)
        latencies.append(time.perf_counter() - started)
    for sockets in by_thread.values():
        for s in sockets:
            await s.close()
    latencies.sort()
    return {"readers": readers, "threads": len(threads), "replies": len(latencies),
            "p50_ms": round(statistics.median(latencies) * 1000, 1),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 1)}


async def _until_reply(socket, number):
    while True:
        frame = json.loads(await socket.recv())
        if frame.get("type") == "post" and frame.get("number") == number:
            return


def bench_fan_out(layer: str, redis_url: str | None) -> list[dict]:
    from bench.servers import server

    outcomes = []
    for readers, thread_count in ((READERS, 1), (SPREAD_READERS, SPREAD_THREADS)):
        group, threads, sessions = seed(REPLIES, thread_count)
        with open(RESULTS / f"server-{layer}.log", "w") as log, \
                server(redis_url, extra_env={"DATABASE_URL": f"sqlite:///{DB_FILE}"}, log=log) as host:
            outcomes.append({"layer": layer, **asyncio.run(fan_out(host, group, threads, sessions, readers))})
    return outcomes


def main():
    setup_django()
    RESULTS.mkdir(parents=True, exist_ok=True)
    results = {"date": time.strftime("%Y-%m-%d"), "machine": f"{os.cpu_count()} cores", "detector": bench_detector()}
    print(f"detector: {results['detector']}")
    runs = [("in-memory", None)] + ([("redis", os.environ["REDIS_URL"])] if os.environ.get("REDIS_URL") else [])
    results["fan_out"] = []
    for layer, url in runs:
        for outcome in bench_fan_out(layer, url):
            results["fan_out"].append(outcome)
            print(f"fan-out: {outcome}")
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2))
    print(f"written to {RESULTS / 'latest.json'}")


if __name__ == "__main__":
    main()
