"""Moderation pages ask for a second sign-in step: a moderator without an
authenticator app is sent to set one up, one whose session did not use it is
asked for a code, and one who signed in with password and code gets in.
These tests use a plain Client and allauth's real pages, never the shortcut
that the `client` fixture takes (tests/second_factor.py)."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from moderation.models import AuditEntry
from moderation.urls import urlpatterns
from tests.second_factor import authenticator_for, code_for, sign_in_with_code

pytestmark = pytest.mark.django_db

MEMBER_DOORS = {"post_flag", "appeal"}
POST_ONLY = {"case_claim", "case_release", "case_act", "thread_moderate", "post_warnings"}
MODERATION = sorted(p.name for p in urlpatterns if p.name not in MEMBER_DOORS)
POST_BODY = "Some days are heavier than others."


@pytest.fixture
def urls(flagged, thread, post, author):
    values = {"case_id": flagged.pk, "thread_id": thread.pk, "post_id": post.pk, "username": author.username}
    return {p.name: reverse(p.name, kwargs={k: values[k] for k in p.pattern.converters}) for p in urlpatterns}


def _visit(client, name, url):
    if name in POST_ONLY:
        return client.post(url, {"action": "dismiss", "reason": "Looks fine.", "warnings": ["self_harm"]})
    return client.get(url)


def _plain_login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _sent_to(response, url_name) -> dict:
    assert response.status_code == 302, response.status_code
    location = urlsplit(response["Location"])
    assert location.path == reverse(url_name)
    return {k: v[0] for k, v in parse_qs(location.query).items()}


def test_every_moderation_address_is_covered_here():
    assert set(MODERATION) == {"moderation_queue", "moderation_health", "moderation_audit", "watched_words",
                               "case_detail", "case_claim", "case_release", "case_act", "moderation_member",
                               "thread_moderate", "post_warnings"}


@pytest.mark.parametrize("name", MODERATION)
def test_a_moderator_without_an_authenticator_is_sent_to_set_one_up(urls, moderator, flagged, name):
    entries = AuditEntry.objects.count()
    response = _visit(_plain_login(moderator), name, urls[name])
    query = _sent_to(response, "mfa_activate_totp")
    assert query["next"] == (reverse("moderation_queue") if name in POST_ONLY else urls[name])
    assert POST_BODY.encode() not in response.content and b"spam" not in response.content
    flagged.refresh_from_db()
    assert flagged.status == "open" and flagged.claimed_by is None and AuditEntry.objects.count() == entries


@pytest.mark.parametrize("name", MODERATION)
def test_a_moderator_whose_session_did_not_use_the_authenticator_is_asked_for_a_code(urls, moderator, flagged, name):
    authenticator_for(moderator)
    response = _visit(_plain_login(moderator), name, urls[name])
    _sent_to(response, "mfa_reauthenticate")
    assert POST_BODY.encode() not in response.content
    flagged.refresh_from_db()
    assert flagged.claimed_by is None


def test_the_reason_is_explained_kindly_on_the_way(moderator):
    response = _plain_login(moderator).get(reverse("moderation_queue"), follow=True)
    assert b"Moderation pages need a second step at sign-in, to keep members safe." in response.content
    assert b"it takes a minute" in response.content


@pytest.mark.parametrize("person", ["moderator", "global_moderator"])
def test_a_moderator_who_signed_in_with_password_and_code_gets_every_page(request, urls, flagged, person):
    user = request.getfixturevalue(person)
    client = sign_in_with_code(user)
    for name in MODERATION:
        if name in POST_ONLY or (name in ("moderation_member", "watched_words") and person == "moderator"):
            continue
        response = client.get(urls[name])
        assert response.status_code == 200, name
    assert POST_BODY.encode() in client.get(urls["case_detail"]).content
    client.post(urls["case_claim"])
    flagged.refresh_from_db()
    assert flagged.claimed_by == user


def test_a_code_at_re_authentication_opens_the_page_it_was_asked_for(moderator, flagged):
    authenticator = authenticator_for(moderator)
    client = _plain_login(moderator)
    query = _sent_to(client.get(reverse("case_detail", args=[flagged.pk])), "mfa_reauthenticate")
    response = client.post(f"{reverse('mfa_reauthenticate')}?next={query['next']}", {"code": code_for(authenticator)})
    assert response["Location"] == reverse("case_detail", args=[flagged.pk])
    assert POST_BODY.encode() in client.get(response["Location"]).content


def test_a_wrong_code_keeps_the_page_closed_and_says_what_to_do(moderator):
    authenticator_for(moderator)
    client = _plain_login(moderator)
    response = client.post(f"{reverse('mfa_reauthenticate')}?next=/moderation/", {"code": "000000"})
    assert response.status_code == 200 and b"type the newest one" in response.content
    assert client.get(reverse("moderation_queue")).status_code == 302


def test_a_removed_authenticator_closes_the_pages_and_a_new_one_needs_its_own_code(moderator):
    client = sign_in_with_code(moderator)
    assert client.get(reverse("moderation_queue")).status_code == 200
    authenticator_for(moderator).delete()
    _sent_to(client.get(reverse("moderation_queue")), "mfa_activate_totp")
    authenticator_for(moderator)
    _sent_to(client.get(reverse("moderation_queue")), "mfa_reauthenticate")


def test_the_navigation_shows_no_queue_counts_before_the_second_step(moderator, flagged, thread):
    page = _plain_login(moderator).get(thread.get_absolute_url()).content.decode()
    assert 'href="/moderation/">Queue</a>' in page and "1 open" not in page and "moderators.js" not in page
