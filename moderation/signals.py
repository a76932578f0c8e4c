"""What moderation tells live parts (queue pushes), after commit."""

from django.dispatch import Signal

case_changed = Signal()  # kwargs: case, change ("opened", "claimed", "released", "resolved")
