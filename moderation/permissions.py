"""Who may see and act on moderation cases. Group rights come from
community.permissions, the one place that talks to django-guardian."""

from community import permissions as community_permissions


def can_moderate_anything(user) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    return community_permissions.is_global_moderator(user) or bool(community_permissions.moderated_group_ids(user))


def is_global(user) -> bool:
    return community_permissions.is_global_moderator(user)


def can_see_case(user, case) -> bool:
    if case.group_id is None:
        return community_permissions.is_global_moderator(user)
    return community_permissions.can_moderate_group(user, case.group)


def can_act_on_case(user, case) -> bool:
    """Seeing is not always acting: an appeal goes to someone other than the
    moderator whose decision is appealed."""
    return can_see_case(user, case) and case.excluded_moderator_id != user.pk


def visible_cases(user, cases):
    if community_permissions.is_global_moderator(user):
        return cases
    return cases.filter(group_id__in=community_permissions.moderated_group_ids(user))


def moderated_posts(user, posts):
    if community_permissions.is_global_moderator(user):
        return posts
    return posts.filter(thread__group_id__in=community_permissions.moderated_group_ids(user))


def can_flag(user, post) -> bool:
    if not (user.is_authenticated and user.is_active) or user.is_suspended():
        return False
    membership = community_permissions.membership_of(user, post.thread.group)
    return community_permissions.can_view_group(user, post.thread.group, membership) and post.author_id != user.pk
