from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = "Privacy"

    def ready(self):
        from privacy import checks  # noqa: F401  (registers the check on user references)
