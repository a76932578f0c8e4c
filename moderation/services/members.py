"""Sanctions and staff notes about members."""

from django.db import transaction
from django.utils import timezone

from community import permissions as community_permissions
from community.live import send, user_group
from community.models import Membership, Notification
from community.services.notifications import deliver
from community.signals import membership_changed
from moderation.models import Sanction, StaffNote
from moderation.services import errors
from moderation.services.audit import record

KIND_WORDS = {
    Sanction.Kind.WARNING: "A moderator has sent you a warning.",
    Sanction.Kind.SUSPENSION: "Your account is paused for a while: you can still read, but not post, react or report.",
    Sanction.Kind.GROUP_BAN: "A moderator has removed you from a group.",
}


def _require_global(actor):
    if not community_permissions.is_global_moderator(actor):
        errors.deny("Only global moderators can do that.")


def _notify(sanction: Sanction):
    text = f"{KIND_WORDS[sanction.kind]} The reason: {sanction.reason}"
    if sanction.until:
        text += f" This lasts until {timezone.localtime(sanction.until):%d %B %Y, %H:%M}."
    text += " You can appeal once if you think this was a mistake. If you're struggling, the crisis lines are there for you."
    deliver([Notification(recipient=sanction.member, kind=Notification.Kind.MODERATION, group=sanction.group,
                          data={"text": text, "decision": sanction.kind, "sanction": sanction.pk, "crisis": True})])


def member_warn(*, actor, member, reason: str, group=None) -> Sanction:
    if group is None:
        _require_global(actor)
    elif not community_permissions.can_moderate_group(actor, group):
        errors.deny()
    errors.require_reason(reason)
    with transaction.atomic():
        sanction = Sanction.objects.create(member=member, kind=Sanction.Kind.WARNING, group=group,
                                           reason=reason.strip(), created_by=actor)
        record(actor=actor, action="member_warn", target=member, reason=reason)
        _notify(sanction)
    return sanction


def member_suspend(*, actor, member, until, reason: str) -> Sanction:
    _require_global(actor)
    errors.require_reason(reason)
    if until <= timezone.now():
        raise errors.CaseUnavailable("Please choose an end time in the future.", code="until")
    with transaction.atomic():
        before = member.suspended_until
        member.suspended_until = until
        member.save(update_fields=["suspended_until"])
        sanction = Sanction.objects.create(member=member, kind=Sanction.Kind.SUSPENSION, until=until,
                                           reason=reason.strip(), created_by=actor)
        record(actor=actor, action="member_suspend", target=member, reason=reason,
               before={"suspended_until": before.isoformat() if before else None},
               after={"suspended_until": until.isoformat()})
        _notify(sanction)
        transaction.on_commit(lambda: send(user_group(member.pk), {"type": "user.recheck"}))
    return sanction


def member_ban_from_group(*, actor, member, group, reason: str) -> Sanction:
    if not community_permissions.can_moderate_group(actor, group):
        errors.deny()
    errors.require_reason(reason)
    with transaction.atomic():
        membership, _ = Membership.objects.update_or_create(
            user=member, group=group, defaults={"status": Membership.Status.BANNED, "decided_by": actor,
                                                "decided_at": timezone.now()})
        sanction = Sanction.objects.create(member=member, kind=Sanction.Kind.GROUP_BAN, group=group,
                                           reason=reason.strip(), created_by=actor)
        record(actor=actor, action="member_ban", target=member, reason=reason, after={"group": group.slug})
        _notify(sanction)
        transaction.on_commit(lambda: membership_changed.send(Membership, membership=membership))
    return sanction


def staff_note_add(*, actor, member, text: str) -> StaffNote:
    if not community_permissions.is_global_moderator(actor) and not community_permissions.moderated_group_ids(actor):
        errors.deny()
    text = (text or "").strip()
    if not text:
        raise errors.CaseUnavailable("The note is empty.", code="empty")
    with transaction.atomic():
        note = StaffNote.objects.create(member=member, author=actor, text=text[:2000])
        record(actor=actor, action="staff_note", target=member, reason=text[:2000])
    return note
