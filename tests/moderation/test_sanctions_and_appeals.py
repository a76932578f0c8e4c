"""Warnings, suspensions and group bans; and appealing once, to a moderator
who did not take the decision."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from community import services as community
from community.models import Membership, Notification, Post
from moderation import permissions, services
from moderation.models import Appeal, AuditEntry, Case, Sanction
from tests.moderation.helpers import case_of, claimed

pytestmark = pytest.mark.django_db


@pytest.fixture
def suspended(author, global_moderator, thread):  # the thread exists before the suspension
    until = timezone.now() + timedelta(days=3)
    sanction = services.member_suspend(actor=global_moderator, member=author, until=until,
                                       reason="Repeated unkind replies")
    author.refresh_from_db()
    return sanction


def test_a_suspended_member_can_read_but_cannot_post_react_or_flag(client, suspended, author, thread, group,
                                                                  make_member):
    other = community.post_reply(actor=make_member(group), thread=thread, body="Sending love to all.")
    client.force_login(author)
    assert client.get(thread.get_absolute_url()).status_code == 200
    with pytest.raises(PermissionDenied):
        community.post_reply(actor=author, thread=thread, body="Hello?")
    with pytest.raises(PermissionDenied):
        community.thread_start(actor=author, group=group, title="New", body="Hello?")
    with pytest.raises(PermissionDenied):
        community.reaction_toggle(actor=author, post=other, kind="support")
    with pytest.raises(PermissionDenied):
        services.flag_post(actor=author, post=other, reason="spam")
    assert client.post(reverse("post_react", args=[other.pk]), {"kind": "support"}).status_code == 403


def test_a_suspended_member_is_told_until_when_and_why(client, suspended, author):
    client.force_login(author)
    page = client.get(reverse("notifications")).content.decode()
    until = timezone.localtime(suspended.until)
    assert "Repeated unkind replies" in page
    assert f"This lasts until {until:%d %B %Y, %H:%M}" in page
    assert f"{reverse('appeal')}?sanction={suspended.pk}" in page
    assert AuditEntry.objects.get(action="member_suspend").reason == "Repeated unkind replies"


def test_a_suspension_ends_by_itself(author, thread, global_moderator):
    services.member_suspend(actor=global_moderator, member=author, until=timezone.now() + timedelta(minutes=1),
                            reason="Cool off")
    author.refresh_from_db()
    assert author.is_suspended()
    assert not author.is_suspended(now=timezone.now() + timedelta(minutes=2))


def test_only_global_moderators_suspend_and_they_give_a_reason_and_a_future_end(author, moderator,
                                                                                 global_moderator):
    later = timezone.now() + timedelta(days=1)
    with pytest.raises(PermissionDenied):
        services.member_suspend(actor=moderator, member=author, until=later, reason="No")
    with pytest.raises(ValidationError):
        services.member_suspend(actor=global_moderator, member=author, until=later, reason=" ")
    with pytest.raises(ValidationError):
        services.member_suspend(actor=global_moderator, member=author, until=timezone.now(), reason="Past")
    author.refresh_from_db()
    assert author.suspended_until is None and not Sanction.objects.exists()


def test_a_group_moderator_warns_a_member_in_their_group(group, author, moderator, make_group):
    services.member_warn(actor=moderator, member=author, reason="Please keep it kind", group=group)
    told = Notification.objects.get(recipient=author)
    assert "sent you a warning" in told.data["text"] and "Please keep it kind" in told.data["text"]
    assert AuditEntry.objects.get(action="member_warn").actor == moderator
    with pytest.raises(PermissionDenied):
        services.member_warn(actor=moderator, member=author, reason="Elsewhere", group=make_group())
    with pytest.raises(PermissionDenied):
        services.member_warn(actor=moderator, member=author, reason="Site-wide")


def test_a_group_ban_stops_posting_and_rejoining(group, thread, author, moderator):
    services.member_ban_from_group(actor=moderator, member=author, group=group, reason="Harassment")
    assert Membership.objects.get(user=author, group=group).status == "banned"
    with pytest.raises(PermissionDenied):
        community.post_reply(actor=author, thread=thread, body="Let me back")
    with pytest.raises(PermissionDenied):
        community.membership_join(actor=author, group=group)
    told = Notification.objects.get(recipient=author)
    assert "removed you from a group" in told.data["text"] and "Harassment" in told.data["text"]
    assert AuditEntry.objects.get(action="member_ban").after == {"group": group.slug}


def test_a_moderator_of_another_group_cannot_ban_here(group, author, make_group, make_moderator):
    elsewhere = make_moderator(make_group())
    with pytest.raises(PermissionDenied):
        services.member_ban_from_group(actor=elsewhere, member=author, group=group, reason="No")
    assert Membership.objects.get(user=author, group=group).status == "active"


@pytest.fixture
def removed(flagged, post, moderator):
    services.case_remove(actor=moderator, case=claimed(flagged, moderator), reason="Looked like an advert")
    post.refresh_from_db()
    return post


def test_an_appeal_is_taken_once_and_the_second_is_refused_kindly(removed, author):
    services.appeal_submit(actor=author, text="It was not an advert.", post=removed)
    with pytest.raises(ValidationError) as error:
        services.appeal_submit(actor=author, text="Please look again.", post=removed)
    assert "already appealed" in error.value.messages[0] and "tell you the outcome" in error.value.messages[0]
    assert Appeal.objects.count() == 1 and Case.objects.filter(reasons__icontains="appeal").count() == 1


def test_appealing_through_the_page_once(client, removed, author):
    client.force_login(author)
    url = f"{reverse('appeal')}?post={removed.pk}"
    response = client.post(url, {"text": "It was not an advert."}, follow=True)
    assert "A moderator who wasn" in response.content.decode()
    page = client.post(url, {"text": "Again"}).content.decode()
    assert "already appealed" in page and Appeal.objects.count() == 1


def test_only_a_removed_posts_author_can_appeal(removed, post, reporter, author, thread):
    with pytest.raises(PermissionDenied):
        services.appeal_submit(actor=reporter, text="Me too", post=removed)
    published = community.post_reply(actor=author, thread=thread, body="Still up")
    with pytest.raises(PermissionDenied):
        services.appeal_submit(actor=author, text="Nothing to appeal", post=published)


def test_the_appeal_case_excludes_the_moderator_who_acted(client, removed, author, moderator, colleague):
    appeal = services.appeal_submit(actor=author, text="It was not an advert.", post=removed)
    case = appeal.case
    assert case.excluded_moderator == moderator and case.group == removed.thread.group
    assert permissions.can_see_case(moderator, case) and not permissions.can_act_on_case(moderator, case)
    assert permissions.can_act_on_case(colleague, case)
    with pytest.raises(PermissionDenied):
        services.case_claim(actor=moderator, case=case)
    client.force_login(moderator)
    page = client.get(reverse("case_detail", args=[case.pk])).content.decode()
    assert "goes to another moderator" in page and "Claim this case" not in page


def test_upholding_an_appeal_restores_the_post(client, removed, author, colleague, reader):
    case = services.appeal_submit(actor=author, text="It was not an advert.", post=removed).case
    services.appeal_decide(actor=colleague, case=claimed(case, colleague), uphold=True, reason="You're right.")
    removed.refresh_from_db()
    assert removed.status == "published" and removed.number == 2
    told = Notification.objects.filter(recipient=author, data__decision="appeal").get()
    assert "was upheld" in told.data["text"]
    assert AuditEntry.objects.get(action="appeal_upheld").actor == colleague
    client.force_login(reader)
    assert "heavier than others" in client.get(removed.thread.get_absolute_url()).content.decode()


def test_declining_an_appeal_keeps_the_decision(removed, author, colleague):
    case = services.appeal_submit(actor=author, text="Please.", post=removed).case
    services.appeal_decide(actor=colleague, case=claimed(case, colleague), uphold=False, reason="It stays down.")
    removed.refresh_from_db()
    assert removed.status == "removed_by_moderator"
    told = Notification.objects.filter(recipient=author, data__decision="appeal").get()
    assert "decision stands" in told.data["text"]


def test_upholding_an_appeal_of_a_rejected_post_publishes_it(held_group, make_member, make_moderator):
    first, second = make_moderator(held_group), make_moderator(held_group)
    newcomer = make_member(held_group)
    post = community.thread_start(actor=newcomer, group=held_group, title="Hi", body="My first post.")
    services.case_reject(actor=first, case=claimed(case_of(post), first), reason="Not this time")
    case = services.appeal_submit(actor=newcomer, text="Why?", post=Post.objects.get(pk=post.pk)).case
    assert case.excluded_moderator == first
    services.appeal_decide(actor=second, case=claimed(case, second), uphold=True, reason="Fine after all")
    post.refresh_from_db()
    assert post.status == "published" and post.number == 1 and post.thread.post_count == 1


def test_a_suspension_appeal_goes_to_another_global_moderator_and_lifts_it(suspended, author, global_moderator,
                                                                           admin_user, moderator, thread):
    case = services.appeal_submit(actor=author, text="I'm sorry.", sanction=suspended).case
    assert case.group is None and case.excluded_moderator == global_moderator
    assert not permissions.can_act_on_case(global_moderator, case)
    assert not permissions.can_see_case(moderator, case)  # group moderators don't see site-wide cases
    services.appeal_decide(actor=admin_user, case=claimed(case, admin_user), uphold=True, reason="Lifted early")
    author.refresh_from_db()
    assert author.suspended_until is None
    assert community.post_reply(actor=author, thread=thread, body="Thank you.").status == "published"


def test_a_warning_cannot_be_appealed(author, moderator, group):
    warning = services.member_warn(actor=moderator, member=author, reason="Be kind", group=group)
    with pytest.raises(PermissionDenied):
        services.appeal_submit(actor=author, text="Unfair", sanction=warning)


def test_deciding_an_appeal_on_a_case_that_is_not_an_appeal_is_refused_not_a_server_error(client, flagged,
                                                                                          moderator):
    # The action form accepts appeal_uphold for any case; a stale or crafted
    # submit must come back as a message, not a 500.
    claimed(flagged, moderator)
    client.force_login(moderator)
    response = client.post(reverse("case_act", args=[flagged.pk]), {"action": "appeal_uphold", "reason": "x"})
    assert response.status_code == 302
    assert Case.objects.get(pk=flagged.pk).status == "open"


def test_removing_on_an_appeal_case_is_refused_not_a_server_error(client, removed, author, colleague):
    case = services.appeal_submit(actor=author, text="Please.", post=removed).case
    claimed(case, colleague)
    client.force_login(colleague)
    response = client.post(reverse("case_act", args=[case.pk]), {"action": "remove", "reason": "x"})
    assert response.status_code == 302
    assert Case.objects.get(pk=case.pk).status == "open"
