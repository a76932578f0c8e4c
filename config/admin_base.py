from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    """Listed and searchable in the admin; changed only through the services."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
