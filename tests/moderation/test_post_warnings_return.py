"""After changing a post's warnings the moderator goes back where they were,
and only ever to a page of this site."""

from django.urls import reverse


def _change(client, post, next_url):
    return client.post(reverse("post_warnings", args=[post.pk]),
                       {"warnings": ["self_harm"], "reason": "Mentions cutting", "next": next_url})


def test_back_to_a_page_of_this_site(client, moderator, post):
    client.force_login(moderator)
    response = _change(client, post, "/moderation/")
    assert response.status_code == 302 and response["Location"] == "/moderation/"


def test_never_to_another_site(client, moderator, post):
    client.force_login(moderator)
    for outside in ("https://elsewhere.example/", "//elsewhere.example/", "javascript:alert(1)"):
        response = _change(client, post, outside)
        assert response.status_code == 302
        assert response["Location"] == post.get_absolute_url()
