"""Thread pages and lists: pagination, deep links, unread markers, pinned
first, and a number of queries that does not grow with the number of posts."""

import pytest
from django.test.utils import CaptureQueriesContext
from django.db import connection
from django.urls import reverse

from community import services
from safety import ratelimit


@pytest.fixture
def group(make_group):
    return make_group("Anxiety and panic")


@pytest.fixture
def member(group, make_member):
    return make_member(group, "tidewatcher")


def _thread_with(group, author, replies):
    with ratelimit.suspended():
        first = services.thread_start(actor=author, group=group, title="Long conversation", body="Opening")
        for i in range(replies):
            services.post_reply(actor=author, thread=first.thread, body=f"Reply number {i + 2}")
    return first.thread


def test_a_thread_is_paginated_25_posts_a_page(client, group, member):
    thread = _thread_with(group, member, 30)
    page1 = client.get(thread.get_absolute_url()).content.decode()
    page2 = client.get(thread.get_absolute_url() + "?page=2").content.decode()
    assert "Reply number 25" in page1 and "Reply number 26" not in page1
    assert "Reply number 26" in page2 and "Reply number 31" in page2


def test_a_deep_link_lands_on_the_right_page(client, group, member):
    thread = _thread_with(group, member, 30)
    post = thread.posts.get(number=27)
    response = client.get(reverse("post_link", args=[post.pk]))
    assert response.status_code == 302
    assert response["Location"] == f"{thread.get_absolute_url()}?page=2#post-{post.pk}"


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


@pytest.mark.parametrize("logged_in", [False, True])
def test_thread_page_queries_do_not_grow_with_posts(client, group, member, make_member, logged_in,
                                                    django_assert_num_queries):
    reader = make_member(group, "reader")
    if logged_in:
        client.force_login(reader)
    few = _thread_with(group, member, 4)  # 5 posts
    many = _thread_with(group, member, 49)  # 50 posts
    urls = [few.get_absolute_url(), many.get_absolute_url(), many.get_absolute_url() + "?page=2"]
    for url in urls:  # first visits fill the label cache, and for a visitor the page cache
        _count_queries(client, url)
    expected = _count_queries(client, urls[0])
    for url in urls[1:]:
        with django_assert_num_queries(expected):
            client.get(url)


@pytest.mark.parametrize("logged_in", [False, True])
def test_thread_list_queries_do_not_grow_with_threads(client, make_group, make_member, logged_in,
                                                      django_assert_num_queries):
    small, large = make_group("Small"), make_group("Large")
    author = make_member(small)
    services.membership_join(actor=author, group=large)
    with ratelimit.suspended():
        for i in range(5):
            services.thread_start(actor=author, group=small, title=f"Small {i}", body="hello")
        for i in range(50):
            services.thread_start(actor=author, group=large, title=f"Large {i}", body="hello")
    if logged_in:
        client.force_login(author)
    for url in (small.get_absolute_url(), large.get_absolute_url()):
        _count_queries(client, url)
    expected = _count_queries(client, small.get_absolute_url())
    with django_assert_num_queries(expected):
        client.get(large.get_absolute_url())


def test_unread_marker_shows_until_the_thread_is_read(client, group, member, make_member):
    reader = make_member(group, "reader")
    thread = _thread_with(group, member, 1)
    client.force_login(reader)
    assert "badge-unread" in client.get(group.get_absolute_url()).content.decode()
    client.get(thread.get_absolute_url())
    assert "badge-unread" not in client.get(group.get_absolute_url()).content.decode()
    services.post_reply(actor=member, thread=thread, body="Something new")
    assert "badge-unread" in client.get(group.get_absolute_url()).content.decode()


def test_pinned_threads_come_first_and_locked_ones_are_marked(client, group, member, make_moderator):
    moderator = make_moderator(group)
    with ratelimit.suspended():
        old = services.thread_start(actor=member, group=group, title="Welcome, read me", body="rules").thread
        services.thread_start(actor=member, group=group, title="Newer chat", body="hi")
    services.thread_pin(actor=moderator, thread=old)
    services.thread_lock(actor=moderator, thread=old)
    page = client.get(group.get_absolute_url()).content.decode()
    assert page.index("Welcome, read me") < page.index("Newer chat")
    assert "Locked" in page and "Pinned" in page


def test_reactions_toggle_one_of_each_kind_per_member(group, member, make_member):
    post = _thread_with(group, member, 0).posts.get()
    friend = make_member(group)
    assert services.reaction_toggle(actor=friend, post=post, kind="support") is True
    assert services.reaction_toggle(actor=friend, post=post, kind="me_too") is True
    post.refresh_from_db()
    assert (post.support_count, post.me_too_count, post.thanks_count) == (1, 1, 0)
    assert services.reaction_toggle(actor=friend, post=post, kind="support") is False
    post.refresh_from_db()
    assert post.support_count == 0 and post.reactions.count() == 1


def test_a_failed_reply_keeps_the_draft(client, group, member):
    thread = _thread_with(group, member, 0)
    client.force_login(member)
    draft = "This took me a long time to write. " * 700
    response = client.post(reverse("thread_reply", args=[group.slug, thread.pk]), {"body": draft})
    page = response.content.decode()
    assert response.status_code == 200
    assert "This took me a long time to write." in page and "still here" in page


def test_search_finds_visible_posts_and_not_private_ones(client, group, member, make_group, make_member):
    secret = make_group("Quiet cove", visibility="private")
    insider = make_member(secret)
    with ratelimit.suspended():
        services.thread_start(actor=member, group=group, title="Grounding", body="The lighthouse trick helps")
        services.thread_start(actor=insider, group=secret, title="Private", body="The lighthouse in our cove")
    page = client.get("/search/?q=lighthouse").content.decode()
    assert "lighthouse trick" in page and "our cove" not in page
    client.force_login(insider)
    assert "our cove" in client.get("/search/?q=lighthouse").content.decode()
