"""Deleting a member in the admin goes through account deletion, so their
reactions, quotes, sessions and records are handled as on their own page.
Their posts are kept, as by "former member"."""

from django.contrib import admin
from django.contrib.auth import get_user_model

from privacy import services

User = get_user_model()
_Registered = type(admin.site.get_model_admin(User))
admin.site.unregister(User)


@admin.register(User)
class MemberAdmin(_Registered):
    def delete_model(self, request, obj):
        services.account_delete(request.user, obj, posts=services.ANONYMISE)

    def delete_queryset(self, request, queryset):
        for user in queryset:
            services.account_delete(request.user, user, posts=services.ANONYMISE)
