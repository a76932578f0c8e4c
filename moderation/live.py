"""Pushing queue changes to moderators, after commit. Frames carry no post
text: the queue page fetches itself again, through the policy, when told."""

from django.dispatch import receiver

from community.live import send
from moderation.models import Case
from moderation.signals import case_changed

EVERY_GROUP = "moderators.all"


def group_moderators(group_id: int) -> str:
    return f"moderators.group.{group_id}"


@receiver(case_changed)
def on_case_changed(sender, *, case: Case, change: str, **kwargs):
    event = {"type": "queue.changed", "case_id": case.pk, "change": change, "urgent": case.is_urgent,
             "claimed_by": case.claimed_by.username if case.claimed_by_id else ""}
    send(EVERY_GROUP, event)
    if case.group_id:
        send(group_moderators(case.group_id), event)
