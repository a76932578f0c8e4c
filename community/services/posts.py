"""Starting threads, replying, editing and removing posts."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from community import permissions
from community.models import Post, PostRevision, PostWarning, Thread
from community.services import errors
from community.services.content import apply_prepared, detector_terms, sync_warning_slugs
from community.services.notifications import notify_reply
from community.signals import Screening, post_changed, post_published, post_saved, post_screen
from safety import content, ratelimit
from safety import services as safety_services
from safety.control_chars import without_control_chars
from safety.models import ContentWarning

def _limits():
    return settings.HARBOUR["TITLE_MAX_CHARS"], settings.HARBOUR["POST_MAX_CHARS"]


def _clean_body(body: str) -> str:
    body = without_control_chars(body or "").strip()
    _, max_chars = _limits()
    if not body:
        errors.invalid("Your post is empty. Write a few words, then post it.", "empty")
    if len(body) > max_chars:
        errors.invalid(
            f"Your post is {len(body):,} characters long; the limit is {max_chars:,}. "
            "Your text is still here: you could shorten it or split it into two posts.",
            "too_long",
        )
    content.check_markup(body)
    return body


def _clean_title(title: str) -> str:
    title = " ".join(without_control_chars(title or "").split())
    max_chars, _ = _limits()
    if not title:
        errors.invalid("Your thread needs a title. A few words about what it's about is enough.", "empty")
    if len(title) > max_chars:
        errors.invalid(f"Please keep the title to {max_chars} characters or fewer (it is {len(title)}).", "too_long")
    return title


def _check_rate(actor) -> None:
    ratelimit.check(
        "post", str(actor.pk),
        message="You're posting faster than we can take posts in. Please wait a minute; your text is still here.",
    )


def _existing(actor, idempotency_key: str) -> Post | None:
    if not idempotency_key:
        return None
    return Post.objects.filter(author=actor, idempotency_key=idempotency_key[:64]).first()


def _screen(*, actor, thread, body, assessment) -> Screening:
    """Ask the floors above (pre-moderation, watched words) whether to hold or refuse."""
    hold, reasons = False, []
    for _receiver, result in post_screen.send(Post, actor=actor, thread=thread, body=body, assessment=assessment):
        if not isinstance(result, Screening):
            continue
        if result.refuse_message:
            errors.invalid(result.refuse_message, "refused")
        hold = hold or result.hold
        reasons.extend(result.reasons)
    return Screening(hold=hold, reasons=tuple(reasons))


def thread_start(*, actor, group, title, body, warnings=(), idempotency_key="") -> Post:
    """Start a thread with its opening post. Returns the opening post."""
    membership = permissions.membership_of(actor, group)
    if not permissions.can_post_in_group(actor, group, membership):
        errors.deny("Only members of this group can start threads here. You can join the group first.")
    title, body = _clean_title(title), _clean_body(body)
    existing = _existing(actor, idempotency_key)
    if existing is not None:
        return existing
    _check_rate(actor)
    terms = detector_terms()
    masked_title, title_assessment = content.prepare_title(title, extra_terms=terms)
    prepared = content.prepare(body, extra_terms=terms)

    def create():
        thread = Thread.objects.create(
            group=group, author=actor, title=title, masked_title=masked_title,
            last_post_at=timezone.now(), status=Post.Status.PENDING,
        )
        screening = _screen(actor=actor, thread=thread, body=body, assessment=prepared.assessment)
        return _create_post(
            actor=actor, thread=thread, body=body, prepared=prepared, screening=screening, warnings=warnings,
            idempotency_key=idempotency_key, extra_slugs=title_assessment.slugs,
        )

    return _at_most_once(actor, idempotency_key, create)


def post_reply(*, actor, thread, body, warnings=(), quote=None, idempotency_key="") -> Post:
    membership = permissions.membership_of(actor, thread.group)
    if not permissions.can_reply(actor, thread, membership):
        if thread.locked:
            errors.deny("This thread is locked, so it can't take new replies. You're welcome to start a new thread.")
        errors.deny("Only members of this group can reply here. You can join the group first.")
    body = _clean_body(body)
    if quote is not None and (quote.thread.group_id != thread.group_id or quote.status != Post.Status.PUBLISHED):
        quote = None
    if quote is not None and safety_services.has_blocked(quote.author_id, actor.pk):
        errors.invalid("This post can't be quoted. You're welcome to reply without the quote.", "quote")
    existing = _existing(actor, idempotency_key)
    if existing is not None:
        return existing
    _check_rate(actor)
    prepared = content.prepare(body, extra_terms=detector_terms())
    screening = _screen(actor=actor, thread=thread, body=body, assessment=prepared.assessment)
    return _at_most_once(actor, idempotency_key, lambda: _create_post(
        actor=actor, thread=thread, body=body, prepared=prepared, screening=screening, warnings=warnings,
        quote=quote, idempotency_key=idempotency_key,
    ))


def _at_most_once(actor, idempotency_key: str, create) -> Post:
    """`create()` in one transaction. The same form sent twice at once makes
    the second insert fail on the author's idempotency key once the first
    commits; the first one's post is then the answer to both."""
    try:
        with transaction.atomic():
            return create()
    except IntegrityError:
        existing = _existing(actor, idempotency_key)
        if existing is None:
            raise
        return existing


