"""How long a committed change takes to reach a :class:`~db.server.changes.ChangeListener`.

``notification_lag(url, commits=200)`` commits ``commits`` one-row changes on the
server library at ``url``, one after another, each from a fresh transaction, and
measures for each the time from just before ``COMMIT`` is sent to the moment the
listener's thread hands the change on (the notification received and the change
log read). A load test can call it while other clients write. Run alone:
``python -m tests.benchmarks.live_lag URL [COMMITS]``.
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from dataclasses import dataclass

import psycopg

from db.server.changes import ChangeListener, connect_args, newest_change

#: The longest wait for one change to be heard (seconds) before the measure gives up.
GIVE_UP_S = 30.0


@dataclass(frozen=True)
class Lag:
    """Seconds from commit to a change handed on: every sample, and their summary."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p99(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]

    def line(self) -> str:
        """One line for a report: count, median and p99 in milliseconds."""
        return (
            f"{len(self.samples)} commits: median {self.median * 1000:.1f} ms, "
            f"p99 {self.p99 * 1000:.1f} ms, max {max(self.samples) * 1000:.1f} ms"
        )


def notification_lag(url: str, commits: int = 200) -> Lag:
    """Measure :class:`Lag` over ``commits`` changes to the first partner of ``url``'s library.

    Raises ``TimeoutError`` when a change is not heard within :data:`GIVE_UP_S`.
    """
    heard: dict[int, float] = {}
    arrived = threading.Condition()

    def on_changes(changes: list) -> None:
        now = time.perf_counter()
        with arrived:
            for change in changes:
                heard.setdefault(change.number, now)
            arrived.notify_all()

    with psycopg.connect(**connect_args(url)) as writer:
        listener = ChangeListener(url, on_changes, after=newest_change(writer))
        thread = threading.Thread(target=listener.run, daemon=True)
        thread.start()
        samples = []
        try:
            for i in range(commits):
                writer.execute(
                    "UPDATE partner SET notes = %s WHERE id = (SELECT min(id) FROM partner)",
                    (f"lag {i}",),
                )
                number = newest_change(writer)
                sent = time.perf_counter()
                writer.commit()
                with arrived:
                    if not arrived.wait_for(lambda n=number: n in heard, timeout=GIVE_UP_S):
                        raise TimeoutError(f"change {number} was not heard")
                    samples.append(heard[number] - sent)
        finally:
            listener.stop()
            thread.join(GIVE_UP_S)
    return Lag(tuple(samples))


if __name__ == "__main__":
    print(notification_lag(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200).line())
