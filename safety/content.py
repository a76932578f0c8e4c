"""Turning what a member wrote into what readers can be given: sanitized HTML,
a masked variant, excerpts, the detector's assessment."""

from dataclasses import dataclass

from safety import detector, markup, policy

EXCERPT_CHARS = 280


@dataclass(frozen=True)
class Prepared:
    html: str
    masked_html: str  # empty when nothing is masked
    excerpt: str
    masked_excerpt: str
    number_spans: tuple[tuple[int, int], ...]
    assessment: detector.Assessment


def prepare(text: str, *, extra_terms=()) -> Prepared:
    assessment = detector.assess(text, extra_terms=extra_terms)
    spans = assessment.number_spans
    html = markup.render_markdown(text)
    excerpt = markup.render_plain(text, limit=EXCERPT_CHARS)
    masked_html = markup.render_markdown(text, mask_spans=spans) if spans else ""
    masked_excerpt = markup.render_plain(text, mask_spans=spans, limit=EXCERPT_CHARS) if spans else ""
    return Prepared(html, masked_html, excerpt, masked_excerpt, tuple(spans), assessment)


def prepare_title(title: str, *, extra_terms=()) -> tuple[str, detector.Assessment]:
    """A title's masked form (empty when nothing is masked) and its assessment."""
    assessment = detector.assess(title, extra_terms=extra_terms)
    if not assessment.number_spans:
        return "", assessment
    return markup.render_plain(title, mask_spans=assessment.number_spans), assessment


def pick(presentation: policy.Presentation, plain: str, masked: str) -> str:
    """The variant of a text the presentation allows."""
    return masked if presentation.mask_numbers and masked else plain
