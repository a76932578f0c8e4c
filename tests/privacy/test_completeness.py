"""Deleting an account leaves nothing that points at the person or names them,
in every table of every installed app, whichever way their posts go.

The fields are found by introspection: a new model that points at members
makes these tests fail until the scenario gives it a row and deletion
handles it."""

import pytest
from django.core.cache import cache
from django.test import Client

from privacy import checks, decisions, ratelimits, services
from tests.privacy.helpers import places_holding, rows_pointing_at, sessions_of

pytestmark = pytest.mark.django_db


def _sign_in_everywhere(scene) -> None:
    for user in (scene.member, scene.moderator):
        Client().force_login(user)


def _delete_both(scene, posts):
    services.account_delete(scene.member, scene.member, posts=posts)
    services.account_delete(scene.moderator, scene.moderator, posts=posts)


def test_the_scenario_gives_every_user_reference_a_row(scene):
    ids = [pk for pk, _name, _email in scene.subjects]
    empty = [label for label, count in rows_pointing_at(ids).items() if count == 0]
    assert empty == [], f"add rows for these to tests/privacy/scenario.py, and handle them in deletion: {empty}"


@pytest.mark.parametrize("posts", services.POST_CHOICES)
def test_no_row_points_at_a_deleted_person(scene, posts, django_capture_on_commit_callbacks):
    _sign_in_everywhere(scene)
    ids = [pk for pk, _name, _email in scene.subjects]
    assert sessions_of(ids) == 2
    with django_capture_on_commit_callbacks(execute=True):
        _delete_both(scene, posts)
    left = {label: count for label, count in rows_pointing_at(ids).items() if count}
    assert left == {}
    assert sessions_of(ids) == 0


@pytest.mark.parametrize("posts", services.POST_CHOICES)
def test_no_stored_text_names_a_deleted_person(scene, posts):
    needles = [value for _pk, name, email in scene.subjects for value in (name, email)]
    assert places_holding(needles), "the scenario should have written the names somewhere"
    _delete_both(scene, posts)
    assert places_holding(needles) == []


def test_rate_limit_entries_about_the_member_are_forgotten(scene, django_capture_on_commit_callbacks):
    keys = ratelimits.member_keys(scene.member)
    assert cache.get_many(keys), "posting and flagging should have counted against the member's limits"
    with django_capture_on_commit_callbacks(execute=True):
        services.account_delete(scene.member, scene.member, posts=services.ANONYMISE)
    assert cache.get_many(keys) == {}


def test_every_user_reference_has_a_decision_that_matches_its_on_delete():
    assert checks.every_user_reference_is_decided() == []
    assert set(decisions.DECISIONS) == {decisions.field_label(f) for f in decisions.user_fields()}


def test_the_check_fails_for_a_reference_no_one_decided(monkeypatch):
    trimmed = dict(decisions.DECISIONS)
    trimmed.pop("community.Reaction.user")
    monkeypatch.setattr(checks, "DECISIONS", trimmed)
    errors = checks.every_user_reference_is_decided()
    assert [e.id for e in errors] == ["privacy.E001"]
    assert "community.Reaction.user" in errors[0].msg


def test_the_check_fails_when_on_delete_disagrees(monkeypatch):
    changed = dict(decisions.DECISIONS, **{"moderation.AuditEntry.actor": decisions.DELETE})
    monkeypatch.setattr(checks, "DECISIONS", changed)
    assert [e.id for e in checks.every_user_reference_is_decided()] == ["privacy.E002"]
