"""The download holds every kind of thing the member wrote and set, in their
own words, and nothing private of anyone else."""

import json

import pytest

from community.models import Post
from privacy import services
from tests.privacy.scenario import ACUTE, MEMBER, MEMBER_EMAIL, MODERATOR, OPENING, RECOVERY

pytestmark = pytest.mark.django_db


@pytest.fixture
def export(scene):
    return services.account_export(scene.member)


def test_the_profile_and_sign_in_choices_are_there(export):
    profile = export["profile"]
    assert (profile["username"], profile["email"]) == (MEMBER, MEMBER_EMAIL)
    assert profile["email_addresses"] == [{"email": MEMBER_EMAIL, "verified": True, "primary": True}]
    assert profile["date_joined"]
    assert sorted(a["type"] for a in export["two_step_sign_in"]) == ["Recovery codes", "TOTP Authenticator"]


def test_settings_blocks_and_groups_are_there(export):
    assert export["reader_settings"]["modes"]["self_harm"] == "hide"
    assert export["reader_settings"]["modes"]["suicide"] == "blur"  # the default in force, spelled out
    assert export["reader_settings"]["show_eating_disorder_numbers"] is True
    assert export["notification_preferences"]["mention"] == "email"
    assert export["notification_preferences"]["thread_reply"] == "site"
    assert [b["username"] for b in export["blocks"]] == ["loudgull"]
    assert [m["group"] for m in export["memberships"]] == ["Evening check-ins"]


def test_their_own_words_come_whole_with_no_policy_applied(scene, export):
    texts = {p["text"] for p in export["posts"]}
    # The held acute post and the original of a post a moderator edited are theirs too.
    assert {OPENING, ACUTE, "I'm in recovery, and today was a good day."} <= texts
    recovery = next(p for p in export["posts"] if p["id"] == scene.recovery.pk)
    assert [v["text"] for v in recovery["versions"]][:2] == [RECOVERY + " Draft.", RECOVERY]
    assert [v["by"] for v in recovery["versions"]] == ["you", "you", "a moderator"]
    held = next(p for p in export["posts"] if p["text"] == ACUTE)
    assert held["status"] == "Waiting for a moderator"
    assert [t["title"] for t in export["threads_started"]] == ["Evenings are the hardest", "Quiet Sundays"]


def test_reactions_notifications_flags_appeals_and_sanctions_are_there(scene, export):
    opening = scene.others_thread.posts.get(number=1)
    assert [(r["kind"], r["post_url"]) for r in export["reactions"]] == [("Sending support", opening.get_absolute_url())]
    texts = [n["text"] for n in export["notifications"]]
    assert any(t.startswith("tidewatcher replied to your thread") for t in texts)
    assert any("A moderator has sent you a warning." in t for t in texts)
    assert [f["note"] for f in export["flags"]] == [f"{MEMBER} here: this reads like an advert, sorry if I'm wrong."]
    assert export["appeals"][0]["about"] == "a suspension" and MEMBER_EMAIL in export["appeals"][0]["text"]
    assert [(s["kind"], s["reason"]) for s in export["sanctions"]] == [
        ("Warning", "Please keep adverts out of the group."), ("Suspension", "A week away to rest.")]


def test_nothing_private_of_anyone_else_is_in_it(scene, export):
    text = json.dumps(export)
    assert "tide@example.org" not in text and "fern@example.org" not in text  # others' addresses
    assert "Evenings are hard here too" not in text  # another member's reply to their thread
    assert "So proud of you" not in text  # another member's reply quoting them
    assert "Mine: a walk." not in text  # another member's opening post
    assert "might want the numbers hidden" not in text  # someone else's report about their post
    decisions = json.dumps([export["posts"], export["sanctions"], export["appeals"], export["flags"]])
    assert MODERATOR not in decisions  # which moderator edited, warned, suspended or decided
    assert "Checked in privately" not in text  # staff notes are moderators' working notes
    assert "catch the bus for good" not in text and "buy followers" not in text


def test_a_moderators_download_leaves_out_their_work_on_others(scene):
    export = services.account_export(scene.moderator)
    text = json.dumps(export)
    assert "Checked in privately" not in text and "A week away to rest." not in text
    assert [p["text"] for p in export["posts"]] == ["Thank you for sharing this here."]
    assert Post.objects.filter(author=scene.moderator).count() == 1
