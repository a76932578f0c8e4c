"""The policy viewer for a request, built once and kept on the request."""

from community import permissions
from safety.viewers import load_viewer


def viewer_for(request):
    viewer = getattr(request, "_harbour_viewer", None)
    if viewer is None:
        viewer = viewer_for_user(request.user)
        request._harbour_viewer = viewer
    return viewer


def viewer_for_user(user):
    if not user.is_authenticated:
        return load_viewer(user)
    return load_viewer(
        user,
        moderated_group_ids=permissions.moderated_group_ids(user),
        is_global_moderator=permissions.is_global_moderator(user),
    )
