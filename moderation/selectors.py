"""Reading for moderators: the queue, a case in context, queue health."""

import statistics
from datetime import timedelta

from django.db import connection
from django.db.models import Count, Prefetch
from django.utils import timezone

from community.models import Post
from moderation import permissions
from moderation.models import Case, Flag, Priority

CONTEXT_POSTS = 2  # posts either side of the one in question


def queue(user, *, group=None, reason=None, status=Case.Status.OPEN):
    cases = permissions.visible_cases(user, Case.objects.all())
    if status:
        cases = cases.filter(status=status)
    if group:
        cases = cases.filter(group__slug=group)
    if reason:
        cases = cases.filter(reasons__contains=[reason]) if _json_contains() else cases.filter(reasons__icontains=reason)
    posts = Post.objects.select_related("author", "thread__group").only(*QUEUE_POST_FIELDS)
    return (cases.select_related("group", "claimed_by", "member").only(*QUEUE_CASE_FIELDS)
            .prefetch_related(Prefetch("post", queryset=posts)).in_queue_order())


# What a queue row shows and what the policy reads to present its post; not
# every column of three users, a post, a thread and two groups. The posts come
# in a second query: joined into the first, its eight tables took PostgreSQL
# 18 ms to plan (for 1 ms of work).
QUEUE_CASE_FIELDS = ("post", "status", "priority", "reasons", "opened_at", "group__name", "claimed_by__username",
                     "member__username")
QUEUE_POST_FIELDS = ("status", "number", "warning_slugs", "quoted_author", "body_html", "masked_html",
                     "author__username", "thread__group__default_warning_slugs")


def _json_contains() -> bool:
    # JSON containment is a PostgreSQL lookup; elsewhere a text match on the list suffices.
    return connection.vendor == "postgresql"


def counts(user) -> dict:
    open_cases = permissions.visible_cases(user, Case.objects.open())
    rows = dict(open_cases.values_list("priority").annotate(n=Count("id")).values_list("priority", "n"))
    return {"open": sum(rows.values()), "urgent": rows.get(Priority.URGENT, 0)}


def health(user) -> dict:
    now = timezone.now()
    visible = permissions.visible_cases(user, Case.objects.all())
    by_priority = dict(visible.open().values_list("priority").annotate(n=Count("id")).values_list("priority", "n"))
    oldest = visible.open().filter(priority=Priority.URGENT).order_by("opened_at").values_list("opened_at", flat=True).first()
    acted = visible.filter(opened_at__gte=now - timedelta(days=7), first_action_at__isnull=False)
    waits = [(first - opened).total_seconds() for opened, first in acted.values_list("opened_at", "first_action_at")]
    return {
        "by_priority": [(label, by_priority.get(value, 0)) for value, label in Priority.choices],
        "oldest_urgent_age": (now - oldest) if oldest else None,
        "median_first_action": timedelta(seconds=statistics.median(waits)) if waits else None,
        "acted_count": len(waits),
    }


def case_context(case: Case, user) -> dict:
    """The thread around the post, and the author's recent history and earlier
    cases in the groups this moderator moderates (and no others)."""
    post = case.post
    author = post.author if post else case.member
    around = []
    if post is not None and post.number is not None:
        around = list(Post.objects.filter(thread=post.thread, number__gte=post.number - CONTEXT_POSTS,
                                          number__lte=post.number + CONTEXT_POSTS).select_related("author"))
    elif post is not None:
        around = [post]
    cases = permissions.visible_cases(user, Case.objects.all())
    posts = permissions.moderated_posts(user, Post.objects.all())
    recent = list(posts.filter(author=author).exclude(pk=getattr(post, "pk", None))
                  .select_related("thread__group").order_by("-created_at")[:5]) if author else []
    earlier = list(cases.filter(post__author=author).exclude(pk=case.pk).order_by("-opened_at")[:5]) if author else []
    flags = list(Flag.objects.filter(case=case).select_related("reporter").order_by("created_at"))
    return {"around": around, "recent": recent, "earlier": earlier, "flags": flags, "author": author}
