"""Thread readers, live: each connection gets what the policy gives its reader."""

import json

import pytest
from asgiref.sync import sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from community import services
from community.routing import websocket_urlpatterns
from safety import services as safety_services

pytestmark = pytest.mark.django_db(transaction=True)
TIMEOUT = 3


async def _connect(user, thread):
    communicator = WebsocketCommunicator(URLRouter(websocket_urlpatterns), f"/ws/threads/{thread.pk}/")
    communicator.scope["user"] = user
    connected, code = await communicator.connect(timeout=TIMEOUT)
    return communicator, connected, code


@pytest.fixture
def scene(make_group, make_member):
    group = make_group()
    author = make_member(group, "tidewatcher")
    thread = services.thread_start(actor=author, group=group, title="Evening", body="How is everyone?").thread
    return group, author, thread


async def test_a_reader_receives_a_new_reply(scene, make_member):
    group, author, thread = scene
    reader = await sync_to_async(make_member)(group, "reader")
    communicator, connected, _ = await _connect(reader, thread)
    assert connected
    await sync_to_async(services.post_reply)(actor=author, thread=thread, body="Quietly hopeful tonight.")
    frame = json.loads(await communicator.receive_from(TIMEOUT))
    assert frame["type"] == "post" and frame["number"] == 2
    assert "Quietly hopeful tonight." in frame["html"] and "<details" not in frame["html"]
    await communicator.disconnect()


async def test_a_reader_who_hides_the_warning_gets_no_frame_and_a_blurrer_gets_the_reveal(scene, make_member):
    group, author, thread = scene
    hider = await sync_to_async(make_member)(group, "hider")
    blurrer = await sync_to_async(make_member)(group, "blurrer")
    await sync_to_async(safety_services.reader_settings_update)(actor=hider, modes={"self_harm": "hide"},
                                                                show_ed_numbers=False)
    hiding, _, _ = await _connect(hider, thread)
    blurring, _, _ = await _connect(blurrer, thread)
    await sync_to_async(services.post_reply)(actor=author, thread=thread, body="Rough night, urges came back.",
                                             warnings=["self_harm"])
    frame = json.loads(await blurring.receive_from(TIMEOUT))
    assert '<details class="reveal">' in frame["html"] and "Self-harm" in frame["html"], (frame["change"], frame["post_id"], frame["number"])
    assert await hiding.receive_nothing(0.5)
    await hiding.disconnect()
    await blurring.disconnect()


async def test_a_blocked_authors_reply_is_not_sent(scene, make_member):
    group, author, thread = scene
    reader = await sync_to_async(make_member)(group, "reader")
    await sync_to_async(safety_services.block_add)(actor=reader, blocked=author)
    communicator, _, _ = await _connect(reader, thread)
    await sync_to_async(services.post_reply)(actor=author, thread=thread, body="Hello again")
    assert await communicator.receive_nothing(0.5)
    await communicator.disconnect()


async def test_masked_numbers_stay_masked_live(make_group, make_member):
    group = await sync_to_async(make_group)(default_warnings=("eating_disorder",))
    author = await sync_to_async(make_member)(group)
    reader = await sync_to_async(make_member)(group)
    await sync_to_async(safety_services.reader_settings_update)(actor=reader, modes={"eating_disorder": "show"},
                                                                show_ed_numbers=False)
    post = await sync_to_async(services.thread_start)(actor=author, group=group, title="Check-in", body="Doing ok.")
    communicator, _, _ = await _connect(reader, post.thread)
    await sync_to_async(services.post_reply)(actor=author, thread=post.thread, body="I was 45kg, 3 weeks on the plan.")
    frame = json.loads(await communicator.receive_from(TIMEOUT))
    assert "45kg" not in frame["html"] and "[number hidden]" in frame["html"] and "3 weeks" in frame["html"]
    await communicator.disconnect()


async def test_a_non_member_cannot_connect_to_a_private_thread(make_group, make_member, make_user):
    group = await sync_to_async(make_group)(visibility="private")
    author = await sync_to_async(make_member)(group)
    post = await sync_to_async(services.thread_start)(actor=author, group=group, title="Private", body="Hi")
    outsider = await sync_to_async(make_user)()
    _communicator, connected, code = await _connect(outsider, post.thread)
    assert not connected and code == 4403


async def test_a_held_reply_reaches_its_author_and_no_one_else(make_group, make_member):
    group = await sync_to_async(make_group)(hold_new_members=2)
    old_hand = await sync_to_async(make_member)(group)
    newcomer = await sync_to_async(make_member)(group)
    from moderation.models import GroupRules

    await sync_to_async(GroupRules.objects.filter(group=group).update)(hold_new_members_until=0)
    post = await sync_to_async(services.thread_start)(actor=old_hand, group=group, title="Welcome", body="Hi all")
    await sync_to_async(GroupRules.objects.filter(group=group).update)(hold_new_members_until=2)
    reader, _, _ = await _connect(old_hand, post.thread)
    own, _, _ = await _connect(newcomer, post.thread)
    await sync_to_async(services.post_reply)(actor=newcomer, thread=post.thread, body="First post, nervous")
    frame = json.loads(await own.receive_from(TIMEOUT))
    assert "Waiting for a moderator" in frame["html"]
    assert await reader.receive_nothing(0.5)
    await reader.disconnect()
    await own.disconnect()


