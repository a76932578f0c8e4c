"""The benchmark measures a run only when its connections are spread evenly
over the workers: eight on one worker measure one worker, not the forum."""

import os
import shutil
import socket
import subprocess
import sys
import time

from bench import spread
from tests.services import need


def test_every_connection_on_one_worker_is_uneven():
    assert not spread.even([8], 8, 2)
    assert not spread.even([7, 1], 8, 2)
    assert not spread.even([6, 2], 8, 2)


def test_a_share_one_short_of_fair_is_even():
    assert spread.even([4, 4], 8, 2)
    assert spread.even([5, 3], 8, 2)


def test_many_readers_are_even_within_a_tenth_of_a_fair_share():
    assert spread.even([550, 450], 1000, 2)
    assert not spread.even([560, 440], 1000, 2)


def test_one_connection_is_even_on_whichever_worker_takes_it():
    assert spread.even([1], 1, 2)


def test_a_split_that_cannot_be_seen_is_taken_as_it_falls():
    assert spread.even([], 8, 2)


def test_the_split_counts_what_each_process_accepted_and_names_who_holds_each():
    need(shutil.which("ss") is not None, "ss (Debian's iproute2) is not installed")
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        port = listener.getsockname()[1]
        # A second process sharing the socket, as a server's second worker does, takes two.
        child = subprocess.Popen(
            [sys.executable, "-c", f"import socket, time; s = socket.socket(fileno={listener.fileno()}); "
             "held = [s.accept() for _ in range(2)]; print('ok', flush=True); time.sleep(30)"],
            pass_fds=[listener.fileno()], stdout=subprocess.PIPE, text=True)
        clients = []
        try:
            clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(2)]
            assert child.stdout.readline().strip() == "ok"
            clients += [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
            accepted = [listener.accept() for _ in range(3)]
            assert _settled(port) == [3, 2]
            holders = spread.owners(port)
            ports = [client.getsockname()[1] for client in clients]
            assert [holders[p] for p in ports] == [child.pid] * 2 + [os.getpid()] * 3
            for conn, _ in accepted:
                conn.close()
        finally:
            child.kill()
            child.wait()
            for client in clients:
                client.close()


def _settled(port):
    deadline = time.monotonic() + 5
    while sum(counts := spread.split(port)) < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    return counts


def test_an_uneven_try_is_stopped_and_started_again_until_one_is_even(monkeypatch):
    splits = iter([[8], [6, 2], [4, 4]])
    monkeypatch.setattr(spread, "idle", lambda port: None)
    monkeypatch.setattr(spread, "settled", lambda port, connections: next(splits))
    tries, stopped = iter(range(1, 100)), []
    assert spread.evenly(1, 8, 2, lambda: next(tries), stopped.append) == (3, [4, 4], 3)
    assert stopped == [1, 2]


def test_the_last_try_is_kept_whatever_its_split(monkeypatch):
    monkeypatch.setattr(spread, "idle", lambda port: None)
    monkeypatch.setattr(spread, "settled", lambda port, connections: [8])
    tries, stopped = iter(range(1, 100)), []
    assert spread.evenly(1, 8, 2, lambda: next(tries), stopped.append) == (spread.ATTEMPTS, [8], spread.ATTEMPTS)
    assert stopped == list(range(1, spread.ATTEMPTS))
