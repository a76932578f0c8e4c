from allauth.account.forms import LoginForm as BaseLoginForm


class LoginForm(BaseLoginForm):
    """Plain labels: people log in with their username or their email."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Username or email"
        self.fields["remember"].label = "Keep me logged in on this device"
