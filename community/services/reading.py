"""Remembering how far a member has read, for unread markers."""

from community.models import ThreadRead


def thread_mark_read(*, actor, thread, up_to: int) -> None:
    """Two queries whatever the state, and never moves the marker backwards."""
    if not actor.is_authenticated or up_to <= 0:
        return
    ThreadRead.objects.bulk_create([ThreadRead(user=actor, thread=thread)], ignore_conflicts=True)
    ThreadRead.objects.filter(user=actor, thread=thread, last_read_number__lt=up_to).update(last_read_number=up_to)
