"""Turning what a member wrote into what readers can be given: sanitized HTML,
a masked variant, excerpts, the detector's assessment."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError

from safety import detector, markup, policy
from safety.markdown_shape import Shape

EXCERPT_CHARS = 280

TOO_NESTED = (
    "{what} puts quotes, lists or formatting (bold, italics, links) inside one another more than {limit} levels "
    "deep, which we can't show properly, so it can't be saved as it is. Your text is still here: you could take out "
    "some of the > or - marks at the start of lines, or some * or _ marks, and try again."
)
TOO_MANY_LINKS = (
    "{what} has {count:,} links, and the most we can take is {limit:,}. Your text is still here: you could keep "
    "the most useful links and try again."
)
TOO_MANY_PARTS = (
    "{what} has {count:,} separate parts (paragraphs, list items, table cells, and bold, italic, code or linked "
    "words), and the most we can show is {limit:,}. Your text is still here: you could join some short paragraphs, "
    "or shorten a list or a table, and try again."
)


@dataclass(frozen=True)
class Prepared:
    html: str
    masked_html: str  # empty when nothing is masked
    excerpt: str
    masked_excerpt: str
    number_spans: tuple[tuple[int, int], ...]
    assessment: detector.Assessment


def check_markup(text: str, *, what: str = "Your post") -> None:
    """Refuse, in words for its author, Markdown nested deeper or holding more
    links or parts than HARBOUR allows. Forms and services check new text;
    prepare() then reuses the parse."""
    _check_shape(markup.parse(text, reuse=True).shape(), what)


def _check_shape(shape: Shape, what: str) -> None:
    limits = settings.HARBOUR
    if shape.depth > limits["POST_MAX_NESTING"]:
        message = TOO_NESTED.format(what=what, limit=limits["POST_MAX_NESTING"])
        raise ValidationError(message, code="too_nested")
    if shape.links > limits["POST_MAX_LINKS"]:
        message = TOO_MANY_LINKS.format(what=what, count=shape.links, limit=limits["POST_MAX_LINKS"])
        raise ValidationError(message, code="too_many_links")
    if shape.parts > limits["POST_MAX_PARTS"]:
        message = TOO_MANY_PARTS.format(what=what, count=shape.parts, limit=limits["POST_MAX_PARTS"])
        raise ValidationError(message, code="too_many_parts")


def prepare(text: str, *, extra_terms=()) -> Prepared:
    parsed = markup.parse(text, reuse=True)
    assessment = detector.assess(text, extra_terms=extra_terms)
    spans = assessment.number_spans
    masked = markup.parse(text, mask_spans=spans) if spans else None
    return Prepared(
        html=parsed.html(),
        masked_html=masked.html() if masked else "",
        excerpt=parsed.plain(limit=EXCERPT_CHARS),
        masked_excerpt=masked.plain(limit=EXCERPT_CHARS) if masked else "",
        number_spans=tuple(spans),
        assessment=assessment,
    )


def prepare_title(title: str, *, extra_terms=()) -> tuple[str, detector.Assessment]:
    """A title's masked form (empty when nothing is masked) and its assessment."""
    assessment = detector.assess(title, extra_terms=extra_terms)
    if not assessment.number_spans:
        return "", assessment
    return markup.render_plain(title, mask_spans=assessment.number_spans), assessment


def pick(presentation: policy.Presentation, plain: str, masked: str) -> str:
    """The variant of a text the presentation allows."""
    return masked if presentation.mask_numbers and masked else plain
