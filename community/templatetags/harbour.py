from django import template

from community import permissions

register = template.Library()

# The permission checks a template may ask for, by name.
CHECKS = {
    "edit_post": permissions.can_edit_post,
    "delete_post": permissions.can_delete_post,
    "view_history": permissions.can_view_history,
    "moderate_group": permissions.can_moderate_group,
}


@register.simple_tag(takes_context=True)
def allowed(context, check, obj):
    """`{% allowed "edit_post" post as can_edit %}`: the same functions the views use."""
    return CHECKS[check](context["request"].user, obj)
