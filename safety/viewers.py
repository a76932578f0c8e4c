"""Building a policy.Viewer for a member: their choices, their blocks and
their moderator rights.

The facts are cached under the member's `viewer_version`, a number on the
user row that every write changing them raises (`viewer_changed`). The row
comes with each request anyway, so a cached entry is found by a key that is
already out of date the moment anything changes: no cache is ever trusted
for what a reader chose, and no worker can serve another worker's stale copy.
"""

from types import MappingProxyType
from typing import Callable, NamedTuple

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models import F

from safety import policy
from safety.caching import quietly
from safety.models import Block, ReaderSettings

FACTS_TTL = 600  # seconds; only bounds memory, correctness comes from the key


class Rights(NamedTuple):
    moderated_group_ids: frozenset[int] = frozenset()
    is_global_moderator: bool = False


def load_viewer(user, rights: Callable[[], Rights] = Rights) -> policy.Viewer:
    """The viewer for `user`; `rights` is called only when the facts are not cached."""
    if user is None or not user.is_authenticated:
        return policy.ANONYMOUS
    key = facts_key(user)
    facts = quietly(cache.get, key)
    if facts is None:
        facts = _load_facts(user, rights())
        quietly(cache.set, key, facts, FACTS_TTL)
    return _viewer(user.pk, facts)


def facts_key(user) -> str:
    # is_superuser and is_active change through the admin form, not a service.
    return f"safety:viewer:{user.pk}:{user.viewer_version}:{int(user.is_superuser)}:{int(user.is_active)}"


def viewer_changed(*users) -> None:
    """Call inside the write that changes what these members (user objects or
    ids) may see. User objects passed in learn their new version at once."""
    user_model = get_user_model()
    ids = [u.pk if isinstance(u, user_model) else u for u in users]
    user_model.objects.filter(pk__in=ids).update(viewer_version=F("viewer_version") + 1)
    for user in users:
        if isinstance(user, user_model):
            user.refresh_from_db(fields=["viewer_version"])
            for memo in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):  # the auth backend's
                user.__dict__.pop(memo, None)


def _load_facts(user, rights: Rights) -> dict:
    row = ReaderSettings.objects.filter(user=user).first()
    return {
        "modes": {slug: mode for slug, mode in (row.modes if row else {}).items() if mode in policy.MODES},
        "show_ed_numbers": bool(row and row.show_ed_numbers),
        "blocked_ids": sorted(Block.objects.filter(blocker=user).values_list("blocked_id", flat=True)),
        "moderated_group_ids": sorted(rights.moderated_group_ids),
        "is_global_moderator": bool(rights.is_global_moderator),
    }


def _viewer(user_id: int, facts: dict) -> policy.Viewer:
    return policy.Viewer(
        user_id=user_id,
        modes=MappingProxyType(dict(facts["modes"])),
        show_ed_numbers=facts["show_ed_numbers"],
        blocked_ids=frozenset(facts["blocked_ids"]),
        moderated_group_ids=frozenset(facts["moderated_group_ids"]),
        is_global_moderator=facts["is_global_moderator"],
    )
