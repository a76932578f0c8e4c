"""The load generator: wrk when it is installed (Debian's package), otherwise
a bounded Python client. Either way: a fixed number of connections on
loopback for a fixed time, and requests per second with p50 and p99."""

import http.client
import math
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from urllib.parse import quote

from bench import spread

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


def measure(host: str, path: str, *, cookies=None, form=None, seconds=SECONDS, connections=CONNECTIONS,
            workers=1) -> dict:
    """GET `path`, or POST `form` (fields, each request with a fresh idempotency key),
    over `connections` connections at once, spread evenly over the server's `workers`."""
    headers = {"Host": host, "Referer": f"http://{host}{path}"}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    generator = _with_wrk if shutil.which("wrk") else _with_python
    return generator(host, path, headers, form, seconds, connections, workers)


def _with_wrk(host, path, headers, form, seconds, connections, workers) -> dict:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    with tempfile.TemporaryDirectory() as scripts:

        def start():
            # A script per attempt: a run started again must not repeat the idempotency keys of one stopped.
            options = []
            if form is not None:
                script = os.path.join(scripts, f"{time.time_ns()}.lua")
                fields = "&".join(f"{k}={quote(str(v))}" for k, v in form.items())
                with open(script, "w") as lua:
                    lua.write(_POST_SCRIPT % {"fields": fields, "prefix": f"w{time.time_ns()}-", "path": path})
                options = ["-s", script]
            return subprocess.Popen(command + options + [f"http://{host}{path}"], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)

        process, counts, attempts = spread.evenly(_port(host), connections, workers, start, _kill)
        output, error = process.communicate(timeout=seconds + 60)
    if process.returncode:
        raise RuntimeError(f"wrk failed: {error.strip()}")
    return _parse_wrk(output) | {"split": counts, "attempts": attempts}


def _port(host: str) -> int:
    return int(host.rsplit(":", 1)[1])


def _kill(process) -> None:
    process.kill()
    process.wait()


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


def _with_python(host, path, headers, form, seconds, connections, workers) -> dict:
    pool, counts, attempts = _connected(host, connections, workers)
    stop = time.monotonic() + seconds
    latencies, errors, lock = [], [0], threading.Lock()

    def client(index):
        conn, n = pool[index], 0
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
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        "errors": errors[0],
        "generator": "python",
        "split": counts,
        "attempts": attempts,
    }


def percentile(ordered: list[float], p: float) -> float:
    """The nearest-rank percentile of sorted values: the smallest value with at
    least p% of them at or below it (the 99th of 100 for p=99, the largest of 40)."""
    return ordered[max(0, math.ceil(len(ordered) * p / 100) - 1)]


def _connected(host, connections, workers):
    """`connections` open connections, spread evenly over the workers (bench/spread.py)."""

    def start():
        pool = [http.client.HTTPConnection(host.rsplit(":", 1)[0], _port(host), timeout=10) for _ in range(connections)]
        # All at once, as wrk opens them: one after another, each lands on whichever worker took the last.
        openers = [threading.Thread(target=conn.connect) for conn in pool]
        for opener in openers:
            opener.start()
        for opener in openers:
            opener.join()
        return pool

    return spread.evenly(_port(host), connections, workers, start, _close_all)


def _close_all(pool) -> None:
    for conn in pool:
        conn.close()
