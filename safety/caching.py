"""The cache is a help, never a dependency: when it is away (Redis
restarting), callers read from the database instead."""


def quietly(call, *args):
    """`call(*args)`, or None when the cache cannot answer."""
    try:
        return call(*args)
    except Exception:  # noqa: BLE001
        return None
