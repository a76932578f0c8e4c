"""WebSocket routes from every app."""

from community.routing import websocket_urlpatterns as community_routes

websocket_urlpatterns = [*community_routes]
