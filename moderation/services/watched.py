"""Moderators managing watched words."""

from django.db import transaction

from moderation import permissions
from moderation.models import WatchedWord
from moderation.services import errors
from moderation.services.audit import record
from moderation.watched import validate_pattern


def watched_word_add(*, actor, text: str, kind: str, action: str, warning=None, note: str = "") -> WatchedWord:
    if not permissions.is_global(actor):
        errors.deny("Only global moderators manage watched words, because they apply to every group.")
    text = " ".join((text or "").split())
    if not text:
        raise errors.CaseUnavailable("Please enter a word, phrase or pattern.", code="empty")
    if kind == WatchedWord.Kind.PATTERN:
        validate_pattern(text)
    if action == WatchedWord.Action.WARN and warning is None:
        raise errors.CaseUnavailable("Choose the warning to apply.", code="warning")
    with transaction.atomic():
        word = WatchedWord.objects.create(text=text[:200], kind=kind, action=action, warning=warning,
                                          note=note[:300], created_by=actor)
        record(actor=actor, action="watched_word_add", target=word, after={"text": word.text, "action": action})
    return word


def watched_word_remove(*, actor, word: WatchedWord) -> None:
    if not permissions.is_global(actor):
        errors.deny("Only global moderators manage watched words.")
    with transaction.atomic():
        record(actor=actor, action="watched_word_remove", target=word, before={"text": word.text})
        word.delete()
