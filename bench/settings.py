"""The forum's own settings, plus the floor's routes, for `make bench`.
Rate limits stay in the path but are set out of reach, so the load
generator measures the work of posting rather than the refusals."""

from config.settings import *  # noqa: F403
from config.settings import HARBOUR

ROOT_URLCONF = "bench.urls"
HARBOUR = {**HARBOUR, "RATE_LIMITS": {scope: (10**9, window) for scope, (_, window) in HARBOUR["RATE_LIMITS"].items()}}
