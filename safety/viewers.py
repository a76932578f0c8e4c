"""Building a policy.Viewer for a member: their choices and their blocks."""

from types import MappingProxyType

from safety import policy
from safety.models import Block, ReaderSettings


def load_viewer(user, *, moderated_group_ids=frozenset(), is_global_moderator=False) -> policy.Viewer:
    if user is None or not user.is_authenticated:
        return policy.ANONYMOUS
    row = ReaderSettings.objects.filter(user=user).first()
    modes = {slug: mode for slug, mode in (row.modes if row else {}).items() if mode in policy.MODES}
    blocked = frozenset(Block.objects.filter(blocker=user).values_list("blocked_id", flat=True))
    return policy.Viewer(
        user_id=user.pk,
        modes=MappingProxyType(modes),
        show_ed_numbers=bool(row and row.show_ed_numbers),
        blocked_ids=blocked,
        moderated_group_ids=frozenset(moderated_group_ids),
        is_global_moderator=is_global_moderator,
    )
