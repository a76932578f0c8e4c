"""The admin site asks for the same second step as the moderation pages
(moderation/second_factor.py), and people sign in to it through the site's own
sign-in pages, where that step happens."""

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from moderation import second_factor


class HarbourAdminSite(admin.AdminSite):
    def has_permission(self, request):
        return super().has_permission(request) and second_factor.missing_step(request, request.user) is None

    def login(self, request, extra_context=None):
        next_url = _next_url(request, default=reverse("admin:index", current_app=self.name))
        if not request.user.is_authenticated:
            return redirect_to_login(next_url, reverse("account_login"))
        if request.user.is_active and request.user.is_staff:
            refusal = second_factor.refusal(request, next_url=next_url)
            if refusal is not None:
                return refusal
        return super().login(request, extra_context)


def _next_url(request, *, default: str) -> str:
    url = request.GET.get("next", "")
    safe = url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    return url if url and safe else default
