from allauth.mfa.adapter import DefaultMFAAdapter


class MFAAdapter(DefaultMFAAdapter):
    """Two-step sign-in messages in plain, kind words, each with a way forward."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "incorrect_code": (
            "That code didn't match. Codes change every 30 seconds: please type the newest one "
            "from your authenticator app, or one of your recovery codes."
        ),
        "unverified_email": (
            "Please confirm your email address first (the link is in the email we sent; you can send it "
            "again from your account page), then come back here to set up your authenticator app."
        ),
    }
