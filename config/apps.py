from django.contrib.admin.apps import AdminConfig


class HarbourAdminConfig(AdminConfig):
    """The admin, with Harbour's site: sign-in through the site's own pages, second step included."""

    default_site = "config.admin_site.HarbourAdminSite"
