from django.urls import path

from community.views import groups, pages, posts, threads

urlpatterns = [
    path("", pages.home, name="home"),
    path("search/", pages.search, name="search"),
    path("notifications/", pages.notifications, name="notifications"),
    path("notifications/read/", pages.notifications_read, name="notifications_read"),
    path("notifications/settings/", pages.notification_settings, name="notification_settings"),
    path("groups/", groups.group_list, name="group_list"),
    path("groups/<slug:slug>/", groups.group_detail, name="group_detail"),
    path("groups/<slug:slug>/join/", groups.group_join, name="group_join"),
    path("groups/<slug:slug>/leave/", groups.group_leave, name="group_leave"),
    path("groups/<slug:slug>/requests/", groups.join_requests, name="join_requests"),
    path("groups/<slug:slug>/new/", threads.thread_new, name="thread_new"),
    path("groups/<slug:slug>/t/<int:thread_id>/", threads.thread_detail, name="thread_detail"),
    path("groups/<slug:slug>/t/<int:thread_id>/reply/", threads.thread_reply, name="thread_reply"),
    path("invite/<str:code>/", groups.group_invite, name="group_invite"),
    path("posts/<int:post_id>/", posts.post_link, name="post_link"),
    path("posts/<int:post_id>/edit/", posts.post_edit, name="post_edit"),
    path("posts/<int:post_id>/delete/", posts.post_delete, name="post_delete"),
    path("posts/<int:post_id>/history/", posts.post_history, name="post_history"),
    path("posts/<int:post_id>/react/", posts.post_react, name="post_react"),
]
