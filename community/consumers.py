"""A thread's readers, live. Each connection holds its reader's policy viewer
and picks, from every broadcast, the variant the policy allows, or nothing."""

import json
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings

from community import permissions
from community.frame_budget import FrameBudget
from community.live import live_frame, post_frame, thread_group, user_group, variant_key
from community.models import Post, Thread
from community.presenters import present_thread
from community.viewers import viewer_for_user
from safety import policy

CATCH_UP_LIMIT = 100
LAST_POSITION = 2**31 - 1  # the largest post number a database column holds
TYPING_EVERY = 4.0  # seconds between two "someone is replying" signals from one connection

# Close codes, so a client (and a person reading logs) knows why.
NOT_ALLOWED = 4403
BAD_FRAME = 4400

# Sent instead of an answer when a connection asks to catch up too often; the
# connection stays open and new replies keep arriving.
SLOW_DOWN = {"type": "error", "code": "rate_limited",
             "message": ("Catching up is paused for a minute on this page, because it was asked for many times. "
                         "New replies still arrive as they are posted, and reloading the page in a minute "
                         "shows everything.")}


class ThreadConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        self.thread_id = int(self.scope["url_route"]["kwargs"]["thread_id"])
        self.user = self.scope.get("user")
        allowed = await self._load()
        if not allowed:
            await self.close(code=NOT_ALLOWED)
            return
        self.catch_up_budget = FrameBudget("catch_up")
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
            try:
                self.user.refresh_from_db(fields=["suspended_until", "is_active", "viewer_version", "is_superuser"])
            except type(self.user).DoesNotExist:
                return False  # the account was deleted while the page was open
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
        message = read_frame(text_data, bytes_data)
        if message is None:
            await self.close(code=BAD_FRAME)
        elif message.get("type") == "since" and _is_position(message.get("after")):
            if not self.catch_up_budget.spend():
                await self.send(text_data=json.dumps(SLOW_DOWN))
                return
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

    def _variant(self, event: dict, rendered: dict) -> str | None:
        """Which of the rendered variants (keyed as community.live.variant_key) this
        reader gets, as the policy decides; None: no frame."""
        subject = policy.Subject(
            author_id=event["author_id"], group_id=event["group_id"], status=event["status"],
            warnings=frozenset(event["warnings"]), group_warnings=frozenset(event["group_warnings"]),
            quoted_author_id=event.get("quoted_author_id"),
        )
        shown = policy.present(self.viewer, subject)
        if shown.mode == policy.REMOVED:
            return "removed"
        if not shown.sends_content:
            return None  # hidden, blocked, or held for someone else: no frame at all
        key = variant_key(shown.mode, shown.mask_numbers and _has(rendered, shown), shown.held)
        return key if key in rendered else None

    def _for_me(self, event: dict) -> dict | None:
        key = self._variant(event, event["html"])
        return None if key is None else live_frame(event, key)

    async def thread_post(self, event):
        """Frames come serialized once per variant (community.live); each reader is sent one, or none."""
        key = self._variant(event, event["texts"])
        if key is not None:
            await self.send(text_data=event["texts"][key])

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


def read_frame(text_data, bytes_data) -> dict | None:
    """A client's frame as a dict, or None for anything else: binary, longer than
    HARBOUR["FRAME_MAX_CHARS"] (measured before any parsing), not JSON, nested
    deeper than the parser follows, or not an object."""
    if bytes_data is not None or text_data is None or len(text_data) > settings.HARBOUR["FRAME_MAX_CHARS"]:
        return None
    try:
        message = json.loads(text_data)
    except (ValueError, RecursionError):
        return None
    return message if isinstance(message, dict) else None


def _is_position(value) -> bool:
    """A post number to catch up from: an int (True is not one) that the
    database's post numbers can be compared with."""
    return type(value) is int and abs(value) <= LAST_POSITION


def _has(rendered, shown) -> bool:
    return variant_key(shown.mode, True, shown.held) in rendered


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
