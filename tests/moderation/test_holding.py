"""Holding posts for a moderator: a new member's first posts, everything, acute
posts; and a held post reaching no one but its author and the moderators."""

import pytest
from django.urls import reverse

from community import services as community
from community.models import Notification, Post, Thread
from moderation import services
from moderation.models import Case, Priority
from moderation.services.rules import group_rules_set
from tests.moderation.helpers import ACUTE, case_of, claimed

pytestmark = pytest.mark.django_db

WORD = "zephyrquill"  # a word only the held post contains


@pytest.fixture
def newcomer(held_group, make_member):
    return make_member(held_group, "newharbour")


@pytest.fixture
def held_moderator(held_group, make_moderator):
    return make_moderator(held_group, "harbourmaster")


@pytest.fixture
def regular(held_group, make_member, held_moderator):
    """A member whose first two posts were approved: no longer held."""
    member = make_member(held_group, "oldhand")
    thread = None
    for i in range(2):
        if thread is None:
            post = community.thread_start(actor=member, group=held_group, title="Settling in", body="Hi all.")
            thread = post.thread
        else:
            post = community.post_reply(actor=member, thread=thread, body=f"Still here {i}.")
        services.case_approve(actor=held_moderator, case=claimed(case_of(post), held_moderator))
        thread.refresh_from_db()
    return member


@pytest.fixture
def open_thread(held_group, regular):
    return Thread.objects.get(author=regular)


def test_a_new_members_first_two_posts_are_held_then_they_post_freely(held_group, newcomer, held_moderator,
                                                                         open_thread):
    statuses = []
    for i in range(3):
        post = community.post_reply(actor=newcomer, thread=open_thread, body=f"Post number {i}")
        statuses.append(post.status)
        if post.status == "pending":
            case = case_of(post)
            assert case.reasons == ["held"] and case.priority == Priority.OTHER
            services.case_approve(actor=held_moderator, case=claimed(case, held_moderator))
    assert statuses == ["pending", "pending", "published"]


def test_a_new_members_second_post_waits_while_the_first_still_waits(newcomer, open_thread):
    first = community.post_reply(actor=newcomer, thread=open_thread, body="One")
    second = community.post_reply(actor=newcomer, thread=open_thread, body="Two")
    third = community.post_reply(actor=newcomer, thread=open_thread, body="Three")
    assert [p.status for p in (first, second, third)] == ["pending"] * 3


def test_no_holding_when_the_group_asks_for_none(group, make_member, thread):
    post = community.post_reply(actor=make_member(group), thread=thread, body="First words here.")
    assert post.status == "published" and not Case.objects.exists()


def test_moderators_bypass_every_hold(held_group, held_moderator, admin_user):
    group_rules_set(actor=admin_user, group=held_group, hold_new_members_until=5, hold_everything=True,
                    acute_rule="hold")
    post = community.thread_start(actor=held_moderator, group=held_group, title="Welcome", body="Be kind.")
    assert post.status == "published" and not Case.objects.exists()


def test_hold_everything_holds_established_members(held_group, regular, open_thread, held_moderator):
    group_rules_set(actor=held_moderator, group=held_group, hold_new_members_until=0, hold_everything=True,
                    acute_rule="hold")
    post = community.post_reply(actor=regular, thread=open_thread, body="Another update.")
    assert post.status == "pending" and case_of(post).reasons == ["held"]


def test_an_acute_post_is_held_by_default_and_escalated(group, author, thread):
    post = community.post_reply(actor=author, thread=thread, body=ACUTE)
    assert post.risk == "acute" and post.status == "pending"
    case = case_of(post)
    assert case.reasons == ["acute"] and case.priority == Priority.URGENT


def test_an_acute_post_shows_its_author_crisis_lines_and_waiting_for_a_moderator(client, group, author):
    client.force_login(author)
    response = client.post(reverse("thread_new", args=[group.slug]), {"title": "Tonight", "body": ACUTE},
                           follow=True)
    page = response.content.decode()
    post = Post.objects.get(thread__title="Tonight")
    assert post.status == "pending"
    assert "You're not alone" in page and "116 123" in page
    assert "Waiting for a moderator" in page and "end my life tonight" in page
    page = client.get(post.thread.get_absolute_url()).content.decode()
    assert "Waiting for a moderator" in page


def test_publish_and_escalate_publishes_but_still_opens_an_urgent_case(group, author, thread, moderator):
    group_rules_set(actor=moderator, group=group, hold_new_members_until=0, hold_everything=False,
                    acute_rule="publish")
    post = community.post_reply(actor=author, thread=thread, body=ACUTE)
    assert post.status == "published" and post.number == 2
    case = case_of(post)
    assert case.reasons == ["acute"] and case.is_urgent


