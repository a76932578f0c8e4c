"""Small helpers the moderation tests share."""

from moderation import services
from moderation.models import AuditEntry, Case

ACUTE = "I can't do this anymore. I'm going to end my life tonight, goodbye everyone."


def case_of(post) -> Case:
    return Case.objects.get(post=post, status=Case.Status.OPEN)


def claimed(case, moderator) -> Case:
    return services.case_claim(actor=moderator, case=case)


def audit_actions(**filters) -> list[str]:
    """Actions in the audit log, oldest first, leaving out claims and releases."""
    rows = AuditEntry.objects.filter(**filters).exclude(action__in=["case_claim", "case_release"]).order_by("id")
    return list(rows.values_list("action", flat=True))
