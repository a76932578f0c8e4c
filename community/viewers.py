"""The policy viewer for a request, built once and kept on the request."""

from community.permissions import viewer_of


def viewer_for(request):
    return viewer_for_user(request.user)


def viewer_for_user(user):
    return viewer_of(user)
