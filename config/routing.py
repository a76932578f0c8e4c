"""WebSocket routes. Each app adds its consumers here as live work lands."""

websocket_urlpatterns = []
