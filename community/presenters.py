"""Applying safety.policy to posts and threads for display. The policy decides;
these helpers only pick the variant it allows, so no surface decides alone."""

from dataclasses import dataclass

from django.utils.safestring import mark_safe

from community.models import Post, Thread
from safety import content, policy
from safety.labels import warning_labels


@dataclass(frozen=True)
class PostItem:
    post: Post
    presentation: policy.Presentation
    html: str  # empty unless the policy lets the content be sent
    labels: tuple[str, ...]
    kind: str = "post"

    @property
    def blurred(self):
        return self.presentation.mode == policy.BLUR


@dataclass(frozen=True)
class HiddenItem:
    """A run of posts the viewer chose not to see, or wrote by someone they blocked."""

    count: int
    kind: str = "hidden"


@dataclass(frozen=True)
class ThreadItem:
    thread: Thread
    presentation: policy.Presentation
    title: str
    labels: tuple[str, ...]
    unread: bool = False

    @property
    def blurred(self):
        return self.presentation.mode == policy.BLUR


def post_subject(post: Post, group) -> policy.Subject:
    return policy.Subject(
        author_id=post.author_id,
        group_id=group.pk,
        status=post.status,
        warnings=frozenset(post.warning_slugs),
        group_warnings=frozenset(group.default_warning_slugs),
        quoted_author_id=post.quoted_author_id,
    )


def thread_subject(thread: Thread, group) -> policy.Subject:
    return policy.Subject(
        author_id=thread.author_id,
        group_id=group.pk,
        status=thread.status,
        warnings=frozenset(thread.warning_slugs),
        group_warnings=frozenset(group.default_warning_slugs),
    )


def labels_for(slugs) -> tuple[str, ...]:
    names = warning_labels()
    return tuple(names.get(slug, slug) for slug in slugs)


def present_post(viewer: policy.Viewer, post: Post, group) -> PostItem:
    p = policy.present(viewer, post_subject(post, group))
    html = mark_safe(content.pick(p, post.body_html, post.masked_html)) if p.sends_content else ""
    return PostItem(post=post, presentation=p, html=html, labels=labels_for(p.labels))


def present_posts(viewer: policy.Viewer, posts, group) -> list:
    """Posts for display; consecutive hidden posts fold into one counted placeholder."""
    items: list = []
    for post in posts:
        item = present_post(viewer, post, group)
        if not item.presentation.is_listed:
            continue
        if item.presentation.counts_as_hidden:
            if items and isinstance(items[-1], HiddenItem):
                items[-1] = HiddenItem(items[-1].count + 1)
            else:
                items.append(HiddenItem(1))
            continue
        items.append(item)
    return items


def present_thread(viewer: policy.Viewer, thread: Thread, group, unread=False) -> ThreadItem:
    p = policy.present(viewer, thread_subject(thread, group))
    title = content.pick(p, thread.title, thread.masked_title) if p.sends_content else ""
    return ThreadItem(thread=thread, presentation=p, title=title, labels=labels_for(p.labels), unread=unread)


def present_threads(viewer: policy.Viewer, threads, *, last_read=None) -> tuple[list[ThreadItem], int]:
    """Threads a viewer may see in a list, and how many were left out because
    the viewer hides their opening post's warnings or blocked its author."""
    last_read = last_read or {}
    items, hidden = [], 0
    for thread in threads:
        unread = viewer.user_id is not None and last_read.get(thread.pk, 0) < thread.post_count
        item = present_thread(viewer, thread, thread.group, unread=unread)
        if item.presentation.counts_as_hidden:
            hidden += 1
        elif item.presentation.is_listed:
            items.append(item)
    return items, hidden


def page_title(item: ThreadItem) -> str:
    """The <title> and meta text for a thread: its title only when shown openly."""
    if item.presentation.mode == policy.SHOW:
        return item.title
    if item.presentation.mode == policy.BLUR:
        return "A thread with a content warning: " + ", ".join(item.labels)
    return "Hidden thread"
