"""The forum's ASGI application with the floor consumer beside it."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

from django.urls import path  # noqa: E402

from config.asgi import build  # noqa: E402
from config.routing import websocket_urlpatterns  # noqa: E402

from bench.floor import FloorConsumer  # noqa: E402

application = build([path("ws/bench/floor/", FloorConsumer.as_asgi()), *websocket_urlpatterns])
