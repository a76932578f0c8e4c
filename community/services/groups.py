"""Groups and memberships."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from community import permissions
from community.models import Group, Membership, Notification
from community.services.errors import deny, invalid
from community.services.notifications import deliver
from community.signals import membership_changed
from safety import content, markup, ratelimit
from safety.control_chars import without_control_chars
from safety.models import ContentWarning


def group_save(*, actor, group: Group, default_warnings=None) -> Group:
    """Create or update a group (admin and commands). Renders its description;
    one that is too long or too deeply nested is refused and nothing is saved."""
    if not (actor.is_superuser or permissions.is_global_moderator(actor)):
        deny()
    group.description = check_description(group.description)
    group.description_html = markup.render_markdown(group.description)
    with transaction.atomic():
        group.save()
        if default_warnings is not None:
            group.default_warnings.set(default_warnings)
            group.default_warning_slugs = sorted(w.slug for w in group.default_warnings.all())
            group.save(update_fields=["default_warning_slugs"])
    return group


def check_description(text: str) -> str:
    """The description as it will be kept, or ValidationError in words for the admin."""
    text = without_control_chars(text or "").strip()
    limit = settings.HARBOUR["GROUP_DESCRIPTION_MAX_CHARS"]
    if len(text) > limit:
        invalid(f"A group description can be up to {limit:,} characters; this one has {len(text):,}. "
                "Your text is still here: you could shorten it.", "too_long")
    content.check_markup(text, what="This description")
    return text


def group_set_default_warnings(*, actor, group: Group, slugs) -> Group:
    warnings = list(ContentWarning.objects.filter(slug__in=slugs))
    return group_save(actor=actor, group=group, default_warnings=warnings)


def moderator_grant(*, actor, user, group: Group) -> None:
    """Make `user` a moderator of `group`, and a member so they can post there."""
    if not (actor.is_superuser or permissions.is_global_moderator(actor)):
        deny()
    with transaction.atomic():
        permissions.grant_group_moderator(user, group)
        Membership.objects.update_or_create(
            user=user, group=group, defaults={"status": Membership.Status.ACTIVE, "decided_by": actor}
        )


def membership_join(*, actor, group: Group) -> Membership:
    """Join an open group at once, or ask to join one that needs approval."""
    ratelimit.check(
        "join", str(actor.pk),
        message="You've asked to join a lot of groups in a short time. Please wait a little and try again.",
    )
    with transaction.atomic():
        existing = Membership.objects.select_for_update().filter(user=actor, group=group).first()
        if existing is not None:
            if existing.status == Membership.Status.BANNED:
                deny("You can't join this group at the moment. A moderator can tell you more.")
            if existing.status != Membership.Status.DECLINED:
                return existing  # joining twice changes nothing
            existing.delete()
        status = Membership.Status.ACTIVE if group.join_policy == Group.JoinPolicy.OPEN else Membership.Status.PENDING
        membership = Membership.objects.create(user=actor, group=group, status=status)
        transaction.on_commit(lambda: membership_changed.send(Membership, membership=membership))
    return membership


def membership_leave(*, actor, group: Group) -> bool:
    with transaction.atomic():
        membership = Membership.objects.select_for_update().filter(user=actor, group=group).first()
        if membership is None or membership.status == Membership.Status.BANNED:
            return False
        membership.delete()
        membership.status = "left"
        transaction.on_commit(lambda: membership_changed.send(Membership, membership=membership))
    return True


def membership_decide(*, actor, membership: Membership, accept: bool) -> bool:
    """Accept or decline a request to join; the requester is told. Deciding a
    request that was already decided changes nothing and returns False."""
    if not permissions.can_decide_join(actor, membership.group):
        deny()
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if membership.status != Membership.Status.PENDING:
            return False
        membership.status = Membership.Status.ACTIVE if accept else Membership.Status.DECLINED
        membership.decided_by = actor
        membership.decided_at = timezone.now()
        membership.save(update_fields=["status", "decided_by", "decided_at"])
        deliver([Notification(recipient=membership.user, kind=Notification.Kind.JOIN_DECISION,
                              group=membership.group, data={"accepted": accept})])
        transaction.on_commit(lambda: membership_changed.send(Membership, membership=membership))
    return True

