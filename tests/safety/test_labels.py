"""Warning labels are read from the cache once per request, and never kept
past it: a page of 25 threads asked the cache 25 times before."""

import pytest
from django.core.cache import cache

from safety import labels
from safety.labels import CACHE_KEY, forget_labels, kept_for_one_request, warning_labels
from safety.models import ContentWarning
from tests.asgi_requests import each_on_a_new_thread


@pytest.mark.django_db
def test_within_a_request_the_labels_are_read_once_and_then_kept(django_assert_num_queries):
    cache.delete(CACHE_KEY)
    with kept_for_one_request():
        with django_assert_num_queries(1):
            first = warning_labels()
        cache.delete(CACHE_KEY)
        with django_assert_num_queries(0):
            assert warning_labels() == first and first["self_harm"] == "Self-harm"
    cache.delete(CACHE_KEY)
    with django_assert_num_queries(1):  # the next request, or no request, reads them again
        warning_labels()


@pytest.mark.django_db
def test_outside_a_request_a_renamed_label_shows_at_once():
    """Live connections are no request: they read the labels each time."""
    assert warning_labels()["self_harm"] == "Self-harm"
    ContentWarning.objects.filter(slug="self_harm").update(label="Self-injury")
    forget_labels()
    assert warning_labels()["self_harm"] == "Self-injury"


@pytest.mark.django_db
def test_a_label_renamed_during_a_request_shows_in_the_rest_of_it():
    with kept_for_one_request():
        assert warning_labels()["self_harm"] == "Self-harm"
        ContentWarning.objects.filter(slug="self_harm").update(label="Self-injury")
        forget_labels()
        assert warning_labels()["self_harm"] == "Self-injury"


@pytest.mark.django_db(transaction=True)
def test_a_served_page_of_many_threads_reads_the_labels_once(make_group, make_member, make_thread, monkeypatch):
    """Through the ASGI handler, as a server runs it: the view runs in another
    thread and context than the one the request began in."""
    group = make_group("Evening check-ins")
    author = make_member(group, "tidewatcher")
    for number in range(5):
        make_thread(group, author, title=f"Small win {number}", body="A walk by the water.")
    reads = []
    load = labels._load
    monkeypatch.setattr(labels, "_load", lambda: reads.append(1) or load())
    assert each_on_a_new_thread(group.get_absolute_url(), 2) == [200, 200]
    assert len(reads) == 2, f"{len(reads)} reads of the labels for 2 requests"
