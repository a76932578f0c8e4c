"""The floor: what the framework costs with no forum in it. A view that
returns a precomputed page of a given size, and a consumer that forwards a
frame to everyone in its group with no policy. Served by the same process,
settings and middleware as the forum."""

from functools import lru_cache

from asgiref.sync import async_to_sync
from channels.generic.websocket import AsyncWebsocketConsumer
from channels.layers import get_channel_layer
from django.http import HttpResponse, HttpResponseRedirect

GROUP = "bench-floor"


@lru_cache(maxsize=64)
def _page(size: int) -> bytes:
    head = b"<!doctype html><html lang=en><title>Floor</title><body><p>"
    tail = b"</p></body></html>"
    return head + b"x" * max(0, size - len(head) - len(tail)) + tail


def page(request):
    """GET: a page of `?bytes=N`. POST: the same, as a form handler would answer."""
    size = min(int(request.GET.get("bytes", "1000")), 2_000_000)
    return HttpResponse(_page(size))


def broadcast(request):
    """Send one precomputed frame of `?bytes=N` to every floor reader."""
    size = min(int(request.GET.get("bytes", "1000")), 200_000)
    number = int(request.POST.get("number", "0"))
    frame = '{"type": "post", "number": %d, "html": "%s"}' % (number, "x" * size)
    async_to_sync(get_channel_layer().group_send)(GROUP, {"type": "floor.frame", "text": frame})
    return HttpResponseRedirect("/bench/floor/")


class FloorConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        await self.channel_layer.group_add(GROUP, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        await self.channel_layer.group_discard(GROUP, self.channel_name)

    async def floor_frame(self, event):
        await self.send(text_data=event["text"])
