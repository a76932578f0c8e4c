"""What the composer tells an author before and after posting: the warnings
their post will carry, the numbers readers will not see, and a kind reminder
of safe messaging. It guides; it never blocks."""

from dataclasses import dataclass

from django.utils.safestring import mark_safe

from safety import detector, markup, policy
from safety.labels import warning_labels

# Subjects where details and numbers can hurt someone who is struggling.
SAFE_MESSAGING_SLUGS = frozenset({"suicide", "self_harm", "eating_disorder"})
REMINDER = (
    "Thank you for sharing this. To keep others safe, please leave out details of methods, "
    "and numbers such as weights or calories. Talking about feelings is always welcome."
)


@dataclass(frozen=True)
class Preview:
    html: str  # as most readers will see it: numbers masked where the guard applies
    labels: tuple[str, ...]
    masked_numbers: tuple[str, ...]
    reminder: str


def warnings_for(assessment: detector.Assessment, *, ticked=(), group_warnings=()) -> frozenset[str]:
    return frozenset(ticked) | assessment.slugs | frozenset(group_warnings)


def reminder_for(slugs) -> str:
    return REMINDER if SAFE_MESSAGING_SLUGS & set(slugs) else ""


def preview(text: str, *, ticked=(), group_warnings=(), extra_terms=()) -> Preview:
    assessment = detector.assess(text, extra_terms=extra_terms)
    slugs = warnings_for(assessment, ticked=ticked, group_warnings=group_warnings)
    guarded = policy.ED_SLUG in slugs
    spans = assessment.number_spans if guarded else ()
    names = warning_labels()
    return Preview(
        html=mark_safe(markup.render_markdown(text, mask_spans=spans)),
        labels=tuple(names.get(slug, slug) for slug in sorted(slugs)),
        masked_numbers=tuple(text[start:end] for start, end in spans),
        reminder=reminder_for(slugs),
    )
