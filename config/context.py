"""Template context every page needs."""

from django.conf import settings


def site(request):
    return {"SITE_NAME": "Harbour", "HARBOUR": settings.HARBOUR}
