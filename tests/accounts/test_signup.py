import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse


def _signup(client, username, email="new@example.org", password="a quiet harbour at dawn"):
    return client.post(reverse("account_signup"), {
        "username": username, "email": email, "password1": password, "password2": password,
    })


@pytest.mark.django_db
def test_signing_up_needs_only_a_pseudonym_and_an_email(client):
    page = client.get(reverse("account_signup")).content.decode()
    assert "first_name" not in page and "last_name" not in page
    response = _signup(client, "lantern_keeper")
    assert response.status_code == 302
    assert get_user_model().objects.filter(username="lantern_keeper").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["ab", "x" * 31, "has space", "émile", "dot.name", "semi;colon"])
def test_usernames_outside_the_rules_are_refused(client, username):
    response = _signup(client, username)
    assert response.status_code == 200
    assert not get_user_model().objects.filter(email="new@example.org").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("username", ["abc", "x" * 30, "With-Dash_and_9"])
def test_usernames_inside_the_rules_are_accepted(client, username):
    assert _signup(client, username).status_code == 302


@pytest.mark.django_db
def test_usernames_are_unique_ignoring_case(client, make_user):
    make_user("Tidewatcher")
    response = _signup(client, "tidewatcher")
    assert response.status_code == 200
    assert "taken" in response.content.decode()
    assert get_user_model().objects.filter(username__iexact="tidewatcher").count() == 1


@pytest.mark.django_db
def test_the_database_refuses_a_case_variant_username_too(make_user):
    from django.db import IntegrityError, transaction

    make_user("Harbour_Light")
    with pytest.raises(IntegrityError), transaction.atomic():
        get_user_model().objects.create_user(username="harbour_light", email="b@example.org", password="x")


@pytest.mark.django_db
def test_logging_in_and_out(client, make_user):
    make_user("tidewatcher", password="a quiet harbour at dawn")
    response = client.post(reverse("account_login"), {"login": "tidewatcher", "password": "a quiet harbour at dawn"})
    assert response.status_code == 302
    assert client.get(reverse("notifications")).status_code == 200
    client.post(reverse("account_logout"))
    assert client.get(reverse("notifications")).status_code == 302


@pytest.mark.django_db
def test_a_password_reset_sends_a_link(client, make_user):
    make_user("tidewatcher")
    client.post(reverse("account_reset_password"), {"email": "tidewatcher@example.org"})
    assert len(mail.outbox) == 1
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


@pytest.mark.django_db
def test_repeated_failed_logins_lock_the_account_for_a_while(client, make_user):
    make_user("tidewatcher", password="a quiet harbour at dawn")
    for _ in range(5):
        client.post(reverse("account_login"), {"login": "tidewatcher", "password": "wrong"})
    response = client.post(reverse("account_login"), {"login": "tidewatcher", "password": "a quiet harbour at dawn"})
    assert response.status_code == 200
    assert "too many attempts" in response.content.decode().lower()
