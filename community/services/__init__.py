"""Every write in community goes through these functions: views, consumers,
admin actions and commands call them rather than saving models themselves."""

from community.services.groups import (
    group_save,
    group_set_default_warnings,
    membership_decide,
    membership_join,
    membership_leave,
    moderator_grant,
)
from community.services.notifications import deliver, mark_all_read, notification_preferences_set
from community.services.posts import post_delete_own, post_edit, post_reply, publish, sync_warnings, thread_start
from community.services.reactions import reaction_toggle
from community.services.reading import thread_mark_read
from community.services.threads import thread_lock, thread_pin

__all__ = [
    "deliver",
    "group_save",
    "group_set_default_warnings",
    "mark_all_read",
    "membership_decide",
    "membership_join",
    "membership_leave",
    "moderator_grant",
    "notification_preferences_set",
    "post_delete_own",
    "post_edit",
    "post_reply",
    "publish",
    "reaction_toggle",
    "sync_warnings",
    "thread_lock",
    "thread_mark_read",
    "thread_pin",
    "thread_start",
]
