"""Small pieces the community views share."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import render


def page_number(request, last: int | None = None) -> int:
    try:
        number = max(1, int(request.GET.get("page", "1")))
    except ValueError:
        number = 1
    return min(number, last) if last else number


def paginate(request, queryset, per_page: int):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def run_service(form, call):
    """Call a service; put its kind refusal on the form so the page shows it
    next to the draft, which stays in the form. Returns the result or None."""
    try:
        return call()
    except ValidationError as error:
        for message in error.messages:
            form.add_error(None, message)
    except PermissionDenied as error:
        form.add_error(None, str(error) or "You can't do that here.")
    return None


def refused(request, error: PermissionDenied, status=403):
    return render(request, "403.html", {"message": str(error)}, status=status)
