"""Creating notifications. Their text is rendered when shown, through the policy."""

import re

from django.contrib.auth import get_user_model
from django.utils import timezone

from community.models import Membership, Notification, Post
from safety.models import Block

MENTION = re.compile(r"(?<![\w@])@([A-Za-z0-9_-]{3,30})\b")
MAX_MENTIONS = 10


def mentioned_usernames(body: str) -> list[str]:
    seen = []
    for name in MENTION.findall(body):
        if name.lower() not in (n.lower() for n in seen):
            seen.append(name)
    return seen[:MAX_MENTIONS]


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
    Notification.objects.bulk_create(
        Notification(recipient_id=uid, kind=kind, actor_id=post.author_id, group_id=thread.group_id,
                     thread=thread, post=post)
        for uid, kind in recipients.items()
    )


def mark_all_read(*, actor) -> int:
    return Notification.objects.filter(recipient=actor, read_at__isnull=True).update(read_at=timezone.now())
