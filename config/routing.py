"""WebSocket routes from every app."""

from community.routing import websocket_urlpatterns as community_routes
from moderation.routing import websocket_urlpatterns as moderation_routes

websocket_urlpatterns = [*community_routes, *moderation_routes]
