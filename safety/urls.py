from django.urls import path

from safety import views

urlpatterns = [
    path("help/", views.crisis, name="crisis"),
    path("settings/content/", views.reader_settings, name="reader_settings"),
    path("members/<str:username>/block/", views.member_block, name="member_block"),
    path("members/<str:username>/unblock/", views.member_unblock, name="member_unblock"),
]
