from django.contrib import admin
from django.urls import include, path

from config.views import healthz

admin.site.site_header = "Harbour administration"
admin.site.site_title = "Harbour admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("healthz", healthz, name="healthz"),
    path("", include("safety.urls")),
    path("", include("moderation.urls")),
    path("", include("community.urls")),
]

handler404 = "config.errors.not_found"
handler403 = "config.errors.forbidden"
handler500 = "config.errors.server_error"
