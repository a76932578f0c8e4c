"""Members taking turns to reply to one thread, one reply after another,
until the test says stop. Each answer is kept, so a test can see that every
reply was taken, whatever happened around it."""

import itertools
import threading
import time

from tests.hardening.live_reader import wait_until


class PostingLoop:
    def __init__(self, writers, reply_path: str, *, pause: float = 0.2):
        self.writers, self.reply_path, self.pause = writers, reply_path, pause
        self.answers: list[tuple[int, str]] = []  # (status, Location) of each reply, in order
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(60)

    def _run(self) -> None:
        for turn in itertools.count():
            if self._stop.is_set():
                return
            writer = self.writers[turn % len(self.writers)]
            fields = {"body": f"Still here with you all, note {turn}.", "idempotency_key": f"loop-{turn}"}
            try:
                status, _page, where = writer.post(self.reply_path, fields)
            except OSError as error:  # no answer at all: kept as a failure
                status, where = 0, repr(error)
            self.answers.append((status, where))
            time.sleep(self.pause)

    def wait_for(self, count: int, timeout: float = 30) -> bool:
        return wait_until(lambda: len(self.answers) >= count, timeout)
