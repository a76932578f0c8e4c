"""Validation of the account deletion form; the deleting is done by privacy.services."""

from django import forms

from privacy.services import ANONYMISE, REMOVE

# The page explains each choice beside its button (templates/privacy/delete_account.html).
POST_CHOICES = [(ANONYMISE, "Keep my posts, shown as by \u201cformer member\u201d"), (REMOVE, "Remove my posts")]


class DeleteAccountForm(forms.Form):
    posts = forms.ChoiceField(
        label="What should happen to your posts?",
        choices=POST_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose what happens to your posts. Either choice is fine."},
    )
    password = forms.CharField(
        label="Your password",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "aria-describedby": "id_password-help"}),
        strip=False,
        help_text="So that no one else can delete your account from a device you left signed in.",
        error_messages={"required": "Please type your password, so we know it's you."},
    )
    confirm = forms.BooleanField(
        label="I understand that this can't be undone.",
        error_messages={"required": "Please tick the box to say you understand this can't be undone."},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                "That password doesn't match this account. Please try again; if you've forgotten it, "
                "you can reset it from the log-in page first.", code="wrong_password")
        return password
