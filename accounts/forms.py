from allauth.account import app_settings as account_settings
from allauth.account.forms import LoginForm as BaseLoginForm
from allauth.account.forms import SignupForm as BaseSignupForm
from django.core.validators import MaxLengthValidator, MinLengthValidator, ProhibitNullCharactersValidator

from accounts.validators import username_characters, username_max_length, username_min_length


class LoginForm(BaseLoginForm):
    """Plain labels: people log in with their username or their email."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Username or email"
        self.fields["remember"].label = "Keep me logged in on this device"


class SignupForm(BaseSignupForm):
    """The username's length and character checks in Harbour's words
    (accounts.validators), not the framework's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["username"]
        field.validators = [_in_our_words(validator) for validator in field.validators]
        honeypot = self.fields.get(account_settings.SIGNUP_FORM_HONEYPOT_FIELD or "")
        if honeypot is not None:
            # harbour.css hides it; an inline style would only be refused by the CSP.
            honeypot.widget.attrs.pop("style", None)


def _in_our_words(validator):
    if isinstance(validator, MinLengthValidator):
        return username_min_length
    if isinstance(validator, MaxLengthValidator):
        return username_max_length
    if isinstance(validator, ProhibitNullCharactersValidator):
        return ProhibitNullCharactersValidator(message=username_characters.message)
    return validator
