"""Readers of one thread over real WebSockets, each behaving as
static/js/live.js does: on every connect it asks for the posts after the last
number it saw; when the connection drops it reconnects with backoff and jitter;
now and then it asks again. The delays are live.js's, scaled down so a test
stays short. Frames are kept by post id, pushed ones apart from caught-up ones."""

import asyncio
import json
import random
import threading
import time

import websockets
from websockets.exceptions import WebSocketException

STAY_QUIET = {4400, 4403}  # live.js stops reconnecting on these close codes


def backoff(attempt: int) -> float:
    return min(2.0, 0.25 * 2 ** attempt) * (0.5 + random.random())


class LiveReader:
    def __init__(self, host: str, thread_id: int, *, session: str | None = None, heartbeat: float | None = None):
        self.url = f"ws://{host}/ws/threads/{thread_id}/"
        self.origin = f"http://{host}"
        self.headers = {"Cookie": f"sessionid={session}"} if session else {}
        self.heartbeat = heartbeat
        self.last_number = 0
        self.pushed: dict[int, int] = {}  # post id -> number, sent as it happened
        self.caught_up: dict[int, int] = {}  # post id -> number, sent when asked with "since"
        self.connections = 0
        self.open = threading.Event()

    def seen(self) -> set[int]:
        return set(self.pushed) | set(self.caught_up)

    async def run(self) -> None:
        attempt = 0
        while True:
            try:
                async with websockets.connect(self.url, origin=self.origin, additional_headers=self.headers,
                                              proxy=None, open_timeout=5) as socket:
                    attempt = 0
                    await self._read(socket)
                    if socket.close_code in STAY_QUIET:
                        return
            except (OSError, TimeoutError, WebSocketException):
                pass  # refused, reset or rejected at the handshake: try again later
            self.open.clear()
            await asyncio.sleep(backoff(attempt))
            attempt += 1

    async def _read(self, socket) -> None:
        self.connections += 1
        await self._ask(socket)
        self.open.set()  # the server subscribes a reader before it accepts the handshake
        beat = asyncio.create_task(self._beat(socket)) if self.heartbeat else None
        try:
            async for text in socket:
                self._take(json.loads(text))
        finally:
            if beat is not None:
                beat.cancel()

    async def _ask(self, socket) -> None:
        await socket.send(json.dumps({"type": "since", "after": self.last_number}))

    async def _beat(self, socket) -> None:
        while True:
            await asyncio.sleep(self.heartbeat)
            await self._ask(socket)

    def _take(self, frame: dict) -> None:
        if frame.get("type") != "post":
            return
        kept = self.caught_up if frame.get("change") == "catch_up" else self.pushed
        kept[frame["post_id"]] = frame["number"]
        self.last_number = max(self.last_number, frame["number"] or 0)


class ReadersRunning:
    """Runs readers on an event loop in a thread of their own while the test posts."""

    def __init__(self, readers: list[LiveReader]):
        self.readers = readers
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        self.tasks = [asyncio.run_coroutine_threadsafe(self._start(r), self.loop).result(5) for r in self.readers]
        return self

    def __exit__(self, *exc):
        asyncio.run_coroutine_threadsafe(self._stop(), self.loop).result(20)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()

    async def _start(self, reader):
        return asyncio.create_task(reader.run())

    async def _stop(self):
        for task in self.tasks:
            task.cancel()
        outcomes = await asyncio.gather(*self.tasks, return_exceptions=True)
        # A reader that stopped on an error it did not expect, kept for the test to show.
        self.errors = [o for o in outcomes if isinstance(o, Exception)]

    def wait_open(self, timeout: float = 15) -> bool:
        deadline = time.monotonic() + timeout
        return all(r.open.wait(max(0.0, deadline - time.monotonic())) for r in self.readers)


def wait_until(condition, timeout: float, every: float = 0.1) -> bool:
    """Bounded wait for something the servers deliver in their own time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()
