"""A member appeals a removal or a suspension once; someone other than the
moderator who acted decides."""

from django.db import IntegrityError, transaction

from community import services as community
from community.models import Notification, Post
from community.signals import post_changed
from community.services.notifications import deliver
from community.services import errors as community_errors
from moderation.models import Appeal, AuditEntry, Case, Reason, Sanction
from moderation.services.audit import record
from moderation.services.cases import acting_on, resolve
from moderation.services.errors import CaseUnavailable

ALREADY = "You've already appealed this decision. A moderator will look at your appeal, and we'll tell you the outcome."


def _who_acted(target_type: str, target_id: int):
    entry = AuditEntry.objects.filter(target_type=target_type, target_id=target_id).order_by("-id").first()
    return entry.actor if entry else None


def appeal_submit(*, actor, text: str, post: Post | None = None, sanction: Sanction | None = None) -> Appeal:
    text = (text or "").strip()
    if not text:
        community_errors.invalid("Please tell us in a few words why you'd like this looked at again.", "empty")
    if post is not None:
        if post.author_id != actor.pk or post.status not in (Post.Status.REMOVED_BY_MODERATOR, Post.Status.REJECTED):
            community_errors.deny("Only a removed post's author can appeal its removal.")
        acted, group, target = _who_acted("post", post.pk), post.thread.group, {"post": post}
    elif sanction is not None and sanction.member_id == actor.pk and sanction.kind == Sanction.Kind.SUSPENSION:
        acted, group, target = sanction.created_by, None, {"sanction": sanction}
    else:
        community_errors.deny("This decision can't be appealed.")
    if Appeal.objects.filter(appellant=actor, **target).exists():
        community_errors.invalid(ALREADY, "duplicate")
    try:
        with transaction.atomic():
            case = Case.objects.create(post=None, member=actor, group=group, reasons=[Reason.APPEAL],
                                       excluded_moderator=acted)
            return Appeal.objects.create(appellant=actor, text=text[:2000], case=case, **target)
    except IntegrityError:
        community_errors.invalid(ALREADY, "duplicate")


def _restore(post: Post) -> None:
    if post.number is None:  # rejected before it was ever public
        community.publish(post)
    else:
        Post.objects.filter(pk=post.pk).update(status=Post.Status.PUBLISHED)
        post.status = Post.Status.PUBLISHED
        transaction.on_commit(lambda: post_changed.send(Post, post=post, change="edited"))


def appeal_decide(*, actor, case: Case, uphold: bool, reason: str) -> None:
    """Uphold (restore the post or lift the suspension) or keep the decision."""
    with transaction.atomic():
        case = acting_on(actor, case)
        appeal = Appeal.objects.select_related("post", "sanction__member").filter(case=case).first()
        if appeal is None:
            raise CaseUnavailable("This case isn't an appeal, so there is nothing to uphold or keep.", code="no_appeal")
        if uphold and appeal.post is not None:
            _restore(appeal.post)
        if uphold and appeal.sanction is not None and appeal.sanction.member is not None:
            member = appeal.sanction.member
            member.suspended_until = None
            member.save(update_fields=["suspended_until"])
        record(actor=actor, action="appeal_upheld" if uphold else "appeal_declined", target=appeal, case=case,
               reason=reason)
        verdict = "was upheld: the decision is undone." if uphold else "was looked at again, and the decision stands."
        deliver([Notification(recipient=appeal.appellant, kind=Notification.Kind.MODERATION,
                              data={"text": f"Your appeal {verdict} {reason}".strip(), "decision": "appeal"})])
        resolve(case, actor=actor, resolution="appeal_upheld" if uphold else "appeal_declined", flags_upheld=False)
