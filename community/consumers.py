"""A thread's readers, live. Each connection holds its reader's policy viewer
and picks, from every broadcast, the variant the policy allows, or nothing."""

import json
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from community import permissions
from community.live import post_frame, thread_group, user_group, variant_key
from community.models import Post, Thread
from community.presenters import present_thread
from community.viewers import viewer_for_user
from safety import policy

MAX_FRAME = 1024
CATCH_UP_LIMIT = 100
TYPING_EVERY = 4.0  # seconds between two "someone is replying" signals from one connection

# Close codes, so a client (and a person reading logs) knows why.
NOT_ALLOWED = 4403
BAD_FRAME = 4400


class ThreadConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        self.thread_id = int(self.scope["url_route"]["kwargs"]["thread_id"])
        self.user = self.scope.get("user")
        allowed = await self._load()
        if not allowed:
            await self.close(code=NOT_ALLOWED)
            return
        await self.channel_layer.group_add(thread_group(self.thread_id), self.channel_name)
        if self.user is not None and self.user.is_authenticated:
            await self.channel_layer.group_add(user_group(self.user.pk), self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        await self.channel_layer.group_discard(thread_group(self.thread_id), self.channel_name)
        if self.user is not None and self.user.is_authenticated:
            await self.channel_layer.group_discard(user_group(self.user.pk), self.channel_name)

    @database_sync_to_async
    def _load(self) -> bool:
        """Permission at connect: the reader may see the thread's group and the thread."""
        thread = Thread.objects.select_related("group").filter(pk=self.thread_id).first()
        if thread is None:
            return False
        if self.user is not None and self.user.is_authenticated:
            self.user.refresh_from_db(fields=["suspended_until", "is_active"])
            if self.user.is_suspended() or not self.user.is_active:
                return False  # a suspended member still reads the pages, without live updates
        membership = permissions.membership_of(self.user, thread.group)
        if not permissions.can_view_group(self.user, thread.group, membership):
            return False
        self.viewer = viewer_for_user(self.user)
        self.group = thread.group
        self.may_reply = permissions.can_reply(self.user, thread, membership)
        self.last_typing = 0.0
        return present_thread(self.viewer, thread, thread.group).presentation.is_listed

    async def receive(self, text_data=None, bytes_data=None):
        if bytes_data is not None or text_data is None or len(text_data) > MAX_FRAME:
            await self.close(code=BAD_FRAME)
            return
        try:
            message = json.loads(text_data)
        except ValueError:
            await self.close(code=BAD_FRAME)
            return
        if not isinstance(message, dict):
            await self.close(code=BAD_FRAME)
        elif message.get("type") == "since" and isinstance(message.get("after"), int):
            for frame in await self._since(max(0, message["after"])):
                await self.send(text_data=json.dumps(frame))
        elif message.get("type") == "typing" and len(message) == 1:
            await self._typing()
        else:
            await self.close(code=BAD_FRAME)

    async def _typing(self):
        """Rate-limited per connection, and only from someone who may reply."""
        now = time.monotonic()
        if not self.may_reply or now - self.last_typing < TYPING_EVERY:
            return
        self.last_typing = now
        await self.channel_layer.group_send(thread_group(self.thread_id), {
            "type": "thread.typing", "user_id": self.user.pk, "username": self.user.username})

    @database_sync_to_async
    def _since(self, after: int) -> list[dict]:
        """Catch up after a dropped connection: every post numbered after `after`,
        and held ones the reader may see, each as the policy allows."""
        thread_posts = Post.objects.filter(thread_id=self.thread_id).select_related("author", "thread__group")
        numbered = list(thread_posts.filter(number__gt=after).order_by("number")[:CATCH_UP_LIMIT])
        held = list(thread_posts.filter(number__isnull=True, status=Post.Status.PENDING).order_by("id")[:CATCH_UP_LIMIT])
        frames = []
        for post in numbered + held:  # the policy keeps held posts to their author and moderators
            frame = self._for_me(post_frame(post) | {"change": "catch_up"})
            if frame is not None:
                frames.append(frame)
        return frames

    def _for_me(self, event: dict) -> dict | None:
        subject = policy.Subject(
            author_id=event["author_id"], group_id=event["group_id"], status=event["status"],
            warnings=frozenset(event["warnings"]), group_warnings=frozenset(event["group_warnings"]),
            quoted_author_id=event.get("quoted_author_id"),
        )
        shown = policy.present(self.viewer, subject)
        if shown.mode == policy.REMOVED:
            html = event["html"].get("removed", "")
        elif shown.sends_content:
            html = event["html"].get(variant_key(shown.mode, shown.mask_numbers and _has(event, shown), shown.held))
            if html is None:
                return None
        else:
            return None  # hidden, blocked, or held for someone else: no frame at all
        frame = {"type": "post", "change": event.get("change", ""), "post_id": event["post_id"],
                 "number": event["number"], "html": html}
        if shown.sends_content:
            frame["counts"] = event["counts"]
        return frame

    async def thread_post(self, event):
        frame = self._for_me(event)
        if frame is not None:
            await self.send(text_data=json.dumps(frame))

    async def thread_typing(self, event):
        if not policy.hears_from(self.viewer, event["user_id"]):
            return
        await self.send(text_data=json.dumps({"type": "typing", "username": event["username"]}))

    async def user_notified(self, event):
        pass  # for the notifications socket; a thread connection shares the member's group

    async def thread_state(self, event):
        await self.send(text_data=json.dumps({"type": "state", "locked": event["locked"], "pinned": event["pinned"]}))

    async def user_recheck(self, event):
        """Membership or sanctions changed: close if the reader may no longer see the thread."""
        if not await self._load():
            await self.close(code=NOT_ALLOWED)


def _has(event, shown) -> bool:
    return variant_key(shown.mode, True, shown.held) in event["html"]


class NotificationConsumer(AsyncWebsocketConsumer):
    """A member's unread badge, live: told when a notification arrives (no text)."""

    async def connect(self):
        self.user = self.scope.get("user")
        if self.user is None or not self.user.is_authenticated:
            await self.close(code=NOT_ALLOWED)
            return
        await self.channel_layer.group_add(user_group(self.user.pk), self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        if self.user is not None and self.user.is_authenticated:
            await self.channel_layer.group_discard(user_group(self.user.pk), self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        await self.close(code=BAD_FRAME)  # this connection only listens

    async def user_notified(self, event):
        await self.send(text_data=json.dumps({"type": "notified", "unread": event["unread"]}))

    async def user_recheck(self, event):
        pass
