"""After an account is deleted, every surface shows "former member" (their posts
kept) or the removed placeholder (their posts removed), and never their name."""

import asyncio

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.test import Client
from django.urls import reverse

from community.live import post_frame, thread_group
from community.models import Post, PostRevision, Thread
from community.search import search_posts
from privacy import services
from tests.privacy.scenario import MEMBER, MEMBER_EMAIL, MODERATOR, RECOVERY

pytestmark = pytest.mark.django_db


def _deleted(scene, posts):
    services.account_delete(scene.member, scene.member, posts=posts)
    return scene


def _page(user, url) -> str:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client.get(url).content.decode()


def _thread_page(scene, thread, user=None) -> str:
    return _page(user or scene.other, thread.get_absolute_url())


def test_kept_posts_show_former_member_on_the_thread_page(scene):
    _deleted(scene, services.ANONYMISE)
    page = _thread_page(scene, scene.own_thread)
    assert "Former member" in page and MEMBER not in page
    assert "Evenings are the worst for me. Signing this a former member;" in page
    assert "[email address removed]" in page and MEMBER_EMAIL not in page
    assert f"Block {MEMBER}" not in page


def test_quotes_and_mentions_of_them_say_a_former_member(scene):
    _deleted(scene, services.ANONYMISE)
    quoting = Post.objects.get(pk=scene.quoting.pk)
    assert quoting.body.startswith("> **a former member** wrote:")
    assert "So proud of you a former member!" in quoting.body
    assert quoting.quoted_author_id is None
    for stored in (quoting.body_html, quoting.masked_html, quoting.excerpt, quoting.masked_excerpt):
        assert MEMBER not in stored
    page = _thread_page(scene, scene.others_thread)
    assert "<strong>a former member</strong> wrote:" in page and MEMBER not in page


def test_search_finds_kept_posts_without_the_name(scene):
    _deleted(scene, services.ANONYMISE)
    assert list(search_posts(scene.other, MEMBER)) == []
    page = _page(scene.other, reverse("search") + "?q=Evenings+are+the+worst")
    assert "Signing this a former member" in page and MEMBER not in page


def test_others_notifications_say_a_former_member(scene):
    _deleted(scene, services.ANONYMISE)
    page = _page(scene.other, reverse("notifications"))
    assert "A former member replied to your thread" in page and MEMBER not in page


def test_a_live_frame_of_a_kept_post_shows_former_member(scene):
    _deleted(scene, services.ANONYMISE)
    frame = post_frame(Post.objects.select_related("author", "thread__group").get(pk=scene.own_thread.posts.get(number=1).pk))
    assert frame["author_id"] is None
    assert all("Former member" in html and MEMBER not in html for html in frame["html"].values())


def test_removed_posts_leave_placeholders_and_other_replies_stay(scene):
    _deleted(scene, services.REMOVE)
    page = _thread_page(scene, scene.own_thread)
    assert "This post was removed by its author." in page
    assert "Evenings are hard here too. You're not alone." in page.replace("&#x27;", "'")
    assert "A conversation started by a former member" in page
    assert "Evenings are the hardest" not in page and "Evenings are the worst" not in page


def test_removed_words_are_gone_from_every_stored_form(scene):
    ids = list(Post.objects.filter(author=scene.member).values_list("pk", flat=True))
    _deleted(scene, services.REMOVE)
    for post in Post.objects.filter(pk__in=ids):
        assert (post.body, post.body_html, post.masked_html, post.excerpt, post.masked_excerpt) == ("", "", "", "", "")
    assert not PostRevision.objects.filter(post_id__in=ids).exists()
    assert not PostRevision.objects.filter(body__icontains="1200 calories").exists()  # quoted in another reply
    assert list(search_posts(scene.other, "anorexia")) == [] and list(search_posts(scene.other, "Signing")) == []
    quoting = Post.objects.get(pk=scene.quoting.pk)
    assert RECOVERY not in quoting.body and "A quote from a post that has since been removed." in quoting.body_html


def test_a_thread_only_they_wrote_in_goes_entirely(scene):
    _deleted(scene, services.REMOVE)
    assert not Thread.objects.filter(pk=scene.lonely_thread.pk).exists()
    response = Client().get(scene.lonely_thread.get_absolute_url())
    assert response.status_code == 404


def test_a_live_frame_of_a_removed_post_is_the_placeholder(scene):
    _deleted(scene, services.REMOVE)
    frame = post_frame(Post.objects.select_related("author", "thread__group").get(pk=scene.recovery.pk))
    assert list(frame["html"]) == ["removed"]
    assert "This post was removed by its author." in frame["html"]["removed"]
    assert "recovery" not in frame["html"]["removed"]


def test_live_readers_are_told_a_post_was_removed(scene, django_capture_on_commit_callbacks):
    layer = get_channel_layer()
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)(thread_group(scene.others_thread.pk), channel)
    with django_capture_on_commit_callbacks(execute=True):
        _deleted(scene, services.REMOVE)
    frames = async_to_sync(_drain)(layer, channel)
    changes = {(f["post_id"], f["change"]) for f in frames}
    assert {(scene.recovery.pk, "removed"), (scene.acute.pk, "removed"), (scene.quoting.pk, "edited")} <= changes
    quote_frame = next(f for f in frames if f["post_id"] == scene.quoting.pk)
    assert quote_frame["texts"], "the edited quote reaches its readers"
    assert all("1200 calories" not in text for text in quote_frame["texts"].values())


async def _drain(layer, channel) -> list:
    frames = []
    while True:
        try:
            frames.append(await asyncio.wait_for(layer.receive(channel), 0.5))
        except asyncio.TimeoutError:
            return frames


def test_the_audit_log_shows_a_former_moderator(scene, global_moderator, client):
    services.account_delete(scene.moderator, scene.moderator, posts=services.ANONYMISE)
    client.force_login(global_moderator)  # with the second sign-in step moderation pages ask for
    page = client.get(reverse("moderation_audit")).content.decode()
    assert "Former moderator" in page and MODERATOR not in page
