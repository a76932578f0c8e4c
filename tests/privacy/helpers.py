"""Looking through every table for a person after their account is deleted."""

from django.apps import apps
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import models

from privacy.decisions import field_label, user_fields

TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField)


def rows_pointing_at(user_ids) -> dict[str, int]:
    """For every field of every installed model that points at members: how
    many rows point at one of `user_ids`."""
    counts = {}
    for field in user_fields():
        manager = field.model._base_manager
        counts[field_label(field)] = manager.filter(**{f"{field.attname}__in": list(user_ids)}).count()
    return counts


def text_columns():
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.concrete_fields:
            if isinstance(field, TEXT_FIELDS):
                yield model, field


def places_holding(needles) -> list[str]:
    """Every "model.field #pk" whose stored text or JSON holds one of `needles`,
    ignoring case, in every table of every installed app."""
    needles = [n.lower() for n in needles]
    found = []
    for model, field in text_columns():
        for pk, value in model._base_manager.values_list("pk", field.attname):
            text = str(value).lower()
            found += [f"{model._meta.label}.{field.name} #{pk}: {n}" for n in needles if n in text]
    return found


def sessions_of(user_ids) -> int:
    wanted = {str(pk) for pk in user_ids}
    return sum(1 for s in Session.objects.all() if s.get_decoded().get(SESSION_KEY) in wanted)
