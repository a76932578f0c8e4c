"""A member's data: downloading all of it, and deleting the account.

Views and admin actions call these; nothing else writes for privacy."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction

from community import live, page_cache
from community.models import Post
from community.signals import post_changed
from moderation.services.audit import record
from privacy import posts as post_steps
from privacy import ratelimits, records, sessions
from privacy.export import build_export

ANONYMISE, REMOVE = "anonymise", "remove"
POST_CHOICES = (ANONYMISE, REMOVE)
# Live readers are told about the most recent removed posts; older ones show the new state on reload.
LIVE_UPDATES = 100


def account_export(user) -> dict:
    """Everything the member wrote and set, as plain data (see privacy/export.py)."""
    return build_export(user)


def account_delete(actor, user, *, posts: str = ANONYMISE) -> None:
    """Delete `user`'s account in one transaction. `posts` chooses what happens
    to their posts: "anonymise" keeps them as by "former member", "remove"
    takes their words out everywhere and leaves placeholders. What happens to
    every other kind of row is set out in privacy/decisions.py."""
    if posts not in POST_CHOICES:
        raise ValueError(f"posts must be one of {POST_CHOICES}")
    if not (actor.pk == user.pk or actor.has_perm("accounts.delete_user")):
        raise PermissionDenied("Only the member themselves or an administrator can delete an account.")
    with transaction.atomic():
        user = get_user_model().objects.select_for_update().get(pk=user.pk)
        changed = _handle_posts(user, posts)
        post_steps.lower_reaction_counts(user)
        records.forget_in_moderation_records(user)
        records.forget_admin_history(user)
        sessions.end_sessions(user)
        if actor.pk != user.pk:
            record(actor=actor, action="account_delete", target=user, after={"posts": posts})
        keys = ratelimits.member_keys(user)
        user_id = user.pk
        user.delete()
        transaction.on_commit(lambda: ratelimits.forget(keys))
        transaction.on_commit(lambda: _tell_live_readers(user_id, changed))


def _handle_posts(user, posts: str) -> dict[str, list[int]]:
    """The posts whose shown text changed: {"removed": [...], "edited": [...]}."""
    edited = post_steps.forget_in_others_posts(user, removed=posts == REMOVE)
    if posts == REMOVE:
        return {"removed": post_steps.remove_posts(user), "edited": edited}
    return {"removed": [], "edited": edited + post_steps.anonymise_posts(user)}


def _tell_live_readers(user_id: int, changed: dict[str, list[int]]) -> None:
    """Open pages of the changed posts update; cached pages of every changed
    thread go stale; the member's own open connections close."""
    all_ids = [pk for post_ids in changed.values() for pk in post_ids]
    page_cache.thread_changed(*set(Post.objects.filter(pk__in=all_ids).values_list("thread_id", flat=True)))
    live.send(live.user_group(user_id), {"type": "user.recheck"})
    for change, post_ids in changed.items():
        for post in Post.objects.filter(pk__in=post_ids).order_by("-pk")[:LIVE_UPDATES]:
            post_changed.send(Post, post=post, change=change)
