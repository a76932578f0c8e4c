"""What a moderator can do about a case. Each action is one transaction that
locks the case, writes one audit row and tells the member concerned."""

from django.db import transaction
from django.utils import timezone

from community import page_cache
from community import permissions as community_permissions
from community import services as community
from community.models import Notification, Post, PostWarning, Thread
from community.services.notifications import deliver
from community.signals import post_changed
from moderation.services import errors
from moderation.services.audit import record
from moderation.services.cases import acting_on, resolve
from safety.models import ContentWarning

# Words each decision sends to the member; a moderator can add their own.
TOLD = {
    "rejected": "A moderator didn't publish your post this time.",
    "removed": "A moderator removed one of your posts.",
    "hidden": "A moderator hid one of your posts while they look into it.",
    "edited": "A moderator edited one of your posts.",
    "restored": "A moderator looked at your post again and it's back in the thread. Thank you for your patience.",
}
SUPPORT = ("We know this can feel hard. You're still welcome here, and if you're struggling, "
           "the people at the crisis lines are there to listen.")


def _tell(member_id, kind, text, *, post=None, crisis=False):
    if member_id is None:
        return
    deliver([Notification(
        recipient_id=member_id, kind=Notification.Kind.MODERATION, post=post,
        thread_id=post.thread_id if post else None, group_id=post.thread.group_id if post else None,
        data={"text": text, "decision": kind, "crisis": crisis},
    )])


def _message(kind, reason):
    return f"{TOLD[kind]} The reason: {reason.strip()} {SUPPORT}"


def case_approve(*, actor, case) -> bool:
    """Publish a held post, or close the case of a public one as fine. Returns
    whether a post was published: approving a public post changes nothing in it."""
    with transaction.atomic():
        case = acting_on(actor, case)
        post = case.post
        published = post is not None and post.status == Post.Status.PENDING
        if published:
            community.publish(post)
        if post is not None and post.status == Post.Status.REMOVED_BY_MODERATOR:
            return _restore_hidden(actor, case, post)
        target = post if post is not None else case
        record(actor=actor, action="post_approve" if published else "case_approve", target=target, case=case,
               before={"status": "pending"} if published else {}, after={"status": "published"} if published else {})
        resolve(case, actor=actor, resolution="approved", flags_upheld=False)
    return published


def _restore_hidden(actor, case, post) -> bool:
    """Approving a post hidden while the case was looked into brings it back."""
    Post.objects.filter(pk=post.pk).update(status=Post.Status.PUBLISHED)
    record(actor=actor, action="post_restore", target=post, case=case,
           before={"status": post.status}, after={"status": Post.Status.PUBLISHED})
    _tell(post.author_id, "restored", TOLD["restored"], post=post)
    resolve(case, actor=actor, resolution="approved", flags_upheld=False)
    transaction.on_commit(lambda: post_changed.send(Post, post=post, change="edited"))
    return True


def case_hide(*, actor, case, reason: str) -> None:
    """Hide a post while the case is looked into; the case stays open, and
    approving it later brings the post back."""
    errors.require_reason(reason)
    with transaction.atomic():
        case = acting_on(actor, case)
        post = _post_of(case)
        if post.status != Post.Status.PUBLISHED:
            raise errors.CaseUnavailable("Only a published post can be hidden.", code="not_published")
        post.status = Post.Status.REMOVED_BY_MODERATOR
        post.save(update_fields=["status"])
        record(actor=actor, action="post_hidden", target=post, case=case, reason=reason,
               before={"status": Post.Status.PUBLISHED}, after={"status": post.status})
        _tell(post.author_id, "hidden", _message("hidden", reason), post=post)
        transaction.on_commit(lambda: post_changed.send(Post, post=post, change="removed"))


def case_dismiss(*, actor, case, reason: str = "") -> None:
    """Nothing needs doing: the flags are settled and the reporters told."""
    with transaction.atomic():
        case = acting_on(actor, case)
        _not_held(case)
        record(actor=actor, action="flags_dismiss", target=case, case=case, reason=reason)
        resolve(case, actor=actor, resolution="dismissed", flags_upheld=False)


def case_reject(*, actor, case, reason: str) -> None:
    errors.require_reason(reason)
    _set_status(actor, case, Post.Status.REJECTED, "rejected", reason, from_status=Post.Status.PENDING)


def case_remove(*, actor, case, reason: str) -> None:
    errors.require_reason(reason)
    _set_status(actor, case, Post.Status.REMOVED_BY_MODERATOR, "removed", reason)


def _not_held(case):
    if case.post is not None and case.post.status == Post.Status.PENDING:
        raise errors.CaseUnavailable("This post is waiting for review: please approve or reject it.", code="held")


