"""Stops reading an HTTP request body once it is larger than any Harbour form
can send (HARBOUR["REQUEST_MAX_BYTES"]), so a huge upload costs the server no
memory or disk. The request still reaches Django, marked, with an empty body;
config.request_checks answers it with a kind page."""

from django.conf import settings

TOO_LARGE = "harbour.body_too_large"


class BodyLimit:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = settings.HARBOUR["REQUEST_MAX_BYTES"]
        scope = dict(scope)
        if _declared(scope) > limit:
            scope[TOO_LARGE] = True
        return await self.app(scope, _Limited(receive, scope, limit), send)


def _declared(scope) -> int:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return 0
    return 0


class _Limited:
    """The receive callable the application sees: the body up to the limit;
    beyond it, an empty last chunk, and what follows is read and dropped until
    the client disconnects (Django listens for that after the body)."""

    def __init__(self, receive, scope, limit):
        self.receive, self.scope, self.left, self.ended = receive, scope, limit, False

    async def __call__(self):
        if self.ended:
            return await self._after_body()
        if self.scope.get(TOO_LARGE):
            return self._end()
        message = await self.receive()
        if message["type"] != "http.request":
            return message
        self.left -= len(message.get("body", b""))
        if self.left < 0:
            self.scope[TOO_LARGE] = True
            return self._end()
        self.ended = not message.get("more_body", False)
        return message

    def _end(self) -> dict:
        self.ended = True
        return {"type": "http.request", "body": b"", "more_body": False}

    async def _after_body(self) -> dict:
        while True:
            message = await self.receive()
            if message["type"] != "http.request":
                return message
