"""Every kind of page that shows people's words carries the strict
Content-Security-Policy: the second line behind the sanitizer. The browser
suite (tests/browser/test_hostile_content.py) cannot see it slip, because
while the sanitizer holds nothing reaches the policy to be blocked."""

import pytest
from django.urls import reverse

from moderation.services import flag_post

STRICT = {
    "default-src": "'self'", "script-src": "'self'", "style-src": "'self'", "connect-src": "'self'",
    "object-src": "'none'", "base-uri": "'none'", "form-action": "'self'", "frame-ancestors": "'none'",
}


def _policy(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";") if part.strip())


def _assert_strict(response, url):
    policy = _policy(response)
    assert {name: policy.get(name) for name in STRICT} == STRICT, url
    assert set(policy["img-src"].split()) <= {"'self'", "data:"}, url  # no image from an outside host


@pytest.fixture
def scene(make_group, make_member, make_thread):
    group = make_group("Policy check")
    author, reader = make_member(group, "author"), make_member(group, "reader")
    thread = make_thread(group, author, title="A calm title", body="A calm post.")
    flag = flag_post(actor=reader, post=thread.posts.first(), reason="spam")
    return group, author, reader, thread, flag.case


def test_every_kind_of_page_carries_the_strict_policy(client, scene, global_moderator):
    group, author, reader, thread, case = scene
    public = [reverse("home"), reverse("group_list"), group.get_absolute_url(), thread.get_absolute_url(),
              f"{reverse('search')}?q=calm", reverse("account_signup"), reverse("account_login"),
              reverse("crisis"), "/no-such-page/"]
    member = [reverse("notifications"), reverse("reader_settings"), reverse("member_block", args=[author.username]),
              reverse("thread_reply", args=[group.slug, thread.pk])]
    moderator = [reverse("moderation_queue"), reverse("case_detail", args=[case.pk]), reverse("moderation_audit"),
                 reverse("moderation_member", args=[author.username])]
    for user, urls in ((None, public), (reader, member), (global_moderator, moderator)):
        if user:
            client.force_login(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == (404 if url == "/no-such-page/" else 200), url
            _assert_strict(response, url)