def _post_of(case) -> Post:
    if case.post_id is None:
        raise errors.CaseUnavailable("This case is about a member, not a post: that action doesn't apply.",
                                     code="no_post")
    return Post.objects.select_for_update(of=("self",)).select_related("thread").get(pk=case.post_id)


def _set_status(actor, case, status, told, reason, from_status=None):
    with transaction.atomic():
        case = acting_on(actor, case)
        post = _post_of(case)
        if from_status and post.status != from_status:
            raise errors.CaseUnavailable("Only a post waiting for review can be rejected; you could remove it instead.",
                                         code="not_held")
        before = post.status
        post.status = status
        post.save(update_fields=["status"])
        # A held opening post that is rejected takes its (never public) thread with it.
        Thread.objects.filter(pk=post.thread_id, post_count=0).update(status=status)
        record(actor=actor, action=f"post_{told}", target=post, case=case, reason=reason,
               before={"status": before}, after={"status": status})
        _tell(post.author_id, told, _message(told, reason), post=post, crisis=post.risk == Post.Risk.ACUTE)
        resolve(case, actor=actor, resolution=told, flags_upheld=True)
        transaction.on_commit(lambda: post_changed.send(Post, post=post, change="removed"))


def case_edit_post(*, actor, case, body: str, reason: str) -> None:
    """Edit out method details or numbers; the original stays in the history."""
    errors.require_reason(reason)
    with transaction.atomic():
        case = acting_on(actor, case)
        _not_held(case)
        before = _post_of(case).body
        post = community.post_edit(actor=actor, post=case.post, body=body, reason=reason)
        record(actor=actor, action="post_edit", target=post, case=case, reason=reason,
               before={"body": before}, after={"body": post.body})
        _tell(post.author_id, "edited", _message("edited", reason), post=post)
        resolve(case, actor=actor, resolution="edited", flags_upheld=True)


def post_warnings_change(*, actor, post, add=(), remove=(), reason: str = "", case=None) -> bool:
    """Moderators add or remove warnings of any source; both are recorded."""
    if not community_permissions.can_moderate_group(actor, post.thread.group):
        errors.deny()
    with transaction.atomic():
        before = sorted(post.warning_slugs)
        rows = [PostWarning(post=post, warning=w, source=PostWarning.Source.MODERATOR, added_by=actor)
                for w in ContentWarning.objects.filter(slug__in=add)]
        PostWarning.objects.bulk_create(rows, ignore_conflicts=True)
        post.warnings.filter(warning__slug__in=remove).delete()
        community.sync_warnings(post)
        if sorted(post.warning_slugs) == before:
            return False
        record(actor=actor, action="warnings_change", target=post, case=case, reason=reason,
               before={"warnings": before}, after={"warnings": sorted(post.warning_slugs)})
        transaction.on_commit(lambda: post_changed.send(Post, post=post, change="warnings"))
    return True


def thread_move(*, actor, thread: Thread, to_group, reason: str = "") -> bool:
    if not (community_permissions.can_moderate_group(actor, thread.group)
            and community_permissions.can_moderate_group(actor, to_group)):
        errors.deny("You need to moderate both groups to move a thread between them.")
    if thread.group_id == to_group.pk:
        return False
    with transaction.atomic():
        before = thread.group.slug
        Thread.objects.filter(pk=thread.pk).update(group=to_group)
        page_cache.group_changed(thread.group, to_group)
        thread.group = to_group
        record(actor=actor, action="thread_move", target=thread, reason=reason,
               before={"group": before}, after={"group": to_group.slug})
    return True


def thread_flag_set(*, actor, thread: Thread, field: str, value: bool, reason: str = "") -> bool:
    """Pin, unpin, lock or unlock, with an audit row when something changed."""
    change = community.thread_pin if field == "pinned" else community.thread_lock
    with transaction.atomic():
        changed = change(actor=actor, thread=thread, **{field: value})
        if changed:
            record(actor=actor, action=f"thread_{field}" if value else f"thread_un{field}", target=thread,
                   reason=reason, before={field: not value}, after={field: value})
    return changed


def case_reach_out(*, actor, case, message: str) -> None:
    """A private, supportive message to the author, with the crisis lines. The
    case stays open: reaching out is care, not a verdict."""
    if not (message or "").strip():
        raise errors.CaseUnavailable("Please write a message; a few warm words are enough.", code="message")
    with transaction.atomic():
        case = acting_on(actor, case)
        post = case.post
        member_id = post.author_id if post else case.member_id
        deliver([Notification(
            recipient_id=member_id, kind=Notification.Kind.MODERATION, post=post,
            thread_id=post.thread_id if post else None, group_id=case.group_id,
            data={"text": message.strip()[:2000], "decision": "reach_out", "crisis": True},
        )])
        record(actor=actor, action="reach_out", target=case, case=case, reason=message.strip()[:2000])
        case.claimed_at = timezone.now()
        case.save(update_fields=["claimed_at"])
