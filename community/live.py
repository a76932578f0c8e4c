"""Pushing thread changes to readers, after the transaction commits.

A broadcast carries the post rendered once per presentation (shown or blurred,
numbers masked or not, held, removed) and the facts the policy needs; each
connection picks its variant with safety.policy, so one reply to a thousand
readers costs a handful of renders and no query per reader."""

import json
import logging

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from community.models import Membership, Post, Thread
from community.presenters import PostItem, labels_for, post_subject
from community.signals import membership_changed, post_changed, post_published, post_saved
from safety import content, policy

log = logging.getLogger(__name__)

# The variants a broadcast carries: (mode, numbers masked, held).
VARIANTS = [(m, masked, held) for m in (policy.SHOW, policy.BLUR) for masked in (False, True) for held in (False, True)]


def thread_group(thread_id: int) -> str:
    return f"thread.{thread_id}"


def user_group(user_id: int) -> str:
    return f"user.{user_id}"


def variant_key(mode: str, masked: bool, held: bool) -> str:
    return f"{mode}{'-masked' if masked else ''}{'-held' if held else ''}"


def render_variant(post: Post, group, mode: str, masked: bool, held: bool) -> str:
    presentation = policy.Presentation(mode, labels=tuple(sorted(post_subject(post, group).all_warnings)),
                                       mask_numbers=masked, held=held)
    html = content.pick(presentation, post.body_html, post.masked_html) if presentation.sends_content else ""
    item = PostItem(post=post, presentation=presentation, html=mark_safe(html), labels=labels_for(presentation.labels))
    return render_to_string("community/_live_post.html", {"item": item})


def post_frame(post: Post) -> dict:
    """Everything every reader needs, rendered once per presentation."""
    group = post.thread.group
    subject = post_subject(post, group)
    event = {
        "type": "thread.post",
        "post_id": post.pk,
        "number": post.number,
        "status": post.status,
        "author_id": post.author_id,
        "quoted_author_id": post.quoted_author_id,
        "group_id": group.pk,
        "warnings": sorted(subject.warnings),
        "group_warnings": sorted(subject.group_warnings),
        "counts": {"support": post.support_count, "me_too": post.me_too_count, "thanks": post.thanks_count},
    }
    if post.is_removed:
        event["html"] = {"removed": render_variant(post, group, policy.REMOVED, False, False)}
        return event
    modes = policy.modes_possible(subject)
    event["html"] = {variant_key(*v): render_variant(post, group, *v) for v in VARIANTS if _needed(post, modes, *v)}
    return event


def _needed(post, modes, mode, masked, held) -> bool:
    # Only modes the policy could choose for someone; masked variants only when
    # there is something to mask; held ones only for held posts.
    return mode in modes and (not masked or bool(post.masked_html)) and held == (post.status == Post.Status.PENDING)


def send(group_name: str, event: dict) -> None:
    """Best effort: if the channel layer (Redis) is away, posting still works
    and readers catch up when they reconnect."""
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(group_name, event)
    except Exception as error:  # noqa: BLE001  (any layer failure must not fail the post)
        log.warning("live update not sent: %s", type(error).__name__)


def live_frame(event: dict, key: str) -> dict:
    """The frame a reader is sent for one variant of the event."""
    frame = {"type": "post", "change": event.get("change", ""), "post_id": event["post_id"],
             "number": event["number"], "html": event["html"].get(key, "")}
    if key != "removed":
        frame["counts"] = event["counts"]
    return frame


def broadcast_post(post: Post, change: str = "published") -> None:
    if change != "published" or not _has_what_frames_need(post):
        # Changes are read back: reactions and warnings may have moved since the caller loaded the post.
        post = Post.objects.select_related("author", "thread__group").get(pk=post.pk)
    rendered = post_frame(post) | {"change": change}
    # Serialized once per variant here, not once per reader in each consumer;
    # only the frames cross the channel layer, which copies them to every reader.
    texts = {key: json.dumps(live_frame(rendered, key)) for key in rendered["html"]}
    event = {name: value for name, value in rendered.items() if name != "html"}
    send(thread_group(post.thread_id), event | {"texts": texts})


def _has_what_frames_need(post: Post) -> bool:
    """A post just published carries its author, thread and group from the
    transaction that numbered it; reading them again would add nothing."""
    return Post.author.is_cached(post) and Post.thread.is_cached(post) and Thread.group.is_cached(post.thread)


@receiver(post_published)
def on_published(sender, *, post, **kwargs):
    broadcast_post(post, "published")


@receiver(post_changed)
def on_changed(sender, *, post=None, change="", thread=None, **kwargs):
    if post is not None:
        broadcast_post(post, change)
    elif thread is not None:
        send(thread_group(thread.pk), {"type": "thread.state", "locked": thread.locked, "pinned": thread.pinned})


@receiver(membership_changed)
def on_membership(sender, *, membership: Membership, **kwargs):
    send(user_group(membership.user_id), {"type": "user.recheck"})


@receiver(post_saved)
def on_saved(sender, *, post, created=False, **kwargs):
    # A held post reaches its author and moderators only; the consumer's policy check sees to that.
    if created and post.status == Post.Status.PENDING:
        transaction.on_commit(lambda: broadcast_post(post, "held"))
