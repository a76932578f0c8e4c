"""Moderation in the admin: the audit log is read-only, watched words and group
rules go through the same validation and services as the moderation pages."""

from django import forms
from django.contrib import admin

from config.admin_base import ReadOnlyAdmin
from moderation import watched
from moderation.models import AuditEntry, GroupRules, StaffNote, WatchedWord
from moderation.services.rules import group_rules_set


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "actor", "action", "target_type", "target_id", "reason")
    list_filter = ("action",)
    search_fields = ("actor__username", "reason")


class WatchedWordForm(forms.ModelForm):
    class Meta:
        model = WatchedWord
        fields = ("text", "kind", "action", "warning", "note")

    def clean(self):
        data = super().clean()
        if data.get("kind") == WatchedWord.Kind.PATTERN and data.get("text"):
            watched.validate_pattern(data["text"])
        if data.get("action") == WatchedWord.Action.WARN and not data.get("warning"):
            self.add_error("warning", "Choose the warning to apply.")
        return data


@admin.register(WatchedWord)
class WatchedWordAdmin(admin.ModelAdmin):
    form = WatchedWordForm
    list_display = ("text", "kind", "action", "warning", "created_by", "created_at")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(GroupRules)
class GroupRulesAdmin(admin.ModelAdmin):
    list_display = ("group", "hold_new_members_until", "hold_everything", "acute_rule")

    def save_model(self, request, obj, form, change):
        group_rules_set(actor=request.user, group=obj.group, hold_new_members_until=obj.hold_new_members_until,
                        hold_everything=obj.hold_everything, acute_rule=obj.acute_rule)


@admin.register(StaffNote)
class StaffNoteAdmin(admin.ModelAdmin):
    list_display = ("member", "author", "created_at")

    def has_add_permission(self, request):
        return False
