"""The same second step guards the live queue and the admin site."""

from urllib.parse import urlsplit

import pytest
from asgiref.sync import sync_to_async
from channels.routing import URLRouter
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.urls import reverse

from community import services as community
from moderation.routing import websocket_urlpatterns
from moderation.second_factor import SECOND_STEP_NEEDED
from tests.moderation.helpers import ACUTE
from tests.second_factor import authenticator_for, sign_in_with_code


def _session_of(client):
    return client.session


async def _connect(user, session):
    communicator = WebsocketCommunicator(URLRouter(websocket_urlpatterns), "/ws/moderation/")
    communicator.scope.update(user=user, session=session)
    connected, code = await communicator.connect(timeout=3)
    return communicator, connected, code


def _plain_session(user):
    client = Client()
    client.force_login(user)
    return client.session


@pytest.mark.django_db(transaction=True)
async def test_the_live_queue_refuses_a_moderator_without_the_second_step(make_group, make_member, make_moderator):
    group = await sync_to_async(make_group)()
    author = await sync_to_async(make_member)(group)
    without_app = await sync_to_async(make_moderator)(group)
    not_used = await sync_to_async(make_moderator)(group)
    await sync_to_async(authenticator_for)(not_used)
    for user in (without_app, not_used):
        communicator, connected, code = await _connect(user, await sync_to_async(_plain_session)(user))
        assert not connected and code == SECOND_STEP_NEEDED
        await sync_to_async(community.thread_start)(actor=author, group=group, title="Tonight", body=ACUTE)
        assert await communicator.receive_nothing(0.3)


@pytest.mark.django_db(transaction=True)
async def test_the_live_queue_admits_a_moderator_who_signed_in_with_the_code(make_group, make_member,
                                                                              make_moderator):
    group = await sync_to_async(make_group)()
    author = await sync_to_async(make_member)(group)
    moderator = await sync_to_async(make_moderator)(group)
    signed_in = await sync_to_async(sign_in_with_code)(moderator)
    communicator, connected, _ = await _connect(moderator, await sync_to_async(_session_of)(signed_in))
    assert connected
    await sync_to_async(community.thread_start)(actor=author, group=group, title="Tonight", body=ACUTE)
    assert (await communicator.receive_json_from(3))["urgent"] is True
    await communicator.disconnect()


def _admin_destination(client, url="/admin/") -> str:
    """Where /admin/ finally sends this person (the path of the last redirect)."""
    response = client.get(url)
    while response.status_code == 302 and urlsplit(response["Location"]).path.startswith("/admin/"):
        response = client.get(response["Location"])
    return urlsplit(response["Location"]).path if response.status_code == 302 else response.status_code


@pytest.mark.django_db
def test_the_admin_sends_visitors_to_the_sites_own_sign_in():
    assert _admin_destination(Client()) == reverse("account_login")


@pytest.mark.django_db
def test_the_admin_asks_a_superuser_for_the_second_step(admin_user):
    client = Client()
    client.force_login(admin_user)
    assert _admin_destination(client) == reverse("mfa_activate_totp")
    assert b"site_admin" not in client.get(reverse("admin:accounts_user_changelist")).content
    authenticator_for(admin_user)
    assert _admin_destination(client) == reverse("mfa_reauthenticate")


@pytest.mark.django_db
def test_the_admin_opens_for_a_superuser_who_signed_in_with_the_code(admin_user):
    client = sign_in_with_code(admin_user)
    assert _admin_destination(client) == 200
    assert b"site_admin" in client.get(reverse("admin:accounts_user_changelist")).content


@pytest.mark.django_db
def test_a_staff_member_who_moderates_nothing_needs_the_step_for_the_admin_too(make_user):
    staff = make_user("desk_staff", is_staff=True)
    client = Client()
    client.force_login(staff)
    assert _admin_destination(client) == reverse("mfa_activate_totp")
