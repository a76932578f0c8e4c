from django.contrib import admin
from django.urls import include, path

from accounts import authenticator_views
from config.views import healthz
from safety import signup_limit

admin.site.site_header = "Harbour administration"
admin.site.site_title = "Harbour admin"

urlpatterns = [
    path("admin/", admin.site.urls),
    # allauth's authenticator set-up and recovery codes, carrying a `next` address through.
    path("accounts/2fa/totp/activate/", authenticator_views.activate),
    path("accounts/2fa/recovery-codes/", authenticator_views.recovery_codes),
    path("accounts/signup/", signup_limit.signup, name="account_signup"),  # allauth's, with Harbour's limit
    path("accounts/", include("allauth.urls")),
    path("healthz", healthz, name="healthz"),
    path("", include("privacy.urls")),
    path("", include("safety.urls")),
    path("", include("moderation.urls")),
    path("", include("community.urls")),
]

handler404 = "config.errors.not_found"
handler403 = "config.errors.forbidden"
handler500 = "config.errors.server_error"
