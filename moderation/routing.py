from django.urls import path

from moderation.consumers import QueueConsumer

websocket_urlpatterns = [
    path("ws/moderation/", QueueConsumer.as_asgi()),
]
