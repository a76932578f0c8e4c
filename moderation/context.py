"""Open and urgent case counts for the moderators' navigation."""

from moderation import permissions, selectors
from moderation.second_factor import missing_step


def queue_counts(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not permissions.can_moderate_anything(user):
        return {}
    if missing_step(request, user):
        # A plain link to the queue, which asks for the second step; no counts until then.
        return {"queue_locked": True}
    return {"queue_counts": selectors.counts(user)}
