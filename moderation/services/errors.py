"""What a moderator is told when an action cannot go ahead."""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError


class CaseUnavailable(ValidationError):
    """Someone else holds the case, or it was already resolved."""


def taken(by) -> CaseUnavailable:
    return CaseUnavailable(
        f"{by} is working on this case right now. It will come back to the queue if they don't act within 15 minutes.",
        code="taken",
    )


def already_resolved() -> CaseUnavailable:
    return CaseUnavailable("Another moderator resolved this case a moment ago. Nothing more is needed.", code="resolved")


def claim_first() -> CaseUnavailable:
    return CaseUnavailable("Please claim the case first, so no one else acts on it at the same time.", code="unclaimed")


def deny(message="Only moderators of this group can do that."):
    raise PermissionDenied(message)


def require_reason(reason: str) -> None:
    if not (reason or "").strip():
        raise CaseUnavailable("Please write a reason; the member will read it.", code="reason")
    limit = settings.HARBOUR["MESSAGE_MAX_CHARS"]
    if len(reason.strip()) > limit:
        raise CaseUnavailable(f"A reason can be up to {limit:,} characters; this one has {len(reason.strip()):,}. "
                              "Please shorten it; the member will read it.", code="reason_too_long")
