"""The admin's forms for accounts: the same naming rules as sign-up, with staff
names allowed for staff accounts."""

from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.core.exceptions import ValidationError

from accounts.validators import validate_chosen_username


class ChosenNameMixin:
    def clean(self):
        cleaned = super().clean()
        username = cleaned.get("username")
        # Only a name being chosen now is checked: an account saved for another
        # reason keeps the name it has.
        if username and (self.instance.pk is None or "username" in self.changed_data):
            staff = cleaned.get("is_staff", self.instance.is_staff)
            try:
                validate_chosen_username(username, user=self.instance, staff=staff)
            except ValidationError as error:
                self.add_error("username", error)
        return cleaned


class MemberCreationForm(ChosenNameMixin, AdminUserCreationForm):
    pass


class MemberChangeForm(ChosenNameMixin, UserChangeForm):
    pass
