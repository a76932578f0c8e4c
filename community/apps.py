from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = "Community"

    def ready(self):
        from community import live  # noqa: F401  (connects the live broadcast receivers)
