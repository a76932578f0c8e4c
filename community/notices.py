"""Notification text, decided through the policy when shown: a warned post's
words never reach someone who blurs or hides them."""

from dataclasses import dataclass

from community.models import Notification
from community.presenters import present_post, present_thread
from safety import content, policy


@dataclass(frozen=True)
class NoticeItem:
    notification: Notification
    text: str
    excerpt: str
    url: str


def _thread_name(viewer, thread) -> str:
    item = present_thread(viewer, thread, thread.group)
    if item.presentation.mode == policy.SHOW:
        return f"“{item.title}”"
    if item.presentation.mode == policy.BLUR:
        return "a thread with a content warning (" + ", ".join(item.labels) + ")"
    return "a thread your settings hide"


def _excerpt(viewer, post) -> str:
    item = present_post(viewer, post, post.thread.group)
    if item.presentation.mode != policy.SHOW:
        return ""
    return content.pick(item.presentation, post.excerpt, post.masked_excerpt)


def describe(viewer, n: Notification) -> NoticeItem:
    # A notice without an actor came from a member who has since deleted their account.
    actor = n.actor.username if n.actor else "A former member"
    if n.kind == Notification.Kind.JOIN_DECISION:
        verb = "accepted" if n.data.get("accepted") else "not accepted this time"
        url = n.group.get_absolute_url() if n.data.get("accepted") else "/groups/"
        return NoticeItem(n, f"Your request to join {n.group.name} was {verb}.", "", url)
    if n.kind == Notification.Kind.FLAG_OUTCOME:
        outcome = ("a moderator took action" if n.data.get("upheld")
                   else "a moderator looked at it and decided no action was needed this time")
        return NoticeItem(n, f"Thank you for your report: {outcome}.", "", "/notifications/")
    if n.kind == Notification.Kind.MODERATION:
        url = n.post.get_absolute_url() if n.post and n.post.status == "published" else "/notifications/"
        return NoticeItem(n, n.data.get("text", "A moderator has a message for you."), "", url)
    if n.post is None or n.thread is None:
        return NoticeItem(n, n.data.get("text", "You have a new notification."), "", "/notifications/")
    n.post.thread = n.thread
    n.thread.group = n.group
    if present_post(viewer, n.post, n.group).presentation.mode == policy.BLOCKED:
        return NoticeItem(n, "A post from a member you blocked.", "", n.thread.get_absolute_url())
    place = _thread_name(viewer, n.thread)
    text = {
        Notification.Kind.THREAD_REPLY: f"{actor} replied to your thread {place}.",
        Notification.Kind.POST_REPLY: f"{actor} replied to your post in {place}.",
        Notification.Kind.MENTION: f"{actor} mentioned you in {place}.",
    }.get(n.kind, f"Something new in {place}.")
    return NoticeItem(n, text, _excerpt(viewer, n.post), n.post.get_absolute_url())


def notification_items(viewer, notifications) -> list[NoticeItem]:
    return [describe(viewer, n) for n in notifications]
