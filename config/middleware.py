"""Response headers and failure pages that apply to every request."""

import logging

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, QueryDict
from django.middleware.csrf import get_token
from django.template.loader import render_to_string

from safety import labels

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


class RequestLabelsMiddleware:
    """Warning labels are read from the cache once per request (safety/labels.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with labels.kept_for_one_request():
            return self.get_response(request)


# Fields a person may have typed that the failure page hands back to them, and
# the hidden ones that go with them, so that sending the draft again posts it once.
DRAFT_FIELDS = ("title", "body")
CARRIED_FIELDS = ("idempotency_key", "quote", "warnings")


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
        return unavailable_page(request)


def unavailable_page(request) -> HttpResponse:
    """The draft comes back in a form that sends it again as it was. Rendered
    without context processors: they ask the database who is logged in."""
    posted = request.POST if request.method == "POST" else QueryDict()
    draft = {name: posted[name] for name in DRAFT_FIELDS if posted.get(name)}
    carried = [(name, value) for name in CARRIED_FIELDS for value in posted.getlist(name)] if draft else []
    context = {"draft": draft, "carried": carried, "action": request.get_full_path(), "csrf_token": get_token(request)}
    response = HttpResponse(render_to_string("unavailable.html", context), status=503)
    response["Retry-After"] = "5"
    response["Cache-Control"] = "no-store"  # the page holds the person's words
    return response


def _is_unavailable(exception: DatabaseError) -> bool:
    text = str(exception).lower()
    return any(
        phrase in text
        for phrase in ("connection", "could not connect", "server closed", "database is locked", "terminating",
                       "unable to open")
    )
