"""Display labels of the content warnings, cached because every page needs them."""

from django.core.cache import cache

from safety.caching import quietly
from safety.models import ContentWarning

CACHE_KEY = "safety:warning-labels:v1"


def warning_labels() -> dict[str, str]:
    labels = quietly(cache.get, CACHE_KEY)
    if labels is None:
        labels = dict(ContentWarning.objects.values_list("slug", "label"))
        quietly(cache.set, CACHE_KEY, labels, 3600)
    return labels


def forget_labels(**_kwargs) -> None:
    quietly(cache.delete, CACHE_KEY)
