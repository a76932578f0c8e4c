"""Errors services raise, worded for the person who will read them."""

from django.core.exceptions import PermissionDenied, ValidationError

NOT_ALLOWED = "You can't do that here. If you think this is a mistake, a moderator can help."


def deny(message: str = NOT_ALLOWED):
    raise PermissionDenied(message)


def invalid(message: str, code: str = "invalid"):
    raise ValidationError(message, code=code)
