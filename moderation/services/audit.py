"""Writing the append-only audit log."""

from moderation.models import AuditEntry


def record(*, actor, action: str, target, case=None, reason: str = "", before=None, after=None) -> AuditEntry:
    return AuditEntry.objects.create(
        actor=actor,
        action=action,
        target_type=type(target).__name__.lower(),
        target_id=target.pk,
        case=case,
        reason=(reason or "")[:2000],
        before=before or {},
        after=after or {},
    )
