"""Reading: the queries behind pages, each a fixed number of queries whatever
the number of posts. Visibility of groups is checked here, on every door."""

from math import ceil

from django.conf import settings
from django.db.models import Q
from django.http import Http404

from community import permissions
from community.models import Group, Post, Thread, ThreadRead


def per_page() -> int:
    return settings.HARBOUR["POSTS_PER_PAGE"]


def visible_groups(user):
    return Group.objects.visible_to(user, every_group=permissions.is_global_moderator(user))


def group_for(user, slug: str):
    """The group and the user's membership, or 404 when the user may not know it exists."""
    group = Group.objects.filter(slug=slug).first()
    if group is None:
        raise Http404
    membership = permissions.membership_of(user, group)
    if not permissions.can_view_group(user, group, membership):
        raise Http404
    return group, membership


def thread_for(user, group_slug: str, thread_id: int):
    # A slice, not first(): one row at most, so no ORDER BY to build and run.
    found = list(Thread.objects.select_related("group").filter(pk=thread_id, group__slug=group_slug)[:1])
    if not found:
        raise Http404
    thread = found[0]
    membership = permissions.membership_of(user, thread.group)
    if not permissions.can_view_group(user, thread.group, membership):
        raise Http404
    return thread, membership


def post_for(user, post_id: int):
    post = Post.objects.select_related("thread__group", "author").filter(pk=post_id).first()
    if post is None:
        raise Http404
    membership = permissions.membership_of(user, post.thread.group)
    if not permissions.can_view_group(user, post.thread.group, membership):
        raise Http404
    return post, membership


def page_count(thread: Thread) -> int:
    return max(1, ceil(thread.post_count / per_page()))


def page_of(post: Post) -> int:
    if post.number is None:
        return page_count(post.thread)
    return (post.number - 1) // per_page() + 1


# What a thread page shows of a post and its author: not the Markdown source,
# excerpts, number spans or the author's account details.
PAGE_FIELDS = ("thread_id", "number", "status", "body_html", "masked_html", "warning_slugs", "quoted_author_id",
               "created_at", "edited_at", "support_count", "me_too_count", "thanks_count", "author__username")


def thread_page_posts(thread: Thread, page: int, *, user, include_held: bool) -> list[Post]:
    """Posts numbered on `page`; on the last page also posts waiting for a
    moderator that the user may see (their own, or all when moderating).
    One query either way."""
    size = per_page()
    wanted = Q(number__gt=(page - 1) * size, number__lte=page * size)
    if page == page_count(thread) and user.is_authenticated:
        held = Q(number__isnull=True) if include_held else Q(number__isnull=True, author=user)
        wanted |= held
    posts = Post.objects.filter(wanted, thread=thread).select_related("author").only(*PAGE_FIELDS).order_by()
    return sorted(posts, key=lambda post: (post.number is None, post.number or 0, post.pk))


def last_read_numbers(user, thread_ids) -> dict[int, int]:
    if not user.is_authenticated:
        return {}
    rows = ThreadRead.objects.filter(user=user, thread_id__in=list(thread_ids))
    return {row.thread_id: row.last_read_number for row in rows}


def group_threads(group: Group, user):
    """The group's threads, newest activity first. Rows carry neither the group
    (the caller has it) nor the author (a row shows no name)."""
    return Thread.objects.listed_for(user).filter(group=group).order_by("-pinned", "-last_post_at", "-id")


def feed_threads(user):
    """Recent activity: the member's own groups, or public groups for visitors."""
    if user.is_authenticated:
        groups = Group.objects.filter(memberships__user=user, memberships__status="active")
    else:
        groups = Group.objects.filter(visibility=Group.Visibility.PUBLIC)
    return (
        Thread.objects.listed_for(user)
        .filter(group__in=groups.values("pk"))
        .select_related("group", "author")
        .order_by("-last_post_at", "-id")
    )
