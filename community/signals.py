"""What community tells the floors above it, without importing them.

`post_screen` is sent before a post is saved (for a reply, before its
transaction begins, so it must only read); a receiver may return a `Screening` to hold the post for review or to
refuse it. `post_published` and friends are sent after the transaction commits.
"""

from dataclasses import dataclass

from django.dispatch import Signal

post_screen = Signal()  # kwargs: actor, thread, body, assessment
post_saved = Signal()  # kwargs: post, created (inside the transaction)
post_published = Signal()  # kwargs: post (after commit)
post_changed = Signal()  # kwargs: post, change ("edited", "removed", "warnings", "reactions")
membership_changed = Signal()  # kwargs: membership (after commit)


@dataclass(frozen=True)
class Screening:
    hold: bool = False
    refuse_message: str = ""  # non-empty: the post is refused with this kind explanation
    reasons: tuple[str, ...] = ()
