"""`make bench`: what this machine measures today, written to bench/results/.

- the detector on a 100-word post (median, posts per second);
- live fan-out: READERS anonymous WebSocket readers on one thread, REPLIES
  replies posted over HTTP by different members, time from the post until the
  last reader has the reply (p50, p99), on the in-memory layer and, when
  REDIS_URL is set, on Redis.

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


def seed(replies: int):
    from django.contrib.auth import get_user_model
    from django.test import Client

    from community import services
    from community.models import Group
    from moderation.models import GroupRules
    from safety import ratelimit

    User = get_user_model()
    admin = User.objects.create_superuser("bench_admin", "a@example.org", "x")
    group = services.group_save(actor=admin, group=Group(slug="bench", name="Bench"))
    GroupRules.objects.create(group=group, hold_new_members_until=0)
    posters = [User.objects.create_user(f"poster{i}", f"p{i}@example.org", "x") for i in range(replies)]
    with ratelimit.suspended():
        for member in posters:
            services.membership_join(actor=member, group=group)
        thread = services.thread_start(actor=posters[0], group=group, title="Fan-out", body="Opening post").thread
    sessions = []
    for member in posters:
        client = Client()
        client.force_login(member)
        sessions.append(client.cookies["sessionid"].value)
    return group, thread, sessions


async def fan_out(host, group, thread, sessions, readers) -> dict:
    import websockets

    from bench.servers import Browserless

    page = f"/groups/{group.slug}/t/{thread.pk}/"
    sockets = []
    for _ in range(readers):
        sockets.append(await websockets.connect(f"ws://{host}/ws/threads/{thread.pk}/", origin=f"http://{host}",
                                                max_queue=None))
    await asyncio.sleep(1)
    latencies = []
    for index, session in enumerate(sessions):
        writer = Browserless(host, session)
        started = time.perf_counter()
        status, _ = await asyncio.to_thread(writer.post_form, page + "reply/", page,
                                            {"body": f"Reply {index} " + "word " * 75, "idempotency_key": f"b{index}"})
        assert status == 302, status
        await asyncio.wait_for(asyncio.gather(*(_until_reply(s, index + 2) for s in sockets)), 60)
        latencies.append(time.perf_counter() - started)
    for s in sockets:
        await s.close()
    latencies.sort()
    return {"readers": readers, "replies": len(latencies),
            "p50_ms": round(statistics.median(latencies) * 1000, 1),
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 1)}


async def _until_reply(socket, number):
    while True:
        frame = json.loads(await socket.recv())
        if frame.get("type") == "post" and frame.get("number") == number:
            return


def bench_fan_out(layer: str, redis_url: str | None, *, thread_seed) -> dict:
    from bench.servers import server

    group, thread, sessions = thread_seed
    with server(redis_url, extra_env={"DATABASE_URL": f"sqlite:///{DB_FILE}"}) as host:
        result = asyncio.run(fan_out(host, group, thread, sessions, READERS))
    return {"layer": layer, **result}


def main():
    setup_django()
    RESULTS.mkdir(parents=True, exist_ok=True)
    results = {"date": time.strftime("%Y-%m-%d"), "machine": f"{os.cpu_count()} cores", "detector": bench_detector()}
    print(f"detector: {results['detector']}")
    runs = [("in-memory", None)] + ([("redis", os.environ["REDIS_URL"])] if os.environ.get("REDIS_URL") else [])
    results["fan_out"] = []
    for layer, url in runs:
        outcome = bench_fan_out(layer, url, thread_seed=seed(REPLIES) if not results["fan_out"] else seed_again())
        results["fan_out"].append(outcome)
        print(f"fan-out ({layer}): {outcome}")
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2))
    print(f"written to {RESULTS / 'latest.json'}")


def seed_again():
    """A fresh thread and fresh members for the next layer, in the same database."""
    from django.contrib.auth import get_user_model

    from community.models import Group

    get_user_model().objects.all().delete()
    Group.objects.all().delete()
    return seed(REPLIES)


if __name__ == "__main__":
    main()
