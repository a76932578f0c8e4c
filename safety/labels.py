"""Display labels of the content warnings, cached because every page needs them."""

from django.core.cache import cache

from safety.models import ContentWarning

CACHE_KEY = "safety:warning-labels:v1"


def warning_labels() -> dict[str, str]:
    labels = _cached(cache.get, CACHE_KEY)
    if labels is None:
        labels = dict(ContentWarning.objects.values_list("slug", "label"))
        _cached(cache.set, CACHE_KEY, labels, 3600)
    return labels


def forget_labels(**_kwargs) -> None:
    _cached(cache.delete, CACHE_KEY)


def _cached(call, *args):
    """A cache that is away (Redis restarting) means reading from the database."""
    try:
        return call(*args)
    except Exception:  # noqa: BLE001
        return None
