"""Factory fixtures: each returns a function that makes one object with
sensible defaults, through the services wherever a service exists."""

import importlib
import itertools

import pytest
from django.core.cache import cache

from community import permissions, services
from community.models import Group, Membership
from moderation.models import GroupRules

_seq = itertools.count(1)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits and cached labels must not leak between tests.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client():
    """Django's test client; its force_login of a moderator or staff member also
    records the second sign-in step, as a real sign-in would (tests/second_factor.py)."""
    from tests.second_factor import TwoStepClient

    return TwoStepClient()


@pytest.fixture
def make_user(db, django_user_model):
    def make(username=None, *, password="a-long-demo-pass", **extra):
        username = username or f"member{next(_seq)}"
        return django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password=password, **extra
        )

    return make


@pytest.fixture
def admin_user(make_user):
    return make_user("site_admin", is_staff=True, is_superuser=True)


@pytest.fixture
def make_group(db, admin_user):
    def make(name=None, *, visibility="public", join_policy="open", default_warnings=(), hold_new_members=0):
        n = next(_seq)
        group = Group(
            name=name or f"Group {n}", slug=f"group-{n}", description="A *kind* place.",
            visibility=visibility, join_policy=join_policy,
        )
        services.group_save(actor=admin_user, group=group)
        # Most tests are about established members; the tests of holding set their own rules.
        GroupRules.objects.create(group=group, hold_new_members_until=hold_new_members)
        if default_warnings:
            services.group_set_default_warnings(actor=admin_user, group=group, slugs=default_warnings)
        return group

    return make


@pytest.fixture
def make_member(make_user):
    def make(group, username=None, *, status="active"):
        user = make_user(username)
        Membership.objects.create(user=user, group=group, status=status)
        return user

    return make


@pytest.fixture
def make_moderator(make_user, admin_user):
    def make(group, username=None):
        user = make_user(username)
        services.moderator_grant(actor=admin_user, user=user, group=group)
        return user

    return make


@pytest.fixture
def global_moderator(make_user):
    from django.contrib.auth.models import Permission

    user = make_user("global_mod")
    user.user_permissions.add(Permission.objects.get(codename="moderate_group"))
    return user


@pytest.fixture
def make_thread(db):
    def make(group, author, *, title="How was your week?", body="Mine was calm, mostly.", warnings=()):
        return services.thread_start(actor=author, group=group, title=title, body=body, warnings=warnings).thread

    return make


@pytest.fixture
def make_reply(db):
    def make(thread, author, body="Thank you for sharing this.", **kwargs):
        return services.post_reply(actor=author, thread=thread, body=body, **kwargs)

    return make


@pytest.fixture
def is_moderator():
    return permissions.can_moderate_group


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # Hashing strength is not under test here; the default costs ~0.3 s a user.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _taxonomy(request):
    """Transactional tests flush every table, the taxonomy and crisis lines that a
    data migration put there included; put them back for the tests that follow."""
    names = set(request.fixturenames)
    marker = request.node.get_closest_marker("django_db")
    if marker or {"db", "transactional_db"} & names:
        transactional = "transactional_db" in names or (marker and marker.kwargs.get("transaction"))
        request.getfixturevalue("transactional_db" if transactional else "db")
        from django.apps import apps

        from safety.models import ContentWarning

        if not ContentWarning.objects.exists():
            seeding = importlib.import_module("safety.migrations.0002_taxonomy_and_crisis_lines")
            seeding.seed(apps, None)
    yield
