"""Open and urgent case counts for the moderators' navigation."""

from moderation import permissions, selectors


def queue_counts(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not permissions.can_moderate_anything(user):
        return {}
    return {"queue_counts": selectors.counts(user)}
