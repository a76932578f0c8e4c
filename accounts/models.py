from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.db.models.functions import Lower

from accounts.names import SKELETON_MAX, stored_skeleton
from accounts.validators import USERNAME_MAX, USERNAME_VALIDATORS


class User(AbstractUser):
    """A member. Pseudonymous: no real name is asked for or shown."""

    username = models.CharField(
        max_length=USERNAME_MAX,
        unique=True,
        validators=USERNAME_VALIDATORS,
        help_text="3-30 letters, numbers, _ or -. Others see this name, so it need not be your real one.",
        error_messages={"unique": "That username is taken. Please try another."},
    )
    # What the name looks like (accounts/names.py). Unique, so two look-alike
    # names cannot both be saved even when two sign-ups race. Empty only for
    # an account whose name already looked like an earlier one's when the
    # field was added: it keeps its name, and the earlier one holds the form.
    username_skeleton = models.CharField(max_length=SKELETON_MAX, null=True, blank=True, editable=False)
    first_name = None
    last_name = None
    # Set by moderation when a member is suspended: they can read, not post, react or flag.
    suspended_until = models.DateTimeField(null=True, blank=True)
    # Raised by safety.viewers.viewer_changed when what this member may see changes.
    viewer_version = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("username"), name="accounts_user_username_ci_unique"),
            models.UniqueConstraint(fields=["username_skeleton"], name="accounts_user_username_skeleton_unique"),
        ]

    def __str__(self):
        return self.username

    def save(self, *args, **kwargs):
        """Keep the skeleton in step with the name, recomputed only when the name
        changes, so an account saved for any other reason is never refused."""
        update_fields = kwargs.get("update_fields")
        if self._username_changed() and (update_fields is None or "username" in update_fields):
            self.username_skeleton = stored_skeleton(self.username)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "username_skeleton"}
        super().save(*args, **kwargs)
        self._loaded_username = self.username

    @classmethod
    def from_db(cls, db, field_names, values):
        user = super().from_db(db, field_names, values)
        user._loaded_username = user.__dict__.get("username")
        return user

    def is_suspended(self, now=None) -> bool:
        return self.suspended_until is not None and self.suspended_until > (now or timezone.now())

    def _username_changed(self) -> bool:
        return self._state.adding or self.username != getattr(self, "_loaded_username", None)
