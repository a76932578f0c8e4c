from django.urls import path

from safety import views

urlpatterns = [
    path("help/", views.crisis, name="crisis"),
    path("settings/content/", views.reader_settings, name="reader_settings"),
]
