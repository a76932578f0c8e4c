"""Group rules for holding posts."""

import contextlib

from django.db import transaction

from community import permissions as community_permissions
from moderation.models import GroupRules
from moderation.services import errors
from moderation.services.audit import record


def group_rules_set(*, actor, group, hold_new_members_until: int, hold_everything: bool, acute_rule: str) -> GroupRules:
    if not community_permissions.can_moderate_group(actor, group):
        errors.deny()
    with transaction.atomic():
        rules, _ = GroupRules.objects.get_or_create(group=group)
        before = {"hold_new_members_until": rules.hold_new_members_until, "hold_everything": rules.hold_everything,
                  "acute_rule": rules.acute_rule}
        rules.hold_new_members_until, rules.hold_everything, rules.acute_rule = (
            hold_new_members_until, hold_everything, acute_rule)
        rules.save()
        record(actor=actor, action="group_rules", target=group, before=before, after={
            "hold_new_members_until": hold_new_members_until, "hold_everything": hold_everything,
            "acute_rule": acute_rule})
    return rules


@contextlib.contextmanager
def rules_relaxed_for(groups):
    """For loading demo conversations: established members are not held.
    Each group ends with the default rules (hold a new member's first two posts)."""
    for group in groups:
        GroupRules.objects.update_or_create(group=group, defaults={"hold_new_members_until": 0})
    try:
        yield
    finally:
        GroupRules.objects.filter(group__in=groups).update(hold_new_members_until=2)
