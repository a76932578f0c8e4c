"""A member's own choices and rights show on their very next request, though
their viewer facts and their post fragments are cached; and the same user
object in the same process sees a change of rights at once."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group as AuthGroup
from django.contrib.auth.models import Permission

from community import permissions
from community import services as community
from moderation.services.rules import group_rules_set
from safety import services as safety
from tests.community.cache_scene import ORIGINAL, WARNED, article, build_scene, revealed_only_on_request, text_of

HELD = "Hello everyone, I am new and a little nervous."
HIDDEN_NOTE = "hidden by your"


@pytest.fixture
def scene(make_group, make_member, make_moderator):
    return build_scene(make_group, make_member, make_moderator)


@pytest.fixture
def held(scene, make_member):
    """A newcomer's reply, waiting for a moderator."""
    group_rules_set(actor=scene.moderator, group=scene.group, hold_new_members_until=2, hold_everything=False,
                    acute_rule="hold")
    post = community.post_reply(actor=make_member(scene.group, "newharbour"), thread=scene.thread, body=HELD)
    assert post.status == "pending"
    return post


@pytest.fixture
def reading(client, scene):
    client.force_login(scene.reader)
    return lambda: text_of(client.get(scene.url))


def _choose(member, mode):
    safety.reader_settings_update(actor=member, modes={"self_harm": mode}, show_ed_numbers=False)


def _sees(page, scene, mode) -> bool:
    fragment = article(page, scene.warned)
    if mode == "hide":
        return WARNED not in page and not fragment and HIDDEN_NOTE in page
    if mode == "blur":
        return revealed_only_on_request(fragment, WARNED)
    return WARNED in fragment and not revealed_only_on_request(fragment, WARNED)


@pytest.mark.parametrize("before, after", [("show", "hide"), ("hide", "show"), ("blur", "show"), ("show", "blur"),
                                           ("blur", "hide"), ("hide", "blur")])
def test_a_new_content_choice_shows_on_the_next_request(scene, reading, before, after):
    _choose(scene.reader, before)
    assert _sees(reading(), scene, before)
    _choose(scene.reader, after)
    assert _sees(reading(), scene, after)


def test_blocking_and_unblocking_an_author_show_on_the_next_request(scene, reading):
    assert ORIGINAL in reading()
    safety.block_add(actor=scene.reader, blocked=scene.author)
    page = reading()
    assert ORIGINAL not in page and "Opening words" not in page and HIDDEN_NOTE in page
    safety.block_remove(actor=scene.reader, blocked=scene.author)
    assert ORIGINAL in article(reading(), scene.post)


def _moderates(page, held) -> bool:
    return HELD in article(page, held) and "Moderator tools" in page


def test_becoming_and_ceasing_to_be_a_group_moderator_show_at_once(scene, reading, held, admin_user):
    reader, group = scene.reader, scene.group
    assert not _moderates(reading(), held) and not permissions.can_moderate_group(reader, group)
    community.moderator_grant(actor=admin_user, user=reader, group=group)
    assert permissions.can_moderate_group(reader, group)
    assert _moderates(reading(), held)
    permissions.revoke_group_moderator(reader, group)
    assert not permissions.can_moderate_group(reader, group)
    page = reading()
    assert HELD not in page and "Moderator tools" not in page


def _moderator_permission():
    return Permission.objects.get(codename="moderate_group", content_type__app_label="community")


def test_a_global_moderator_permission_shows_at_once(scene, reading, held):
    reader, group = scene.reader, scene.group
    assert not _moderates(reading(), held) and not permissions.can_moderate_group(reader, group)
    reader.user_permissions.add(_moderator_permission())
    assert permissions.can_moderate_group(reader, group) and permissions.is_global_moderator(reader)
    assert _moderates(reading(), held)
    reader.user_permissions.remove(_moderator_permission())
    assert not permissions.can_moderate_group(reader, group)
    assert not _moderates(reading(), held)


def test_joining_and_leaving_a_moderators_auth_group_show_at_once(scene, reading, held):
    reader, group = scene.reader, scene.group
    moderators = AuthGroup.objects.create(name="Moderators everywhere")
    moderators.permissions.add(_moderator_permission())
    assert not permissions.can_moderate_group(reader, group)
    reader.groups.add(moderators)
    assert permissions.can_moderate_group(reader, group)
    assert _moderates(reading(), held)
    moderators.permissions.remove(_moderator_permission())  # made on the auth group, not on this member
    assert not _moderates(reading(), held)


def test_giving_an_auth_group_the_permission_from_the_permissions_side_shows_at_once(scene, reading, held):
    moderators = AuthGroup.objects.create(name="Moderators everywhere")
    scene.reader.groups.add(moderators)
    assert not _moderates(reading(), held)
    _moderator_permission().group_set.add(moderators)
    assert _moderates(reading(), held)
    _moderator_permission().group_set.remove(moderators)
    assert not _moderates(reading(), held)


def test_a_long_lived_user_object_refreshed_as_the_live_consumers_do_reads_new_rights(scene, reading, held):
    reader = get_user_model().objects.get(pk=scene.reader.pk)  # held for a while, as a WebSocket consumer holds it
    assert not reader.has_perm(permissions.MODERATE)  # Django keeps what it read on the object
    assert not permissions.can_moderate_group(reader, scene.group)
    _moderator_permission().user_set.add(scene.reader.pk)  # granted elsewhere, on another object
    reader.refresh_from_db(fields=["suspended_until", "is_active", "viewer_version", "is_superuser"])
    assert permissions.can_moderate_group(reader, scene.group)
    assert _moderates(reading(), held)


def test_the_remembered_read_marker_still_follows_new_replies(scene, client, django_capture_on_commit_callbacks):
    """The marker is remembered after commit, so every read here runs its after-commit work."""
    client.force_login(scene.reader)

    def unread():
        return "badge-unread" in text_of(client.get(scene.group.get_absolute_url()))

    def read_thread():
        with django_capture_on_commit_callbacks(execute=True):
            text_of(client.get(scene.url))

    assert unread()
    read_thread()
    read_thread()  # remembered: nothing to write
    assert not unread()
    with django_capture_on_commit_callbacks(execute=True):
        community.post_reply(actor=scene.friend, thread=scene.thread, body="One more thought.")
    assert unread()
    read_thread()
    assert not unread()
