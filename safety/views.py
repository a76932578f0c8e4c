from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from safety import services
from safety.forms import ReaderSettingsForm
from safety.models import Block, ContentWarning, CrisisResource, ReaderSettings


def crisis(request):
    """"Need help now?": crisis lines by country, linked from every page."""
    resources = CrisisResource.objects.all()
    return render(request, "safety/crisis.html", {"resources": resources})


@login_required
def reader_settings(request):
    warnings = ContentWarning.objects.all()
    row = ReaderSettings.objects.filter(user=request.user).first()
    initial = {f"mode_{slug}": mode for slug, mode in (row.modes if row else {}).items()}
    initial["show_ed_numbers"] = bool(row and row.show_ed_numbers)
    form = ReaderSettingsForm(request.POST or None, warnings=warnings, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.reader_settings_update(
            actor=request.user, modes=form.modes(), show_ed_numbers=form.cleaned_data["show_ed_numbers"]
        )
        messages.success(request, "Saved. Every page now follows your choices.")
        return redirect("reader_settings")
    blocks = Block.objects.filter(blocker=request.user).select_related("blocked")
    return render(request, "safety/reader_settings.html", {"form": form, "blocks": blocks})


@login_required
def member_block(request, username):
    """Block a member: their posts disappear for you everywhere; they can't
    mention or quote you. Confirmation first, so a slip of the finger does nothing."""
    member = get_object_or_404(get_user_model(), username=username)
    if member.pk == request.user.pk:
        raise Http404
    next_url = _local(request, request.POST.get("next") or request.GET.get("next"))
    if request.method == "POST":
        services.block_add(actor=request.user, blocked=member)
        messages.success(request, f"You won't see posts from {member.username} any more. You can undo this in your settings.")
        return redirect(next_url or "reader_settings")
    return render(request, "safety/block_confirm.html", {"member": member, "next": next_url})


def _local(request, url):
    """`url` if it points into this site, else an empty string."""
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return url
    return ""


@login_required
@require_POST
def member_unblock(request, username):
    member = get_object_or_404(get_user_model(), username=username)
    if services.block_remove(actor=request.user, blocked=member):
        messages.success(request, f"You've unblocked {member.username}.")
    return redirect("reader_settings")
