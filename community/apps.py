from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "community"
    verbose_name = "Community"

    def ready(self):
        from community import live, page_cache  # noqa: F401  (connect their signal receivers)
        from community.permissions import watch_rights_changes

        watch_rights_changes()
