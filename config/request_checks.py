"""Request bodies that no Harbour form sends: too large, not UTF-8, or with
more fields than any form has. Each gets a calm page before a view, a session
or the database is touched, so nothing is half-saved and the work is small."""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.template.loader import render_to_string

from config.body_limit import TOO_LARGE

BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class RequestBodyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in BODY_METHODS:
            refusal = _refusal(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)


def _refusal(request) -> HttpResponse | None:
    if _declared_size(request) > settings.HARBOUR["REQUEST_MAX_BYTES"] or _cut_short(request):
        return _page("request_too_large.html", 413)
    try:
        if not _is_utf8(request):
            return _page("request_garbled.html", 400)
        request.POST  # noqa: B018 (parsed once here, so a malformed body is answered here)
    except RequestDataTooBig:
        return _page("request_too_large.html", 413)
    except (SuspiciousOperation, MultiPartParserError):
        return _page("request_garbled.html", 400)
    return None


def _declared_size(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _cut_short(request) -> bool:
    """True when config.body_limit stopped reading a body sent without a length."""
    return bool(getattr(request, "scope", {}).get(TOO_LARGE))


def _is_utf8(request) -> bool:
    """Form fields arrive percent-encoded (or raw, in multipart bodies); either
    way every byte they stand for must be UTF-8. Harbour takes no file uploads,
    so a multipart body has no business holding anything else."""
    body = request.body
    if request.content_type == "application/x-www-form-urlencoded":
        body = unquote_to_bytes(body)
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _page(template: str, status: int) -> HttpResponse:
    """Standalone pages: nothing on them needs the session or the database."""
    context = {"post_max_chars": settings.HARBOUR["POST_MAX_CHARS"]}
    response = HttpResponse(render_to_string(template, context), status=status)
    response["Cache-Control"] = "no-store"
    return response
