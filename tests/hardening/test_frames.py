"""Hostile WebSocket frames to the project's ASGI application, signed in the
way a browser is (session cookie, allowed origin): each is answered with the
documented close code (4400) in bounded time, and the closed connection
leaves every channel-layer group it had joined. The frame's length is
checked before any JSON is parsed (HARBOUR["FRAME_MAX_CHARS"])."""

import json
import time

import pytest
from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.db import connections

from community.live import thread_group, user_group
from config.asgi import application
from moderation.live import group_moderators
from tests.hardening.measured import BOUND_SECONDS
from tests.second_factor import TwoStepClient

pytestmark = pytest.mark.django_db(transaction=True)

MEGABYTE = 1024 * 1024
BAD_FRAME = {"type": "websocket.close", "code": 4400}

HOSTILE = {
    "a 1 MB text frame": {"text": "x" * MEGABYTE},
    "a 1 MB frame of valid JSON": {"text": json.dumps({"type": "since", "after": 1, "pad": "x" * MEGABYTE})},
    "JSON nested 10,000 deep": {"text": "[" * 10_000 + "]" * 10_000},
    "JSON nested deeper than the parser follows, in under 1 KB": {"text": "[" * 1_024},
    "a binary frame": {"bytes": b"\x00\xff" * 512},
    "invalid JSON": {"text": '{"type": "since", "after": '},
    "JSON that is not an object": {"text": '"since"'},
    "a position that is text": {"text": json.dumps({"type": "since", "after": "1"})},
    "a position that is a fraction": {"text": json.dumps({"type": "since", "after": 1.5})},
    "a position that is true": {"text": json.dumps({"type": "since", "after": True})},
    "a position no database holds": {"text": json.dumps({"type": "since", "after": 10**30})},
    "no position": {"text": json.dumps({"type": "since"})},
    "an unknown kind": {"text": json.dumps({"type": "drop_tables"})},
    "typing with extra fields": {"text": json.dumps({"type": "typing", "to": "everyone"})},
}
LISTEN_ONLY = {name: HOSTILE[name] for name in ("a 1 MB text frame", "a binary frame")}
LISTEN_ONLY["a frame that would be fine on a thread"] = {"text": json.dumps({"type": "since", "after": 1})}


@pytest.fixture(autouse=True)
async def _consumers_let_go_of_the_database():
    """The consumers' queries run in one shared thread, whose connection would
    otherwise outlive the test (and keep PostgreSQL's test database busy)."""
    yield
    await database_sync_to_async(connections.close_all)()


@pytest.fixture
def scene(make_group, make_member, make_thread, make_moderator):
    group = make_group("Evening check-ins")
    member = make_member(group, "tidewatcher")
    return group, member, make_thread(group, member), make_moderator(group, "harbourmaster")


async def members_of(name: str) -> set[str]:
    """The channel names in a channel-layer group, on the in-memory layer or Redis."""
    layer = get_channel_layer()
    if hasattr(layer, "groups"):
        return set(layer.groups.get(name, {}))
    connection = layer.connection(layer.consistent_hash(name))
    return {member.decode() for member in await connection.zrange(layer._group_key(name), 0, -1)}


def signed_in_cookie(user) -> str:
    """The session cookie of a real sign-in (with the second step for moderators)."""
    client = TwoStepClient()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


async def open_socket(path: str, user) -> WebsocketCommunicator:
    cookie = await sync_to_async(signed_in_cookie)(user)
    host = next(h for h in settings.ALLOWED_HOSTS if h != "testserver")
    headers = [(b"origin", f"http://{host}".encode()), (b"host", host.encode()), (b"cookie", cookie.encode())]
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, code = await communicator.connect(timeout=BOUND_SECONDS)
    assert connected, code
    return communicator


async def closes_cleanly(communicator, frame: dict, groups: list[str]) -> None:
    """Send the frame; the answer is the 4400 close, in bounded time; once the
    client has gone (as every client does after a close), no group holds it."""
    for name in groups:
        assert len(await members_of(name)) == 1
    started = time.perf_counter()
    await communicator.send_input({"type": "websocket.receive", **frame})
    assert await communicator.receive_output(BOUND_SECONDS) == BAD_FRAME
    seconds = time.perf_counter() - started
    print(f"[measured] close after a bad frame: {seconds * 1000:.0f} ms")
    assert seconds < BOUND_SECONDS
    await communicator.disconnect(code=4400, timeout=BOUND_SECONDS)
    for name in groups:
        assert await members_of(name) == set()


@pytest.mark.parametrize("case", HOSTILE)
async def test_a_hostile_frame_closes_a_thread_connection_and_leaves_no_group_behind(scene, case):
    _group, member, thread, _moderator = scene
    communicator = await open_socket(f"/ws/threads/{thread.pk}/", member)
    await closes_cleanly(communicator, HOSTILE[case], [thread_group(thread.pk), user_group(member.pk)])


@pytest.mark.parametrize("case", LISTEN_ONLY)
async def test_any_frame_closes_the_unread_badge_connection_which_only_listens(scene, case):
    _group, member, _thread, _moderator = scene
    communicator = await open_socket("/ws/notifications/", member)
    await closes_cleanly(communicator, LISTEN_ONLY[case], [user_group(member.pk)])


@pytest.mark.parametrize("case", LISTEN_ONLY)
async def test_any_frame_closes_the_queue_connection_which_only_listens(scene, case):
    group, _member, _thread, moderator = scene
    communicator = await open_socket("/ws/moderation/", moderator)
    await closes_cleanly(communicator, LISTEN_ONLY[case], [group_moderators(group.pk)])


async def test_a_good_frame_after_the_limit_checks_still_catches_up(scene, make_reply):
    _group, member, thread, _moderator = scene
    await sync_to_async(make_reply)(thread, member, body="While you were away")
    communicator = await open_socket(f"/ws/threads/{thread.pk}/", member)
    await communicator.send_to(text_data=json.dumps({"type": "since", "after": 1}))
    frame = json.loads(await communicator.receive_from(BOUND_SECONDS))
    assert frame["number"] == 2 and "While you were away" in frame["html"]
    await communicator.disconnect()
