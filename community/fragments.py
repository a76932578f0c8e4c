"""Rendered posts, cached per presentation.

A fragment's key is a digest of everything its template reads: the post's
stored fields, the variant safety.policy chose for this viewer (the HTML
picked, the mode, the labels), and the few facts about the viewer the post's
footer shows (may they reply, edit, report). So an edit, a removal, a warning
change, a hide or a new preference makes a new key on the very next request,
and two viewers share a fragment only when they would be sent the same bytes.

The CSRF token differs per visitor, so fragments hold a marker in its place,
swapped for the requester's own token on the way out.
"""

import secrets
import uuid

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.timesince import timesince

from community import permissions
from community.presenters import PostItem
from safety import policy
from safety.caching import digest_key, quietly, rendered_many
from safety.labels import warning_labels

TEMPLATE = "community/_post.html"
TTL = 3600
_TOKEN_MARKER = "csrf-" + secrets.token_hex(16)  # per process: nobody can type it into a post


def render_posts(request, items, *, group, thread, can_reply: bool) -> list:
    """The thread page's items, each post carrying its rendered `fragment`."""
    user = request.user
    posts = [item for item in items if isinstance(item, PostItem) and item.presentation.mode != policy.REMOVED]
    facts = [_viewer_facts(user, item, can_reply) for item in posts]
    keys = [_key(item, group, thread, facts[index], request.path) for index, item in enumerate(posts)]
    html = rendered_many(keys, lambda index: _render(posts[index], group, thread, facts[index], request.path), TTL)
    token = get_token(request) if user.is_authenticated else ""
    fragments = {id(item): piece.replace(_TOKEN_MARKER, token) for item, piece in zip(posts, html)}
    return [RenderedPost(item, fragments[id(item)]) if id(item) in fragments else item for item in items]


def _viewer_facts(user, item, can_reply: bool) -> dict:
    post = item.post
    can_edit = permissions.can_edit_post(user, post)
    return {
        "signed_in": user.is_authenticated,
        "can_reply": can_reply,
        "can_edit": can_edit,
        "may_report": user.is_authenticated and not can_edit and post.author_id is not None
        and not item.presentation.own,
    }


def _key(item, group, thread, facts, path) -> str:
    post, shown = item.post, item.presentation
    parts = (
        post.pk, post.thread_id, post.number, post.status, post.created_at, post.edited_at,
        post.author.username if post.author_id else "", post.support_count, post.me_too_count, post.thanks_count,
        shown, item.labels, item.html, group.slug, thread.pk, path, sorted(facts.items()),
    )
    return digest_key("community:post:", parts)


def _render(item, group, thread, facts, path) -> str:
    context = {"item": item, "group": group, "thread": thread, "csrf_token": _TOKEN_MARKER, "path": path, **facts}
    return render_to_string(TEMPLATE, context)


class RenderedPost:
    """A post item with its fragment: the page template prints `fragment`."""

    def __init__(self, item, fragment):
        self.kind = item.kind
        self.presentation = item.presentation
        self.post = item.post
        self.fragment = mark_safe(fragment)


_KEY_MARKER = "key-" + secrets.token_hex(16)


def empty_reply_form() -> str:
    """The thread page's reply composer: the same for every member but for
    its one-time idempotency key, so drawn once and given a fresh key each time."""
    from community.forms import ReplyForm

    labels = sorted(warning_labels().items())
    key = digest_key("community:composer:", labels)
    html = quietly(cache.get, key)
    if html is None:
        form = ReplyForm(initial={"idempotency_key": _KEY_MARKER})
        html = render_to_string("community/_form_fields.html", {"form": form})
        quietly(cache.set, key, html, TTL)
    return mark_safe(html.replace(_KEY_MARKER, uuid.uuid4().hex))


def render_thread_rows(items, *, show_group: bool = False) -> list:
    """Thread list rows, each carrying its rendered `fragment`; keyed like posts,
    with the relative time ("5 minutes ago") part of the key."""
    since = [timesince(item.thread.last_post_at) for item in items]
    keys = [_row_key(item, show_group, since[index]) for index, item in enumerate(items)]

    def draw(index):
        context = {"item": items[index], "show_group": show_group, "since": since[index]}
        return render_to_string("community/_thread_row.html", context)

    return [RenderedRow(item, html) for item, html in zip(items, rendered_many(keys, draw, TTL))]


def _row_key(item, show_group, since) -> str:
    thread = item.thread
    group = thread.group
    parts = (thread.pk, thread.pinned, thread.locked, thread.post_count, item.presentation, item.unread,
             item.labels, item.title, since, group.slug, group.name if show_group else "", show_group)
    return digest_key("community:row:", parts)


class RenderedRow:
    def __init__(self, item, fragment):
        self.thread = item.thread
        self.presentation = item.presentation
        self.fragment = mark_safe(fragment)
