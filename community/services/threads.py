"""Moderator services on threads: pinning and locking. Each returns False and
writes nothing when the thread is already in the asked-for state."""

from django.db import transaction

from community import permissions
from community.models import Thread
from community.services import errors
from community.signals import post_changed


def _set_flag(*, actor, thread: Thread, field: str, value: bool) -> bool:
    if not permissions.can_moderate_group(actor, thread.group):
        errors.deny()
    with transaction.atomic():
        changed = Thread.objects.filter(pk=thread.pk).exclude(**{field: value}).update(**{field: value})
        if changed:
            setattr(thread, field, value)
            transaction.on_commit(lambda: post_changed.send(Thread, post=None, thread=thread, change=field))
    return bool(changed)


def thread_pin(*, actor, thread: Thread, pinned: bool = True) -> bool:
    return _set_flag(actor=actor, thread=thread, field="pinned", value=pinned)


def thread_lock(*, actor, thread: Thread, locked: bool = True) -> bool:
    return _set_flag(actor=actor, thread=thread, field="locked", value=locked)
