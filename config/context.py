"""Template context every page needs."""

from django.conf import settings

from community.models import Notification


def site(request):
    context = {"SITE_NAME": "Harbour", "HARBOUR": settings.HARBOUR}
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        context["unread_count"] = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
    return context
