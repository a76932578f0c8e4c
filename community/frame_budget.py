"""How many frames of one kind a live connection may send in a window.

Kept on the connection itself: a budget per socket needs no cache round trip
on every frame, and a closed socket takes its count with it."""

import time

from django.conf import settings


class FrameBudget:
    def __init__(self, scope: str):
        self.limit, self.window = settings.HARBOUR["RATE_LIMITS"][scope]
        self.started, self.spent = time.monotonic(), 0

    def spend(self) -> bool:
        """Count one frame; False once the window's budget is used up."""
        now = time.monotonic()
        if now - self.started >= self.window:
            self.started, self.spent = now, 0
        self.spent += 1
        return self.spent <= self.limit
