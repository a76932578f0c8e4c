"""The data page, the two downloads and the deletion form, through HTTP."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from tests.privacy.scenario import ACUTE, MEMBER, OPENING, PASSWORD

pytestmark = pytest.mark.django_db
DELETE = reverse("privacy_delete")


@pytest.fixture
def member_client(scene):
    client = Client()
    client.force_login(scene.member)
    return client


def _exists(username) -> bool:
    return get_user_model().objects.filter(username=username).exists()


def test_the_account_area_links_to_the_data_page(member_client):
    page = member_client.get(reverse("account_email")).content.decode()
    assert reverse("privacy_data") in page


def test_the_data_page_offers_both_downloads_and_says_what_is_left_out(member_client):
    page = member_client.get(reverse("privacy_data")).content.decode()
    assert reverse("privacy_export_json") in page and reverse("privacy_export_html") in page
    assert "Staff notes" in page and "moderators' working notes" in page
    assert DELETE in page


def test_the_json_download_is_a_file_that_parses(member_client):
    response = member_client.get(reverse("privacy_export_json"))
    assert response["Content-Disposition"] == 'attachment; filename="harbour-data.json"'
    assert response["Cache-Control"] == "no-store"
    data = json.loads(response.content)
    assert data["profile"]["username"] == MEMBER
    assert OPENING in [p["text"] for p in data["posts"]]


def test_the_html_download_is_a_page_of_the_posts_that_stands_alone(member_client):
    response = member_client.get(reverse("privacy_export_html"))
    assert response["Content-Disposition"] == 'attachment; filename="harbour-data.html"'
    page = response.content.decode()
    assert escape(OPENING) in page and escape(ACUTE) in page
    assert "<link" not in page and "src=" not in page  # nothing fetched from the site or anywhere else


def test_the_html_download_shows_markup_as_typed_never_as_markup(client, make_group, make_member, make_thread):
    group = make_group()
    member = make_member(group)
    make_thread(group, member, body="A <b>tag</b> I typed <script>x()</script>")
    client.force_login(member)
    page = client.get(reverse("privacy_export_html")).content.decode()
    assert "&lt;b&gt;tag&lt;/b&gt;" in page and "<script" not in page


@pytest.mark.parametrize("name", ["privacy_data", "privacy_export_json", "privacy_export_html", "privacy_delete"])
def test_visitors_are_asked_to_log_in_first(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and reverse("account_login") in response["Location"]


def test_the_deletion_page_explains_both_choices(member_client):
    page = member_client.get(DELETE).content.decode()
    assert "Keep my posts, shown as by “former member”" in page and "Remove my posts" in page
    assert "Threads only you wrote in disappear entirely." in page
    assert "crisis lines" in page


def test_a_wrong_password_deletes_nothing_and_keeps_the_choices(member_client):
    response = member_client.post(DELETE, {"posts": "remove", "password": "not it", "confirm": "on"})
    page = response.content.decode()
    assert response.status_code == 200 and _exists(MEMBER)
    assert escape("That password doesn't match this account. Please try again") in page
    assert 'value="remove" aria-describedby="posts-remove-help" checked' in page
    assert 'name="confirm" required id="id_confirm" checked' in page
    assert PASSWORD not in page and "not it" not in page  # a password is never written back into a page


def test_deleting_needs_the_box_ticked_and_a_choice(member_client):
    response = member_client.post(DELETE, {"password": PASSWORD})
    page = response.content.decode()
    assert _exists(MEMBER)
    assert "Please tick the box to say you understand this can&#x27;t be undone." in page
    assert "Please choose what happens to your posts. Either choice is fine." in page


def test_deleting_signs_the_member_out_everywhere(scene, member_client):
    other_device = Client()
    other_device.force_login(scene.member)
    response = member_client.post(DELETE, {"posts": "anonymise", "password": PASSWORD, "confirm": "on"})
    assert response.status_code == 302 and response["Location"] == reverse("privacy_goodbye")
    assert not _exists(MEMBER)
    goodbye = member_client.get(reverse("privacy_goodbye")).content.decode()
    assert "Your account is deleted" in goodbye and "join again" in goodbye
    for device in (member_client, other_device):
        assert device.get(reverse("notifications")).status_code == 302  # asked to log in again


def test_too_many_tries_are_refused_kindly_without_checking_the_password(member_client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "reauthenticate": "2/m/user"}
    for _ in range(2):
        member_client.post(DELETE, {"posts": "remove", "password": "guess", "confirm": "on"})
    response = member_client.post(DELETE, {"posts": "remove", "password": PASSWORD, "confirm": "on"})
    page = response.content.decode()
    assert _exists(MEMBER)
    assert "Please wait a minute, then try again." in page
    assert 'value="remove" aria-describedby="posts-remove-help" checked' in page
