from django.urls import path

from safety import views

urlpatterns = [
    path("help/", views.crisis, name="crisis"),
    path("settings/content/", views.reader_settings, name="reader_settings"),
    # path, not str: names from before today's sign-up rules may hold any character, "/" included.
    path("members/<path:username>/block/", views.member_block, name="member_block"),
    path("members/<path:username>/unblock/", views.member_unblock, name="member_unblock"),
]
