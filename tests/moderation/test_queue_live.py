"""The queue, live: moderators of the group hear of new and changed cases;
members cannot connect; frames carry no post text."""

import json

import pytest
from asgiref.sync import sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator

from community import services as community
from moderation import services
from moderation.routing import websocket_urlpatterns
from tests.moderation.helpers import ACUTE
from tests.second_factor import session_for

pytestmark = pytest.mark.django_db(transaction=True)


async def _connect(user):
    communicator = WebsocketCommunicator(URLRouter(websocket_urlpatterns), "/ws/moderation/")
    communicator.scope["user"] = user
    communicator.scope["session"] = await sync_to_async(session_for)(user)
    connected, code = await communicator.connect(timeout=3)
    return communicator, connected, code


async def test_a_group_moderator_hears_of_an_urgent_case_and_another_groups_does_not(make_group, make_member,
                                                                                     make_moderator):
    group, other = await sync_to_async(make_group)(), await sync_to_async(make_group)()
    author = await sync_to_async(make_member)(group)
    ours, theirs = await sync_to_async(make_moderator)(group), await sync_to_async(make_moderator)(other)
    listening, connected, _ = await _connect(ours)
    elsewhere, _, _ = await _connect(theirs)
    assert connected
    await sync_to_async(community.thread_start)(actor=author, group=group, title="Tonight", body=ACUTE)
    frame = json.loads(await listening.receive_from(3))
    assert frame["urgent"] is True and frame["change"] == "opened"
    assert "end my life" not in json.dumps(frame)
    assert await elsewhere.receive_nothing(0.5)
    await listening.disconnect()
    await elsewhere.disconnect()


async def test_claims_are_pushed_with_who_holds_the_case(make_group, make_member, make_moderator):
    group = await sync_to_async(make_group)()
    author, reporter = await sync_to_async(make_member)(group), await sync_to_async(make_member)(group)
    moderator = await sync_to_async(make_moderator)(group, "steady_mod")
    post = await sync_to_async(community.thread_start)(actor=author, group=group, title="Deals", body="Buy now")
    await sync_to_async(services.flag_post)(actor=reporter, post=post, reason="spam")
    listening, _, _ = await _connect(moderator)
    from moderation.models import Case

    case = await sync_to_async(Case.objects.get)(post=post)
    await sync_to_async(services.case_claim)(actor=moderator, case=case)
    frame = json.loads(await listening.receive_from(3))
    assert frame == {"case_id": case.pk, "change": "claimed", "urgent": False, "claimed_by": "steady_mod"}
    await listening.disconnect()


async def test_members_cannot_listen_to_the_queue(make_group, make_member):
    group = await sync_to_async(make_group)()
    member = await sync_to_async(make_member)(group)
    _communicator, connected, code = await _connect(member)
    assert not connected and code == 4403
