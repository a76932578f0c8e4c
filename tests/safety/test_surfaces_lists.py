"""Surfaces, continued (test_surfaces.py has hide, blur and show): blocked
members, the numbers guard on eating-disorder posts, posts held for a
moderator, and words that travel inside a quote."""

import re

import pytest
from django.urls import reverse

from community import services
from moderation import services as moderation
from moderation.services.rules import group_rules_set
from safety.services import block_add, reader_settings_update

SEARCH_WORD = "Quillfeather"  # typed into search, so echoed there
TITLE_WORD = "Thornapple"
BODY_WORD = "Brackenwhistle"
SECRETS = (SEARCH_WORD, TITLE_WORD, BODY_WORD)
REVEAL = re.compile(r'<details class="reveal">.*?</details>', re.S)


def secret_words(surface):
    return (TITLE_WORD, BODY_WORD) if surface == "search" else SECRETS


@pytest.fixture
def group(make_group):
    return make_group("Heavy days")


@pytest.fixture
def people(group, make_member):
    """The author, a neighbour and the reader, all members."""
    return tuple(make_member(group, name) for name in ("driftwood", "saltmarsh", "lanternfish"))


def _get(client, surface, *, group, thread=None, post=None):
    if surface == "thread page":
        return client.get(thread.get_absolute_url())
    if surface == "group thread list":
        return client.get(group.get_absolute_url())
    if surface == "home feed":
        return client.get(reverse("home"))
    if surface == "search":
        return client.get(reverse("search"), {"q": SEARCH_WORD})
    if surface == "notifications":
        return client.get(reverse("notifications"))
    if surface == "post deep link":
        return client.get(reverse("post_link", args=[post.pk]), follow=True)
    if surface == "reaction JSON":
        return client.post(reverse("post_react", args=[post.pk]), {"kind": "support"}, HTTP_ACCEPT="application/json")
    if surface == "quote composer":
        return client.get(reverse("thread_reply", args=[group.slug, thread.pk]), {"quote": post.pk})
    raise AssertionError(surface)


# Blocking

BLOCK_SURFACES = ("thread page", "reply in the reader's thread", "group thread list", "home feed", "search",
                  "notifications", "post deep link", "quote composer")


@pytest.mark.parametrize("surface", BLOCK_SURFACES)
def test_a_blocked_members_posts_are_in_no_byte_of(client, group, people, surface):
    author, _neighbour, reader = people
    own = services.thread_start(actor=reader, group=group, title="My own corner", body="Checking in.").thread
    opening = services.thread_start(actor=author, group=group, title=f"{SEARCH_WORD} {TITLE_WORD}",
                                    body=f"{SEARCH_WORD} {BODY_WORD}")
    services.post_reply(actor=author, thread=own, body=f"@lanternfish {SEARCH_WORD} {BODY_WORD}")
    client.force_login(reader)
    if surface == "reply in the reader's thread":
        look = lambda: _get(client, "thread page", group=group, thread=own)  # noqa: E731
    else:
        look = lambda: _get(client, surface, group=group, thread=opening.thread, post=opening)  # noqa: E731
    assert any(word.encode() in look().content for word in (TITLE_WORD, BODY_WORD))  # seen before the block
    block_add(actor=reader, blocked=author)
    response = look()
    assert response.status_code == 200
    for word in secret_words(surface):
        assert word.encode() not in response.content, f"{word} from a blocked member on the {surface}"


@pytest.mark.parametrize("surface, note", [("thread page", "1 post hidden"), ("group thread list", "1 thread hidden"),
                                           ("home feed", "1 thread hidden")])
def test_a_blocked_members_posts_leave_a_counted_placeholder(client, group, people, surface, note):
    author, _neighbour, reader = people
    opening = services.thread_start(actor=author, group=group, title=f"{SEARCH_WORD} {TITLE_WORD}", body=BODY_WORD)
    block_add(actor=reader, blocked=author)
    client.force_login(reader)
    html = _get(client, surface, group=group, thread=opening.thread).content.decode()
    assert re.search(rf'<p class="hidden-note">{note}\b[^<]*<a href="/settings/content/"', html), html


# Numbers guard

ED_TITLE = "Check-in: 45kg at my lowest"
ED_BODY = "I was 45kg at my lowest, 3 weeks into the meal plan"


@pytest.fixture
def ed_post(make_group, make_member):
    group = make_group("Eating disorder recovery", default_warnings=("eating_disorder",))
    author, reader = make_member(group, "driftwood"), make_member(group, "lanternfish")
    post = services.thread_start(actor=author, group=group, title=ED_TITLE, body=ED_BODY)
    return group, author, reader, post


