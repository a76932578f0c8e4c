"""Every role against a public and a private group, on every door of issue 2:
group page, thread list, thread page, reply, edit, delete, search, reactions.
A private group's titles and text must be absent from every response a
non-member gets."""

import pytest
from django.urls import reverse

from community import services
from community.models import Membership

ROLES = ["anonymous", "non_member", "pending", "member", "group_mod", "global_mod", "admin"]
SECRET_TITLE = "Zephyrquill evening check-in"
SECRET_BODY = "Marmalade lanterns helped me sleep"


@pytest.fixture
def world(make_group, make_user, make_member, make_moderator, global_moderator, admin_user, make_thread, make_reply):
    public = make_group("Open harbour")
    private = make_group("Quiet cove", visibility="private", join_policy="approval")
    users = {
        "anonymous": None,
        "non_member": make_user("outsider"),
        "global_mod": global_moderator,
        "admin": admin_user,
    }
    author = {}
    threads = {}
    for kind, group in (("public", public), ("private", private)):
        author[kind] = make_member(group, f"author_{kind}")
        threads[kind] = make_thread(group, author[kind], title=f"{SECRET_TITLE} {kind}", body=f"{SECRET_BODY} {kind}")
        make_reply(threads[kind], author[kind], body=f"{SECRET_BODY} reply {kind}")
    users["pending"] = make_user("waiting")
    users["member"] = make_user("belonging")
    users["group_mod"] = make_user("steward")
    Membership.objects.create(user=users["pending"], group=private, status="pending")
    for group in (public, private):
        Membership.objects.create(user=users["member"], group=group, status="active")
        services.moderator_grant(actor=admin_user, user=users["group_mod"], group=group)
    return {"groups": {"public": public, "private": private}, "threads": threads, "users": users, "author": author}


def _client(client, user):
    if user is not None:
        client.force_login(user)
    return client


# Who can read the group, its threads and search results, per group kind.
CAN_READ = {
    "public": {r: True for r in ROLES},
    "private": {"anonymous": False, "non_member": False, "pending": False, "member": True,
                "group_mod": True, "global_mod": True, "admin": True},
}
# Who may reply or react (members and moderators).
CAN_WRITE = {"anonymous": False, "non_member": False, "pending": False, "member": True,
             "group_mod": True, "global_mod": True, "admin": True}


def _assert_no_secret(response):
    body = response.content.decode()
    assert f"{SECRET_TITLE} private" not in body and f"{SECRET_BODY} private" not in body
    assert f"{SECRET_BODY} reply private" not in body and "Quiet cove" not in body


@pytest.mark.parametrize("kind", ["public", "private"])
@pytest.mark.parametrize("role", ROLES)
def test_reading_doors(client, world, role, kind):
    c = _client(client, world["users"][role])
    group, thread = world["groups"][kind], world["threads"][kind]
    allowed = CAN_READ[kind][role]
    pages = [
        reverse("group_detail", args=[group.slug]),
        reverse("thread_detail", args=[group.slug, thread.pk]),
        reverse("post_link", args=[thread.posts.first().pk]),
    ]
    for url in pages:
        response = c.get(url, follow=True)
        assert response.status_code == (200 if allowed else 404), url
        if not allowed:
            _assert_no_secret(response)
    for url in [reverse("group_list"), reverse("home"), reverse("search") + f"?q=Marmalade"]:
        response = c.get(url)
        assert response.status_code == 200
        body = response.content.decode()
        if kind == "private" and not allowed:
            _assert_no_secret(response)
        if kind == "public" and url.startswith(reverse("search")):
            assert f"{SECRET_BODY} public" in body


@pytest.mark.parametrize("kind", ["public", "private"])
@pytest.mark.parametrize("role", ROLES)
def test_replying_and_reacting(client, world, role, kind):
    user = world["users"][role]
    c = _client(client, user)
    group, thread = world["groups"][kind], world["threads"][kind]
    first = thread.posts.order_by("number").first()
    before = thread.posts.count()
    response = c.post(reverse("thread_reply", args=[group.slug, thread.pk]), {"body": f"Reply by {role}"})
    readable = CAN_READ[kind][role]
    if user is None:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    elif not readable:
        assert response.status_code == 404
        _assert_no_secret(response)
    elif CAN_WRITE[role]:
        assert response.status_code == 302
    else:
        assert response.status_code == 403
    assert thread.posts.count() == before + (1 if CAN_WRITE[role] else 0)

    response = c.post(reverse("post_react", args=[first.pk]), {"kind": "support"})
    first.refresh_from_db()
    assert first.support_count == (1 if CAN_WRITE[role] else 0)
    if user is not None and not readable:
        assert response.status_code == 404


@pytest.mark.parametrize("kind", ["public", "private"])
@pytest.mark.parametrize("role", ROLES)
def test_only_the_author_edits_and_deletes(client, world, role, kind):
    c = _client(client, world["users"][role])
    post = world["threads"][kind].posts.order_by("number").first()
    edit = c.post(reverse("post_edit", args=[post.pk]), {"body": "Rewritten by someone else"})
    delete = c.post(reverse("post_delete", args=[post.pk]))
    post.refresh_from_db()
    assert post.body != "Rewritten by someone else"
    assert post.status == "published"
    expected = 302 if role == "anonymous" else 404
    assert edit.status_code == expected and delete.status_code == expected


@pytest.mark.parametrize("kind", ["public", "private"])
def test_the_author_edits_and_deletes_their_own_post(client, world, kind):
    author = world["author"][kind]
    client.force_login(author)
    post = world["threads"][kind].posts.order_by("number").first()
    assert client.post(reverse("post_edit", args=[post.pk]), {"body": "A gentler wording"}).status_code == 302
    assert client.post(reverse("post_delete", args=[post.pk])).status_code == 302
    post.refresh_from_db()
    assert post.body == "A gentler wording" and post.status == "removed_by_author"
