"""Remembering how far a member has read, for unread markers."""

from django.core.cache import cache
from django.db import transaction

from community.models import ThreadRead
from safety.caching import quietly

READ_MARK_TTL = 24 * 3600


def thread_mark_read(*, actor, thread, up_to: int) -> None:
    """Never moves the marker backwards. Two queries when it moves; none when
    the cache knows it already stands at `up_to` or beyond (the marker only
    grows, so a remembered value is never ahead of the database)."""
    if not actor.is_authenticated or up_to <= 0:
        return
    key = f"community:read:{actor.pk}:{thread.pk}"
    if (quietly(cache.get, key) or 0) >= up_to:
        return
    ThreadRead.objects.bulk_create([ThreadRead(user=actor, thread=thread)], ignore_conflicts=True)
    ThreadRead.objects.filter(user=actor, thread=thread, last_read_number__lt=up_to).update(last_read_number=up_to)
    transaction.on_commit(lambda: quietly(cache.set, key, up_to, READ_MARK_TTL))
