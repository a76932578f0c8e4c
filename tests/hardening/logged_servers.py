"""Real uvicorn processes on the test database, each writing what it reports to a
file, so a test can say afterwards whether anything failed on the server side."""

from contextlib import ExitStack, contextmanager
from pathlib import Path

from bench.servers import server


@contextmanager
def logged_servers(count: int, redis_url: str | None, folder: Path, **options):
    """`count` server processes sharing one database and, when given, one Redis;
    `options` go to bench.servers.server. Yields their hosts and their log files."""
    with ExitStack() as stack:
        hosts, logs = [], []
        for index in range(count):
            path = folder / f"server-{index}.log"
            log = stack.enter_context(open(path, "w"))
            hosts.append(stack.enter_context(server(redis_url, log=log, **options)))
            logs.append(path)
        yield hosts, logs


def tracebacks(logs: list[Path]) -> str:
    """Everything the servers logged around a traceback; empty when nothing failed."""
    return "\n".join(text for path in logs if "Traceback" in (text := path.read_text()))
