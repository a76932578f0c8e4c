"""Resident memory of a server's worker processes, from /proc."""

from pathlib import Path


def worker_rss_mb(master_pid: int) -> float:
    """The largest worker's resident set in MB (the master itself when it has no children)."""
    pids = _children(master_pid) or [master_pid]
    return round(max(_rss_kb(pid) for pid in pids) / 1024, 1)


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0
