"""Whole thread pages and thread lists for visitors who are not signed in.

Such a visitor carries no state of their own (no session, no pending
messages), gets the policy's safe defaults, and is sent no CSRF token, so
every one of them is sent the same bytes. The page is cached under a key
made from the thread row, which comes with the request anyway: its
`content_version` is raised after every change to one of its posts (the same
signals that carry the change to live readers), and the title, lock, pin and
warnings are part of the key themselves, as are the group's name and default
warnings and the warning labels.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import F
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.http import HttpResponse

from community.models import Group, Post, Thread
from community.signals import post_changed, post_published, post_saved
from safety.caching import digest_key, quietly
from safety.labels import warning_labels

TTL = 600  # seconds; bounds memory only: correctness comes from the key


def cacheable(request) -> bool:
    """A visitor with no session and no message waiting, asking plainly."""
    return (request.method == "GET" and not request.user.is_authenticated
            and settings.SESSION_COOKIE_NAME not in request.COOKIES and "messages" not in request.COOKIES)


def group_page_key(request, group) -> str:
    parts = (request.get_full_path(), group.pk, group.content_version, group.slug, group.name,
             group.description_html, group.visibility, group.join_policy, group.default_warning_slugs,
             sorted(warning_labels().items()))
    return digest_key("community:group-page:", parts)


def page_key(request, thread, page: int) -> str:
    """The full path is part of the key: whatever a page echoes of its own
    address (a sign-in link's `next`) can never reach another visitor."""
    group = thread.group
    parts = (request.get_full_path(), thread.pk, thread.content_version, page, thread.title, thread.masked_title, thread.status,
             thread.warning_slugs, thread.locked, thread.pinned, thread.post_count, group.slug, group.name,
             group.default_warning_slugs, sorted(warning_labels().items()))
    return digest_key("community:page:", parts)


def cached(key: str) -> HttpResponse | None:
    content = quietly(cache.get, key)
    return HttpResponse(content) if content is not None else None


def keep(key: str, response) -> None:
    if response.status_code == 200:
        quietly(cache.set, key, response.content, TTL)


def thread_changed(*thread_ids: int) -> None:
    """Both the threads' pages and their groups' lists are out of date."""
    Thread.objects.filter(pk__in=thread_ids).update(content_version=F("content_version") + 1)
    Group.objects.filter(threads__pk__in=thread_ids).update(content_version=F("content_version") + 1)


def group_changed(*groups) -> None:
    Group.objects.filter(pk__in=[g.pk for g in groups]).update(content_version=F("content_version") + 1)


@receiver(post_published)
def _on_published(sender, *, post, **kwargs):
    # Publishing raised the thread's post_count, which is in its pages' keys
    # already; the group's list, which shows that count, is told here.
    Group.objects.filter(pk=post.thread.group_id).update(content_version=F("content_version") + 1)


@receiver(post_saved)
def _on_saved(sender, *, post, created, **kwargs):
    # A new post that goes straight up is announced by post_published after the
    # commit as well; one raise of the versions is enough.
    if not (created and post.status == Post.Status.PUBLISHED):
        thread_changed(post.thread_id)


@receiver(post_changed)
def _on_change(sender, *, post=None, thread=None, **kwargs):
    if post is not None:
        thread_changed(post.thread_id)
    elif thread is not None:
        thread_changed(thread.pk)


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL)
def _on_member_deleted(sender, *, instance, **kwargs):
    """A deleted member's name leaves every page that showed it as an author,
    whichever door deleted the account; sent before their posts lose it."""
    threads = Thread.objects.filter(posts__author=instance).values("pk")
    Group.objects.filter(threads__in=threads).update(content_version=F("content_version") + 1)
    Thread.objects.filter(pk__in=threads).update(content_version=F("content_version") + 1)
