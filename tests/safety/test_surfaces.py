"""Every surface that sends a post applies the one policy (safety/policy.py).

A reader who hides a warning gets no byte of such a post anywhere, only a
counted placeholder linking to their settings; a reader who blurs it (the
default, and every visitor) gets the labels and the words only inside a
<details class="reveal">; a reader who shows it gets the words.

Blocks, the numbers guard and held posts: test_surfaces_lists.py.
"""

import re
from types import SimpleNamespace

import pytest
from django.urls import reverse

from community import services
from community.models import Thread
from moderation import services as moderation
from safety.services import reader_settings_update

SEARCH_WORD = "Quillfeather"  # in the warned post's title and body; typed into search, so echoed there
TITLE_WORD = "Thornapple"  # only in the warned thread's title
BODY_WORD = "Brackenwhistle"  # only in the warned post's body
SETTINGS_URL = "/settings/content/"

REVEAL = re.compile(r'<details class="reveal">.*?</details>', re.S)


def outside_reveals(html: str) -> str:
    return REVEAL.sub("", html)


def inside_reveals(html: str) -> str:
    return "".join(REVEAL.findall(html))


def head_titles(html: str) -> str:
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    og_title = re.search(r'<meta property="og:title" content="([^"]*)"', html).group(1)
    return f"{title}\n{og_title}"


# How a warning reaches the post. Opening posts make the whole thread warned;
# replies sit in a calm thread someone else started.
OPENING_SOURCES = ("ticked", "detected", "detected_in_title", "group_default", "edited_in", "added_by_moderator")
REPLY_SOURCES = ("ticked_reply", "quoted")
SOURCES = OPENING_SOURCES + REPLY_SOURCES


def _warned_post(source, *, group, author, neighbour, moderator):
    title, body = f"{SEARCH_WORD} {TITLE_WORD}", f"{SEARCH_WORD} {BODY_WORD}"
    start = services.thread_start
    if source == "ticked":
        return start(actor=author, group=group, title=title, body=body, warnings=["self_harm"])
    if source == "detected":
        return start(actor=author, group=group, title=title, body=f"{body}. I self-harmed again last night.")
    if source == "detected_in_title":
        return start(actor=author, group=group, title=f"{title}: I self-harmed again", body=body)
    if source == "group_default":
        return start(actor=author, group=group, title=title, body=body)
    if source == "edited_in":
        post = start(actor=author, group=group, title=title, body=body)
        return services.post_edit(actor=author, post=post, body=f"{body}. I self-harmed again last night.")
    if source == "added_by_moderator":
        post = start(actor=author, group=group, title=title, body=body)
        moderation.post_warnings_change(actor=moderator, post=post, add=["self_harm"], reason="Self-harm details")
        post.refresh_from_db()
        return post
    calm = start(actor=neighbour, group=group, title="A calm evening", body="Tea and a walk.").thread
    if source == "ticked_reply":
        return services.post_reply(actor=author, thread=calm, body=body, warnings=["self_harm"])
    if source == "quoted":
        quoted = services.post_reply(actor=neighbour, thread=calm, body="Hard night.", warnings=["self_harm"])
        return services.post_reply(actor=author, thread=calm, body=body, quote=quoted)
    raise AssertionError(source)


@pytest.fixture
def scene(make_group, make_member, make_moderator):
    """A group, a warned post from `source`, and a member reader whose mode
    for that warning is `mode` (None: never chose, so the default blur)."""

    def build(source, mode=None):
        slug = "eating_disorder" if source == "group_default" else "self_harm"
        group = make_group("Heavy days", default_warnings=(slug,) if source == "group_default" else ())
        author = make_member(group, "driftwood")
        neighbour = make_member(group, "saltmarsh")
        reader = make_member(group, "lanternfish")
        moderator = make_moderator(group, "harbourmaster")
        post = _warned_post(source, group=group, author=author, neighbour=neighbour, moderator=moderator)
        assert slug in set(post.warning_slugs) | set(group.default_warning_slugs)
        if mode is not None:
            # A reader who shows the warning here shows everything: numbers too.
            reader_settings_update(actor=reader, modes={slug: mode}, show_ed_numbers=mode == "show")
        thread = Thread.objects.select_related("group").get(pk=post.thread_id)
        return SimpleNamespace(group=group, author=author, reader=reader, post=post, thread=thread)

    return build


