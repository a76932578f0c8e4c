"""Real server processes on loopback, for end-to-end tests and the benchmark:
uvicorn workers sharing one database and, when given, one Redis."""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_url() -> str:
    """The URL of the database the tests are using right now."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def wait_for_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listening on {port}")


@contextmanager
def server(redis_url: str | None, *, extra_env=None, log=subprocess.DEVNULL, app="config.asgi:application",
           workers: int = 1, handle=None):
    """`log`: where the server's own messages go (a file, to read after a failure).
    `handle`: a dict that receives the master process, to measure its workers."""
    port = free_port()
    env = {**os.environ, "DEBUG": "1", "DATABASE_URL": database_url(), "ALLOWED_HOSTS": "127.0.0.1,localhost",
           **(extra_env or {})}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL", None)
    command = [sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port),
               "--log-level", os.environ.get("SERVER_LOG_LEVEL", "warning"), "--no-access-log"]
    if workers > 1:
        command += ["--workers", str(workers)]
    # A session of its own, so stopping it stops every worker the server forked.
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log,
                               start_new_session=True)
    if handle is not None:
        handle["process"] = process
    try:
        wait_for_port(port, timeout=60)
        yield f"127.0.0.1:{port}"
    finally:
        _stop_group(process)


def _stop_group(process) -> None:
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(5)
    except ProcessLookupError:
        pass
    try:  # workers outliving their master
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@contextmanager
def redis_server():
    """A Redis of the test's own, so it can be stopped and started again."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise FileNotFoundError("redis-server")
    port = free_port()
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    handle = {"process": subprocess.Popen(args, stdout=subprocess.DEVNULL)}
    wait_for_port(port)

    def restart_after(pause: float, during=lambda: None):
        handle["process"].terminate()
        handle["process"].wait(10)
        during()
        time.sleep(pause)
        handle["process"] = subprocess.Popen(args, stdout=subprocess.DEVNULL)
        wait_for_port(port)

    try:
        yield f"redis://127.0.0.1:{port}/0", restart_after
    finally:
        handle["process"].terminate()
        handle["process"].wait(10)


class Browserless:
    """A member's HTTP session against one server: cookie jar and CSRF."""

    def __init__(self, host: str, session_cookie: str):
        self.host = host
        self.cookies = {"sessionid": session_cookie}

    def _open(self, path, data=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), "Host": self.host,
                   "Referer": f"http://{self.host}{path}", "Origin": f"http://{self.host}"}
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(f"http://{self.host}{path}", data=body, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        response = opener.open(request, timeout=20)
        for value in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = value.partition("=")
            self.cookies[name.strip()] = rest.split(";")[0]
        return response.status, response.read().decode()

    def get(self, path):
        return self._open(path)

    def post_form(self, path, page_path, fields):
        return self.post(path, {"csrfmiddlewaretoken": self.token(page_path), **fields})

    def token(self, page_path) -> str:
        """The CSRF token of a form page; it stays good for this session's later posts."""
        _status, page = self.get(page_path)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    def post(self, path, fields):
        return self._open(path, fields)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

    def http_error_302(self, request, response, code, msg, headers):
        return response
