"""Limits at the front door, measured: how many accounts one connection makes,
the lock after failed logins, the flood guards, and what the cache keeps
about an address (a keyed hash, for no longer than the limit's window)."""

import html

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from safety.signup_limit import TOO_MANY_ACCOUNTS
from tests.accounts.cache_entries import cache_entries

pytestmark = pytest.mark.django_db
PASSWORD = "a quiet harbour at dawn"
HOME, AWAY = "203.0.113.7", "198.51.100.23"
LOCKED = "There have been too many attempts to log in. Please wait a few minutes and try again, or reset your password."


def _page(response) -> str:
    return html.unescape(response.content.decode())


def _signup(username, address=HOME, password2=PASSWORD):
    # A fresh client each time: a signed-up person is logged in, and the page would send them home.
    return Client(REMOTE_ADDR=address).post(reverse("account_signup"), {
        "username": username, "email": f"{username}@example.org", "password1": PASSWORD, "password2": password2,
    })


def _login(client, login, password):
    return client.post(reverse("account_login"), {"login": login, "password": password})


def test_one_connection_makes_a_limited_number_of_accounts_and_typing_mistakes_do_not_count():
    limit, _window = settings.HARBOUR["RATE_LIMITS"]["signup"]
    for attempt in range(3):
        assert _signup(f"fumbled{attempt}", password2="a different thing").status_code == 200
    for n in range(limit):
        assert _signup(f"newcomer{n}").status_code == 302
    response = _signup("one_more")
    assert response.status_code == 429
    page = _page(response)
    assert TOO_MANY_ACCOUNTS in page
    assert 'value="one_more"' in page and 'value="one_more@example.org"' in page
    assert _signup("from_elsewhere", address=AWAY).status_code == 302


def test_five_failed_logins_lock_that_account_and_no_other(make_user):
    make_user("tidewatcher", password=PASSWORD)
    make_user("quietfern", password=PASSWORD)
    client = Client(REMOTE_ADDR=HOME)
    for _ in range(5):
        response = _login(client, "tidewatcher", "not my password")
        assert response.status_code == 200 and LOCKED not in _page(response)
    response = _login(client, "tidewatcher", PASSWORD)
    assert response.status_code == 200
    assert LOCKED in _page(response)
    assert _login(Client(REMOTE_ADDR=HOME), "quietfern", PASSWORD).status_code == 302


def test_ten_failed_logins_a_minute_pause_logins_from_that_address_only(make_user):
    for n in range(11):
        make_user(f"reader{n}", password=PASSWORD)
    client = Client(REMOTE_ADDR=HOME)
    for n in range(10):
        response = _login(client, f"reader{n}", "not my password")
        assert response.status_code == 200 and LOCKED not in _page(response)
    response = _login(client, "reader10", PASSWORD)
    assert response.status_code == 200 and LOCKED in _page(response)
    assert _login(Client(REMOTE_ADDR=AWAY), "reader10", PASSWORD).status_code == 302


@pytest.mark.parametrize(("url", "action"), [("account_login", "login"), ("account_signup", "signup")])
def test_a_flood_of_requests_is_paused_with_a_kind_page(url, action):
    limit = int(settings.ACCOUNT_RATE_LIMITS[action].split("/")[0])
    client = Client(REMOTE_ADDR=HOME)
    for _ in range(limit):
        assert client.post(reverse(url), {}).status_code == 200  # the form, asking for what is missing
    response = client.post(reverse(url), {})
    assert response.status_code == 429
    assert "Please wait a minute, then try again." in _page(response)
    assert Client(REMOTE_ADDR=AWAY).post(reverse(url), {}).status_code == 200


def test_the_cache_keeps_no_address_and_nothing_longer_than_its_window(make_user):
    make_user("tidewatcher", password=PASSWORD)
    _signup("newcomer")
    _login(Client(REMOTE_ADDR=HOME), "tidewatcher", "not my password")
    entries = cache_entries()
    assert any(key.startswith("rl:signup:") for key, _, _ in entries)
    assert any("login_failed" in key for key, _, _ in entries)
    for key, seconds_left, value in entries:
        assert HOME not in key and HOME.encode() not in value
        window = _window_of(key)
        if window is not None:
            assert 0 < seconds_left <= window, (key, seconds_left)


def _window_of(key: str) -> float | None:
    """The window of the limit a cache entry counts for; None for other entries."""
    if key.startswith("rl:"):
        return settings.HARBOUR["RATE_LIMITS"][key.split(":")[1]][1]
    if key.startswith("allauth:rl:") and not key.endswith(":lock"):
        return float(key.split(":")[4].split("/")[1])  # the rate, e.g. "10/60.0/ip"
    return None