def _create_post(*, actor, thread, body, prepared, screening, warnings, quote=None, idempotency_key="",
                 extra_slugs=()):
    """Everything but the post's number first; the thread is locked only at
    the end, to number the post, so replies to one busy thread wait for each
    other as briefly as possible."""
    post = Post(thread=thread, author=actor, body=body, quote_of=quote, idempotency_key=(idempotency_key or "")[:64],
                quoted_author_id=quote.author_id if quote is not None else None)
    apply_prepared(post, prepared)
    post.status = Post.Status.PENDING if screening.hold else Post.Status.PUBLISHED
    quoted = quote.warning_slugs if quote is not None else ()
    rows = _warning_rows(actor=actor, authored=warnings, detected=prepared.assessment.slugs | set(extra_slugs),
                         quoted=quoted)
    post.warning_slugs = sorted({row.warning.slug for row in rows})
    post.save()
    PostRevision.objects.create(post=post, body=body, editor=actor)
    _save_warnings(post, rows)
    if post.status == Post.Status.PENDING and thread.post_count == 0:
        _sync_thread_opening(post)
    post_saved.send(Post, post=post, created=True, screening=screening)
    if post.status == Post.Status.PUBLISHED:
        publish(post)
    return post


def _warning_rows(*, actor=None, authored=(), detected=(), quoted=()) -> list[PostWarning]:
    """A new post's warnings: the author's, the detector's, and those of the post it quotes (its words are in it)."""
    sources = ((PostWarning.Source.AUTHOR, set(authored)), (PostWarning.Source.DETECTOR, set(detected)),
               (PostWarning.Source.QUOTE, set(quoted)))
    known = {w.slug: w for w in ContentWarning.objects.filter(slug__in=set().union(*(s for _, s in sources)))}
    return [PostWarning(warning=known[slug], source=source, added_by=actor if source == PostWarning.Source.AUTHOR else None)
            for source, slugs in sources for slug in sorted(slugs) if slug in known]


def _save_warnings(post: Post, rows: list[PostWarning]) -> None:
    for row in rows:
        row.post = post
    PostWarning.objects.bulk_create(rows, ignore_conflicts=True)


def publish(post: Post) -> bool:
    """Give a post its place in the thread and tell readers after commit.
    Publishing a published post changes nothing and returns False."""
    # Inside a caller's transaction no savepoint is made: a failure here undoes the caller's work too.
    with transaction.atomic(savepoint=False):
        # No key update: it waits for other numberings only, not for posts being inserted into the thread.
        thread = Thread.objects.select_for_update(no_key=True).get(pk=post.thread_id)
        if post.number is not None:
            return False
        post.number = thread.post_count + 1
        post.status = Post.Status.PUBLISHED
        post.save(update_fields=["number", "status"])
        thread.post_count, thread.last_post_at = post.number, timezone.now()
        thread.save(update_fields=["post_count", "last_post_at"])
        post.thread = _with_known_group(thread, post)
        if post.number == 1:
            _sync_thread_opening(post)
        else:
            notify_reply(post)
        transaction.on_commit(lambda: post_published.send(Post, post=post))
    return True


def _with_known_group(thread: Thread, post: Post) -> Thread:
    """The freshly locked thread, given the group the post's thread already had loaded."""
    if Post.thread.is_cached(post) and Thread.group.is_cached(post.thread):
        thread.group = post.thread.group
    return thread


def _sync_thread_opening(post: Post) -> None:
    """A thread's status and warnings follow its opening post."""
    Thread.objects.filter(pk=post.thread_id).update(status=post.status, warning_slugs=post.warning_slugs)
    post.thread.status, post.thread.warning_slugs = post.status, post.warning_slugs


def post_edit(*, actor, post: Post, body: str, warnings=None, reason: str = "") -> Post:
    """The author edits their post, or a moderator edits it with a reason; every
    earlier text stays in the history, which the author and moderators can read."""
    moderating = post.author_id != actor.pk and permissions.can_moderate_group(actor, post.thread.group)
    if not (permissions.can_edit_post(actor, post) or moderating):
        errors.deny("Only the person who wrote a post can edit it.")
    if moderating and not reason.strip():
        errors.invalid("Please give a reason for editing a member's post; they will see it.", "reason")
    body = _clean_body(body)
    if body == post.body and warnings is None:
        return post
    prepared = content.prepare(body, extra_terms=detector_terms())
    with transaction.atomic():
        post = Post.objects.select_for_update(of=("self",)).select_related("thread").get(pk=post.pk)
        post.body = body
        post.edited_at = timezone.now()
        apply_prepared(post, prepared)
        post.save()
        PostRevision.objects.create(post=post, body=body, editor=actor, reason=reason[:300])
        if warnings is not None and not moderating:
            post.warnings.filter(source=PostWarning.Source.AUTHOR).exclude(warning__slug__in=warnings).delete()
        authored = () if moderating else (warnings or ())
        _save_warnings(post, _warning_rows(actor=actor, authored=authored, detected=prepared.assessment.slugs))
        sync_warnings(post)
        transaction.on_commit(lambda: post_changed.send(Post, post=post, change="edited"))
    return post


def post_delete_own(*, actor, post: Post) -> bool:
    """The author removes their post: it becomes a placeholder, the thread stays."""
    if not permissions.can_delete_post(actor, post):
        errors.deny("Only the person who wrote a post can remove it.")
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.is_removed:
            return False
        post.status = Post.Status.REMOVED_BY_AUTHOR
        post.save(update_fields=["status"])
        transaction.on_commit(lambda: post_changed.send(Post, post=post, change="removed"))
    return True


def sync_warnings(post: Post) -> None:
    """After warnings change outside the composer: refresh the post's copy and
    its thread's, and carry them onto posts that quote it (their quotes hold its words)."""
    sync_warning_slugs(post)
    if post.number == 1 or post.thread.post_count == 0:
        _sync_thread_opening(post)
    for quoting in Post.objects.filter(quote_of=post).select_related("thread"):
        _save_warnings(quoting, _warning_rows(quoted=post.warning_slugs))
        sync_warning_slugs(quoting)
        if quoting.number == 1:
            _sync_thread_opening(quoting)