def test_an_acute_post_by_a_new_member_gathers_both_reasons_in_one_urgent_case(newcomer, open_thread):
    post = community.post_reply(actor=newcomer, thread=open_thread, body=ACUTE)
    case = Case.objects.get(post=post)
    assert sorted(case.reasons) == ["acute", "held"] and case.priority == Priority.URGENT


def _search_finds(client, word) -> bool:
    page = client.get(f"{reverse('search')}?q={word}").content.decode()
    assert 'class="results"' in page or "No posts matched" in page
    return 'class="results"' in page


@pytest.fixture
def held_reply(open_thread, newcomer):
    post = community.post_reply(actor=newcomer, thread=open_thread, body=f"{WORD} and hello @quietfern")
    assert post.status == "pending"
    return post


@pytest.fixture
def other_reader(held_group, make_member):
    return make_member(held_group, "quietfern")


def test_a_held_post_is_visible_to_its_author_and_moderators_only(client, held_reply, newcomer, held_moderator,
                                                                   other_reader, global_moderator):
    url = held_reply.thread.get_absolute_url()
    for person, sees in [(newcomer, True), (held_moderator, True), (global_moderator, True), (other_reader, False)]:
        client.force_login(person)
        page = client.get(url).content.decode()
        assert (WORD in page) is sees, person.username
        if sees:
            assert "Waiting for a moderator" in page
    client.logout()
    assert WORD not in client.get(url).content.decode()


def test_a_held_reply_is_in_no_list_search_feed_or_count_for_others(client, held_group, held_reply, open_thread,
                                                                      other_reader):
    open_thread.refresh_from_db()
    assert open_thread.post_count == 2  # the regular member's two posts only
    client.force_login(other_reader)
    for url in (held_group.get_absolute_url(), reverse("home"), open_thread.get_absolute_url()):
        page = client.get(url).content.decode()
        assert WORD not in page, url
    assert not _search_finds(client, WORD)
    group_page = client.get(held_group.get_absolute_url()).content.decode()
    assert "2 posts" in group_page and "3 posts" not in group_page


def test_a_held_reply_sends_no_notifications_until_approved(held_reply, open_thread, regular, other_reader,
                                                            held_moderator):
    assert not Notification.objects.filter(post=held_reply).exists()
    services.case_approve(actor=held_moderator, case=claimed(case_of(held_reply), held_moderator))
    kinds = dict(Notification.objects.filter(post=held_reply).values_list("recipient__username", "kind"))
    assert kinds == {"oldhand": "thread_reply", "quietfern": "mention"}


def test_a_held_reply_does_not_move_the_thread_up_the_feed(open_thread, newcomer):
    before = Thread.objects.get(pk=open_thread.pk).last_post_at
    community.post_reply(actor=newcomer, thread=open_thread, body="Waiting reply")
    assert Thread.objects.get(pk=open_thread.pk).last_post_at == before


def test_a_held_thread_is_absent_for_others_and_listed_for_its_author(client, held_group, newcomer, other_reader):
    post = community.thread_start(actor=newcomer, group=held_group, title=f"About {WORD}", body="My first thread.")
    assert post.status == "pending" and post.thread.status == "pending"
    client.force_login(other_reader)
    for url in (held_group.get_absolute_url(), reverse("home")):
        assert WORD not in client.get(url).content.decode(), url
    assert not _search_finds(client, WORD)
    assert client.get(post.thread.get_absolute_url()).status_code == 404
    assert client.get(reverse("post_link", args=[post.pk])).status_code == 404
    client.force_login(newcomer)
    own = client.get(held_group.get_absolute_url()).content.decode()
    assert WORD in own and "Waiting for a moderator" in own


def test_a_held_post_cannot_be_reacted_to_by_others(client, held_reply, other_reader):
    client.force_login(other_reader)
    response = client.post(reverse("post_react", args=[held_reply.pk]), {"kind": "support"})
    assert response.status_code == 404
    held_reply.refresh_from_db()
    assert held_reply.support_count == 0


def test_after_approval_everyone_sees_the_post(client, held_reply, held_moderator, other_reader):
    services.case_approve(actor=held_moderator, case=claimed(case_of(held_reply), held_moderator))
    client.force_login(other_reader)
    page = client.get(held_reply.thread.get_absolute_url()).content.decode()
    assert WORD in page and "Waiting for a moderator" not in page
    assert _search_finds(client, WORD)
