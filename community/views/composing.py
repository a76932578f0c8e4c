"""What the composer shows around a submit: the preview, and the words an
author sees straight after posting (warnings applied, crisis lines if needed)."""

from django.contrib import messages

from community.models import Post
from community.services.content import detector_terms
from safety import composer
from safety.labels import warning_labels

CRISIS = (
    "Thank you for telling us how you're feeling. It sounds really hard right now, and you don't "
    "have to face it alone. A moderator will see your post soon. If you'd like to talk to someone "
    "straight away, these lines are free and open now."
)
HELD = "Thanks for posting. A moderator will look at it soon; until then only you and the moderators can see it."


def wants_preview(request) -> bool:
    return request.method == "POST" and "preview" in request.POST


def build_preview(form, group):
    return composer.preview(
        form.cleaned_data["body"],
        ticked=form.warning_slugs(),
        group_warnings=group.default_warning_slugs,
        extra_terms=detector_terms(),
    )


def after_posting(request, post: Post) -> None:
    if post.risk == Post.Risk.ACUTE:
        messages.info(request, CRISIS, extra_tags="crisis")
    elif post.status == Post.Status.PENDING:
        messages.info(request, HELD)
    slugs = set(post.warning_slugs) | set(post.thread.group.default_warning_slugs)
    if slugs:
        names = warning_labels()
        labels = ", ".join(names.get(slug, slug) for slug in sorted(slugs))
        messages.info(request, f"Your post carries these content warnings: {labels}. {composer.reminder_for(slugs)}")
