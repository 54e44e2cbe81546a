"""Long work off the GUI thread: run a callable in a thread pool, come back by queued signal.

A worker gets a ``progress(done, total)`` callback (:data:`db.progress.Progress`, the
shape every long operation of ``db/`` takes; it answers False once the task is cancelled)
and touches no widget; its result or its exception is delivered to the GUI thread through
a queued signal.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.progress import Progress


class _Outcome(QObject):
    """What a worker emits, in its pool thread; only :class:`Task` listens (queued)."""

    progressed = Signal(object, object)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    """Calls ``work(progress)`` in a pool thread and emits the outcome; touches no widget."""

    def __init__(
        self, work: Callable[[Progress], Any], outcome: _Outcome, cancelled: threading.Event
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # owned by its Task, which outlives the run
        self._work = work
        self._outcome = outcome
        self._cancelled = cancelled

    def run(self) -> None:
        try:
            result = self._work(self._report)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to be shown
            self._outcome.failed.emit(exc)
        else:
            self._outcome.succeeded.emit(result)

    def _report(self, done: int, total: int) -> bool:
        if self._cancelled.is_set():
            return False
        self._outcome.progressed.emit(done, total)
        return True


class Task(QObject):
    """One piece of work started by :class:`TaskRunner`; its signals arrive in the GUI thread."""

    progressed = Signal(object, object)  # done, total (may exceed 2**31: not int)
    succeeded = Signal(object)  # the worker's return value
    failed = Signal(object)  # the exception the worker raised
    ended = Signal()  # after succeeded or failed

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        self._outcome = _Outcome()
        queued = Qt.ConnectionType.QueuedConnection
        self._outcome.progressed.connect(self._on_outcome_progressed, queued)
        self._outcome.succeeded.connect(self._on_outcome_succeeded, queued)
        self._outcome.failed.connect(self._on_outcome_failed, queued)
        self.runnable = _Runnable(work, self._outcome, self._cancelled)

    def cancel(self) -> None:
        """Ask the worker to stop: its next ``progress`` call returns False."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` has been called."""
        return self._cancelled.is_set()

    @Slot(object, object)
    def _on_outcome_progressed(self, done: int, total: int) -> None:
        if not self._cancelled.is_set():
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_outcome_succeeded(self, result: Any) -> None:
        self.succeeded.emit(result)
        self.ended.emit()

    @Slot(object)
    def _on_outcome_failed(self, exc: Exception) -> None:
        self.failed.emit(exc)
        self.ended.emit()


class TaskRunner(QObject):
    """Runs :class:`Task` s one at a time in its own thread pool.

    One worker thread: writes to the library never race each other, and an
    export sees an attachment that was started before it. Call
    :meth:`wait_for_done` before the library is closed.
    """

    # Emitted in the GUI thread whenever a task has ended (succeeded or failed).
    task_ended = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def run(
        self,
        work: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """Start ``work(progress)`` off the GUI thread and return its task.

        ``on_success(result)``, ``on_failure(exception)`` and
        ``on_progress(done, total)`` are called in the GUI thread.
        """
        task = Task(work, self)
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        if on_progress is not None:
            task.progressed.connect(on_progress)
        task.ended.connect(self._on_task_ended)
        self._running.add(task)
        self._pool.start(task.runnable)
        return task

    @property
    def busy(self) -> bool:
        """True while a task is queued or running."""
        return bool(self._running)

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until every worker has returned (``msecs`` < 0: no limit); True if they did.

        Their outcomes still arrive through the event loop afterwards.
        """
        return self._pool.waitForDone(msecs)

    @Slot()
    def _on_task_ended(self) -> None:
        task = self.sender()
        if isinstance(task, Task):
            self._running.discard(task)
            task.deleteLater()
        self.task_ended.emit()
