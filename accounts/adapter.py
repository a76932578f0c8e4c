from allauth.account.adapter import DefaultAccountAdapter
from django.db import transaction

from accounts import client_address
from accounts.validators import validate_chosen_username


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up and login messages in plain, kind words."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "username_taken": "That username is taken. Please try another.",
        "email_taken": "An account already uses this email address. You can log in or reset your password.",
        "too_many_login_attempts": (
            "There have been too many attempts to log in. Please wait a few minutes and try again, "
            "or reset your password."
        ),
    }

    def clean_username(self, username, shallow=False):
        """allauth's checks, then Harbour's: no look-alike of another member's
        name or of a staff name (accounts/names.py)."""
        username = super().clean_username(username, shallow=shallow)
        validate_chosen_username(username, check_existing=not shallow)
        return username

    def save_user(self, request, user, form, commit=True):
        """In its own savepoint: when the database refuses the name (a look-alike
        saved a moment earlier), the request can still answer kindly."""
        with transaction.atomic():
            return super().save_user(request, user, form, commit=commit)

    def get_client_ip(self, request):
        """The address as allauth's rate limits key it: a keyed hash, so no
        address is written to the cache (accounts/client_address.py)."""
        return client_address.hashed(super().get_client_ip(request))
