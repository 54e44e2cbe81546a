"""File › Rebuild Search Index… (``actionReindex``): ``accord reindex`` off the GUI thread.

The index is kept current by every change; a rebuild is for one in doubt
(see :mod:`db.reindex`). It runs in the task runner's worker behind a
progress dialog whose Cancel leaves the index as it was (one transaction).
A cancel is said in the status bar; a failure in a message box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction

from db.errors import Cancelled
from desktop.operations.base import Operation
from desktop.support.changes import RecordChange
from desktop.support.messages import fill, sentence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from db.library import Library
    from db.progress import Progress
    from desktop.support.changes import RecordsNotifier
    from desktop.support.tasks import TaskRunner


class ReindexOperation(Operation):
    """The action :attr:`action` (``actionReindex``) and the rebuild it runs.

    :attr:`finished` is emitted with the number of entries indexed;
    :attr:`failed` with the sentence of a failure or a cancel. The action is
    disabled while the rebuild runs (and, as every writing action, in a
    read-only library: :class:`~desktop.window.read_only.ReadOnlyGuard`).
    """

    # The index was rebuilt; how many entries (partners, agreements, pages) it holds.
    finished = Signal(int)
    # The rebuild failed or was cancelled; its sentence.
    failed = Signal(str)

    def __init__(
        self, library: Library, notifier: RecordsNotifier, runner: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(library, notifier, runner, parent)
        #: File menu: build the search index again from the records and document texts.
        self.action = QAction(self.tr("Rebuild &Search Index…"), self)
        self.action.setObjectName("actionReindex")
        self.action.setStatusTip(
            self.tr("Build the search index again from the records and the documents' text")
        )
        self.action.triggered.connect(self.rebuild)

    def rebuild(self) -> None:
        """Rebuild the index in the worker thread, with progress and Cancel."""
        if self.busy:
            return
        from db.reindex import reindex  # loaded when first used, not at start-up

        library = self._library

        def work(progress: Progress) -> int:
            return reindex(library, progress)

        self.action.setEnabled(False)
        self._run(
            work,
            self.tr("Rebuilding the search index…"),
            on_success=self._on_succeeded,
            on_failure=self._on_failed,
            name="reindexProgress",
            #: Title of the progress window of rebuilding the search index (a noun).
            title=self.tr("Search index"),
        )

    def _on_succeeded(self, count: int) -> None:
        self.action.setEnabled(True)
        self._notifier.notify(RecordChange(partners=True, agreements=True))
        #: Status bar after File › Rebuild Search Index; {count} records and pages indexed.
        text = self.tr("The search index was rebuilt: {count} records and pages.")
        self.message_posted.emit(fill(text, count=count))
        self.finished.emit(count)

    def _on_failed(self, error: Exception) -> None:
        self.action.setEnabled(True)
        if isinstance(error, Cancelled):
            text = sentence(error)
            self.message_posted.emit(text)
        else:
            #: Title of the box that says rebuilding the search index failed (a noun).
            text = self._fail(error, title=self.tr("Search index"))
        self.failed.emit(text)
