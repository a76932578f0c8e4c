from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from community import selectors, services
from community.forms import SearchForm
from community.models import Notification, NotificationPreferences
from community.notices import notification_items
from community.fragments import render_thread_rows
from community.presenters import present_post, present_thread, present_threads
from community.search import search_posts
from community.viewers import viewer_for
from community.views.helpers import paginate

FEED_SIZE = 20
RESULTS_PER_PAGE = 20


def home(request):
    page = paginate(request, selectors.feed_threads(request.user), FEED_SIZE)
    threads = list(page.object_list)
    last_read = selectors.last_read_numbers(request.user, [t.pk for t in threads])
    items, hidden = present_threads(viewer_for(request), threads, last_read=last_read)
    items = render_thread_rows(items, show_group=True)
    return render(request, "community/home.html", {"items": items, "hidden_count": hidden, "page": page})


def search(request):
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"] if form.is_valid() else ""
    page = paginate(request, search_posts(request.user, query), RESULTS_PER_PAGE)
    viewer = viewer_for(request)
    results, hidden = [], 0
    for post in page.object_list:
        item = present_post(viewer, post, post.thread.group)
        thread_item = present_thread(viewer, post.thread, post.thread.group)
        if item.presentation.sends_content and thread_item.presentation.sends_content:
            results.append((item, thread_item))
        elif item.presentation.is_listed:
            hidden += 1
    typed = form.data.get("q", "")  # given back as typed, even when it was refused
    context = {"form": form, "query": query, "typed": typed, "results": results, "hidden_count": hidden, "page": page}
    return render(request, "community/search.html", context)


@login_required
def notifications(request):
    page = paginate(request, Notification.objects.filter(recipient=request.user).select_related(
        "actor", "group", "thread", "post"), 30)
    items = notification_items(viewer_for(request), page.object_list)
    return render(request, "community/notifications.html", {"items": items, "page": page})


@login_required
@require_POST
def notifications_read(request):
    services.mark_all_read(actor=request.user)
    return redirect("notifications")


@login_required
def notification_settings(request):
    prefs = NotificationPreferences.objects.filter(user=request.user).first()
    current = prefs.choices if prefs else {}
    if request.method == "POST":
        services.notification_preferences_set(
            actor=request.user, choices={kind: request.POST.get(kind, "site") for kind in Notification.Kind.values})
        messages.success(request, "Saved. You'll hear about things the way you chose.")
        return redirect("notification_settings")
    rows = [(kind, label, current.get(kind, "site")) for kind, label in Notification.Kind.choices]
    return render(request, "community/notification_settings.html",
                  {"rows": rows, "deliveries": NotificationPreferences.Delivery.choices})
