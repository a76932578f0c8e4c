"""Who may do what in groups, threads and posts. The only module in community
that talks to django-guardian; templates reach these through one tag."""

from guardian.shortcuts import assign_perm, get_objects_for_user, remove_perm

from community.models import Group, Membership, Post, Thread
from safety import policy

MODERATE = "community.moderate_group"


def is_global_moderator(user) -> bool:
    # Model-level permission (or superuser): moderates every group.
    return bool(user.is_authenticated and user.is_active and user.has_perm(MODERATE))


def can_moderate_group(user, group: Group) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return is_global_moderator(user) or user.has_perm(MODERATE, group)


def moderated_group_ids(user) -> frozenset[int]:
    if not user.is_authenticated:
        return frozenset()
    groups = get_objects_for_user(user, MODERATE, klass=Group, with_superuser=False, accept_global_perms=False)
    return frozenset(groups.values_list("id", flat=True))


def grant_group_moderator(user, group: Group) -> None:
    assign_perm(MODERATE, user, group)


def revoke_group_moderator(user, group: Group) -> None:
    remove_perm(MODERATE, user, group)


def membership_of(user, group: Group) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, group=group).first()


def is_member(membership: Membership | None) -> bool:
    return membership is not None and membership.status == Membership.Status.ACTIVE


def can_view_group(user, group: Group, membership: Membership | None) -> bool:
    """Private groups exist only for their members and moderators."""
    if not group.is_private:
        return True
    return is_member(membership) or can_moderate_group(user, group)


def can_join_group(user, group: Group, membership: Membership | None) -> bool:
    if not user.is_authenticated or membership is not None:
        return False
    # A private group can be joined only through a link its members share;
    # its page answers 404 to others, so the request never reaches here.
    return True


def can_post_in_group(user, group: Group, membership: Membership | None) -> bool:
    """Members and moderators post; a suspended member reads but does not post, react or flag."""
    if not (user.is_authenticated and user.is_active) or user.is_suspended():
        return False
    return is_member(membership) or can_moderate_group(user, group)


def can_reply(user, thread: Thread, membership: Membership | None) -> bool:
    """Open, published threads take replies; moderators may also reply to locked or held ones."""
    if not can_post_in_group(user, thread.group, membership):
        return False
    if thread.locked or thread.status != policy.PUBLISHED:
        return can_moderate_group(user, thread.group)
    return True


def can_edit_post(user, post: Post) -> bool:
    return user.is_authenticated and post.author_id == user.pk and not post.is_removed and not user.is_suspended()


def can_delete_post(user, post: Post) -> bool:
    return user.is_authenticated and post.author_id == user.pk


def can_view_history(user, post: Post) -> bool:
    if not user.is_authenticated:
        return False
    return post.author_id == user.pk or can_moderate_group(user, post.thread.group)


def can_react(user, post: Post, membership: Membership | None) -> bool:
    return post.status == Post.Status.PUBLISHED and can_post_in_group(user, post.thread.group, membership)


def can_decide_join(user, group: Group) -> bool:
    return can_moderate_group(user, group)
