from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from community import permissions, selectors, services
from community.forms import EditForm
from community.presenters import present_post
from community.viewers import viewer_for
from community.views.composing import build_preview, wants_preview
from community.views.helpers import refused, run_service


def post_link(request, post_id):
    """A deep link to a post: the thread page it is on, scrolled to it."""
    post, _membership = selectors.post_for(request.user, post_id)
    if not present_post(viewer_for(request), post, post.thread.group).presentation.is_listed:
        raise Http404
    url = post.thread.get_absolute_url()
    page = selectors.page_of(post)
    return redirect(f"{url}?page={page}#post-{post.pk}" if page > 1 else f"{url}#post-{post.pk}")


@login_required
def post_edit(request, post_id):
    post, _membership = selectors.post_for(request.user, post_id)
    if not permissions.can_edit_post(request.user, post):
        raise Http404
    initial = {"body": post.body, "warnings": post.warnings.filter(source="author").values_list("warning__slug", flat=True)}
    form = EditForm(request.POST or None, initial=initial)
    preview = None
    if wants_preview(request) and form.is_valid():
        preview = build_preview(form, post.thread.group)
    elif request.method == "POST" and form.is_valid():
        edited = run_service(form, lambda: services.post_edit(
            actor=request.user, post=post, body=form.cleaned_data["body"], warnings=form.warning_slugs(),
        ))
        if edited is not None:
            messages.success(request, "Your changes are saved. Earlier versions stay in the post's history.")
            return redirect(edited.get_absolute_url())
    locked = post.warnings.exclude(source="author").select_related("warning")
    context = {"post": post, "form": form, "kept_warnings": locked, "preview": preview}
    return render(request, "community/post_edit.html", context)


@login_required
def post_delete(request, post_id):
    post, _membership = selectors.post_for(request.user, post_id)
    if not permissions.can_delete_post(request.user, post):
        raise Http404
    if request.method == "POST":
        services.post_delete_own(actor=request.user, post=post)
        messages.info(request, "Your post was removed. The conversation around it stays readable.")
        return redirect(post.thread)
    return render(request, "community/post_delete.html", {"post": post})


@login_required
def post_history(request, post_id):
    post, _membership = selectors.post_for(request.user, post_id)
    if not permissions.can_view_history(request.user, post):
        raise Http404
    revisions = post.revisions.select_related("editor").order_by("-id")
    return render(request, "community/post_history.html", {"post": post, "revisions": revisions})


@login_required
@require_POST
def post_react(request, post_id):
    post, _membership = selectors.post_for(request.user, post_id)
    item = present_post(viewer_for(request), post, post.thread.group)
    if not item.presentation.is_listed:
        raise Http404
    wants_json = request.headers.get("Accept") == "application/json"
    try:
        on = services.reaction_toggle(actor=request.user, post=post, kind=request.POST.get("kind", ""))
    except ValidationError as error:
        if wants_json:
            return JsonResponse({"error": error.messages[0]}, status=400)
        messages.error(request, error.messages[0])
        return redirect(post.get_absolute_url())
    except PermissionDenied as error:
        return refused(request, error)
    if wants_json:
        post.refresh_from_db(fields=["support_count", "me_too_count", "thanks_count"])
        return JsonResponse({"on": on, "counts": {
            "support": post.support_count, "me_too": post.me_too_count, "thanks": post.thanks_count}})
    return redirect(post.get_absolute_url())
