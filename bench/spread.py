"""How the load generator's connections are spread over the server's workers.

The workers share one listening socket, and a worker that wakes takes every
connection waiting in the backlog at once: eight connections opened together
can all land on one worker, which then serves them alone while the other
idles (seen here: a floor view at 583 requests a second with all eight on one
worker, 1,020 to 1,140 with them shared). Production does not meet this, as
its proxy opens a connection per request and an idle worker takes it; in the
benchmark the split is fixed for the whole run. So a run whose split is uneven
is started again before it is measured, the forum's and the floor's alike,
and the split it ran with is reported beside its figures."""

import re
import shutil
import subprocess
import time
from collections import Counter

ATTEMPTS = 10


def split(port: int) -> list[int]:
    """Accepted connections to `port` per server process, most first; [] when `ss` is missing."""
    return sorted(Counter(owners(port).values()).values(), reverse=True)


def owners(port: int) -> dict[int, int]:
    """The server process holding each connection accepted on `port`, by the client's port."""
    if shutil.which("ss") is None:
        return {}
    listing = subprocess.run(["ss", "-tnpH", "state", "established", f"( sport = :{port} )"],
                             capture_output=True, text=True, check=False).stdout
    return {int(client): int(pid) for client, pid in re.findall(r"\S+:\d+\s+\S+:(\d+)\s+users:\(\(.*?pid=(\d+)", listing)}


def even(counts: list[int], connections: int, workers: int) -> bool:
    """Each worker that could have a share holds nearly all of it: one short of it
    for a handful of connections, a tenth short for many. An unknown split (no
    `ss`) is taken as it falls."""
    if not counts:
        return True
    fair = connections // workers
    return len(counts) == min(workers, connections) and counts[-1] >= fair - max(1, fair // 10)


def evenly(port: int, connections: int, workers: int, start, stop):
    """What `start()` returns once the `connections` it opens are spread evenly,
    each uneven try undone with `stop(it)`; the last try is kept whatever its
    split. Gives what `start()` returned, its split and the number of tries."""
    for attempt in range(1, ATTEMPTS + 1):
        idle(port)
        started = start()
        counts = settled(port, connections)
        if even(counts, connections, workers) or attempt == ATTEMPTS:
            return started, counts, attempt
        stop(started)


def settled(port: int, connections: int, timeout: float = 3.0) -> list[int]:
    """The split once the server has accepted all `connections`, or as it stands at `timeout`."""
    deadline = time.monotonic() + timeout
    visible = shutil.which("ss") is not None
    counts = split(port)
    while visible and sum(counts) < connections and time.monotonic() < deadline:
        time.sleep(0.05)
        counts = split(port)
    return counts


def idle(port: int, timeout: float = 3.0) -> None:
    """Wait until the last run's connections are gone, so they are not counted in the next split."""
    deadline = time.monotonic() + timeout
    while split(port) and time.monotonic() < deadline:
        time.sleep(0.05)
