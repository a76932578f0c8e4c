import pytest
from django.urls import reverse

from community import services
from community.models import Membership, Notification


def test_joining_an_open_group_makes_you_a_member_at_once(make_group, make_user):
    group, user = make_group(), make_user()
    assert services.membership_join(actor=user, group=group).status == "active"
    assert services.membership_join(actor=user, group=group).status == "active"  # twice changes nothing
    assert Membership.objects.filter(user=user).count() == 1


def test_an_approval_group_waits_for_a_moderator_who_can_accept(make_group, make_user, make_moderator):
    group = make_group(join_policy="approval")
    moderator, user = make_moderator(group), make_user()
    membership = services.membership_join(actor=user, group=group)
    assert membership.status == "pending"
    assert services.membership_decide(actor=moderator, membership=membership, accept=True) is True
    assert services.membership_decide(actor=moderator, membership=membership, accept=False) is False
    membership.refresh_from_db()
    assert membership.status == "active"
    note = Notification.objects.get(recipient=user)
    assert note.kind == "join_decision" and note.data == {"accepted": True}


def test_a_declined_requester_is_told_and_may_ask_again(client, make_group, make_user, make_moderator):
    group = make_group(join_policy="approval")
    moderator, user = make_moderator(group), make_user()
    membership = services.membership_join(actor=user, group=group)
    services.membership_decide(actor=moderator, membership=membership, accept=False)
    client.force_login(user)
    assert f"Your request to join {group.name} was not accepted this time" in client.get("/notifications/").content.decode()
    assert services.membership_join(actor=user, group=group).status == "pending"


def test_members_cannot_decide_requests(make_group, make_member, make_user):
    group = make_group(join_policy="approval")
    member = make_member(group)
    membership = services.membership_join(actor=make_user(), group=group)
    with pytest.raises(Exception):
        services.membership_decide(actor=member, membership=membership, accept=True)


def test_leaving_a_group_removes_the_membership(client, make_group, make_member):
    group = make_group()
    user = make_member(group)
    client.force_login(user)
    client.post(reverse("group_leave", args=[group.slug]))
    assert not Membership.objects.filter(user=user, group=group).exists()


def test_a_private_group_is_found_only_through_its_invite_link(client, make_group, make_user):
    group = make_group("Quiet cove", visibility="private", join_policy="approval")
    user = make_user()
    client.force_login(user)
    assert client.post(reverse("group_join", args=[group.slug])).status_code == 404
    invite = client.get(reverse("group_invite", args=[group.invite_code]))
    assert "Quiet cove" in invite.content.decode()
    client.post(reverse("group_join", args=[group.slug]), {"invite": group.invite_code})
    assert Membership.objects.get(user=user, group=group).status == "pending"
    # Still invisible until a moderator accepts.
    assert client.get(group.get_absolute_url()).status_code == 404


def test_the_directory_lists_public_groups_and_your_private_ones(client, make_group, make_member, make_user):
    make_group("Open harbour")
    private = make_group("Quiet cove", visibility="private")
    assert "Quiet cove" not in client.get("/groups/").content.decode()
    client.force_login(make_member(private))
    page = client.get("/groups/").content.decode()
    assert "Quiet cove" in page and "Open harbour" in page
