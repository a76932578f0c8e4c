from django.urls import path

from bench import floor
from config.urls import handler403, handler404, handler500, urlpatterns as forum  # noqa: F401

urlpatterns = [
    path("bench/floor/", floor.page),
    path("bench/floor/broadcast/", floor.broadcast),
    *forum,
]
