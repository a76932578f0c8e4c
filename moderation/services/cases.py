"""Opening, claiming and resolving cases. One open case per post gathers every
reason that brought it to the queue; the row lock on the case makes sure two
moderators never both act on it."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from community.models import Notification
from community.services.notifications import deliver
from moderation import permissions
from moderation.models import PRIORITY_OF, Case, Flag, Priority
from moderation.services import errors
from moderation.services.audit import record
from moderation.signals import case_changed

CLAIM_LAPSE = timedelta(minutes=15)


def case_open(*, reason: str, post=None, member=None, group=None, excluded_moderator=None) -> Case:
    """Open a case, or add `reason` to the post's open case."""
    group = group or (post.thread.group if post is not None else None)
    priority = PRIORITY_OF.get(reason, Priority.OTHER)
    for _attempt in range(3):
        try:
            with transaction.atomic():
                case = _open_case_for(post, member)
                if case is None:
                    case = Case.objects.create(post=post, member=member if post is None else None, group=group,
                                               priority=priority, reasons=[reason],
                                               excluded_moderator=excluded_moderator)
                elif reason not in case.reasons or priority < case.priority:
                    case.reasons = sorted(set(case.reasons) | {reason})
                    case.priority = min(case.priority, priority)
                    case.save(update_fields=["reasons", "priority"])
                transaction.on_commit(lambda: case_changed.send(Case, case=case, change="opened"))
                return case
        except IntegrityError:  # another request opened the post's case at the same moment
            continue
    raise RuntimeError("could not open a case")


def _open_case_for(post, member):
    if post is not None:
        return Case.objects.select_for_update().filter(post=post, status=Case.Status.OPEN).first()
    return Case.objects.select_for_update().filter(member=member, post__isnull=True, status=Case.Status.OPEN).first()


def _locked(case_id: int) -> Case:
    return Case.objects.select_for_update(of=("self",)).select_related("group", "post__thread__group").get(pk=case_id)


def _claim_is_live(case: Case, now) -> bool:
    return case.claimed_by_id is not None and case.claimed_at is not None and now - case.claimed_at < CLAIM_LAPSE


def case_claim(*, actor, case: Case) -> Case:
    if not permissions.can_act_on_case(actor, case):
        errors.deny()
    now = timezone.now()
    with transaction.atomic():
        case = _locked(case.pk)
        if case.status != Case.Status.OPEN:
            raise errors.already_resolved()
        if _claim_is_live(case, now) and case.claimed_by_id != actor.pk:
            raise errors.taken(case.claimed_by)
        case.claimed_by, case.claimed_at = actor, now
        case.save(update_fields=["claimed_by", "claimed_at"])
        record(actor=actor, action="case_claim", target=case, case=case)
        transaction.on_commit(lambda: case_changed.send(Case, case=case, change="claimed"))
    return case


def case_release(*, actor, case: Case) -> bool:
    with transaction.atomic():
        case = _locked(case.pk)
        if case.claimed_by_id != actor.pk or case.status != Case.Status.OPEN:
            return False
        case.claimed_by, case.claimed_at = None, None
        case.save(update_fields=["claimed_by", "claimed_at"])
        record(actor=actor, action="case_release", target=case, case=case)
        transaction.on_commit(lambda: case_changed.send(Case, case=case, change="released"))
    return True


def acting_on(actor, case: Case) -> Case:
    """Inside a transaction: lock the case and make sure `actor` may act now."""
    if not permissions.can_act_on_case(actor, case):
        errors.deny()
    now = timezone.now()
    case = _locked(case.pk)
    if case.status != Case.Status.OPEN:
        raise errors.already_resolved()
    if case.claimed_by_id != actor.pk or not _claim_is_live(case, now):
        if _claim_is_live(case, now):
            raise errors.taken(case.claimed_by)
        raise errors.claim_first()
    if case.first_action_at is None:
        case.first_action_at = now
        case.save(update_fields=["first_action_at"])
    return case


def resolve(case: Case, *, actor, resolution: str, flags_upheld: bool) -> None:
    """Close the case, settle its flags and tell each reporter the outcome."""
    now = timezone.now()
    case.status, case.resolved_at, case.resolved_by, case.resolution = Case.Status.RESOLVED, now, actor, resolution
    case.claimed_by, case.claimed_at = None, None
    case.save(update_fields=["status", "resolved_at", "resolved_by", "resolution", "claimed_by", "claimed_at"])
    flags = list(Flag.objects.filter(case=case, status=Flag.Status.OPEN))
    status = Flag.Status.UPHELD if flags_upheld else Flag.Status.DISMISSED
    Flag.objects.filter(pk__in=[f.pk for f in flags]).update(status=status)
    deliver([
        Notification(recipient_id=f.reporter_id, kind=Notification.Kind.FLAG_OUTCOME, post_id=f.post_id,
                     thread_id=case.post.thread_id if case.post else None, group_id=case.group_id,
                     data={"upheld": flags_upheld})
        for f in flags
    ])
    transaction.on_commit(lambda: case_changed.send(Case, case=case, change="resolved"))
