"""`make bench`: the hot paths against their floor, in one run.

Seeds a fixed data set (bench/dataset.py) into a database of its own, serves
it as production does (DEBUG off, collected static files, several uvicorn
workers), drives it from loopback (bench/load.py), and prints a table with
each figure beside its floor (bench/floor.py). Also written to
bench/results/latest.json, and under the database's name (sqlite.json,
postgresql.json) so a run on each is kept. SQLite and the in-memory layer by
default; PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set (the
benchmark makes its own database, harbour_bench, on that server).

Bounded: loopback only, fixed counts and durations, every process it starts
is stopped."""

import asyncio
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
PRODUCTION = {"DEBUG": "0", "SECRET_KEY": "bench-only-" + "k" * 50, "HTTPS": "0",
              "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver", "DJANGO_SETTINGS_MODULE": "bench.settings",
              "CACHE_KEY_PREFIX": f"bench{time.time_ns()}"}


def main():
    from bench import database

    os.environ.update(PRODUCTION)
    os.environ["DATABASE_URL"] = database.fresh(os.environ.get("DATABASE_URL"))
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    RESULTS.mkdir(parents=True, exist_ok=True)
    redis_url = os.environ.get("REDIS_URL") or None
    results = {"date": time.strftime("%Y-%m-%d"), "machine": machine(),
               "database": "postgresql" if "postgres" in os.environ["DATABASE_URL"] else "sqlite",
               "redis": bool(redis_url), "workers": WORKERS}
    results["detector"] = bench_detector()
    print(f"detector: median {results['detector']['median_ms']} ms, {results['detector']['posts_per_second']} posts/s")
    data = seed()
    results |= serve_pages(data, redis_url)
    results["fan_out"] = serve_fan_out(data, redis_url)
    from bench.table import markdown

    for name in ("latest", results["database"]):
        (RESULTS / f"{name}.json").write_text(json.dumps(results, indent=2))
        (RESULTS / f"{name}.md").write_text(markdown(results))
    print_table(results)
    print(f"written to {RESULTS / 'latest.json'} and {RESULTS / results['database']}.json, "
          f"and as the README's table beside each (.md)")


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), "unknown CPU")
    return f"{os.cpu_count()} cores, {model}"


def bench_detector() -> dict:
    import statistics

    from bench.dataset import reply_text
    from safety.detector import assess

    text = " ".join(reply_text(i) for i in range(2))
    text = " ".join(text.split()[:100])
    for _ in range(50):
        assess(text)
    timings = []
    for _ in range(1000):
        started = time.perf_counter()
        assess(text)
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    return {"words": len(text.split()), "median_ms": round(median * 1000, 3), "posts_per_second": round(1 / median)}


def seed():
    from bench import database, dataset

    started = time.perf_counter()
    data = dataset.seed()
    database.settle()
    print(f"seeded in {time.perf_counter() - started:.0f} s")
    return data


def serve_pages(data, redis_url) -> dict:
    from bench import pages
    from bench.memory import worker_rss_mb
    from bench.servers import server

    cookies = pages.sessions(data)
    handle = {}
    print(f"pages, {WORKERS} workers:")
    with open(RESULTS / "server-pages.log", "w") as log, \
            server(redis_url, extra_env=PRODUCTION, log=log, app="bench.asgi:application", workers=WORKERS,
                   handle=handle) as host:
        rows = pages.run(host, data, cookies, workers=WORKERS)
        memory = worker_rss_mb(handle["process"].pid)
    print(f"  worker memory after the run: {memory} MB")
    return {"pages": rows, "worker_rss_mb": memory, "cookies_for": sorted(cookies)}


def serve_fan_out(data, redis_url) -> list[dict]:
    from bench import live, pages
    from bench.servers import server

    cookies = pages.sessions(data)
    layers = [("in-memory", None, 1)] + ([("redis", redis_url, WORKERS)] if redis_url else [])
    rows = []
    for layer, url, workers in layers:
        with open(RESULTS / f"server-live-{layer}.log", "w") as log, \
                server(url, extra_env=PRODUCTION, log=log, app="bench.asgi:application", workers=workers) as host:
            last = data.thread.posts.order_by("-number").values_list("number", flat=True).first()
            forum = asyncio.run(live.forum(host, data, cookies, last, workers))
            floor = asyncio.run(live.floor(host, data, cookies, forum["frame_bytes"], workers, forum["replies"]))
        row = {"layer": layer, "workers": workers, "forum": forum, "floor": floor,
               "p99_ratio": round(forum["p99_ms"] / floor["p99_ms"], 2)}
        rows.append(row)
        print(f"fan-out, {layer}: p50/p99 {forum['p50_ms']}/{forum['p99_ms']} ms, "
              f"floor {floor['p50_ms']}/{floor['p99_ms']} ms, readers per worker {forum['split'] or '?'} "
              f"(floor {floor['split'] or '?'})")
    return rows


def print_table(results):
    print()
    print(f"{results['date']}, {results['machine']}, {results['database']}"
          f"{' + Redis' if results['redis'] else ''}, {results['workers']} workers")
    print(f"{'measure':38} {'req/s':>8} {'floor':>8} {'ratio':>6} {'p50 ms':>8} {'p99 ms':>8} {'queries':>7} {'bytes':>7}")
    for row in results["pages"]:
        f = row["forum"]
        print(f"{row['name']:38} {f['rps']:>8} {row['floor']['rps']:>8} {row['ratio']:>6} {f['p50_ms']:>8} "
              f"{f['p99_ms']:>8} {row['queries']:>7} {row['bytes']:>7}")
    d = results["detector"]
    print(f"{'detector, ' + str(d['words']) + '-word post':38} {d['posts_per_second']:>8} {'':>8} {'':>6} "
          f"{d['median_ms']:>8}")
    for row in results["fan_out"]:
        f, fl = row["forum"], row["floor"]
        print(f"{'fan-out to ' + str(f['readers']) + ', ' + row['layer']:38} {'':>8} {'':>8} {row['p99_ratio']:>6} "
              f"{f['p50_ms']:>8} {f['p99_ms']:>8}   (floor p50/p99 {fl['p50_ms']}/{fl['p99_ms']} ms)")
    print(f"worker memory after the run: {results['worker_rss_mb']} MB")


if __name__ == "__main__":
    main()
