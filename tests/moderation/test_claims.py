"""Claiming a case: one moderator at a time, a claim lapses after 15 minutes,
and the sequential version of two moderators resolving at once."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from moderation import services
from moderation.models import AuditEntry, Case
from tests.moderation.helpers import audit_actions, claimed

pytestmark = pytest.mark.django_db


def _age_claim(case, minutes):
    Case.objects.filter(pk=case.pk).update(claimed_at=timezone.now() - timedelta(minutes=minutes))


def test_claiming_gives_the_case_to_the_moderator_and_is_recorded(flagged, moderator):
    case = services.case_claim(actor=moderator, case=flagged)
    case.refresh_from_db()
    assert case.claimed_by == moderator and case.claimed_at is not None
    entry = AuditEntry.objects.get(action="case_claim")
    assert entry.actor == moderator and entry.case == case


def test_a_second_moderator_cannot_claim_a_claimed_case_and_is_told_who_has_it(flagged, moderator, colleague):
    services.case_claim(actor=moderator, case=flagged)
    with pytest.raises(services.CaseUnavailable) as error:
        services.case_claim(actor=colleague, case=flagged)
    assert error.value.code == "taken"
    assert "harbourmaster is working on this case right now" in error.value.messages[0]
    assert Case.objects.get(pk=flagged.pk).claimed_by == moderator


def test_the_holder_may_claim_again_to_keep_the_case(flagged, moderator):
    services.case_claim(actor=moderator, case=flagged)
    _age_claim(flagged, 10)
    services.case_claim(actor=moderator, case=flagged)
    assert timezone.now() - Case.objects.get(pk=flagged.pk).claimed_at < timedelta(minutes=1)


def test_a_claim_still_holds_at_fourteen_minutes(flagged, moderator, colleague):
    services.case_claim(actor=moderator, case=flagged)
    _age_claim(flagged, 14)
    with pytest.raises(services.CaseUnavailable):
        services.case_claim(actor=colleague, case=flagged)


def test_a_claim_lapses_after_fifteen_minutes(flagged, moderator, colleague):
    services.case_claim(actor=moderator, case=flagged)
    _age_claim(flagged, 15)
    services.case_claim(actor=colleague, case=flagged)
    assert Case.objects.get(pk=flagged.pk).claimed_by == colleague


def test_after_the_claim_lapsed_the_first_moderator_must_claim_again_to_act(flagged, moderator):
    services.case_claim(actor=moderator, case=flagged)
    _age_claim(flagged, 16)
    with pytest.raises(services.CaseUnavailable) as error:
        services.case_remove(actor=moderator, case=flagged, reason="Advertising")
    assert error.value.code == "unclaimed"
    assert Case.objects.get(pk=flagged.pk).status == "open"


def test_after_a_lapse_and_a_new_claim_the_first_moderator_is_told(flagged, moderator, colleague):
    services.case_claim(actor=moderator, case=flagged)
    _age_claim(flagged, 16)
    services.case_claim(actor=colleague, case=flagged)
    with pytest.raises(services.CaseUnavailable) as error:
        services.case_remove(actor=moderator, case=flagged, reason="Advertising")
    assert "lighthousekeeper is working on this case" in error.value.messages[0]


def test_acting_needs_a_claim_first(flagged, moderator):
    with pytest.raises(services.CaseUnavailable) as error:
        services.case_dismiss(actor=moderator, case=flagged)
    assert error.value.code == "unclaimed" and "claim the case first" in error.value.messages[0]
    assert Case.objects.get(pk=flagged.pk).status == "open"
    assert audit_actions() == []


def test_the_second_moderator_who_acts_while_the_first_holds_the_case_is_told(flagged, moderator, colleague, post):
    services.case_claim(actor=moderator, case=flagged)
    with pytest.raises(services.CaseUnavailable) as error:
        services.case_dismiss(actor=colleague, case=flagged, reason="Looks fine")
    assert "harbourmaster is working on this case" in error.value.messages[0]
    services.case_remove(actor=moderator, case=flagged, reason="Spam link")
    post.refresh_from_db()
    assert post.status == "removed_by_moderator"
    assert audit_actions() == ["post_removed"]


def test_claim_then_resolve_in_turn_the_second_moderator_gets_case_unavailable(flagged, moderator, colleague):
    # Both opened the case page; the first claims and resolves; the second
    # moderator's buttons act on the case object they loaded before.
    stale = Case.objects.get(pk=flagged.pk)
    services.case_claim(actor=moderator, case=flagged)
    services.case_remove(actor=moderator, case=flagged, reason="Spam link")
    with pytest.raises(services.CaseUnavailable) as claiming:
        services.case_claim(actor=colleague, case=stale)
    with pytest.raises(services.CaseUnavailable) as acting:
        services.case_dismiss(actor=colleague, case=stale, reason="Looks fine")
    for error in (claiming, acting):
        assert error.value.code == "resolved"
        assert error.value.messages[0] == "Another moderator resolved this case a moment ago. Nothing more is needed."
    assert AuditEntry.objects.filter(action__in=["post_removed", "flags_dismiss"]).count() == 1
    case = Case.objects.get(pk=flagged.pk)
    assert case.resolution == "removed" and case.resolved_by == moderator


def test_the_same_moderator_resolving_twice_records_one_action(flagged, moderator):
    services.case_claim(actor=moderator, case=flagged)
    services.case_remove(actor=moderator, case=flagged, reason="Spam link")
    with pytest.raises(services.CaseUnavailable) as error:
        services.case_dismiss(actor=moderator, case=flagged, reason="Double click")
    assert "resolved this case a moment ago" in error.value.messages[0]
    assert audit_actions() == ["post_removed"]


def test_releasing_returns_the_case_to_the_queue(flagged, moderator, colleague):
    services.case_claim(actor=moderator, case=flagged)
    assert services.case_release(actor=colleague, case=flagged) is False  # not theirs to release
    assert services.case_release(actor=moderator, case=flagged) is True
    case = Case.objects.get(pk=flagged.pk)
    assert case.claimed_by is None and case.claimed_at is None
    services.case_claim(actor=colleague, case=flagged)
    assert list(AuditEntry.objects.order_by("id").values_list("action", "actor__username")) == [
        ("case_claim", "harbourmaster"), ("case_release", "harbourmaster"), ("case_claim", "lighthousekeeper")]


def test_a_resolved_case_is_no_longer_claimed(flagged, moderator):
    services.case_dismiss(actor=moderator, case=claimed(flagged, moderator))
    case = Case.objects.get(pk=flagged.pk)
    assert case.claimed_by is None and case.status == "resolved"
    assert services.case_release(actor=moderator, case=case) is False


def test_the_case_page_tells_the_second_moderator_who_holds_the_case(client, flagged, moderator, colleague):
    services.case_claim(actor=moderator, case=flagged)
    client.force_login(colleague)
    response = client.post(reverse("case_act", args=[flagged.pk]), {"action": "dismiss", "reason": "Fine"}, follow=True)
    page = response.content.decode()
    assert "harbourmaster is working on this case right now" in page
    assert Case.objects.get(pk=flagged.pk).status == "open"


def test_claiming_through_the_page(client, flagged, moderator):
    client.force_login(moderator)
    response = client.post(reverse("case_claim", args=[flagged.pk]), follow=True)
    assert "The case is yours for the next 15 minutes" in response.content.decode()
    assert Case.objects.get(pk=flagged.pk).claimed_by == moderator
