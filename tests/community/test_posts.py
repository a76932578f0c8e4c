import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from community import services
from community.models import Notification, Post


@pytest.fixture
def group(make_group):
    return make_group("Bipolar peer support")


@pytest.fixture
def member(group, make_member):
    return make_member(group, "tidewatcher")


def test_a_thread_starts_with_its_opening_post_numbered_one(group, member):
    post = services.thread_start(actor=member, group=group, title="Hello", body="First *time* posting.")
    assert post.number == 1 and post.thread.post_count == 1
    assert "<em>time</em>" in post.body_html
    assert post.revisions.count() == 1


def test_replies_are_numbered_in_order(group, member, make_thread, make_reply):
    thread = make_thread(group, member)
    numbers = [make_reply(thread, member, body=f"reply {i}").number for i in range(3)]
    thread.refresh_from_db()
    assert numbers == [2, 3, 4] and thread.post_count == 4


def test_the_same_idempotency_key_creates_one_post(group, member, make_thread):
    thread = make_thread(group, member)
    first = services.post_reply(actor=member, thread=thread, body="Once", idempotency_key="k-1")
    second = services.post_reply(actor=member, thread=thread, body="Once", idempotency_key="k-1")
    assert first.pk == second.pk
    assert thread.posts.count() == 2


def test_a_post_over_the_limit_is_refused_with_a_kind_message(group, member, make_thread):
    thread = make_thread(group, member)
    with pytest.raises(ValidationError) as error:
        services.post_reply(actor=member, thread=thread, body="x" * 20_001)
    assert "still here" in error.value.messages[0]
    assert thread.posts.count() == 1


def test_a_title_over_150_characters_is_refused(group, member):
    with pytest.raises(ValidationError):
        services.thread_start(actor=member, group=group, title="t" * 151, body="body")


def test_non_members_cannot_post(group, make_user, make_thread, member):
    thread = make_thread(group, member)
    with pytest.raises(PermissionDenied):
        services.post_reply(actor=make_user(), thread=thread, body="Hi")


def test_a_locked_thread_takes_no_replies_but_moderators_can_still_reply(group, member, make_thread, make_moderator):
    moderator = make_moderator(group)
    thread = make_thread(group, member)
    assert services.thread_lock(actor=moderator, thread=thread) is True
    assert services.thread_lock(actor=moderator, thread=thread) is False  # already locked: nothing changes
    with pytest.raises(PermissionDenied) as error:
        services.post_reply(actor=member, thread=thread, body="Hi")
    assert "locked" in str(error.value)
    assert services.post_reply(actor=moderator, thread=thread, body="Locking this one, take care.").number == 2


def test_editing_keeps_every_revision_and_marks_the_post_edited(group, member, make_thread):
    post = make_thread(group, member, body="First words").posts.get()
    services.post_edit(actor=member, post=post, body="Second words")
    services.post_edit(actor=member, post=post, body="Third words")
    post.refresh_from_db()
    assert [r.body for r in post.revisions.order_by("id")] == ["First words", "Second words", "Third words"]
    assert post.edited_at is not None and "Third words" in post.body_html


def test_someone_else_cannot_edit_a_post(group, member, make_member, make_thread):
    post = make_thread(group, member).posts.get()
    with pytest.raises(PermissionDenied):
        services.post_edit(actor=make_member(group), post=post, body="Not mine")


def test_deleting_leaves_a_placeholder_and_the_thread_readable(client, group, member, make_thread, make_reply):
    thread = make_thread(group, member, body="Opening words")
    reply = make_reply(thread, member, body="A reply that stays")
    assert services.post_delete_own(actor=member, post=thread.posts.get(number=1)) is True
    assert services.post_delete_own(actor=member, post=thread.posts.get(number=1)) is False
    page = client.get(thread.get_absolute_url()).content.decode()
    assert "removed by its author" in page and "Opening words" not in page
    assert reply.body in page


def test_quoting_prefills_the_reply_and_links_the_quoted_post(client, group, member, make_member, make_thread):
    thread = make_thread(group, member, body="Breathing slowly helped me.")
    other = make_member(group, "harbourlight")
    client.force_login(other)
    first = thread.posts.get()
    page = client.get(f"/groups/{group.slug}/t/{thread.pk}/reply/?quote={first.pk}").content.decode()
    assert "&gt; **tidewatcher** wrote:" in page and "Breathing slowly helped me." in page
    client.post(f"/groups/{group.slug}/t/{thread.pk}/reply/", {"body": "> quoted\n\nMe too.", "quote": first.pk})
    reply = thread.posts.get(number=2)
    assert reply.quote_of_id == first.pk
    assert Notification.objects.filter(recipient=member, post=reply).exists()


def test_a_reply_notifies_the_thread_author_and_mentioned_members(group, member, make_member, make_thread):
    thread = make_thread(group, member)
    friend = make_member(group, "quietfern")
    replier = make_member(group, "stormpetrel")
    services.post_reply(actor=replier, thread=thread, body="Thinking of you, @quietfern too.")
    kinds = dict(Notification.objects.values_list("recipient__username", "kind"))
    assert kinds == {"tidewatcher": "thread_reply", "quietfern": "mention"}
    assert friend.notifications.count() == 1


def test_posting_too_fast_is_refused_kindly(group, member, make_thread, settings):
    settings.HARBOUR = {**settings.HARBOUR, "RATE_LIMITS": {**settings.HARBOUR["RATE_LIMITS"], "post": (3, 60)}}
    thread = make_thread(group, member)
    for i in range(2):
        services.post_reply(actor=member, thread=thread, body=f"reply {i}")
    with pytest.raises(ValidationError) as error:
        services.post_reply(actor=member, thread=thread, body="one too many")
    assert "wait a minute" in error.value.messages[0]
    assert Post.objects.filter(thread=thread).count() == 3
