"""The stored skeleton: existing accounts keep working, the database settles
two look-alike sign-ups at the same moment, the admin follows the same rules,
and the demo community's own names pass them."""

import html
import importlib
import threading

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import IntegrityError, connections
from django.db.models.signals import pre_save
from django.urls import reverse

from accounts.names import looks_like_staff, skeleton
from accounts.validators import LOOKS_LIKE_SOMEONE, validate_chosen_username
from community.demo import CONTENT
from tests.services import need_postgres

PASSWORD = "a quiet harbour at dawn"
fill = importlib.import_module("accounts.migrations.0004_user_username_skeleton").fill_skeletons


@pytest.fixture
def legacy_pair(make_user):
    """"moth", and "rnoth" made before names were compared, then the data migration run."""
    User = get_user_model()
    moth = make_user("moth", password=PASSWORD)
    twin = make_user("placeholder", password=PASSWORD)
    User.objects.filter(pk=twin.pk).update(username="rnoth")
    User.objects.update(username_skeleton=None)
    fill(apps, None)
    return User.objects.get(pk=moth.pk), User.objects.get(pk=twin.pk)


@pytest.mark.django_db
def test_the_data_migration_gives_the_older_account_the_skeleton_and_locks_no_one_out(client, legacy_pair):
    moth, twin = legacy_pair
    assert moth.username_skeleton == "moth" and twin.username_skeleton is None
    response = client.post(reverse("account_login"), {"login": "rnoth", "password": PASSWORD})
    assert response.status_code == 302
    twin.email = "rnoth-new@example.org"
    twin.save()  # a full save of the younger account is not refused
    twin.set_password("another quiet harbour")
    twin.save()
    assert get_user_model().objects.get(pk=twin.pk).email == "rnoth-new@example.org"


@pytest.mark.django_db
def test_after_the_data_migration_new_look_alikes_are_still_refused(client, legacy_pair):
    response = client.post(reverse("account_signup"), {
        "username": "rn0th", "email": "third@example.org", "password1": PASSWORD, "password2": PASSWORD,
    })
    assert response.status_code == 200
    assert LOOKS_LIKE_SOMEONE in html.unescape(response.content.decode())


@pytest.mark.django_db
def test_renaming_an_account_updates_its_skeleton(make_user):
    member = make_user("moth")
    member.username = "lantern_keeper"
    member.save(update_fields=["username"])
    member.refresh_from_db()
    assert member.username_skeleton == skeleton("lantern_keeper")
    validate_chosen_username("moth")  # the old name is free again


def _in_another_connection(call):
    """Run `call` in its own thread, connection and committed transaction."""
    thread = threading.Thread(target=lambda: (call(), connections.close_all()))
    thread.start()
    thread.join(30)


@pytest.mark.django_db(transaction=True)
def test_a_look_alike_saved_while_the_form_was_checked_gets_the_kind_message(client):
    """The form's check passed; then another person's sign-up committed "moth"
    just before this one's insert: the database refuses, the page stays kind."""
    need_postgres()
    User = get_user_model()

    def sneak_in(sender, instance, **kwargs):
        if instance.username == "rnoth":
            _in_another_connection(lambda: User.objects.create_user("moth", "moth@example.org", "x"))

    pre_save.connect(sneak_in, sender=User)
    try:
        response = client.post(reverse("account_signup"), {
            "username": "rnoth", "email": "rnoth@example.org", "password1": PASSWORD, "password2": PASSWORD,
        })
    finally:
        pre_save.disconnect(sneak_in, sender=User)
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert LOOKS_LIKE_SOMEONE in page and 'value="rnoth@example.org"' in page
    assert list(User.objects.values_list("username", flat=True)) == ["moth"]


@pytest.mark.django_db(transaction=True)
def test_two_look_alike_accounts_created_at_the_same_moment_one_is_refused():
    need_postgres()
    User = get_user_model()
    barrier = threading.Barrier(2)
    outcomes = {}

    def create(name):
        try:
            barrier.wait()
            User.objects.create_user(username=name, email=f"{name}@example.org", password="x")
            outcomes[name] = "created"
        except IntegrityError:
            outcomes[name] = "refused"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=create, args=(name,)) for name in ("moth", "rnoth")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(outcomes.values()) == ["created", "refused"], outcomes
    assert User.objects.filter(username_skeleton="moth").count() == 1


def _admin_add(client, username, **extra):
    data = {"username": username, "usable_password": "true", "password1": PASSWORD, "password2": PASSWORD, **extra}
    return client.post("/admin/accounts/user/add/", data)


@pytest.fixture
def admin_client_(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.mark.django_db
def test_the_admin_refuses_a_look_alike_and_a_staff_name_for_a_member(admin_client_, make_user):
    make_user("moth")
    for name in ("rnoth", "moderator_kim"):
        response = _admin_add(admin_client_, name)
        assert response.status_code == 200
        assert LOOKS_LIKE_SOMEONE in html.unescape(response.content.decode())
    assert not get_user_model().objects.filter(username__in=["rnoth", "moderator_kim"]).exists()


@pytest.mark.django_db
def test_the_admin_may_give_a_staff_account_a_staff_name(admin_client_):
    response = _admin_add(admin_client_, "moderator_kim", is_staff="on")
    assert response.status_code == 302
    assert get_user_model().objects.get(username="moderator_kim").is_staff


@pytest.mark.django_db
def test_the_admin_saves_an_account_whose_name_predates_the_rules(admin_client_, make_user):
    member = make_user("placeholder")
    get_user_model().objects.filter(pk=member.pk).update(username="official_sam")
    response = admin_client_.post(f"/admin/accounts/user/{member.pk}/change/", {
        "username": "official_sam", "email": "sam@example.org", "is_active": "on",
        "last_login_0": "", "last_login_1": "", "date_joined_0": "2026-01-01", "date_joined_1": "10:00:00",
    })
    assert response.status_code == 302, html.unescape(response.content.decode())[:3000]
    assert get_user_model().objects.get(pk=member.pk).email == "sam@example.org"


def test_the_demo_communitys_names_pass_the_rules_and_only_its_administrator_has_a_staff_name():
    names = [member["username"] for member in CONTENT["members"]]
    assert len({skeleton(name) for name in names}) == len(names)
    assert [name for name in names if looks_like_staff(name)] == ["alex_admin"]
