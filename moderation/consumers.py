"""Moderators, live: the queue updates and urgent cases alert them anywhere on the site."""

import json

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from community import permissions as community_permissions
from community.consumers import BAD_FRAME, NOT_ALLOWED
from moderation.live import EVERY_GROUP, group_moderators
from moderation.second_factor import SECOND_STEP_NEEDED, missing_step_in_scope


class QueueConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        self.user = self.scope.get("user")
        self.groups_joined = await self._groups()
        if not self.groups_joined:
            await self.close(code=NOT_ALLOWED)
            return
        if await self._second_step_missing():
            self.groups_joined = []
            await self.close(code=SECOND_STEP_NEEDED)
            return
        for name in self.groups_joined:
            await self.channel_layer.group_add(name, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        for name in getattr(self, "groups_joined", []):
            await self.channel_layer.group_discard(name, self.channel_name)

    @database_sync_to_async
    def _groups(self) -> list[str]:
        if self.user is None or not self.user.is_authenticated:
            return []
        if community_permissions.is_global_moderator(self.user):
            return [EVERY_GROUP]
        return [group_moderators(gid) for gid in community_permissions.moderated_group_ids(self.user)]

    @database_sync_to_async
    def _second_step_missing(self) -> bool:
        return missing_step_in_scope(self.scope) is not None

    async def receive(self, text_data=None, bytes_data=None):
        await self.close(code=BAD_FRAME)  # this connection only listens

    async def queue_changed(self, event):
        await self.send(text_data=json.dumps({k: event[k] for k in ("case_id", "change", "urgent", "claimed_by")}))
