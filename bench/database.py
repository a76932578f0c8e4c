"""A database of the benchmark's own, made afresh for each run: never the
one DATABASE_URL names, only a database called harbour_bench beside it."""

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
NAME = "harbour_bench"


def fresh(url: str | None) -> str:
    if not url or url.startswith("sqlite"):
        path = ROOT / "var" / "bench.sqlite3"
        path.parent.mkdir(exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {NAME} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {NAME}")
    return urlunsplit(parts._replace(path=f"/{NAME}"))


def existing(url: str | None) -> str:
    """The benchmark's database as the last run left it, not made afresh."""
    if not url or url.startswith("sqlite"):
        return f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}"
    return urlunsplit(urlsplit(url)._replace(path=f"/{NAME}"))


def settle() -> None:
    """After seeding: statistics gathered and the write-ahead log folded in
    now, so the database's own upkeep (autovacuum wakes a minute after a bulk
    load) does not run during the first measurement."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM (ANALYZE)")
        else:
            cursor.execute("ANALYZE")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
