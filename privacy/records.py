"""Records kept for safety after an account is deleted, and made to point at no one.

Cases, flags, sanctions, staff notes and appeals stay: a pattern of harm
must stay visible to moderators after the person behind it leaves, and the
people who reported it keep their answer. Their links to the member are
cleared by the database (SET_NULL, privacy/decisions.py); what is written in
them loses the member's username and email address here.

The audit log is append-only (moderation/models.py): its rows are never
rewritten. The only change they see is the database clearing `actor` when a
moderator's account goes, which that field's SET_NULL declares; the log then
shows "Former moderator". Its text is what moderators wrote about an action
and is not rewritten either.
"""

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType

from moderation.models import Appeal, Flag, Sanction, StaffNote
from privacy import forgetting

# (model, the field pointing at the member, the text written in it)
KEPT_WITH_TEXT = [
    (Flag, "reporter", "note"),  # their notes on flags they raised
    (Flag, "post__author", "note"),  # others' notes on flags about their posts
    (Appeal, "appellant", "text"),
    (Sanction, "member", "reason"),
    (StaffNote, "member", "text"),
]


def forget_in_moderation_records(user) -> None:
    for model, link, text_field in KEPT_WITH_TEXT:
        for pk, text in model.objects.filter(**{link: user}).values_list("pk", text_field):
            new = forgetting.own_text(text, user.username, user.email)
            if new != text:
                model.objects.filter(pk=pk).update(**{text_field: new})


def forget_admin_history(user) -> None:
    """The admin's change history about this account names it in each row."""
    kind = ContentType.objects.get_for_model(type(user))
    LogEntry.objects.filter(content_type=kind, object_id=str(user.pk)).delete()
