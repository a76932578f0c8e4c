"""Display labels of the content warnings, cached because every page needs them.

A page asks for them once per post or thread it shows, so within a request
they are read from the cache once and kept for the rest of that request
(never longer: a renamed label shows on the next request, and a live
connection, which is no request, reads the cache each time)."""

from contextlib import contextmanager

from asgiref.local import Local
from django.core.cache import cache

from safety.caching import quietly
from safety.models import ContentWarning

CACHE_KEY = "safety:warning-labels:v1"
_this_request = Local()


def warning_labels() -> dict[str, str]:
    in_request = getattr(_this_request, "open", False)
    labels = getattr(_this_request, "labels", None) if in_request else None
    if labels is None:
        labels = _load()
        if in_request:
            _this_request.labels = labels
    return labels


def _load() -> dict[str, str]:
    labels = quietly(cache.get, CACHE_KEY)
    if labels is None:
        labels = dict(ContentWarning.objects.values_list("slug", "label"))
        quietly(cache.set, CACHE_KEY, labels, 3600)
    return labels


def forget_labels(**_kwargs) -> None:
    _this_request.labels = None
    quietly(cache.delete, CACHE_KEY)


@contextmanager
def kept_for_one_request():
    """Around a request: the labels read during it are kept until it ends.
    Entered by config.middleware.RequestLabelsMiddleware, in the thread and
    context that run the view."""
    _this_request.open, _this_request.labels = True, None
    try:
        yield
    finally:
        _this_request.open, _this_request.labels = False, None
