"""One conversation for the cache tests, and small readers of the page bytes.

Setup goes through the services, as the app does. Each post carries words
found nowhere else on the page, so a test can tell exactly which of them a
viewer was sent."""

import re
from dataclasses import dataclass

from community import services as community
from moderation import services as moderation

OPENING = "Opening words about small wins."
ORIGINAL = "The harbour lights were lovely tonight."
WARNED = "Seventeen green boats came into the bay."
NEW_WORDS = "A fresh note about tide pools."


@dataclass
class Scene:
    group: object
    author: object  # wrote the thread and `post`
    friend: object  # wrote `warned`, under the self-harm warning
    reader: object  # the member whose page is read
    reporter: object
    moderator: object
    colleague: object  # a second moderator, for appeals
    thread: object
    post: object
    warned: object

    @property
    def url(self) -> str:
        return self.thread.get_absolute_url()


def build_scene(make_group, make_member, make_moderator) -> Scene:
    group = make_group("Evening check-ins")
    author, friend = make_member(group, "tidewatcher"), make_member(group, "quietfern")
    opening = community.thread_start(actor=author, group=group, title="Small wins this week", body=OPENING)
    thread = opening.thread
    post = community.post_reply(actor=author, thread=thread, body=ORIGINAL)
    warned = community.post_reply(actor=friend, thread=thread, body=WARNED, warnings=["self_harm"])
    return Scene(
        group=group, author=author, friend=friend, reader=make_member(group, "saltmarsh"),
        reporter=make_member(group, "whistlingkettle"), moderator=make_moderator(group, "harbourmaster"),
        colleague=make_moderator(group, "lighthousekeeper"), thread=thread, post=post, warned=warned,
    )


def claimed_case(scene: Scene, post, moderator=None):
    """`post`, reported by the scene's reporter, its case claimed by a moderator."""
    flag = moderation.flag_post(actor=scene.reporter, post=post, reason="spam")
    return moderation.case_claim(actor=moderator or scene.moderator, case=flag.case)


def article(page: str, post) -> str:
    """The post's own element on the page, or "" when the page has none."""
    found = re.search(rf'<article [^>]*id="post-{post.pk}".*?</article>', page, re.S)
    return found.group(0) if found else ""


def revealed_only_on_request(fragment: str, words: str) -> bool:
    """Whether `words` sit inside the post's reveal element (a blurred post)."""
    found = re.search(r'<details class="reveal">.*?</details>', fragment, re.S)
    return bool(found) and words in found.group(0)


def reaction_token(fragment: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', fragment)
    return found.group(1) if found else ""


def text_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()
