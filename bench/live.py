"""Live fan-out beside its floor: one reply reaching READERS readers of one
thread, timed from the moment the reply is posted until the last reader has
it; the floor is a consumer forwarding a frame of the same size to its group
with no policy, triggered the same way (an HTTP POST)."""

import asyncio
import json
import os
import statistics
import time

from bench.servers import Browserless

READERS = int(os.environ.get("BENCH_READERS", "1000"))
REPLIES = int(os.environ.get("BENCH_REPLIES", "40"))


async def forum(host, data, cookies, last_number: int) -> dict:
    thread = data.thread
    path = thread.get_absolute_url()
    sockets = await _connect(host, f"/ws/threads/{thread.pk}/")
    poster = Browserless(host, cookies["poster"])
    token = poster.token(path + "reply/")
    number = last_number
    run = time.time_ns()  # each run's replies are new ones, not repeats of an earlier run's
    latencies, frame_size = [], 0
    for i in range(REPLIES):
        number += 1
        started = time.perf_counter()
        status, _ = await asyncio.to_thread(poster.post, path + "reply/", {
            "csrfmiddlewaretoken": token, "body": f"Live reply {i}. " + "word " * 75, "idempotency_key": f"live{run}-{i}"})
        assert status == 302, status
        sizes = await asyncio.wait_for(asyncio.gather(*(_until(s, number) for s in sockets)), 120)
        latencies.append(time.perf_counter() - started)
        frame_size = max(sizes)
    await _close(sockets)
    return _summary(latencies) | {"frame_bytes": frame_size}


async def floor(host, data, cookies, frame_bytes: int) -> dict:
    sockets = await _connect(host, "/ws/bench/floor/")
    poster = Browserless(host, cookies["poster"])
    token = poster.token(data.reply_thread.get_absolute_url() + "reply/")
    latencies = []
    for number in range(1, REPLIES + 1):
        started = time.perf_counter()
        status, _ = await asyncio.to_thread(poster.post, f"/bench/floor/broadcast/?bytes={frame_bytes}",
                                            {"csrfmiddlewaretoken": token, "number": number})
        assert status == 302, status
        await asyncio.wait_for(asyncio.gather(*(_until(s, number) for s in sockets)), 120)
        latencies.append(time.perf_counter() - started)
    await _close(sockets)
    return _summary(latencies)


async def _connect(host, path):
    import websockets

    sockets = []
    for _ in range(READERS):
        sockets.append(await websockets.connect(f"ws://{host}{path}", origin=f"http://{host}", max_queue=None,
                                                max_size=None))
    await asyncio.sleep(1)
    return sockets


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
            "p99_ms": round(latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000, 1)}
