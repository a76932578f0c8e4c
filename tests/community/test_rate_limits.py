"""Each member door with a limit, measured through its page at the configured
limit: every request up to it is taken, the next is refused kindly (and the
draft kept where there is one), and another member is not held back."""

import html

import pytest
from django.conf import settings
from django.test import Client

from community import services
from community.models import Membership, Post
from moderation.models import Flag
from safety import ratelimit

pytestmark = pytest.mark.django_db


def _limit(scope: str) -> int:
    return settings.HARBOUR["RATE_LIMITS"][scope][0]


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _page(response) -> str:
    return html.unescape(response.content.decode())


@pytest.fixture
def group(make_group):
    return make_group("Anxiety peer support")


@pytest.fixture
def thread(group, make_member, make_thread):
    return make_thread(group, make_member(group, "tidewatcher"))


def test_posting_past_the_limit_is_refused_and_the_draft_stays(group, thread, make_member):
    poster, other = _client(make_member(group, "quietfern")), _client(make_member(group, "saltmarsh"))
    url = f"/groups/{group.slug}/t/{thread.pk}/reply/"
    for n in range(_limit("post")):
        assert poster.post(url, {"body": f"Thinking of you all, day {n}."}).status_code == 302
    response = poster.post(url, {"body": "One more thought before bed."})
    assert response.status_code == 200
    page = _page(response)
    assert "You're posting faster than we can take posts in. Please wait a minute; your text is still here." in page
    assert "One more thought before bed." in page
    assert not Post.objects.filter(body="One more thought before bed.").exists()
    assert other.post(url, {"body": "Evening, everyone."}).status_code == 302


def test_reacting_past_the_limit_is_refused_kindly(group, thread, make_member):
    post = thread.posts.get(number=1)
    reactor, other = _client(make_member(group, "quietfern")), _client(make_member(group, "saltmarsh"))
    url, json_please = f"/posts/{post.pk}/react/", {"HTTP_ACCEPT": "application/json"}
    for _ in range(_limit("react")):
        assert reactor.post(url, {"kind": "support"}, **json_please).status_code == 200
    response = reactor.post(url, {"kind": "support"}, **json_please)
    assert response.status_code == 400
    assert response.json() == {"error": "That's a lot of reactions in a minute. Please wait a moment and try again."}
    page = _page(reactor.post(url, {"kind": "support"}, follow=True))
    assert "That's a lot of reactions in a minute. Please wait a moment and try again." in page
    assert other.post(url, {"kind": "support"}, **json_please).json()["on"] is True


def test_joining_past_the_limit_is_refused_kindly(make_group, make_user):
    with ratelimit.suspended():
        groups = [make_group(f"Circle {n}") for n in range(_limit("join") + 1)]
    joiner, other = make_user("quietfern"), make_user("saltmarsh")
    client = _client(joiner)
    for group in groups[:-1]:
        assert client.post(f"/groups/{group.slug}/join/").status_code == 302
    response = client.post(f"/groups/{groups[-1].slug}/join/", follow=True)
    assert "You've asked to join a lot of groups in a short time. Please wait a little and try again." in _page(response)
    assert not Membership.objects.filter(user=joiner, group=groups[-1]).exists()
    assert Membership.objects.filter(user=joiner).count() == _limit("join")
    _client(other).post(f"/groups/{groups[-1].slug}/join/")
    assert Membership.objects.filter(user=other, group=groups[-1], status="active").exists()


def test_flagging_past_the_limit_is_refused_kindly(group, thread, make_member):
    author = thread.author
    with ratelimit.suspended():
        posts = [services.post_reply(actor=author, thread=thread, body=f"Reply number {n}, a quiet one.")
                 for n in range(_limit("flag") + 1)]
    reporter, other = make_member(group, "quietfern"), make_member(group, "saltmarsh")
    client = _client(reporter)
    for post in posts[:-1]:
        assert client.post(f"/posts/{post.pk}/flag/", {"reason": "spam"}).status_code == 302
    response = client.post(f"/posts/{posts[-1].pk}/flag/", {"reason": "spam"})
    assert response.status_code == 200
    assert ("You've sent a lot of reports in a short time. Thank you; please wait a little before sending more."
            in _page(response))
    assert not Flag.objects.filter(reporter=reporter, post=posts[-1]).exists()
    assert _client(other).post(f"/posts/{posts[-1].pk}/flag/", {"reason": "spam"}).status_code == 302
    assert Flag.objects.filter(reporter=other, post=posts[-1]).exists()

