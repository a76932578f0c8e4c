"""`manage.py check` fails when a field points at members and account
deletion has not decided what happens to it (privacy/decisions.py)."""

from django.core import checks

from privacy.decisions import DECISIONS, EXPECTED_ON_DELETE, field_label, user_fields


@checks.register()
def every_user_reference_is_decided(app_configs=None, **kwargs) -> list:
    errors = []
    for field in user_fields():
        label = field_label(field)
        decision = DECISIONS.get(label)
        if decision is None:
            errors.append(checks.Error(
                f"{label} points at a member, and account deletion does not say what happens to it.",
                hint="Add it to privacy/decisions.py and handle it in privacy/deletion.py.",
                obj=field, id="privacy.E001",
            ))
        elif field.remote_field.on_delete is not EXPECTED_ON_DELETE[decision]:
            errors.append(checks.Error(
                f"{label} is marked {decision!r} in privacy/decisions.py but its on_delete disagrees.",
                hint=f"Use on_delete=models.{EXPECTED_ON_DELETE[decision].__name__}.",
                obj=field, id="privacy.E002",
            ))
    return errors
