from django.urls import path

from privacy import views

urlpatterns = [
    path("settings/your-data/", views.your_data, name="privacy_data"),
    path("settings/your-data/harbour-data.json", views.export_json, name="privacy_export_json"),
    path("settings/your-data/harbour-data.html", views.export_html, name="privacy_export_html"),
    path("settings/delete-account/", views.delete_account, name="privacy_delete"),
    path("goodbye/", views.goodbye, name="privacy_goodbye"),
]
