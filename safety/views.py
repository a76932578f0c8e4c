from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

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
