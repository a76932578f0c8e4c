"""The load generator: wrk when it is installed (Debian's package), otherwise
a bounded Python client. Either way: a fixed number of connections on
loopback for a fixed time, and requests per second with p50 and p99."""

import http.client
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from urllib.parse import quote

SECONDS = int(os.environ.get("BENCH_SECONDS", "8"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
WARM_SECONDS = int(os.environ.get("BENCH_WARM_SECONDS", "2"))

_POST_SCRIPT = """
counter = 0
request = function()
  counter = counter + 1
  local body = "%(fields)s&idempotency_key=%(prefix)s" .. counter
  return wrk.format("POST", "%(path)s", nil, body)
end
"""


def warmed(host: str, path: str, **options) -> dict:
    """`measure`, after the same load for WARM_SECONDS that is not counted: every
    worker has then served the path (its templates compiled, its connections
    open), for the forum and its floor alike."""
    measure(host, path, **options | {"seconds": WARM_SECONDS})
    return measure(host, path, **options)


def measure(host: str, path: str, *, cookies=None, form=None, seconds=SECONDS, connections=CONNECTIONS) -> dict:
    """GET `path`, or POST `form` (fields, each request with a fresh idempotency key),
    over `connections` connections at once."""
    headers = {"Host": host, "Referer": f"http://{host}{path}"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if shutil.which("wrk"):
        return _with_wrk(host, path, headers, form, seconds, connections)
    return _with_python(host, path, headers, form, seconds, connections)


def _with_wrk(host, path, headers, form, seconds, connections) -> dict:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        if form is not None:
            fields = "&".join(f"{k}={quote(str(v))}" for k, v in form.items())
            script.write(_POST_SCRIPT % {"fields": fields, "prefix": f"w{time.time_ns()}-", "path": path})
    if form is not None:
        command += ["-s", script.name]
    try:
        output = subprocess.run(command + [f"http://{host}{path}"], capture_output=True, text=True,
                                timeout=seconds + 60, check=True).stdout
    finally:
        os.unlink(script.name)
    return _parse_wrk(output)


def _parse_wrk(output: str) -> dict:
    def duration(label):
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        return round(float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    return {
        "rps": round(float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), 1),
        "p50_ms": duration("50%"),
        "p99_ms": duration("99%"),
        "errors": (int(errors.group(1)) if errors else 0)
        + (sum(int(n) for n in socket_errors.groups()) if socket_errors else 0),
        "generator": "wrk",
    }


def _with_python(host, path, headers, form, seconds, connections) -> dict:
    stop = time.monotonic() + seconds
    latencies, errors, lock = [], [0], threading.Lock()

    def client(index):
        name, port = host.split(":")
        conn, n = http.client.HTTPConnection(name, int(port), timeout=10), 0
        while time.monotonic() < stop:
            n += 1
            body = None
            if form is not None:
                fields = {**form, "idempotency_key": f"p{index}-{n}-{time.time_ns()}"}
                body = "&".join(f"{k}={quote(str(v))}" for k, v in fields.items())
            started = time.perf_counter()
            conn.request("POST" if form is not None else "GET", path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            with lock:
                latencies.append(time.perf_counter() - started)
                errors[0] += response.status >= 400

    workers = [threading.Thread(target=client, args=(i,)) for i in range(connections)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    latencies.sort()
    return {
        "rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p99_ms": round(latencies[int(len(latencies) * 0.99)] * 1000, 2),
        "errors": errors[0],
        "generator": "python",
    }
