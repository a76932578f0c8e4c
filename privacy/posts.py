"""What account deletion does to a member's posts and threads, to other
people's quotes of them, and to the reaction counts they added to.

Either way the post rows stay where they are, so every thread keeps its
numbering and other people's replies keep their place; the author field is
cleared by the database when the user row goes (privacy/decisions.py), and
every surface shows an author-less post as by "Former member".
"""

from django.db.models import F, Q

from community.models import REACTION_COUNT_FIELDS, Post, PostRevision, Reaction, Thread
from community.services.content import apply_prepared, detector_terms
from moderation.models import Case
from privacy import forgetting
from safety import content

REMOVED_TITLE = "A conversation started by a former member"
# Posts a moderator already took down keep that status (and its note); the rest read "removed by its author".
KEEP_STATUS = (Post.Status.REMOVED_BY_MODERATOR, Post.Status.REJECTED, Post.Status.REMOVED_BY_AUTHOR)


def lower_reaction_counts(user) -> None:
    """Take the member's reactions off the counts other people see, then the reactions."""
    for kind, field in REACTION_COUNT_FIELDS.items():
        post_ids = Reaction.objects.filter(user=user, kind=kind).values("post_id")
        Post.objects.filter(pk__in=post_ids, **{f"{field}__gt": 0}).update(**{field: F(field) - 1})
    Reaction.objects.filter(user=user).delete()


def _rewrite(post: Post, body: str) -> None:
    """Store new text for a post with every rendering made again from it, so
    the HTML, the masked HTML and both excerpts can hold nothing the text lost."""
    prepared = content.prepare(body, extra_terms=detector_terms())
    post.body = body
    apply_prepared(post, prepared)
    post.save(update_fields=["body", "body_html", "masked_html", "excerpt", "masked_excerpt", "number_spans", "risk"])


def _rewrite_revisions(post_ids, change) -> None:
    for revision in PostRevision.objects.filter(post_id__in=post_ids):
        body, reason = change(revision.body), change(revision.reason)
        if (body, reason) != (revision.body, revision.reason):
            PostRevision.objects.filter(pk=revision.pk).update(body=body, reason=reason)


def anonymise_posts(user) -> list[int]:
    """Their words stay, by "former member", with their name and email taken
    out. Returns the ids of the posts whose text changed."""
    name, email = user.username, user.email

    def change(text):
        return forgetting.own_text(text, name, email)

    own = Post.objects.filter(author=user)
    changed = []
    for post in own:
        if forgetting.mentions(post.body, name, email) and change(post.body) != post.body:
            _rewrite(post, change(post.body))
            changed.append(post.pk)
    _rewrite_revisions(own.values("pk"), change)
    for thread in Thread.objects.filter(author=user):
        if forgetting.mentions(thread.title, name, email) and change(thread.title) != thread.title:
            title = change(thread.title)[:150]
            masked, _assessment = content.prepare_title(title, extra_terms=detector_terms())
            Thread.objects.filter(pk=thread.pk).update(title=title, masked_title=masked)
    own.update(idempotency_key="")
    return changed


def remove_posts(user) -> list[int]:
    """Their words go from every stored form: text, renderings, excerpts,
    history and (through the text) the search index, which is built from the
    body column. Returns the ids of the posts that became placeholders."""
    own = Post.objects.filter(author=user)
    ids = list(own.values_list("pk", flat=True))
    PostRevision.objects.filter(post_id__in=ids).delete()
    own.exclude(status__in=KEEP_STATUS).update(status=Post.Status.REMOVED_BY_AUTHOR)
    own.update(body="", body_html="", masked_html="", excerpt="", masked_excerpt="", number_spans=[],
               idempotency_key="")
    _remove_threads(user)
    return list(Post.objects.filter(pk__in=ids).values_list("pk", flat=True))


def _remove_threads(user) -> None:
    """A thread only they wrote in goes entirely, unless a moderation case
    points at it (cases are kept for safety); the others keep other people's
    replies under a neutral title."""
    for thread in Thread.objects.filter(author=user):
        others = Post.objects.filter(thread=thread).exclude(author=user).exists()
        in_a_case = Case.objects.filter(post__thread=thread).exists()
        if not others and not in_a_case:
            thread.delete()
        else:
            Thread.objects.filter(pk=thread.pk).update(title=REMOVED_TITLE, masked_title="", warning_slugs=[])


def forget_in_others_posts(user, *, removed: bool) -> list[int]:
    """Other people's replies that quote the member or @mention them: the
    name goes, and with `removed` the quoted words go too. Returns the ids of
    the replies whose text changed."""
    name = user.username
    names_them = Q(body__icontains=f"@{name}") | Q(body__icontains=f"**{name}** wrote:")
    quoting = Q(quoted_author=user) | Q(quote_of__author=user)
    posts = Post.objects.filter(names_them | quoting).exclude(author=user).select_related("quote_of")
    changed = []
    for post in posts:
        quotes_them = post.quoted_author_id == user.pk or bool(post.quote_of and post.quote_of.author_id == user.pk)

        def change(text, quotes_them=quotes_them):
            return _others_text(text, name, removed=removed, quotes_them=quotes_them)

        if change(post.body) != post.body:
            _rewrite(post, change(post.body))
            changed.append(post.pk)
        _rewrite_revisions([post.pk], change)
    earlier = PostRevision.objects.filter(names_them).exclude(post__author=user).exclude(post__in=posts)
    _rewrite_revisions(earlier.values("post_id"), lambda text: _others_text(text, name, removed=removed))
    return changed


def _others_text(text: str, name: str, *, removed: bool, quotes_them: bool = False) -> str:
    new = forgetting.others_text(text, name, drop_quotes=removed)
    if removed and quotes_them and forgetting.QUOTE_GONE not in new:
        new = forgetting.drop_leading_quote(new)
    return new
