from django.contrib import admin

from safety.labels import forget_labels
from safety.models import ContentWarning, CrisisResource, DetectorTerm


@admin.register(ContentWarning)
class ContentWarningAdmin(admin.ModelAdmin):
    list_display = ("label", "slug", "order")
    readonly_fields = ("slug",)  # slugs are fixed: data, URLs and tests use them

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        forget_labels()


@admin.register(CrisisResource)
class CrisisResourceAdmin(admin.ModelAdmin):
    list_display = ("name", "country", "contact", "order")
    list_filter = ("country",)


@admin.register(DetectorTerm)
class DetectorTermAdmin(admin.ModelAdmin):
    list_display = ("phrase", "warning", "note", "added_by", "created_at")
    list_filter = ("warning",)
    readonly_fields = ("added_by", "created_at")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.added_by = request.user
        super().save_model(request, obj, form, change)
