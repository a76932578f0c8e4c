"""The audit log: one row per action, append-only, read-only in the admin."""

import pytest
from django.db import transaction
from django.urls import reverse

from community import services as community
from moderation import services
from moderation.models import AuditEntry, GroupRules
from tests.moderation.helpers import audit_actions, case_of, claimed

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(flagged, moderator):
    claimed(flagged, moderator)
    return AuditEntry.objects.get()


ACTIONS = {
    "approve": ("post_approve", lambda m, c: services.case_approve(actor=m, case=c)),
    "reject": ("post_rejected", lambda m, c: services.case_reject(actor=m, case=c, reason="Not this time")),
    "remove": ("post_removed", lambda m, c: services.case_remove(actor=m, case=c, reason="Unkind")),
    "edit": ("post_edit", lambda m, c: services.case_edit_post(actor=m, case=c, body="Hello.", reason="Shorter")),
    "dismiss": ("flags_dismiss", lambda m, c: services.case_dismiss(actor=m, case=c, reason="Fine")),
    "reach_out": ("reach_out", lambda m, c: services.case_reach_out(actor=m, case=c, message="Here for you")),
}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_every_case_action_writes_exactly_one_audit_row(group, thread, make_member, reporter, moderator, name):
    if name in ("approve", "reject"):  # these decide a held post; the others act on public ones
        GroupRules.objects.filter(group=group).update(hold_new_members_until=2)
    post = community.post_reply(actor=make_member(group), thread=thread, body="Hello there, everyone.")
    services.flag_post(actor=reporter, post=post, reason="spam")
    case = claimed(case_of(post), moderator)
    action, call = ACTIONS[name]
    call(moderator, case)
    assert audit_actions() == [action]
    row = AuditEntry.objects.get(action=action)
    assert row.actor == moderator and row.case_id == case.pk


def test_saving_an_existing_entry_raises(entry):
    entry.reason = "rewritten"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.save(update_fields=["reason"])
    assert AuditEntry.objects.get().reason == ""


def test_deleting_an_entry_raises(entry):
    with pytest.raises(PermissionError):
        entry.delete()
    assert AuditEntry.objects.count() == 1


def test_queryset_update_and_delete_raise(entry):
    with pytest.raises(PermissionError):
        AuditEntry.objects.filter(pk=entry.pk).update(reason="rewritten")
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.update(action="nothing")
    with pytest.raises(PermissionError):
        AuditEntry.objects.filter(pk=entry.pk).delete()
    entry.reason = "rewritten"
    with pytest.raises(PermissionError), transaction.atomic():
        AuditEntry.objects.bulk_update([entry], ["reason"])
    assert AuditEntry.objects.get().reason == "" and AuditEntry.objects.count() == 1


def test_the_admin_lists_entries_but_offers_no_add_change_or_delete(client, admin_user, entry):
    client.force_login(admin_user)
    listing = client.get(reverse("admin:moderation_auditentry_changelist"))
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "delete_selected" not in page
    assert reverse("admin:moderation_auditentry_add") not in page
    change_url = reverse("admin:moderation_auditentry_change", args=[entry.pk])
    shown = client.get(change_url)
    assert shown.status_code == 200  # a read-only view
    assert 'name="_save"' not in shown.content.decode() and 'name="_continue"' not in shown.content.decode()
    assert client.post(change_url, {"action": "forged", "reason": "forged"}).status_code == 403
    delete_url = reverse("admin:moderation_auditentry_delete", args=[entry.pk])
    assert client.get(delete_url).status_code == 403
    assert client.post(delete_url, {"post": "yes"}).status_code == 403
    assert client.get(reverse("admin:moderation_auditentry_add")).status_code == 403
    response = client.post(reverse("admin:moderation_auditentry_changelist"),
                           {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"})
    assert response.status_code in (200, 302)
    entry.refresh_from_db()
    assert entry.action == "case_claim" and AuditEntry.objects.count() == 1


def test_the_audit_page_lists_entries_and_filters_by_action_and_moderator(client, flagged, moderator, colleague):
    services.case_remove(actor=moderator, case=claimed(flagged, moderator), reason="Advertising link")
    client.force_login(colleague)
    page = client.get(reverse("moderation_audit")).content.decode()
    assert "post_removed" in page and "Advertising link" in page and "harbourmaster" in page
    page = client.get(reverse("moderation_audit"), {"action": "case_claim"}).content.decode()
    assert "Advertising link" not in page
    page = client.get(reverse("moderation_audit"), {"actor": "lighthousekeeper"}).content.decode()
    assert "Advertising link" not in page


def test_a_resolution_records_who_resolved_and_when(flagged, moderator):
    services.case_dismiss(actor=moderator, case=claimed(flagged, moderator), reason="Fine")
    flagged.refresh_from_db()
    assert flagged.resolved_by == moderator and flagged.resolved_at is not None
    assert flagged.first_action_at is not None and flagged.first_action_at <= flagged.resolved_at
