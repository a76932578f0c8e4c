"""No viewer is ever sent a variant meant for another. Viewers take turns on
the same page, so the caches are warm with someone else's variant each time."""

import pytest
from django.test import Client
from django.urls import reverse

from community import services as community
from community.fragments import _TOKEN_MARKER
from moderation.services.rules import group_rules_set
from safety import ratelimit
from safety import services as safety
from tests.community.cache_scene import (
    OPENING,
    ORIGINAL,
    WARNED,
    article,
    build_scene,
    reaction_token,
    revealed_only_on_request,
    text_of,
)

HIDDEN_NOTE = "hidden by your"
HELD = "Hello everyone, I am new and a little nervous."


@pytest.fixture
def scene(make_group, make_member, make_moderator):
    return build_scene(make_group, make_member, make_moderator)


def _signed_in(user, **options) -> Client:
    client = Client(**options)
    client.force_login(user)
    return client


def _shown(page, post, words) -> bool:
    fragment = article(page, post)
    return words in fragment and not revealed_only_on_request(fragment, words)


def _blurred(page, post, words) -> bool:
    return revealed_only_on_request(article(page, post), words)


def _hidden(page, post, words) -> bool:
    return words not in page and not article(page, post) and HIDDEN_NOTE in page


def test_each_content_choice_and_a_block_get_their_own_variant_turn_after_turn(scene, make_member, client):
    names = ("sunrise", "lowtide", "seaglass", "driftwood")
    shows, hides, blurs, blocks = (make_member(scene.group, name) for name in names)
    safety.reader_settings_update(actor=shows, modes={"self_harm": "show"}, show_ed_numbers=False)
    safety.reader_settings_update(actor=hides, modes={"self_harm": "hide"}, show_ed_numbers=False)
    safety.reader_settings_update(actor=blurs, modes={"self_harm": "blur"}, show_ed_numbers=False)
    safety.block_add(actor=blocks, blocked=scene.friend)
    expected = [(_signed_in(shows), _shown), (_signed_in(hides), _hidden), (client, _blurred),
                (_signed_in(blurs), _blurred), (_signed_in(blocks), _hidden)]
    for _turn in range(3):
        for reader, sees in expected:
            page = text_of(reader.get(scene.url))
            assert sees(page, scene.warned, WARNED), (sees.__name__, page)
            assert _shown(page, scene.post, ORIGINAL) and _TOKEN_MARKER not in page


def test_a_visitor_after_a_member_who_shows_everything_gets_the_blurred_default(scene, client):
    safety.reader_settings_update(actor=scene.reader, modes={"self_harm": "show"}, show_ed_numbers=True)
    member = _signed_in(scene.reader)
    for _turn in range(2):
        assert _shown(text_of(member.get(scene.url)), scene.warned, WARNED)
        page = text_of(client.get(scene.url))
        assert _blurred(page, scene.warned, WARNED)
        assert "Report</a>" not in page and "csrfmiddlewaretoken" not in page and "Sending support <span" in page


def _footer(fragment) -> set[str]:
    return {word for word in ("Edit</a>", "Remove</a>", "Report</a>", "Quote</a>") if word in fragment}


def test_a_member_after_a_visitor_and_another_member_gets_their_own_footer(scene, client):
    author, friend = _signed_in(scene.author), _signed_in(scene.friend)
    for _turn in range(2):
        assert not _footer(article(text_of(client.get(scene.url)), scene.post))
        own_page, other_page = text_of(author.get(scene.url)), text_of(friend.get(scene.url))
        assert _footer(article(own_page, scene.post)) == {"Edit</a>", "Remove</a>", "Quote</a>"}
        assert _footer(article(own_page, scene.warned)) == {"Report</a>", "Quote</a>"}
        assert _footer(article(other_page, scene.post)) == {"Report</a>", "Quote</a>"}
        assert _footer(article(other_page, scene.warned)) == {"Edit</a>", "Remove</a>", "Quote</a>"}


def test_each_member_gets_a_reaction_token_for_their_own_session(scene):
    first = _signed_in(scene.reader, enforce_csrf_checks=True)
    second = _signed_in(scene.author, enforce_csrf_checks=True)
    text_of(first.get(scene.url))
    theirs = reaction_token(article(text_of(second.get(scene.url)), scene.warned))
    mine = reaction_token(article(text_of(first.get(scene.url)), scene.warned))
    assert mine and theirs and mine != theirs
    react = reverse("post_react", args=[scene.warned.pk])
    assert first.post(react, {"kind": "support", "csrfmiddlewaretoken": theirs}).status_code == 403
    assert first.post(react, {"kind": "support", "csrfmiddlewaretoken": mine}).status_code == 302
    scene.warned.refresh_from_db()
    assert scene.warned.support_count == 1


def test_a_moderator_sees_held_posts_and_a_member_never_does(scene, make_member, client):
    group_rules_set(actor=scene.moderator, group=scene.group, hold_new_members_until=2, hold_everything=False,
                    acute_rule="hold")
    held = community.post_reply(actor=make_member(scene.group, "newharbour"), thread=scene.thread, body=HELD)
    moderator, member = client, _signed_in(scene.reader)
    moderator.force_login(scene.moderator)
    for _turn in range(3):
        seen = article(text_of(moderator.get(scene.url)), held)
        assert HELD in seen and "Waiting for a moderator" in seen
        page = text_of(member.get(scene.url))
        assert HELD not in page and "Waiting for a moderator" not in page and "Moderator tools" not in page
        assert HELD not in text_of(Client().get(scene.url))


def _signed_out_client(user) -> Client:
    leaving = _signed_in(user)
    assert leaving.post(reverse("account_logout")).status_code == 302
    return leaving


def test_a_visitor_with_a_message_waiting_is_not_sent_the_cached_page(scene, client):
    assert "You have signed out." not in text_of(client.get(scene.url))  # cached now
    leaving = _signed_out_client(scene.reader)
    assert "messages" in leaving.cookies
    assert "You have signed out." in text_of(leaving.get(scene.url))
    assert "You have signed out." not in text_of(client.get(scene.url))


def test_a_visitor_with_a_session_is_not_sent_the_cached_page(scene, client, settings):
    settings.MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
    assert "You have signed out." not in text_of(client.get(scene.url))  # cached now
    leaving = _signed_out_client(scene.reader)
    assert settings.SESSION_COOKIE_NAME in leaving.cookies and "messages" not in leaving.cookies
    assert "You have signed out." in text_of(leaving.get(scene.url))
    assert "You have signed out." not in text_of(client.get(scene.url))


def test_a_cached_visitors_page_never_holds_a_form_token(scene, client):
    pages = [text_of(client.get(scene.url)) for _turn in range(2)]
    assert all("csrfmiddlewaretoken" not in page and _TOKEN_MARKER not in page for page in pages)
    assert all(OPENING in page for page in pages)


def test_different_addresses_never_share_a_cached_page(scene, client):
    with ratelimit.suspended():
        for number in range(2, 31):
            community.post_reply(actor=scene.friend, thread=scene.thread, body=f"Reply number {number + 2}.")
    echo = "<script>alert(1)</script>"
    for _turn in range(2):
        first = text_of(client.get(scene.url, {"page": "1", "x": echo}))
        second = text_of(client.get(scene.url, {"page": "2", "x": "calm"}))
        assert OPENING in first and "Reply number 26." not in first
        assert "Reply number 26." in second and OPENING not in second
        assert echo not in first + second and "alert(1)" not in first + second
