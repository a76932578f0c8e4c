"""Display labels of the content warnings, cached because every page needs them.

A page asks for them once per post or thread it shows, so within a request
they are read from the cache once and kept for the rest of that request
(never longer: a renamed label shows on the next request, and a live
connection, which is no request, reads the cache each time)."""

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.dispatch import receiver

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


@receiver(request_started)
def _request_started(**_kwargs) -> None:
    _this_request.open, _this_request.labels = True, None


@receiver(request_finished)
def _request_finished(**_kwargs) -> None:
    _this_request.open, _this_request.labels = False, None
