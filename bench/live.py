"""Live fan-out beside its floor: one reply reaching READERS readers of one
thread, timed from the moment the reply is posted until the last reader has
it; the floor is a consumer forwarding a frame of the same size to its group
with no policy, triggered the same way (an HTTP POST)."""

import asyncio
import json
import os
import statistics
import time
from collections import defaultdict

from bench import load, spread
from bench.servers import Browserless

READERS = int(os.environ.get("BENCH_READERS", "1000"))
# A hundred, so that p99 is the 99th reply, not the slowest; fewer on a machine
# slow enough to need more than SECONDS for them, so make bench stays bounded.
REPLIES = int(os.environ.get("BENCH_REPLIES", "100"))
SECONDS = 60


async def forum(host, data, cookies, last_number: int, workers: int) -> dict:
    thread = data.thread
    path = thread.get_absolute_url()
    sockets, counts = await _connect(host, f"/ws/threads/{thread.pk}/", workers)
    poster = Browserless(host, cookies["poster"])
    token = poster.token(path + "reply/")
    number = last_number
    run = time.time_ns()  # each run's replies are new ones, not repeats of an earlier run's
    latencies, frame_size = [], 0
    deadline = time.monotonic() + SECONDS
    for i in range(REPLIES):
        if i and time.monotonic() > deadline:
            break
        number += 1
        started = time.perf_counter()
        status, _ = await asyncio.to_thread(poster.post, path + "reply/", {
            "csrfmiddlewaretoken": token, "body": f"Live reply {i}. " + "word " * 75, "idempotency_key": f"live{run}-{i}"})
        assert status == 302, status
        sizes = await asyncio.wait_for(asyncio.gather(*(_until(s, number) for s in sockets)), 120)
        latencies.append(time.perf_counter() - started)
        frame_size = max(sizes)
    await _close(sockets)
    return _summary(latencies) | {"frame_bytes": frame_size, "split": counts}


async def floor(host, data, cookies, frame_bytes: int, workers: int, replies: int) -> dict:
    """As many replies as the forum's run sent."""
    sockets, counts = await _connect(host, "/ws/bench/floor/", workers)
    poster = Browserless(host, cookies["poster"])
    token = poster.token(data.reply_thread.get_absolute_url() + "reply/")
    latencies = []
    for number in range(1, replies + 1):
        started = time.perf_counter()
        status, _ = await asyncio.to_thread(poster.post, f"/bench/floor/broadcast/?bytes={frame_bytes}",
                                            {"csrfmiddlewaretoken": token, "number": number})
        assert status == 302, status
        await asyncio.wait_for(asyncio.gather(*(_until(s, number) for s in sockets)), 120)
        latencies.append(time.perf_counter() - started)
    await _close(sockets)
    return _summary(latencies) | {"split": counts}


async def _connect(host, path, workers):
    """READERS readers, spread evenly over the workers (bench/spread.py): the
    last reader has a reply when the busiest worker has sent it."""
    sockets = [await _open(host, path) for _ in range(READERS)]
    await asyncio.sleep(1)
    return await _even_out(host, path, sockets, workers)


async def _open(host, path):
    import websockets

    return await websockets.connect(f"ws://{host}{path}", origin=f"http://{host}", max_queue=None, max_size=None)


async def _even_out(host, path, sockets, workers):
    """Readers beyond its share on the fullest worker are closed and opened
    again, until each worker holds its share; returns them and the split."""
    port = load._port(host)
    for _ in range(spread.ATTEMPTS):
        owners = spread.owners(port)
        held = defaultdict(list)
        for reader in sockets:
            held[owners.get(reader.local_address[1])].append(reader)
        counts = sorted(map(len, held.values()), reverse=True)
        if not owners or spread.even(counts, len(sockets), workers):
            break
        fullest = max(held.values(), key=len)
        moving = fullest[len(sockets) // workers:]
        await _close(moving)
        moved = set(map(id, moving))
        sockets = [reader for reader in sockets if id(reader) not in moved] + [await _open(host, path) for _ in moving]
        await asyncio.sleep(0.5)
    return sockets, counts


async def _close(sockets):
    await asyncio.gather(*(s.close() for s in sockets))


async def _until(socket, number) -> int:
    while True:
        text = await socket.recv()
        frame = json.loads(text)
        if frame.get("type") == "post" and frame.get("number") == number:
            return len(text)


def _summary(latencies) -> dict:
    latencies = sorted(latencies)
    return {"readers": READERS, "replies": len(latencies),
            "p50_ms": round(statistics.median(latencies) * 1000, 1),
            "p99_ms": round(load.percentile(latencies, 99) * 1000, 1)}