def _ed_page(client, surface, group, post):
    if surface == "search":
        return client.get(reverse("search"), {"q": "meal plan"}).content.decode()
    return _get(client, surface, group=group, thread=post.thread, post=post).content.decode()


@pytest.mark.parametrize("surface", ["thread page", "search", "home feed", "group thread list"])
@pytest.mark.parametrize("who", ["visitor", "member"])
def test_eating_disorder_numbers_are_masked_for_readers_who_did_not_opt_in(client, ed_post, who, surface):
    group, _author, reader, post = ed_post
    if who == "member":
        client.force_login(reader)
    html = _ed_page(client, surface, group, post)
    assert "45kg" not in html and "45 kg" not in html
    assert "[number hidden]" in html
    if surface in ("thread page", "search"):
        assert "3 weeks" in html  # durations stay


def test_eating_disorder_numbers_stay_masked_for_a_reader_who_shows_the_posts_but_did_not_opt_in(client, ed_post):
    group, _author, reader, post = ed_post
    reader_settings_update(actor=reader, modes={"eating_disorder": "show"}, show_ed_numbers=False)
    client.force_login(reader)
    for surface in ("thread page", "search", "home feed"):
        html = _ed_page(client, surface, group, post)
        assert "45kg" not in html and "[number hidden]" in html, surface
    quote = _get(client, "quote composer", group=group, thread=post.thread, post=post).content.decode()
    assert "45kg" not in quote


@pytest.mark.parametrize("surface", ["thread page", "search", "home feed"])
def test_a_reader_who_opted_in_and_shows_eating_disorder_sees_the_numbers(client, ed_post, surface):
    group, _author, reader, post = ed_post
    reader_settings_update(actor=reader, modes={"eating_disorder": "show"}, show_ed_numbers=True)
    client.force_login(reader)
    html = _ed_page(client, surface, group, post)
    assert "45kg" in html and "[number hidden]" not in html


def test_the_author_sees_their_own_numbers(client, ed_post):
    group, author, _reader, post = ed_post
    client.force_login(author)
    html = _ed_page(client, "thread page", group, post)
    assert "45kg" in html and "[number hidden]" not in html


def test_a_notification_excerpt_masks_eating_disorder_numbers(client, ed_post):
    group, author, reader, _post = ed_post
    own = services.thread_start(actor=reader, group=group, title="Meal plan, week 3", body="How is everyone?").thread
    services.post_reply(actor=author, thread=own, body=ED_BODY)
    reader_settings_update(actor=reader, modes={"eating_disorder": "show"}, show_ed_numbers=False)
    client.force_login(reader)
    html = client.get(reverse("notifications")).content.decode()
    assert "3 weeks" in html  # the excerpt is there
    assert "45kg" not in html and "[number hidden]" in html


# Held posts

HOLDS = ("hold everything", "new member", "acute risk")


def _hold(how, *, group, admin_user, body):
    """Set the group up so the author's next post is held; return its body."""
    if how == "hold everything":
        moderation_rules(admin_user, group, hold_everything=True)
    elif how == "new member":
        moderation_rules(admin_user, group, hold_new_members_until=2)
    elif how == "acute risk":
        return f"{body}. I am going to kill myself tonight."
    return body


def moderation_rules(admin_user, group, *, hold_everything=False, hold_new_members_until=0):
    group_rules_set(actor=admin_user, group=group, hold_new_members_until=hold_new_members_until,
                    hold_everything=hold_everything, acute_rule="hold")


HELD_SURFACES = ("thread page", "group thread list", "home feed", "search", "notifications", "post deep link",
                 "reaction JSON", "quote composer")


@pytest.fixture
def held(group, people, admin_user):
    def make(how, where):
        author, _neighbour, reader = people
        own = services.thread_start(actor=reader, group=group, title="My own corner", body="Checking in.").thread
        body = _hold(how, group=group, admin_user=admin_user, body=f"{SEARCH_WORD} {BODY_WORD}")
        if where == "reply":
            post = services.post_reply(actor=author, thread=own, body=f"@lanternfish {body}")
        else:
            post = services.thread_start(actor=author, group=group, title=f"{SEARCH_WORD} {TITLE_WORD}", body=body)
        post.refresh_from_db()
        assert post.status == "pending", f"{how} did not hold the post"
        return post

    return make


