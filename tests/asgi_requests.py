"""Requests sent the way a server sends them: through Django's own ASGI
handler, each from a thread of its own and so in a context of its own, with
nothing this test process holds handed to it."""

import asyncio
import threading

from django.core.handlers.asgi import ASGIHandler


def each_on_a_new_thread(path: str, count: int, *, cookies: dict | None = None) -> list[int]:
    """GET `path` `count` times; the status of each."""
    application, statuses = ASGIHandler(), []
    for _ in range(count):
        client = threading.Thread(target=lambda: statuses.append(asyncio.run(_get(application, path, cookies or {}))))
        client.start()
        client.join()
    return statuses


async def _get(application, path: str, cookies: dict) -> int:
    sent, asked = [], []

    async def receive():
        if asked:  # the handler listens for a disconnect while it answers; none comes
            await asyncio.Event().wait()
        asked.append(True)
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    headers = [(b"host", b"127.0.0.1")]
    if cookies:
        headers.append((b"cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()).encode()))
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
             "headers": headers, "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000)}
    await application(scope, receive, send)
    return sent[0]["status"]
