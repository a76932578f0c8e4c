"""Each moderator action through the services: what changes, who is told,
the audit row, and that doing it again changes nothing."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from community import services as community
from community.models import Notification, Post, PostWarning
from moderation import services
from moderation.models import AuditEntry, Case, GroupRules
from tests.moderation.helpers import audit_actions, case_of, claimed

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomer(group, make_member):
    return make_member(group, "newharbour")


@pytest.fixture
def held_reply(group, thread, newcomer):
    """A newcomer's reply, held because the group now holds new members' first posts."""
    GroupRules.objects.filter(group=group).update(hold_new_members_until=2)
    post = community.post_reply(actor=newcomer, thread=thread, body="Hello, I'm new here and a bit nervous.")
    assert post.status == "pending" and post.number is None
    return post


def test_approve_publishes_a_held_post_and_notifies_the_thread_author_like_a_reply(held_reply, thread, author,
                                                                                     moderator, newcomer):
    assert not Notification.objects.filter(recipient=author).exists()
    assert services.case_approve(actor=moderator, case=claimed(case_of(held_reply), moderator)) is True
    held_reply.refresh_from_db()
    thread.refresh_from_db()
    assert held_reply.status == "published" and held_reply.number == 2 and thread.post_count == 2
    told = Notification.objects.get(recipient=author)
    assert told.kind == Notification.Kind.THREAD_REPLY and told.actor == newcomer and told.post == held_reply
    entry = AuditEntry.objects.get(action="post_approve")
    assert entry.before == {"status": "pending"} and entry.after == {"status": "published"}
    assert Case.objects.get(post=held_reply).resolution == "approved"


def test_approving_an_approved_post_changes_nothing(held_reply, thread, moderator):
    case = case_of(held_reply)
    services.case_approve(actor=moderator, case=claimed(case, moderator))
    notes = Notification.objects.count()
    with pytest.raises(services.CaseUnavailable):
        services.case_approve(actor=moderator, case=case)
    held_reply.refresh_from_db()
    thread.refresh_from_db()
    assert held_reply.number == 2 and thread.post_count == 2
    assert Notification.objects.count() == notes
    assert audit_actions() == ["post_approve"]


def test_approving_a_post_that_is_already_public_changes_nothing(flagged, post, thread, moderator, author):
    before = Post.objects.get(pk=post.pk)
    notes_for_author = Notification.objects.filter(recipient=author).count()
    assert services.case_approve(actor=moderator, case=claimed(flagged, moderator)) is False
    after = Post.objects.get(pk=post.pk)
    thread.refresh_from_db()
    assert (after.status, after.number, after.body) == (before.status, before.number, before.body)
    assert thread.post_count == 2
    assert Notification.objects.filter(recipient=author).count() == notes_for_author
    assert not AuditEntry.objects.filter(action="post_approve").exists()


def test_approving_a_public_flagged_post_still_records_who_closed_the_case(flagged, moderator):
    # The case is resolved and its reporters are told "no action needed", so the
    # decision belongs in the audit log like every other one.
    services.case_approve(actor=moderator, case=claimed(flagged, moderator))
    assert Case.objects.get(pk=flagged.pk).status == "resolved"
    assert AuditEntry.objects.filter(case=flagged).exclude(action="case_claim").count() == 1


def test_reject_tells_the_author_with_the_reason(held_reply, moderator, newcomer):
    reason = "Please leave out the name of the medicine."
    services.case_reject(actor=moderator, case=claimed(case_of(held_reply), moderator), reason=reason)
    held_reply.refresh_from_db()
    assert held_reply.status == "rejected" and held_reply.number is None
    told = Notification.objects.get(recipient=newcomer)
    assert told.kind == Notification.Kind.MODERATION and told.data["decision"] == "rejected"
    assert reason in told.data["text"] and "didn't publish your post" in told.data["text"]
    entry = AuditEntry.objects.get(action="post_rejected")
    assert entry.reason == reason and entry.after == {"status": "rejected"}


def test_a_rejected_post_stays_out_of_sight_of_other_readers(client, held_reply, moderator, reader):
    services.case_reject(actor=moderator, case=claimed(case_of(held_reply), moderator), reason="Not this time")
    client.force_login(reader)
    assert "a bit nervous" not in client.get(held_reply.thread.get_absolute_url()).content.decode()


def test_reject_needs_a_reason(held_reply, moderator):
    case = claimed(case_of(held_reply), moderator)
    with pytest.raises(services.CaseUnavailable) as error:
        services.case_reject(actor=moderator, case=case, reason="  ")
    assert "write a reason" in error.value.messages[0]
    held_reply.refresh_from_db()
    assert held_reply.status == "pending" and Case.objects.get(pk=case.pk).status == "open"


def test_rejecting_a_public_post_is_refused_without_saying_the_case_was_resolved(flagged, post, moderator):
    with pytest.raises(services.CaseUnavailable) as error:
        services.case_reject(actor=moderator, case=claimed(flagged, moderator), reason="Spam")
    post.refresh_from_db()
    assert post.status == "published"
    assert Case.objects.get(pk=flagged.pk).status == "open"
    # The case is still open and waiting: telling the moderator that someone else
    # resolved it would leave the reports unanswered.
    assert "resolved this case" not in error.value.messages[0]


def test_remove_leaves_the_placeholder_removed_by_a_moderator(client, flagged, post, moderator, author, reader):
    reason = "This shared a method."
    services.case_remove(actor=moderator, case=claimed(flagged, moderator), reason=reason)
    post.refresh_from_db()
    assert post.status == "removed_by_moderator" and post.number == 2
    client.force_login(reader)
    page = client.get(post.thread.get_absolute_url()).content.decode()
    assert "This post was removed by a moderator." in page and "heavier than others" not in page
    told = Notification.objects.get(recipient=author, kind=Notification.Kind.MODERATION)
    assert told.data["decision"] == "removed" and reason in told.data["text"]
    assert AuditEntry.objects.get(action="post_removed").before == {"status": "published"}


def test_remove_needs_a_reason(flagged, post, moderator):
    with pytest.raises(services.CaseUnavailable):
        services.case_remove(actor=moderator, case=claimed(flagged, moderator), reason="")
    post.refresh_from_db()
    assert post.status == "published" and audit_actions() == []


def test_a_moderator_edit_needs_a_reason(flagged, post, moderator):
    with pytest.raises(services.CaseUnavailable):
        services.case_edit_post(actor=moderator, case=claimed(flagged, moderator), body="Trimmed.", reason=" ")
    post.refresh_from_db()
    assert post.body == "Some days are heavier than others." and post.revisions.count() == 1


def test_a_moderator_edit_keeps_the_original_in_the_history(flagged, post, moderator, author):
    services.case_edit_post(actor=moderator, case=claimed(flagged, moderator), body="Some days are heavy.",
                            reason="Took out a detail.")
    post.refresh_from_db()
    assert post.body == "Some days are heavy." and post.edited_at is not None
    revisions = list(post.revisions.order_by("id"))
    assert [r.body for r in revisions] == ["Some days are heavier than others.", "Some days are heavy."]
    assert revisions[-1].editor == moderator and revisions[-1].reason == "Took out a detail."
    entry = AuditEntry.objects.get(action="post_edit")
    assert entry.before == {"body": "Some days are heavier than others."}
    assert entry.after == {"body": "Some days are heavy."}
    told = Notification.objects.get(recipient=author, kind=Notification.Kind.MODERATION)
    assert told.data["decision"] == "edited" and "Took out a detail." in told.data["text"]


def test_the_author_can_read_the_original_after_a_moderator_edit(client, flagged, post, moderator, author):
    services.case_edit_post(actor=moderator, case=claimed(flagged, moderator), body="Edited.", reason="A detail.")
    client.force_login(author)
    assert "heavier than others" in client.get(reverse("post_history", args=[post.pk])).content.decode()


def test_warnings_change_adds_and_removes_with_an_audit_row(post, moderator):
    assert services.post_warnings_change(actor=moderator, post=post, add=["self_harm"], reason="Mentions cutting")
    post.refresh_from_db()
    assert post.warning_slugs == ["self_harm"]
    assert post.warnings.get().source == PostWarning.Source.MODERATOR
    assert services.post_warnings_change(actor=moderator, post=post, add=["self_harm"]) is False
    assert services.post_warnings_change(actor=moderator, post=post, remove=["self_harm"], reason="Not needed")
    post.refresh_from_db()
    assert post.warning_slugs == []
    rows = list(AuditEntry.objects.filter(action="warnings_change").order_by("id"))
    assert [(r.before, r.after) for r in rows] == [({"warnings": []}, {"warnings": ["self_harm"]}),
                                                    ({"warnings": ["self_harm"]}, {"warnings": []})]


def test_a_moderator_can_remove_a_warning_the_author_chose(thread, author, moderator):
    post = community.post_reply(actor=author, thread=thread, body="A hard night.", warnings=["abuse"])
    assert services.post_warnings_change(actor=moderator, post=post, remove=["abuse"], reason="No abuse here")
    post.refresh_from_db()
    assert post.warning_slugs == [] and not post.warnings.exists()


def test_members_cannot_change_warnings(post, reader):
    with pytest.raises(PermissionDenied):
        services.post_warnings_change(actor=reader, post=post, add=["abuse"])
    assert not AuditEntry.objects.exists()


def test_dismiss_settles_the_flags_and_leaves_the_post(flagged, post, moderator):
    services.case_dismiss(actor=moderator, case=claimed(flagged, moderator), reason="Nothing wrong")
    post.refresh_from_db()
    assert post.status == "published"
    assert Case.objects.get(pk=flagged.pk).resolution == "dismissed"
    assert set(flagged.flags.values_list("status", flat=True)) == {"dismissed"}
    assert audit_actions() == ["flags_dismiss"]


def test_reaching_out_sends_crisis_lines_and_keeps_the_case_open(flagged, moderator, author):
    services.case_reach_out(actor=moderator, case=claimed(flagged, moderator), message="Thinking of you today.")
    told = Notification.objects.get(recipient=author)
    assert told.data == {"text": "Thinking of you today.", "decision": "reach_out", "crisis": True}
    assert Case.objects.get(pk=flagged.pk).status == "open"
    assert audit_actions() == ["reach_out"]


@pytest.mark.parametrize("action", ["dismiss", "edit"])
def test_a_held_post_is_never_left_waiting_without_a_case(held_reply, moderator, action):
    # Dismissing the case of a held post, or editing it, closes the case; the post
    # must then be published, or stay in the queue, not wait unseen for ever.
    case = claimed(case_of(held_reply), moderator)
    with pytest.raises(services.CaseUnavailable, match="approve or reject"):
        if action == "dismiss":
            services.case_dismiss(actor=moderator, case=case, reason="Fine")
        else:
            services.case_edit_post(actor=moderator, case=case, body="Hello, I'm new here.", reason="Shorter")
    held_reply.refresh_from_db()
    still_queued = Case.objects.filter(post=held_reply, status="open").exists()
    assert held_reply.status == "published" or still_queued


def test_a_rejected_opening_post_no_longer_shows_its_author_waiting_for_a_moderator(client, held_group,
                                                                                      make_member, make_moderator):
    moderator, newcomer = make_moderator(held_group), make_member(held_group)
    post = community.thread_start(actor=newcomer, group=held_group, title="My first thread", body="Hello.")
    services.case_reject(actor=moderator, case=claimed(case_of(post), moderator), reason="Please use the intro thread")
    client.force_login(newcomer)
    page = client.get(held_group.get_absolute_url()).content.decode()
    assert not ("My first thread" in page and "Waiting for a moderator" in page)
