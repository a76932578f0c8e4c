"""Limits on what a live connection may send, measured on real consumers and the
configured channel layer: "someone is replying" once per window, catching up a
bounded number of times a minute, and no frames at all on the sockets that
only listen. Another member's connection is never held back."""

import json

import pytest
from asgiref.sync import sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.conf import settings

from community import services
from community.consumers import BAD_FRAME, SLOW_DOWN
from config.routing import websocket_urlpatterns
from tests.second_factor import session_for

pytestmark = pytest.mark.django_db(transaction=True)
TIMEOUT = 3


async def _connect(user, path):
    communicator = WebsocketCommunicator(URLRouter(websocket_urlpatterns), path)
    communicator.scope["user"] = user
    communicator.scope["session"] = await sync_to_async(session_for)(user)
    connected, _code = await communicator.connect(timeout=TIMEOUT)
    assert connected
    return communicator


@pytest.fixture
def scene(make_group, make_member):
    group = make_group()
    author = make_member(group, "tidewatcher")
    thread = services.thread_start(actor=author, group=group, title="Evening", body="How is everyone?").thread
    services.post_reply(actor=author, thread=thread, body="A second thought.")
    return group, author, thread


async def test_someone_is_replying_is_passed_on_once_per_window_and_never_holds_back_another_member(
        scene, make_member):
    group, author, thread = scene
    path = f"/ws/threads/{thread.pk}/"
    friend = await sync_to_async(make_member)(group, "quietfern")
    watcher = await sync_to_async(make_member)(group, "saltmarsh")
    typing, other_typing, watching = [await _connect(user, path) for user in (author, friend, watcher)]
    await typing.send_to(text_data=json.dumps({"type": "typing"}))
    assert json.loads(await watching.receive_from(TIMEOUT)) == {"type": "typing", "username": "tidewatcher"}
    await typing.send_to(text_data=json.dumps({"type": "typing"}))  # inside the window: not passed on
    assert await watching.receive_nothing(0.5)
    assert await typing.receive_nothing(0.1)  # and the typer is not scolded
    await other_typing.send_to(text_data=json.dumps({"type": "typing"}))
    assert json.loads(await watching.receive_from(TIMEOUT)) == {"type": "typing", "username": "quietfern"}
    for communicator in (typing, other_typing, watching):
        await communicator.disconnect()


async def test_catching_up_is_answered_up_to_the_limit_then_paused_kindly_while_replies_still_arrive(
        scene, make_member):
    group, author, thread = scene
    path = f"/ws/threads/{thread.pk}/"
    limit, _window = settings.HARBOUR["RATE_LIMITS"]["catch_up"]
    reader = await sync_to_async(make_member)(group, "quietfern")
    other = await sync_to_async(make_member)(group, "saltmarsh")
    reading, other_reading = await _connect(reader, path), await _connect(other, path)
    since = json.dumps({"type": "since", "after": 1})
    for _ in range(limit):
        await reading.send_to(text_data=since)
        assert json.loads(await reading.receive_from(TIMEOUT))["number"] == 2
    await reading.send_to(text_data=since)
    assert json.loads(await reading.receive_from(TIMEOUT)) == SLOW_DOWN
    await other_reading.send_to(text_data=since)
    assert json.loads(await other_reading.receive_from(TIMEOUT))["number"] == 2
    await sync_to_async(services.post_reply)(actor=author, thread=thread, body="Still here, still hopeful.")
    assert json.loads(await reading.receive_from(TIMEOUT))["number"] == 3  # the connection stays open
    for communicator in (reading, other_reading):
        await communicator.disconnect()


@pytest.mark.parametrize("path", ["/ws/notifications/", "/ws/moderation/"])
async def test_sockets_that_only_listen_close_on_any_frame(scene, make_moderator, path):
    group, _author, _thread = scene
    moderator = await sync_to_async(make_moderator)(group, "harbourmaster")
    communicator = await _connect(moderator, path)
    await communicator.send_to(text_data=json.dumps({"type": "since", "after": 0}))
    assert await communicator.receive_output(TIMEOUT) == {"type": "websocket.close", "code": BAD_FRAME}
