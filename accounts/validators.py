"""Username rules: pseudonymous handles, 3-30 letters, digits, `_` and `-`."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MinLengthValidator, RegexValidator

from accounts import names

USERNAME_MIN = 3
USERNAME_MAX = 30

username_characters = RegexValidator(
    regex=r"^[A-Za-z0-9_-]+\Z",
    message="Usernames can use letters, numbers, underscores (_) and hyphens (-) only.",
    code="invalid_characters",
)
username_min_length = MinLengthValidator(
    USERNAME_MIN, message=f"Please choose a username of at least {USERNAME_MIN} characters."
)
username_max_length = MaxLengthValidator(
    USERNAME_MAX, message=f"Please choose a username of at most {USERNAME_MAX} characters."
)

USERNAME_VALIDATORS = [username_characters, username_min_length, username_max_length]


LOOKS_LIKE_SOMEONE = (
    "That name looks very like another member's name, or like a staff name. Please choose a different one."
)
MIXES_ALPHABETS = (
    "That name mixes letters from different alphabets, so it could be mistaken for someone else's. "
    "Please choose a name written in one alphabet."
)


def validate_chosen_username(username: str, *, user=None, staff: bool = False, check_existing: bool = True) -> None:
    """The rules for a name someone chooses (sign-up, the admin), on top of the
    field's own: not a look-alike of another account's name (`user` itself
    aside), not a staff name unless `staff` says the account is the team's, and
    letters from one alphabet."""
    if names.mixes_alphabets(username):
        raise ValidationError(MIXES_ALPHABETS, code="mixed_alphabets")
    if not staff and names.looks_like_staff(username):
        raise ValidationError(LOOKS_LIKE_SOMEONE, code="looks_like_staff")
    if check_existing and _skeleton_taken(username, user):
        raise ValidationError(LOOKS_LIKE_SOMEONE, code="looks_like_member")


def _skeleton_taken(username: str, user) -> bool:
    others = get_user_model().objects.filter(username_skeleton=names.stored_skeleton(username))
    if user is not None and user.pk is not None:
        others = others.exclude(pk=user.pk)
    return others.exists()
