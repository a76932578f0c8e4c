"""Warning labels are read from the cache once per request, and never kept
past it: a page of 25 threads asked the cache 25 times before."""

from contextlib import contextmanager

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from safety.labels import CACHE_KEY, forget_labels, warning_labels
from safety.models import ContentWarning

pytestmark = pytest.mark.django_db


@contextmanager
def _a_request():
    """The signals a request sends, less the closing of database connections
    (as Django's test client does: the test's transaction must stay open)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    request_started.send(sender=None)
    try:
        yield
    finally:
        request_finished.send(sender=None)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_within_a_request_the_labels_are_read_once_and_then_kept(django_assert_num_queries):
    cache.delete(CACHE_KEY)
    with _a_request():
        with django_assert_num_queries(1):
            first = warning_labels()
        cache.delete(CACHE_KEY)
        with django_assert_num_queries(0):
            assert warning_labels() == first and first["self_harm"] == "Self-harm"
    cache.delete(CACHE_KEY)
    with django_assert_num_queries(1):  # the next request, or no request, reads them again
        warning_labels()


def test_outside_a_request_a_renamed_label_shows_at_once():
    """Live connections are no request: they read the labels each time."""
    assert warning_labels()["self_harm"] == "Self-harm"
    ContentWarning.objects.filter(slug="self_harm").update(label="Self-injury")
    forget_labels()
    assert warning_labels()["self_harm"] == "Self-injury"


def test_a_label_renamed_during_a_request_shows_in_the_rest_of_it():
    with _a_request():
        assert warning_labels()["self_harm"] == "Self-harm"
        ContentWarning.objects.filter(slug="self_harm").update(label="Self-injury")
        forget_labels()
        assert warning_labels()["self_harm"] == "Self-injury"
