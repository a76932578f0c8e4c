"""Username rules: pseudonymous handles, 3-30 letters, digits, `_` and `-`."""

from django.core.validators import MaxLengthValidator, MinLengthValidator, RegexValidator

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
