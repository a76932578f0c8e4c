import json

from allauth.core import ratelimit
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string

from privacy import services
from privacy.forms import DeleteAccountForm

TOO_MANY_TRIES = "That's a few tries in a short time. Please wait a minute, then try again."


@login_required
def your_data(request):
    return render(request, "privacy/your_data.html")


def _download(body: str, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"  # the file holds the member's private data
    return response


@login_required
def export_json(request):
    data = services.account_export(request.user)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    return _download(body, "application/json; charset=utf-8", "harbour-data.json")


@login_required
def export_html(request):
    data = services.account_export(request.user)
    body = render_to_string("privacy/export.html", {"data": data})
    return _download(body, "text/html; charset=utf-8", "harbour-data.html")


@login_required
def delete_account(request):
    """The password is checked only within the sign-in library's limit on
    re-entering it, so the form can't be used to guess a password."""
    if request.method == "POST" and not ratelimit.consume(request, action="reauthenticate", user=request.user):
        form = DeleteAccountForm(initial={"posts": request.POST.get("posts")}, user=request.user)
        return render(request, "privacy/delete_account.html", {"form": form, "notice": TOO_MANY_TRIES})
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.account_delete(request.user, request.user, posts=form.cleaned_data["posts"])
        logout(request)
        return redirect("privacy_goodbye")
    return render(request, "privacy/delete_account.html", {"form": form})


def goodbye(request):
    return render(request, "privacy/goodbye.html")
