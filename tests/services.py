"""Real services for tests: PostgreSQL, Redis and Chromium. A test that needs
one skips with a reason when it is absent, and fails when REQUIRE_SERVICES=1."""

import os
import shutil

import pytest
from django.conf import settings
from django.db import connection

CHROMIUM = "/usr/bin/chromium"


def required() -> bool:
    return os.environ.get("REQUIRE_SERVICES") == "1"


def need(available: bool, reason: str) -> None:
    if available:
        return
    if required():
        pytest.fail(f"{reason}, and REQUIRE_SERVICES=1 says it must be there")
    pytest.skip(reason)


def need_postgres() -> None:
    need(connection.vendor == "postgresql", "PostgreSQL is not configured (set DATABASE_URL)")


def need_redis() -> None:
    need(bool(settings.REDIS_URL), "Redis is not configured (set REDIS_URL)")


def need_chromium() -> None:
    need(os.path.exists(CHROMIUM) or shutil.which("chromium") is not None, f"Chromium is not installed at {CHROMIUM}")