SURFACES = {
    "thread page": lambda client, s: client.get(s.thread.get_absolute_url()),
    "group thread list": lambda client, s: client.get(s.group.get_absolute_url()),
    "home feed": lambda client, s: client.get(reverse("home")),
    "search": lambda client, s: client.get(reverse("search"), {"q": SEARCH_WORD}),
    "post deep link": lambda client, s: client.get(reverse("post_link", args=[s.post.pk]), follow=True),
    "reaction JSON": lambda client, s: client.post(
        reverse("post_react", args=[s.post.pk]), {"kind": "support"}, HTTP_ACCEPT="application/json"),
    "quote composer": lambda client, s: client.get(
        reverse("thread_reply", args=[s.group.slug, s.thread.pk]), {"quote": s.post.pk}),
}


def secret_words(surface):
    """The words no byte may carry; search echoes what the reader typed."""
    return (TITLE_WORD, BODY_WORD) if surface == "search" else (SEARCH_WORD, TITLE_WORD, BODY_WORD)


# Hide

@pytest.mark.parametrize("surface", SURFACES)
@pytest.mark.parametrize("source", SOURCES)
def test_a_hidden_post_is_in_no_byte_of_any_surface(client, scene, source, surface):
    s = scene(source, "hide")
    client.force_login(s.reader)
    response = SURFACES[surface](client, s)
    assert response.status_code == 200
    for word in secret_words(surface):
        assert word.encode() not in response.content, f"{word} reached a hiding reader through the {surface}"


@pytest.mark.parametrize("surface", ["thread page", "search", "post deep link", "quote composer"])
@pytest.mark.parametrize("source", SOURCES)
def test_a_reader_who_shows_the_warning_gets_the_post_on_the_same_surfaces(client, scene, source, surface):
    # The control for the test above: the words are there to be left out.
    s = scene(source, "show")
    client.force_login(s.reader)
    response = SURFACES[surface](client, s)
    assert BODY_WORD in outside_reveals(response.content.decode())


@pytest.mark.parametrize("surface, source, note", [
    ("thread page", "ticked_reply", "1 post hidden"),
    ("thread page", "ticked", "1 post hidden"),
    ("group thread list", "ticked", "1 thread hidden"),
    ("home feed", "ticked", "1 thread hidden"),
    ("search", "ticked", "1 result hidden"),
])
def test_the_placeholder_counts_what_was_hidden_and_links_to_the_settings(client, scene, surface, source, note):
    s = scene(source, "hide")
    client.force_login(s.reader)
    html = SURFACES[surface](client, s).content.decode()
    assert re.search(rf'<p class="hidden-note">{note}\b[^<]*<a href="{SETTINGS_URL}"', html), html


def test_a_hidden_thread_keeps_its_title_out_of_the_page_title_and_og_title(client, scene):
    s = scene("ticked", "hide")
    client.force_login(s.reader)
    heads = head_titles(SURFACES["thread page"](client, s).content.decode())
    assert "Hidden thread" in heads
    assert SEARCH_WORD not in heads and TITLE_WORD not in heads


# Blur

BLUR_SURFACES = ("thread page", "group thread list", "home feed", "search")
LABELLED_SUMMARY = re.compile(r'<details class="reveal">\s*<summary>.*?Self-harm.*?</summary>', re.S)


@pytest.mark.parametrize("surface", BLUR_SURFACES)
@pytest.mark.parametrize("who", ["visitor", "member"])
def test_a_blurred_post_is_labelled_and_its_words_are_only_inside_the_reveal(client, scene, who, surface):
    s = scene("ticked")
    if who == "member":
        client.force_login(s.reader)
    html = SURFACES[surface](client, s).content.decode()
    assert LABELLED_SUMMARY.search(html), "no labelled <summary> to reveal with"
    outside, inside = outside_reveals(html), inside_reveals(html)
    for word in secret_words(surface):
        assert word not in outside, f"{word} sent outside the reveal on the {surface}"
    assert TITLE_WORD in inside
    if surface in ("thread page", "search"):
        assert BODY_WORD in inside


@pytest.mark.parametrize("source", REPLY_SOURCES)
def test_a_blurred_reply_is_labelled_and_inside_its_own_reveal(client, scene, source):
    s = scene(source)
    client.force_login(s.reader)
    html = SURFACES["thread page"](client, s).content.decode()
    post_block = re.search(rf'<article class="post" id="post-{s.post.pk}".*?</article>', html, re.S).group(0)
    assert LABELLED_SUMMARY.search(post_block)
    assert BODY_WORD in inside_reveals(post_block)
    assert BODY_WORD not in outside_reveals(html)
    assert "A calm evening" in head_titles(html)  # the thread itself carries no warning


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_a_blurred_threads_title_is_not_in_the_page_title_or_og_title(client, scene, who):
    s = scene("ticked")
    if who == "member":
        client.force_login(s.reader)
    heads = head_titles(SURFACES["thread page"](client, s).content.decode())
    assert SEARCH_WORD not in heads and TITLE_WORD not in heads
    assert "Self-harm" in heads


