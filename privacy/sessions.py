"""Ending every session of a member whose account is deleted, on every device."""

from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session

# Session stores whose rows can be listed; with the others (cache-only, signed
# cookies) a deleted member's sessions still log no one in, as their user row is gone.
LISTABLE = ("django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db")


def end_sessions(user) -> int:
    """Sessions hold the member id only inside their encoded data, so each is
    read; deleting through the store also empties its cache copy."""
    if settings.SESSION_ENGINE not in LISTABLE:
        return 0
    store = import_module(settings.SESSION_ENGINE).SessionStore
    ended = 0
    for session in Session.objects.iterator():
        if session.get_decoded().get(SESSION_KEY) == str(user.pk):
            store(session_key=session.session_key).delete()
            ended += 1
    return ended