@pytest.mark.parametrize("surface", HELD_SURFACES)
@pytest.mark.parametrize("where", ["reply", "thread"])
@pytest.mark.parametrize("how", HOLDS)
def test_a_held_post_is_in_no_byte_sent_to_another_member(client, group, people, held, how, where, surface):
    post = held(how, where)
    client.force_login(people[2])
    response = _get(client, surface, group=group, thread=post.thread, post=post)
    assert response.status_code in (200, 404)
    for word in secret_words(surface):
        assert word.encode() not in response.content, f"{word} of a held post on the {surface}"


@pytest.mark.parametrize("surface", ["post deep link", "reaction JSON"])
def test_a_held_post_does_not_exist_for_another_member(client, group, people, held, surface):
    post = held("hold everything", "reply")
    client.force_login(people[2])
    assert _get(client, surface, group=group, thread=post.thread, post=post).status_code == 404


def test_a_held_thread_does_not_exist_for_another_member(client, group, people, held):
    post = held("hold everything", "thread")
    client.force_login(people[2])
    assert _get(client, "thread page", group=group, thread=post.thread).status_code == 404


def test_a_held_post_is_shown_to_its_author_and_to_moderators_only(client, group, people, held, make_moderator):
    post = held("hold everything", "reply")
    for viewer in (people[0], make_moderator(group, "harbourmaster")):
        client.force_login(viewer)
        html = _get(client, "thread page", group=group, thread=post.thread).content.decode()
        assert BODY_WORD in html and "Waiting for a moderator" in html
    client.force_login(people[1])
    assert BODY_WORD not in _get(client, "thread page", group=group, thread=post.thread).content.decode()


def test_once_published_a_held_post_reaches_readers(client, group, people, held):
    # The control for the tests above: the same reader sees it after publishing.
    post = held("hold everything", "reply")
    services.publish(post)
    client.force_login(people[2])
    assert BODY_WORD.encode() in _get(client, "thread page", group=group, thread=post.thread).content
    assert BODY_WORD.encode() in _get(client, "notifications", group=group).content


# Quotes: the quoted words are bytes of the quoted post

def _quoting_reply(thread, quoter, quoted):
    """A reply as the composer writes it: the quoted post's lines, then the reply."""
    lines = "\n".join("> " + line for line in quoted.body.splitlines())
    body = f"> **{quoted.author.username}** wrote:\n{lines}\n\nSending you strength."
    return services.post_reply(actor=quoter, thread=thread, body=body, quote=quoted)


def test_a_warning_a_moderator_adds_later_also_hides_the_posts_quoting_it(client, group, people, make_moderator):
    author, neighbour, reader = people
    thread = services.thread_start(actor=neighbour, group=group, title="A calm evening", body="Tea.").thread
    quoted = services.post_reply(actor=author, thread=thread, body=f"{SEARCH_WORD} {BODY_WORD}")
    _quoting_reply(thread, neighbour, quoted)
    moderation.post_warnings_change(actor=make_moderator(group, "harbourmaster"), post=quoted,
                                    add=["self_harm"], reason="Self-harm details")
    reader_settings_update(actor=reader, modes={"self_harm": "hide"}, show_ed_numbers=False)
    client.force_login(reader)
    html = _get(client, "thread page", group=group, thread=thread).content.decode()
    assert BODY_WORD not in html, "a quote of the now-warned post still sends its words"


def test_a_blocked_members_words_do_not_come_back_inside_someone_elses_quote(client, group, people):
    author, neighbour, reader = people
    thread = services.thread_start(actor=neighbour, group=group, title="A calm evening", body="Tea.").thread
    quoted = services.post_reply(actor=author, thread=thread, body=f"{SEARCH_WORD} {BODY_WORD}")
    _quoting_reply(thread, neighbour, quoted)
    block_add(actor=reader, blocked=author)
    client.force_login(reader)
    html = _get(client, "thread page", group=group, thread=thread).content.decode()
    assert BODY_WORD not in html, "the blocked member's words arrive inside a quote"


def test_a_warning_the_author_ticks_later_also_hides_the_posts_quoting_it(client, group, people):
    author, neighbour, reader = people
    thread = services.thread_start(actor=neighbour, group=group, title="A calm evening", body="Tea.").thread
    quoted = services.post_reply(actor=author, thread=thread, body=f"{SEARCH_WORD} {BODY_WORD}")
    _quoting_reply(thread, neighbour, quoted)
    services.post_edit(actor=author, post=quoted, body=quoted.body, warnings=["self_harm"])
    reader_settings_update(actor=reader, modes={"self_harm": "hide"}, show_ed_numbers=False)
    client.force_login(reader)
    html = _get(client, "thread page", group=group, thread=thread).content.decode()
    assert BODY_WORD not in html, "a quote of the now-warned post still sends its words"