def test_quoting_a_blurred_post_leaves_the_composer_empty(client, scene):
    s = scene("ticked_reply")
    client.force_login(s.reader)
    response = SURFACES["quote composer"](client, s)
    assert response.status_code == 200
    assert BODY_WORD.encode() not in response.content and SEARCH_WORD.encode() not in response.content


# Show

@pytest.mark.parametrize("surface", ["thread page", "search"])
def test_a_shown_post_is_sent_without_a_reveal(client, scene, surface):
    s = scene("ticked", "show")
    client.force_login(s.reader)
    html = SURFACES[surface](client, s).content.decode()
    assert '<details class="reveal"' not in html
    assert TITLE_WORD in html and BODY_WORD in html
    assert re.search(r'<span class="warning-label">Self-harm</span>', html)


def test_a_shown_threads_title_is_the_page_title(client, scene):
    s = scene("ticked", "show")
    client.force_login(s.reader)
    heads = head_titles(SURFACES["thread page"](client, s).content.decode())
    assert heads.count(f"{SEARCH_WORD} {TITLE_WORD}") == 2


# Notifications

def _notified(how, *, group, author, neighbour, reader):
    """A post by `author` that notifies `reader`; returns nothing, the page shows it."""
    body = f"{SEARCH_WORD} {BODY_WORD}"
    if how == "a warned reply to their thread":
        own = services.thread_start(actor=reader, group=group, title="My own corner", body="Checking in.").thread
        services.post_reply(actor=author, thread=own, body=body, warnings=["self_harm"])
    elif how == "a warned reply quoting their post":
        calm = services.thread_start(actor=neighbour, group=group, title="A calm evening", body="Tea.").thread
        theirs = services.post_reply(actor=reader, thread=calm, body="Same here.")
        services.post_reply(actor=author, thread=calm, body=body, quote=theirs, warnings=["self_harm"])
    elif how == "a mention in a warned reply":
        calm = services.thread_start(actor=neighbour, group=group, title="A calm evening", body="Tea.").thread
        services.post_reply(actor=author, thread=calm,
                            body=f"@{reader.username} {body}. I self-harmed again last night.")
    elif how == "a mention in a warned thread":
        warned = services.thread_start(actor=neighbour, group=group, title=f"{SEARCH_WORD} {TITLE_WORD}",
                                       body="Hard night.", warnings=["self_harm"]).thread
        services.post_reply(actor=author, thread=warned, body=f"@{reader.username} thinking of you")
    else:
        raise AssertionError(how)


NOTIFICATIONS = ("a warned reply to their thread", "a warned reply quoting their post",
                 "a mention in a warned reply", "a mention in a warned thread")


@pytest.mark.parametrize("mode", ["hide", "blur"])
@pytest.mark.parametrize("how", NOTIFICATIONS)
def test_a_notification_carries_no_word_of_a_post_the_reader_hides_or_blurs(client, make_group, make_member,
                                                                             how, mode):
    group = make_group("Heavy days")
    author, neighbour, reader = (make_member(group, name) for name in ("driftwood", "saltmarsh", "lanternfish"))
    _notified(how, group=group, author=author, neighbour=neighbour, reader=reader)
    reader_settings_update(actor=reader, modes={"self_harm": mode}, show_ed_numbers=False)
    client.force_login(reader)
    response = client.get(reverse("notifications"))
    assert b"driftwood" in response.content  # the notification is there
    for word in (SEARCH_WORD, TITLE_WORD, BODY_WORD):
        assert word.encode() not in response.content, f"{word} sent in a notification ({how}, {mode})"


def test_a_reader_who_shows_the_warning_gets_the_excerpt_in_the_notification(client, make_group, make_member):
    group = make_group("Heavy days")
    author, neighbour, reader = (make_member(group, name) for name in ("driftwood", "saltmarsh", "lanternfish"))
    _notified("a warned reply to their thread", group=group, author=author, neighbour=neighbour, reader=reader)
    reader_settings_update(actor=reader, modes={"self_harm": "show"}, show_ed_numbers=False)
    client.force_login(reader)
    assert BODY_WORD.encode() in client.get(reverse("notifications")).content
