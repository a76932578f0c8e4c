"""The admin manages groups, members and posts through the same services as
the pages, so nothing it does skips a check or a side effect."""

from django import forms
from django.contrib import admin, messages

from community import services
from community.models import Group, Membership, Post, Thread
from community.services.groups import check_description
from config.admin_base import ReadOnlyAdmin


class GroupForm(forms.ModelForm):
    """The service's checks on the description, run here so a refusal shows
    next to the field with the text still in it."""

    class Meta:
        model = Group
        fields = ("name", "slug", "description", "visibility", "join_policy", "default_warnings")
        error_messages = {"description": {"max_length": "A group description can be up to %(limit_value)s characters; "
                                                        "this one has %(show_value)s. Your text is still here: "
                                                        "you could shorten it."}}

    def clean_description(self):
        return check_description(self.cleaned_data.get("description", ""))


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    form = GroupForm
    list_display = ("name", "slug", "visibility", "join_policy")
    prepopulated_fields = {"slug": ("name",)}
    fields = ("name", "slug", "description", "visibility", "join_policy", "default_warnings")

    def save_model(self, request, obj, form, change):
        services.group_save(actor=request.user, group=obj)

    def save_related(self, request, form, formsets, change):
        warnings = form.cleaned_data.get("default_warnings", [])
        services.group_save(actor=request.user, group=form.instance, default_warnings=warnings)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "group", "status", "created_at")
    list_filter = ("group", "status")
    search_fields = ("user__username",)
    actions = ["accept_requests", "decline_requests"]
    readonly_fields = ("user", "group", "status", "decided_by", "decided_at")

    def has_add_permission(self, request):
        return False

    @admin.action(description="Accept selected requests to join")
    def accept_requests(self, request, queryset):
        self._decide(request, queryset, accept=True)

    @admin.action(description="Decline selected requests to join")
    def decline_requests(self, request, queryset):
        self._decide(request, queryset, accept=False)

    def _decide(self, request, queryset, *, accept):
        done = sum(services.membership_decide(actor=request.user, membership=m, accept=accept) for m in queryset)
        messages.info(request, f"{done} request(s) decided; the members have been told.")


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = ("title", "group", "author", "post_count", "pinned", "locked", "last_post_at")
    list_filter = ("group", "pinned", "locked")
    search_fields = ("title",)
    readonly_fields = ("group", "author", "title", "status", "post_count", "pinned", "locked")
    actions = ["pin", "unpin", "lock", "unlock"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Pin selected threads")
    def pin(self, request, queryset):
        for thread in queryset:
            services.thread_pin(actor=request.user, thread=thread, pinned=True)

    @admin.action(description="Unpin selected threads")
    def unpin(self, request, queryset):
        for thread in queryset:
            services.thread_pin(actor=request.user, thread=thread, pinned=False)

    @admin.action(description="Lock selected threads")
    def lock(self, request, queryset):
        for thread in queryset:
            services.thread_lock(actor=request.user, thread=thread, locked=True)

    @admin.action(description="Unlock selected threads")
    def unlock(self, request, queryset):
        for thread in queryset:
            services.thread_lock(actor=request.user, thread=thread, locked=False)


@admin.register(Post)
class PostAdmin(ReadOnlyAdmin):
    """Read-only here: edits and removals go through the moderation pages."""

    list_display = ("pk", "thread", "author", "status", "risk", "created_at")
    list_filter = ("status", "risk")
    search_fields = ("body",)
