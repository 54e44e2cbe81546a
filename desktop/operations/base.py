"""What the main window's operations share: their wiring, running work off the GUI thread
behind a progress dialog, and saying why it failed.

An operation is what a menu action of the window runs (export CSV, import
CSV, back up, attach a document, ...): it asks what it needs in dialogs,
calls the use cases of :mod:`db` (slow ones in the task runner's worker
thread, :mod:`desktop.support.tasks`), announces a change on the window's
:class:`~desktop.support.changes.RecordsNotifier` and posts a short confirmation
for the status bar. Each subclass keeps only what is its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.support.messages import sentence, show_error
from desktop.support.progress_dialog import close_progress, progress_dialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from db.library import Library
    from db.progress import Progress
    from desktop.support.changes import RecordsNotifier
    from desktop.support.tasks import Task, TaskRunner
    from desktop.undo.base import UndoContext

# What a finished run hands over: the worker's result, or the exception it raised.
Then = Callable[[Any], None]


class Operation(QObject):
    """One family of the window's operations, parented to the window.

    ``library`` is the open library; ``notifier`` announces what changed;
    ``runner`` runs slow work off the GUI thread; ``parent`` is the window,
    over which every dialog and message box opens; with ``undo``, a change
    made is also pushed on ``undo.stack``.

    :meth:`_run` runs one piece of work with its progress dialog;
    :attr:`task` and :attr:`progress` are the latest run's while it runs
    (``None`` otherwise).
    """

    # A short confirmation for the status bar.
    message_posted = Signal(str)

    def __init__(
        self,
        library: Library,
        notifier: RecordsNotifier,
        runner: TaskRunner,
        parent: QWidget,
        *,
        undo: UndoContext | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._notifier = notifier
        self._runner = runner
        self._parent = parent
        self._undo = undo
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        """True while work started by :meth:`_run` has not ended."""
        return self.task is not None

    def _run(
        self,
        work: Callable[[Progress], Any],
        text: str,
        *,
        on_success: Then,
        on_failure: Then,
        cancellable: bool = True,
        name: str = "",
        title: str = "",
    ) -> Task:
        """Run ``work(progress)`` in the worker thread behind a progress dialog saying ``text``.

        The dialog (``name``, ``title``: see
        :func:`~desktop.support.progress_dialog.progress_dialog`) shows only when
        the work is slow. A ``cancellable`` one follows the worker's
        ``progress(done, total)`` on a 0–1000 scale, and its Cancel asks the
        worker to stop (its next ``progress`` call returns False); the
        other is a busy indicator without Cancel. When the work ends, the
        dialog is closed, :attr:`task` is ``None`` again, and then
        ``on_success(result)`` or ``on_failure(exception)`` is called, in
        the GUI thread.
        """
        dialog = progress_dialog(
            self._parent, text, cancellable=cancellable, name=name, title=title
        )

        def ended(then: Then, value: object) -> None:
            close_progress(dialog)
            if self.progress is dialog:
                self.task, self.progress = None, None
            then(value)

        def progressed(done: int, total: int) -> None:
            if total > 0:
                dialog.setValue(min(1000, done * 1000 // total))

        task = self._runner.run(
            work,
            on_success=lambda result: ended(on_success, result),
            on_failure=lambda error: ended(on_failure, error),
            on_progress=progressed if cancellable else None,
        )
        if cancellable:
            dialog.canceled.connect(task.cancel)
        self.task, self.progress = task, dialog
        return task

    def _fail(self, error: BaseException | str, *, title: str) -> str:
        """Show ``error`` as one sentence in a warning box titled ``title``; return the sentence.

        The sentence is :func:`desktop.support.messages.sentence`'s: an
        :class:`~db.errors.AccordError`'s own, or one line for any other
        exception.
        """
        show_error(self._parent, error, title=title)
        return sentence(error)
