"""Writes in safety: a reader's choices and blocks."""

from django.db import transaction

from safety import policy
from safety.models import Block, ContentWarning, ReaderSettings
from safety.viewers import viewer_changed


def reader_settings_update(*, actor, modes: dict[str, str], show_ed_numbers: bool) -> ReaderSettings:
    known = set(ContentWarning.objects.values_list("slug", flat=True))
    clean = {slug: mode for slug, mode in modes.items() if slug in known and mode in policy.MODES}
    with transaction.atomic():
        row, _ = ReaderSettings.objects.update_or_create(
            user=actor, defaults={"modes": clean, "show_ed_numbers": bool(show_ed_numbers)}
        )
        viewer_changed(actor)
    return row


def block_add(*, actor, blocked) -> bool:
    if blocked.pk == actor.pk:
        return False
    with transaction.atomic():
        _, created = Block.objects.get_or_create(blocker=actor, blocked=blocked)
        viewer_changed(actor, blocked)
    return created


def block_remove(*, actor, blocked) -> bool:
    with transaction.atomic():
        deleted, _ = Block.objects.filter(blocker=actor, blocked=blocked).delete()
        viewer_changed(actor, blocked)
    return bool(deleted)


def has_blocked(blocker_id: int | None, blocked_id: int | None) -> bool:
    if blocker_id is None or blocked_id is None:
        return False
    return Block.objects.filter(blocker_id=blocker_id, blocked_id=blocked_id).exists()
