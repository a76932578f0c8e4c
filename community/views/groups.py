import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from community import page_cache, permissions, selectors, services
from community.models import Group, Membership
from community.fragments import render_thread_rows
from community.presenters import present_threads
from community.viewers import viewer_for
from community.views.helpers import paginate, refused


def group_list(request):
    groups = selectors.visible_groups(request.user).order_by("name")
    member_of = set()
    if request.user.is_authenticated:
        member_of = set(
            Membership.objects.filter(user=request.user, status="active").values_list("group_id", flat=True)
        )
    return render(request, "community/group_list.html", {"groups": groups, "member_of": member_of})


def group_detail(request, slug):
    group, membership = selectors.group_for(request.user, slug)
    if not page_cache.cacheable(request):
        return _group_page(request, group, membership)
    key = page_cache.group_page_key(request, group)
    response = page_cache.cached(key)
    if response is None:
        response = _group_page(request, group, membership)
        page_cache.keep(key, response)
    return response


def _group_page(request, group, membership):
    page = paginate(request, selectors.group_threads(group, request.user), 30)
    threads = list(page.object_list)
    for thread in threads:
        thread.group = group
    viewer = viewer_for(request)
    last_read = selectors.last_read_numbers(request.user, [t.pk for t in threads])
    items, hidden = present_threads(viewer, threads, last_read=last_read)
    items = render_thread_rows(items)
    context = {
        "group": group,
        "membership": membership,
        "is_member": permissions.is_member(membership),
        "can_post": permissions.can_post_in_group(request.user, group, membership),
        "can_moderate": permissions.can_moderate_group(request.user, group),
        "page": page,
        "items": items,
        "hidden_count": hidden,
    }
    return render(request, "community/group_detail.html", context)


@login_required
@require_POST
def group_join(request, slug):
    group = _joinable(request, slug)
    try:
        membership = services.membership_join(actor=request.user, group=group)
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return redirect(group)
    if membership.status == Membership.Status.ACTIVE:
        messages.success(request, f"Welcome to {group.name}. You can start a thread or reply to one.")
    else:
        messages.info(request, "Thanks for asking to join. A moderator will look at your request, and we'll let you know.")
    return redirect(group if membership.status == Membership.Status.ACTIVE or not group.is_private else "home")


def _joinable(request, slug) -> Group:
    """Public groups by their page; private ones only with their invite code."""
    group = Group.objects.filter(slug=slug).first()
    if group is None:
        raise Http404
    if group.is_private:
        invited = secrets.compare_digest(request.POST.get("invite", ""), group.invite_code)
        if not invited and not permissions.can_view_group(request.user, group, permissions.membership_of(request.user, group)):
            raise Http404
    return group


@login_required
@require_POST
def group_leave(request, slug):
    group, _membership = selectors.group_for(request.user, slug)
    if services.membership_leave(actor=request.user, group=group):
        messages.info(request, f"You've left {group.name}. You're welcome back any time.")
    return redirect("group_list")


def group_invite(request, code):
    group = get_object_or_404(Group, invite_code=code)
    membership = permissions.membership_of(request.user, group)
    return render(request, "community/group_invite.html", {"group": group, "membership": membership})


@login_required
def join_requests(request, slug):
    group, _membership = selectors.group_for(request.user, slug)
    if not permissions.can_decide_join(request.user, group):
        raise Http404
    if request.method == "POST":
        membership = get_object_or_404(Membership, pk=request.POST.get("membership"), group=group)
        accept = request.POST.get("decision") == "accept"
        try:
            if services.membership_decide(actor=request.user, membership=membership, accept=accept):
                messages.success(request, f"{membership.user} has been told your decision.")
            else:
                messages.info(request, "Someone already decided that request.")
        except PermissionDenied as error:
            return refused(request, error)
        return redirect("join_requests", slug=group.slug)
    pending = Membership.objects.filter(group=group, status="pending").select_related("user").order_by("created_at")
    return render(request, "community/join_requests.html", {"group": group, "pending": pending})
