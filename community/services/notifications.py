"""Creating and delivering notifications. Their text is rendered when shown or
mailed, through the policy, for the person receiving it; a warned post's words
never reach someone who blurs or hides them."""

import logging
import re

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from community.live import send, user_group
from community.models import Membership, Notification, NotificationPreferences, Post
from community.notices import describe
from community.viewers import viewer_for_user
from safety.models import Block

log = logging.getLogger(__name__)
MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9_-]{3,30})\b")
MAX_MENTIONS = 10


def mentioned_usernames(body: str) -> list[str]:
    seen = []
    for name in MENTION.findall(body):
        if name.lower() not in (n.lower() for n in seen):
            seen.append(name)
    return seen[:MAX_MENTIONS]


def deliver(notifications: list[Notification]) -> list[Notification]:
    """Save the notifications each recipient wants, and email those they asked
    to have by email, after the transaction commits. A notification with no
    recipient (a member who has since deleted their account) is dropped."""
    notifications = [n for n in notifications if n.recipient_id is not None]
    if not notifications:
        return []
    prefs = {p.user_id: p for p in NotificationPreferences.objects.filter(
        user_id__in={n.recipient_id for n in notifications})}
    wanted, emailed = [], []
    for n in notifications:
        delivery = prefs[n.recipient_id].delivery(n.kind) if n.recipient_id in prefs else NotificationPreferences.Delivery.SITE
        if delivery == NotificationPreferences.Delivery.OFF:
            continue
        wanted.append(n)
        if delivery == NotificationPreferences.Delivery.EMAIL:
            emailed.append(n)
    saved = Notification.objects.bulk_create(wanted)
    recipients = {n.recipient_id for n in saved}
    transaction.on_commit(lambda: _push_badges(recipients))
    if emailed:
        ids = [n.pk for n in emailed]
        transaction.on_commit(lambda: send_emails(ids))
    return saved


def _push_badges(recipient_ids) -> None:
    for uid in recipient_ids:
        unread = Notification.objects.filter(recipient_id=uid, read_at__isnull=True).count()
        send(user_group(uid), {"type": "user.notified", "unread": unread})


def send_emails(ids: list[int]) -> None:
    """One email per notification, its words chosen by the policy for its recipient."""
    notifications = Notification.objects.filter(pk__in=ids).select_related("recipient", "actor", "group", "thread", "post")
    for n in notifications:
        item = describe(viewer_for_user(n.recipient), n)
        body = f"{item.text}\n\n{item.excerpt}\n\nSee it on Harbour: {item.url}\n\nYou can change which emails you get in your notification settings."
        try:
            send_mail(f"Harbour: {item.text}"[:150], body, None, [n.recipient.email])
        except Exception as error:  # noqa: BLE001  (mail trouble must not undo anything)
            log.warning("notification email not sent: %s", type(error).__name__)


def notify_reply(post: Post) -> None:
    """Tell the thread's author, the quoted author and mentioned members of a new reply."""
    thread = post.thread
    recipients: dict[int, str] = {}
    for name in mentioned_usernames(post.body):
        user = get_user_model().objects.filter(username__iexact=name).first()
        if user is not None and Membership.objects.filter(user=user, group_id=thread.group_id, status="active").exists():
            recipients.setdefault(user.pk, Notification.Kind.MENTION)
    if post.quote_of_id and post.quote_of.author_id:
        recipients.setdefault(post.quote_of.author_id, Notification.Kind.POST_REPLY)
    if thread.author_id:
        recipients.setdefault(thread.author_id, Notification.Kind.THREAD_REPLY)
    recipients.pop(post.author_id, None)
    # Members who blocked the author hear nothing from them: no mention, no reply notice.
    blockers = Block.objects.filter(blocked_id=post.author_id, blocker_id__in=list(recipients))
    for blocker_id in blockers.values_list("blocker_id", flat=True):
        recipients.pop(blocker_id, None)
    deliver([
        Notification(recipient_id=uid, kind=kind, actor_id=post.author_id, group_id=thread.group_id,
                     thread=thread, post=post)
        for uid, kind in recipients.items()
    ])


def notification_preferences_set(*, actor, choices: dict[str, str]) -> NotificationPreferences:
    kinds, deliveries = set(Notification.Kind.values), set(NotificationPreferences.Delivery.values)
    clean = {kind: value for kind, value in choices.items() if kind in kinds and value in deliveries}
    prefs, _ = NotificationPreferences.objects.update_or_create(user=actor, defaults={"choices": clean})
    return prefs


def mark_all_read(*, actor) -> int:
    return Notification.objects.filter(recipient=actor, read_at__isnull=True).update(read_at=timezone.now())
