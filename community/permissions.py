"""Who may do what in groups, threads and posts. The only module in community
that talks to django-guardian; templates reach these through one tag."""

from guardian.shortcuts import assign_perm, get_objects_for_user, remove_perm

from community.models import Group, Membership, Post, Thread
from safety import policy
from safety.viewers import Rights, facts_key, load_viewer

MODERATE = "community.moderate_group"


def load_rights(user) -> Rights:
    """Read from the permission tables; callers go through `viewer_of`. Django
    keeps a member's permissions on the user object once read, which a change
    made since would leave stale: they are read again here."""
    for kept in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        user.__dict__.pop(kept, None)
    groups = get_objects_for_user(user, MODERATE, klass=Group, with_superuser=False, accept_global_perms=False)
    return Rights(
        moderated_group_ids=frozenset(groups.values_list("id", flat=True)),
        is_global_moderator=user.has_perm(MODERATE),  # the model-level permission, or superuser
    )


def viewer_of(user) -> policy.Viewer:
    """The member's policy viewer, rights included, from the cached viewer facts;
    kept on the user object for as long as its viewer_version stands."""
    if not user.is_authenticated:
        return policy.ANONYMOUS
    key = facts_key(user)
    kept = getattr(user, "_harbour_viewer", None)
    if kept is None or kept[0] != key:
        kept = (key, load_viewer(user, lambda: load_rights(user)))
        user._harbour_viewer = kept
    return kept[1]


def is_global_moderator(user) -> bool:
    return bool(user.is_authenticated and user.is_active and viewer_of(user).is_global_moderator)


def can_moderate_group(user, group: Group) -> bool:
    return bool(user.is_authenticated and user.is_active and viewer_of(user).moderates(group.pk))


def moderated_group_ids(user) -> frozenset[int]:
    if not user.is_authenticated:
        return frozenset()
    return viewer_of(user).moderated_group_ids


def grant_group_moderator(user, group: Group) -> None:
    assign_perm(MODERATE, user, group)


def revoke_group_moderator(user, group: Group) -> None:
    remove_perm(MODERATE, user, group)
    # The signal raised the version on a row guardian loaded; this object learns it too.
    user.refresh_from_db(fields=["viewer_version"])


def membership_of(user, group: Group) -> Membership | None:
    if not user.is_authenticated:
        return None
    # One row at most (unique per user and group): a slice, with no ORDER BY to build.
    return next(iter(Membership.objects.filter(user=user, group=group)[:1]), None)


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


def watch_rights_changes() -> None:
    """Moderator rights change through services, the admin and the object
    permission tables alike; each change makes the members' cached viewer
    facts out of date (safety.viewers)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group as AuthGroup
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from guardian.models import GroupObjectPermission, UserObjectPermission

    from safety.viewers import viewer_changed

    user_model = get_user_model()

    def object_permission_changed(sender, instance, **kwargs):
        viewer_changed(instance.user)

    def group_object_permission_changed(sender, instance, **kwargs):
        viewer_changed(*instance.group.user_set.values_list("pk", flat=True))

    def user_rights_changed(sender, instance, action, reverse, pk_set, **kwargs):
        if not action.startswith("post_"):
            return
        if isinstance(instance, user_model):
            viewer_changed(instance)
        elif reverse and pk_set and sender is AuthGroup.permissions.through:  # permission.group_set
            viewer_changed(*user_model.objects.filter(groups__in=pk_set).values_list("pk", flat=True))
        elif reverse and pk_set:  # permission.user_set / group.user_set
            viewer_changed(*pk_set)
        if isinstance(instance, AuthGroup):
            viewer_changed(*instance.user_set.values_list("pk", flat=True))

    for model in (UserObjectPermission,):
        post_save.connect(object_permission_changed, sender=model, weak=False)
        post_delete.connect(object_permission_changed, sender=model, weak=False)
    for model in (GroupObjectPermission,):
        post_save.connect(group_object_permission_changed, sender=model, weak=False)
        post_delete.connect(group_object_permission_changed, sender=model, weak=False)
    for through in (user_model.user_permissions.through, user_model.groups.through, AuthGroup.permissions.through):
        m2m_changed.connect(user_rights_changed, sender=through, weak=False)
