"""Response headers and failure pages that apply to every request."""

import logging

from django.db import DatabaseError, InterfaceError, OperationalError
from django.shortcuts import render

log = logging.getLogger(__name__)

# No inline script anywhere: every script is a file under /static/.
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Content-Security-Policy", CSP)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
        return response


# Fields a person may have typed that the failure page hands back to them.
DRAFT_FIELDS = ("title", "body")


class DatabaseUnavailableMiddleware:
    """When the database refuses connections, answer with a calm "please try
    again" page that gives back whatever the person was writing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)) or not _is_unavailable(exception):
            return None
        log.warning("database unavailable: %s", type(exception).__name__)
        draft = {name: request.POST.get(name, "") for name in DRAFT_FIELDS} if request.method == "POST" else {}
        context = {"draft": {k: v for k, v in draft.items() if v}}
        return render(request, "unavailable.html", context, status=503)


def _is_unavailable(exception: DatabaseError) -> bool:
    text = str(exception).lower()
    return any(
        phrase in text
        for phrase in ("connection", "could not connect", "server closed", "database is locked", "terminating")
    )
