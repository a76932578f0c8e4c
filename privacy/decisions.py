"""What account deletion does with every field that points at a member.

Each field that references the user model, in any installed app, must be
named here, or `manage.py check` fails (privacy/checks.py): a new model that
holds a member's rows cannot slip past deletion unnoticed.

- DELETE: the rows are the member's own (their settings, sessions, sign-in
  factors, reactions, notifications); they go with the account. The field's
  on_delete must be CASCADE.
- FORGET: the rows stay, because they belong to someone else's conversation
  or are kept for safety (moderation records), and stop pointing at the
  member. The field's on_delete must be SET_NULL, so the database clears it
  in the same statement that deletes the member; for the append-only audit
  log that is the only change its rows ever see.
"""

from django.apps import apps
from django.conf import settings
from django.db import models

DELETE = "delete"
FORGET = "forget"

DECISIONS = {
    # Django and the sign-in libraries: the member's own records.
    "admin.LogEntry.user": DELETE,  # their own actions in the admin; the audit log is the lasting record
    "account.EmailAddress.user": DELETE,
    "mfa.Authenticator.user": DELETE,
    "guardian.UserObjectPermission.user": DELETE,  # moderator rights over groups
    "accounts.User_groups.user": DELETE,
    "accounts.User_user_permissions.user": DELETE,
    # safety
    "safety.ReaderSettings.user": DELETE,
    "safety.Block.blocker": DELETE,
    "safety.Block.blocked": DELETE,  # blocks of them by others protect no one once they are gone
    "safety.DetectorTerm.added_by": FORGET,  # the term serves everyone
    # community
    "community.Membership.user": DELETE,
    "community.Membership.decided_by": FORGET,  # another member's membership
    "community.Thread.author": FORGET,  # kept as by "former member", or emptied when posts are removed
    "community.Post.author": FORGET,
    "community.Post.quoted_author": FORGET,  # another member's reply; the quote's header is rewritten
    "community.PostWarning.added_by": FORGET,
    "community.PostRevision.editor": FORGET,
    "community.Reaction.user": DELETE,  # the posts' counts are lowered first
    "community.ThreadRead.user": DELETE,
    "community.Notification.recipient": DELETE,
    "community.Notification.actor": FORGET,  # others' notifications now say "a former member"
    "community.NotificationPreferences.user": DELETE,
    # moderation: kept for safety, pointing at no one
    "moderation.Case.member": FORGET,
    "moderation.Case.claimed_by": FORGET,
    "moderation.Case.resolved_by": FORGET,
    "moderation.Case.excluded_moderator": FORGET,
    "moderation.Flag.reporter": FORGET,
    "moderation.WatchedWord.created_by": FORGET,
    "moderation.Sanction.member": FORGET,
    "moderation.Sanction.created_by": FORGET,
    "moderation.StaffNote.member": FORGET,
    "moderation.StaffNote.author": FORGET,
    "moderation.Appeal.appellant": FORGET,
    "moderation.AuditEntry.actor": FORGET,  # shown as "former moderator"
}

EXPECTED_ON_DELETE = {DELETE: models.CASCADE, FORGET: models.SET_NULL}


def field_label(field) -> str:
    return f"{field.model._meta.label}.{field.name}"


def user_fields() -> list:
    """Every concrete foreign key and one-to-one field, in every installed
    model (many-to-many tables included), that points at the user model."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = []
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.get_fields(include_hidden=True):
            if field.concrete and field.is_relation and field.related_model is user_model and not field.many_to_many:
                found.append(field)
    return found
