"""Helpers the post services share for stored renderings and warnings."""

from community.models import Post
from safety.models import DetectorTerm


def detector_terms() -> tuple[tuple[str, str], ...]:
    """Terms moderators added in the admin, for the detector."""
    return tuple(DetectorTerm.objects.values_list("warning__slug", "phrase").order_by("id"))


def apply_prepared(post: Post, prepared) -> None:
    post.body_html = prepared.html
    post.masked_html = prepared.masked_html
    post.excerpt = prepared.excerpt
    post.masked_excerpt = prepared.masked_excerpt
    post.number_spans = [list(span) for span in prepared.number_spans]
    post.risk = prepared.assessment.risk


def sync_warning_slugs(post: Post) -> None:
    """Keep the post's copy of its warning slugs equal to its PostWarning rows."""
    slugs = sorted(set(post.warnings.values_list("warning__slug", flat=True)))
    if slugs != post.warning_slugs:
        post.warning_slugs = slugs
        Post.objects.filter(pk=post.pk).update(warning_slugs=slugs)
