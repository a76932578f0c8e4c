"""The five content warnings (fixed slugs) and the default crisis lines."""

from django.db import migrations

WARNINGS = [
    ("suicide", "Suicide", "Suicidal thoughts, intent, attempts, or losing someone to suicide."),
    ("self_harm", "Self-harm", "Self-harm, urges, wounds or relapse."),
    ("eating_disorder", "Eating disorders", "Restriction, bingeing, purging, weight and body talk."),
    ("substance_use", "Substance use", "Alcohol and drug use, relapse and withdrawal."),
    ("abuse", "Abuse", "Abuse, assault, domestic violence and details of trauma."),
]

CRISIS_LINES = [
    ("GB", "Samaritans", "Call 116 123, free, any time", "Someone to listen, day or night."),
    ("GB", "Shout", "Text SHOUT to 85258", "Free, confidential text support, any time."),
    ("US", "988 Suicide & Crisis Lifeline", "Call or text 988", "Free and confidential, any time."),
    ("US", "Crisis Text Line", "Text HOME to 741741", "Free text support with a trained volunteer."),
    ("ZZ", "Emergency services", "Call 999 (UK), 911 (US) or 112 (EU)", "If you are in danger now."),
]


def seed(apps, schema_editor):
    ContentWarning = apps.get_model("safety", "ContentWarning")
    CrisisResource = apps.get_model("safety", "CrisisResource")
    for order, (slug, label, description) in enumerate(WARNINGS):
        ContentWarning.objects.update_or_create(
            slug=slug, defaults={"label": label, "description": description, "order": order}
        )
    if not CrisisResource.objects.exists():
        for order, (country, name, contact, description) in enumerate(CRISIS_LINES):
            CrisisResource.objects.create(
                country=country, name=name, contact=contact, description=description, order=order
            )


class Migration(migrations.Migration):
    dependencies = [("safety", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
