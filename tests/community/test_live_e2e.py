"""End to end: real server processes, a real WebSocket client, one Redis."""

import asyncio
import json

import pytest
import websockets
from django.conf import settings
from django.test import Client

from community import services
from bench.servers import Browserless, redis_server, server
from tests.services import need, need_redis

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


def _session(user):
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


async def _frames(host, thread, session, after, count, timeout=15):
    """Connect as the member, ask for what came after `after`, collect `count` post frames."""
    headers = {"Cookie": f"sessionid={session}"}
    async with websockets.connect(f"ws://{host}/ws/threads/{thread.pk}/", origin=f"http://{host}",
                                  additional_headers=headers) as socket:
        await socket.send(json.dumps({"type": "since", "after": after}))
        frames = []
        async with asyncio.timeout(timeout):
            while len(frames) < count:
                frame = json.loads(await socket.recv())
                if frame["type"] == "post":
                    frames.append(frame)
        return frames


@pytest.fixture
def scene(make_group, make_member):
    group = make_group()
    author, reader = make_member(group, "tidewatcher"), make_member(group, "harbourlight")
    thread = services.thread_start(actor=author, group=group, title="Evening", body="How is everyone?").thread
    return group, author, reader, thread


def test_a_reply_through_one_process_reaches_a_reader_on_another(scene):
    need_redis()
    group, author, reader, thread = scene
    reader_session, page = _session(reader), thread.get_absolute_url()
    with server(settings.REDIS_URL) as host_a, server(settings.REDIS_URL) as host_b:
        writer = Browserless(host_a, _session(author))

        async def scenario():
            listening = asyncio.create_task(_frames(host_b, thread, reader_session, after=1, count=1))
            await asyncio.sleep(1.5)  # the reader is connected and subscribed on B
            status, _ = await asyncio.to_thread(
                writer.post_form, f"/groups/{group.slug}/t/{thread.pk}/reply/", page,
                {"body": "Sent through process A", "idempotency_key": "e2e-1"})
            assert status == 302
            return await listening

        frames = asyncio.run(scenario())
    assert "Sent through process A" in frames[0]["html"]


def test_redis_stopped_and_started_mid_thread_loses_nothing(scene):
    need(__import__("shutil").which("redis-server") is not None, "redis-server is not installed")
    group, author, reader, thread = scene
    reader_session, page = _session(reader), thread.get_absolute_url()
    with redis_server() as (redis_url, restart_after), server(redis_url) as host_a, server(redis_url) as host_b:
        writer = Browserless(host_a, _session(author))
        reply = f"/groups/{group.slug}/t/{thread.pk}/reply/"

        def post_while_redis_is_down():
            status, _ = writer.post_form(reply, page, {"body": "Posted while Redis was down", "idempotency_key": "e2e-2"})
            assert status == 302  # posting works and says nothing alarming

        restart_after(1.0, during=post_while_redis_is_down)
        status, _ = writer.post_form(reply, page, {"body": "Posted after Redis came back", "idempotency_key": "e2e-3"})
        assert status == 302
        frames = asyncio.run(_frames(host_b, thread, reader_session, after=1, count=2))
    texts = [f["html"] for f in frames]
    assert "Posted while Redis was down" in texts[0] and "Posted after Redis came back" in texts[1]
