"""The queue: urgent first, then harassment, then method details or numbers,
then the rest, oldest first within each; the moderators' counts and health."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from community import services as community
from moderation import selectors, services
from moderation.models import Case, Priority
from tests.moderation.helpers import ACUTE, case_of, claimed

pytestmark = pytest.mark.django_db


@pytest.fixture
def write(thread, author):
    def make(body):
        return community.post_reply(actor=author, thread=thread, body=body)

    return make


@pytest.fixture
def flag(group, make_member):
    def make(post, reason, note=""):
        services.flag_post(actor=make_member(group), post=post, reason=reason, note=note)
        return case_of(post)

    return make


def test_the_queue_puts_urgent_first_then_harassment_then_method_then_the_rest_by_age(write, flag, moderator):
    order_made = [
        ("spam", flag(write("Buy my course"), "spam")),
        ("method", flag(write("Some details"), "method_or_numbers")),
        ("harassment", flag(write("You are pathetic"), "harassment")),
        ("at_risk", flag(write("I feel so low"), "at_risk")),
        ("other", flag(write("Off topic"), "other", note="Wrong group")),
        ("acute", case_of(write(ACUTE))),
    ]
    cases = dict(order_made)
    expected = ["at_risk", "acute", "harassment", "method", "spam", "other"]
    assert [c.pk for c in selectors.queue(moderator)] == [cases[name].pk for name in expected]
    assert [c.priority for c in selectors.queue(moderator)] == [Priority.URGENT, Priority.URGENT,
                                                                 Priority.HARASSMENT, Priority.METHOD,
                                                                 Priority.OTHER, Priority.OTHER]


def test_within_a_priority_the_oldest_case_comes_first(write, flag, moderator):
    older, newer = flag(write("One"), "spam"), flag(write("Two"), "spam")
    Case.objects.filter(pk=newer.pk).update(opened_at=timezone.now() - timedelta(hours=2))
    assert [c.pk for c in selectors.queue(moderator)] == [newer.pk, older.pk]


def test_a_later_urgent_flag_moves_a_case_to_the_front(write, flag, moderator):
    first = flag(write("Harsh words"), "harassment")
    later = flag(write("Quiet post"), "spam")
    flag(Case.objects.get(pk=later.pk).post, "at_risk")
    later.refresh_from_db()
    assert later.priority == Priority.URGENT and sorted(later.reasons) == ["at_risk", "spam"]
    assert [c.pk for c in selectors.queue(moderator)] == [later.pk, first.pk]


def test_the_queue_filters_by_reason_and_status(write, flag, moderator):
    spam = flag(write("Buy now"), "spam")
    harsh = flag(write("Harsh"), "harassment")
    assert [c.pk for c in selectors.queue(moderator, reason="harassment")] == [harsh.pk]
    services.case_dismiss(actor=moderator, case=claimed(spam, moderator))
    assert [c.pk for c in selectors.queue(moderator)] == [harsh.pk]
    assert [c.pk for c in selectors.queue(moderator, status="resolved")] == [spam.pk]


def test_the_queue_page_lists_cases_in_order(client, write, flag, moderator):
    spam = flag(write("Buy now"), "spam")
    risk = flag(write("I feel low"), "at_risk")
    client.force_login(moderator)
    page = client.get(reverse("moderation_queue")).content.decode()
    assert page.index(f"case {risk.pk}<") < page.index(f"case {spam.pk}<")
    assert "Urgent" in page and "Buy now" in page


def test_the_moderators_nav_shows_open_and_urgent_counts(client, write, flag, moderator, reader):
    flag(write("Buy now"), "spam")
    flag(write("Harsh"), "harassment")
    case_of(write(ACUTE))
    assert selectors.counts(moderator) == {"open": 3, "urgent": 1}
    client.force_login(moderator)
    page = client.get(reverse("home")).content.decode()
    assert "3 open" in page and "<strong>1 urgent</strong>" in page
    client.force_login(reader)
    page = client.get(reverse("home")).content.decode()
    assert reverse("moderation_queue") not in page and "open, " not in page


def test_the_nav_leaves_out_urgent_when_there_is_none(client, write, flag, moderator):
    flag(write("Buy now"), "spam")
    client.force_login(moderator)
    page = client.get(reverse("home")).content.decode()
    assert "1 open" in page and "urgent</strong>" not in page


def test_resolved_cases_leave_the_counts(write, flag, moderator):
    case = flag(write("I feel low"), "at_risk")
    services.case_dismiss(actor=moderator, case=claimed(case, moderator))
    assert selectors.counts(moderator) == {"open": 0, "urgent": 0}


def test_health_reports_open_cases_oldest_urgent_and_time_to_first_action(write, flag, moderator):
    urgent = flag(write("I feel low"), "at_risk")
    spam = flag(write("Buy now"), "spam")
    Case.objects.filter(pk=urgent.pk).update(opened_at=timezone.now() - timedelta(hours=3))
    Case.objects.filter(pk=spam.pk).update(opened_at=timezone.now() - timedelta(minutes=10))
    services.case_dismiss(actor=moderator, case=claimed(spam, moderator))
    health = selectors.health(moderator)
    assert dict(health["by_priority"])["Urgent"] == 1 and dict(health["by_priority"])["Other"] == 0
    assert timedelta(hours=2, minutes=59) < health["oldest_urgent_age"] < timedelta(hours=3, minutes=1)
    assert health["acted_count"] == 1
    assert timedelta(minutes=9) < health["median_first_action"] < timedelta(minutes=11)