async def test_catching_up_after_a_dropped_connection_loses_nothing(scene, make_member):
    group, author, thread = scene
    reader = await sync_to_async(make_member)(group, "reader")
    for i in range(3):
        await sync_to_async(services.post_reply)(actor=author, thread=thread, body=f"While you were away {i}")
    communicator, _, _ = await _connect(reader, thread)
    await communicator.send_to(text_data=json.dumps({"type": "since", "after": 1}))
    numbers = [json.loads(await communicator.receive_from(TIMEOUT))["number"] for _ in range(3)]
    assert numbers == [2, 3, 4]
    await communicator.disconnect()


@pytest.mark.parametrize("frame", ["x" * 2000, "not json", json.dumps({"type": "drop_tables"}),
                                   json.dumps({"type": "since", "after": "1"})])
async def test_a_bad_frame_closes_the_connection_with_a_clear_code(scene, make_member, frame):
    group, _author, thread = scene
    reader = await sync_to_async(make_member)(group, "reader")
    communicator, _, _ = await _connect(reader, thread)
    await communicator.send_to(text_data=frame)
    message = await communicator.receive_output(TIMEOUT)
    assert message == {"type": "websocket.close", "code": 4400}


async def test_leaving_a_private_group_closes_the_connection(make_group, make_member):
    group = await sync_to_async(make_group)(visibility="private")
    author = await sync_to_async(make_member)(group)
    reader = await sync_to_async(make_member)(group)
    post = await sync_to_async(services.thread_start)(actor=author, group=group, title="Private", body="Hi")
    communicator, connected, _ = await _connect(reader, post.thread)
    assert connected
    await sync_to_async(services.membership_leave)(actor=reader, group=group)
    message = await communicator.receive_output(TIMEOUT)
    assert message == {"type": "websocket.close", "code": 4403}


async def test_someone_is_replying_reaches_others_but_not_those_who_blocked_them(scene, make_member):
    group, author, thread = scene
    watcher = await sync_to_async(make_member)(group, "watcher")
    blocker = await sync_to_async(make_member)(group, "blocker")
    await sync_to_async(safety_services.block_add)(actor=blocker, blocked=author)
    typing, _, _ = await _connect(author, thread)
    watching, _, _ = await _connect(watcher, thread)
    blocking, _, _ = await _connect(blocker, thread)
    await typing.send_to(text_data=json.dumps({"type": "typing"}))
    await typing.send_to(text_data=json.dumps({"type": "typing"}))  # within the limit: dropped
    assert json.loads(await watching.receive_from(TIMEOUT)) == {"type": "typing", "username": "tidewatcher"}
    assert await watching.receive_nothing(0.5)
    assert await blocking.receive_nothing(0.2)
    assert await typing.receive_nothing(0.2)
    for communicator in (typing, watching, blocking):
        await communicator.disconnect()


async def test_the_unread_badge_hears_of_a_new_notification(scene, make_member):
    from community.routing import websocket_urlpatterns as routes

    group, author, thread = scene
    replier = await sync_to_async(make_member)(group)
    badge = WebsocketCommunicator(URLRouter(routes), "/ws/notifications/")
    badge.scope["user"] = author
    assert (await badge.connect(timeout=TIMEOUT))[0]
    await sync_to_async(services.post_reply)(actor=replier, thread=thread, body="Thinking of you")
    assert json.loads(await badge.receive_from(TIMEOUT)) == {"type": "notified", "unread": 1}
    await badge.disconnect()


async def test_a_suspension_closes_the_members_live_connections(scene, make_member, global_moderator):
    from datetime import timedelta

    from django.utils import timezone

    from moderation import services as moderation

    group, _author, thread = scene
    reader = await sync_to_async(make_member)(group, "reader")
    communicator, connected, _ = await _connect(reader, thread)
    assert connected
    until = timezone.now() + timedelta(days=3)
    await sync_to_async(moderation.member_suspend)(actor=global_moderator, member=reader, until=until,
                                                   reason="A pause while things calm down")
    assert await communicator.receive_output(TIMEOUT) == {"type": "websocket.close", "code": 4403}


async def test_catching_up_brings_back_the_authors_own_held_post_and_no_one_elses(make_group, make_member):
    from moderation.models import GroupRules

    group = await sync_to_async(make_group)()
    old_hand, newcomer = await sync_to_async(make_member)(group), await sync_to_async(make_member)(group)
    post = await sync_to_async(services.thread_start)(actor=old_hand, group=group, title="Welcome", body="Hi all")
    await sync_to_async(GroupRules.objects.filter(group=group).update)(hold_new_members_until=2)
    await sync_to_async(services.post_reply)(actor=newcomer, thread=post.thread, body="Nervous first post")
    own, _, _ = await _connect(newcomer, post.thread)
    other, _, _ = await _connect(old_hand, post.thread)
    for communicator in (own, other):
        await communicator.send_to(text_data=json.dumps({"type": "since", "after": 1}))
    frame = json.loads(await own.receive_from(TIMEOUT))
    assert "Nervous first post" in frame["html"] and frame["number"] is None
    assert await other.receive_nothing(0.5)
    await own.disconnect()
    await other.disconnect()
