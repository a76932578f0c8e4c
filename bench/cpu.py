"""CPU per request for each page make bench serves, measured in this process
with Django's test client: what a page costs before any server, network or
load generator, and so what a profile of it should account for. Run after
`make bench`, on the database that run left (its pages have since gained the
run's replies):

    .venv/bin/python -m bench.cpu
    DATABASE_URL=postgres://…/harbour REDIS_URL=redis://… .venv/bin/python -m bench.cpu
"""

import os
import sys
import time

REQUESTS = 200


def main():
    from bench import database
    from bench.run import PRODUCTION, ROOT

    os.environ.update(PRODUCTION)
    os.environ["DATABASE_URL"] = database.existing(os.environ.get("DATABASE_URL"))
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from bench import dataset, pages

    data = dataset.found()
    cookies = pages.sessions(data)
    print(f"{'page':38} {'cpu ms':>7} {'wall ms':>8}")
    for scenario in pages.scenarios(data, cookies):
        if "post_from" in scenario or scenario.get("connections"):
            continue  # posting writes; the one-moderator row is the queue again
        cpu, wall = per_request(scenario["path"], cookies.get(scenario.get("as")))
        print(f"{scenario['name']:38} {cpu:>7.2f} {wall:>8.2f}")
    cpu, wall = per_request(f"{pages.FLOOR}?bytes=30000", None)
    print(f"{'the floor, a 30 kB page':38} {cpu:>7.2f} {wall:>8.2f}")


def per_request(path: str, session: str | None) -> tuple[float, float]:
    from django.test import Client

    client = Client()
    if session:
        client.cookies["sessionid"] = session
    for _ in range(20):  # templates compiled, caches filled, connection open
        assert client.get(path).status_code == 200, path
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(REQUESTS):
        client.get(path)
    return ((time.process_time() - cpu) / REQUESTS * 1000, (time.perf_counter() - wall) / REQUESTS * 1000)


if __name__ == "__main__":
    main()
