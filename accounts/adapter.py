from allauth.account.adapter import DefaultAccountAdapter


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
