"""Members flagging posts for a moderator to look at."""

from django.db import IntegrityError, transaction

from community.services import errors as community_errors
from moderation import permissions
from moderation.models import FLAG_REASONS, Flag, Reason
from moderation.services.cases import case_open
from safety import ratelimit

THANKS = "Thank you for letting us know. A moderator will look at it, and we'll tell you what happened."


def flag_post(*, actor, post, reason: str, note: str = "") -> Flag:
    """One open flag per member per post; the author is never told who flagged."""
    if not permissions.can_flag(actor, post):
        community_errors.deny("You can't report this post.")
    if reason not in FLAG_REASONS:
        community_errors.invalid("Please choose a reason from the list.", "reason")
    note = (note or "").replace("\x00", "").strip()[:1000]
    if reason == Reason.OTHER and not note:
        community_errors.invalid("Please add a few words about what's wrong, so a moderator can help.", "note")
    if Flag.objects.filter(post=post, reporter=actor, status=Flag.Status.OPEN).exists():
        community_errors.invalid("You've already reported this post. A moderator will look at it.", "duplicate")
    ratelimit.check("flag", str(actor.pk), message=(
        "You've sent a lot of reports in a short time. Thank you; please wait a little before sending more."))
    try:
        with transaction.atomic():
            case = case_open(reason=reason, post=post)
            return Flag.objects.create(post=post, reporter=actor, reason=reason, note=note, case=case)
    except IntegrityError:
        community_errors.invalid("You've already reported this post. A moderator will look at it.", "duplicate")
