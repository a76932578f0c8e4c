from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.db.models.functions import Lower

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
    first_name = None
    last_name = None
    # Set by moderation when a member is suspended: they can read, not post, react or flag.
    suspended_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("username"), name="accounts_user_username_ci_unique"),
        ]

    def __str__(self):
        return self.username

    def is_suspended(self, now=None) -> bool:
        return self.suspended_until is not None and self.suspended_until > (now or timezone.now())
