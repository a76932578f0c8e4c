"""Support reactions: one of each kind per member per post, toggled."""

from django.db import IntegrityError, transaction
from django.db.models import F

from community import permissions
from community.models import REACTION_COUNT_FIELDS, Post, Reaction
from community.services import errors
from community.signals import post_changed
from safety import ratelimit


def reaction_toggle(*, actor, post: Post, kind: str) -> bool:
    """Add the reaction, or take it back if it was there. Returns whether it is on now."""
    if kind not in REACTION_COUNT_FIELDS:
        errors.invalid("That reaction isn't one we know.")
    membership = permissions.membership_of(actor, post.thread.group)
    if not permissions.can_react(actor, post, membership):
        errors.deny("Only members of this group can react to posts here.")
    ratelimit.check(
        "react", str(actor.pk),
        message="That's a lot of reactions in a minute. Please wait a moment and try again.",
    )
    field = REACTION_COUNT_FIELDS[kind]
    with transaction.atomic():
        deleted, _ = Reaction.objects.filter(post=post, user=actor, kind=kind).delete()
        if deleted:
            Post.objects.filter(pk=post.pk).update(**{field: F(field) - 1})
            on = False
        else:
            try:
                with transaction.atomic():
                    Reaction.objects.create(post=post, user=actor, kind=kind)
            except IntegrityError:  # a concurrent identical click already added it
                return True
            Post.objects.filter(pk=post.pk).update(**{field: F(field) + 1})
            on = True
        transaction.on_commit(lambda: post_changed.send(Post, post=post, change="reactions"))
    return on
