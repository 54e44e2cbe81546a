"""Attach PDFs (file dialog or drop) off the GUI thread, and open stored documents."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from db import documents as document_cases
from db.documents import Cancelled
from db.errors import AccordError
from db.library import Library
from db.schemas import AgreementRead, DocumentRead
from desktop import opener
from desktop.changes import RecordChange, RecordsNotifier
from desktop.messages import fill, show_error, summary
from desktop.tasks import Progress, Task, TaskRunner

_LAST_FOLDER_KEY = "documents/lastFolder"
#: Show the progress dialog only for work that takes longer than this (ms).
_PROGRESS_DELAY_MS = 500


class DocumentCommands(QObject):
    """Attaching and opening documents for the main window.

    Files are attached one after another in the task runner's worker
    thread; a progress dialog with Cancel appears for large files. Results,
    refusals and missing files are reported in the GUI thread.
    """

    #: A short confirmation for the status bar.
    message_posted = Signal(str)
    #: A document was attached (after the change has been announced).
    document_attached = Signal(object)
    #: An attach ended without a document (refused, cancelled, failed).
    attach_failed = Signal(str)

    def __init__(
        self,
        library: Library,
        notifier: RecordsNotifier,
        runner: TaskRunner,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._notifier = notifier
        self._runner = runner
        self._parent = parent
        self._queue: deque[tuple[int, Path]] = deque()
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None
        self._current_path = Path()

    @property
    def busy(self) -> bool:
        """True while files are being attached."""
        return self._task is not None or bool(self._queue)

    # -- attach -------------------------------------------------------------

    def attach_with_dialog(self, agreement: AgreementRead) -> None:
        """Ask for a PDF file and attach it to ``agreement``."""
        settings = QSettings()
        folder = str(settings.value(_LAST_FOLDER_KEY, "") or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _filter = QFileDialog.getOpenFileName(
            self._parent,
            fill(self.tr("Attach a PDF to “{title}”"), title=_short(agreement.title)),
            folder,
            self.tr("PDF documents (*.pdf);;All files (*)"),
        )
        if not path:
            return
        settings.setValue(_LAST_FOLDER_KEY, str(Path(path).parent))
        self.attach_files(agreement.id, [Path(path)])

    def attach_files(self, agreement_id: int, paths: Iterable[Path]) -> None:
        """Attach each of ``paths`` to the agreement ``agreement_id``, one after another."""
        self._queue.extend((agreement_id, Path(path)) for path in paths)
        self._start_next()

    def _start_next(self) -> None:
        if self._task is not None or not self._queue:
            return
        agreement_id, path = self._queue.popleft()
        library = self._library

        def work(progress: Progress) -> DocumentRead:
            return document_cases.attach_document(library, agreement_id, path, progress=progress)

        self._progress = self._make_progress(path)
        self._task = self._runner.run(
            work,
            on_success=self._on_task_succeeded,
            on_failure=self._on_task_failed,
            on_progress=self._on_task_progressed,
        )
        self._progress.canceled.connect(self._task.cancel)
        self._current_path = path

    def _make_progress(self, path: Path) -> QProgressDialog:
        dialog = QProgressDialog(
            fill(self.tr("Copying {name} into the library…"), name=path.name),
            self.tr("Cancel"),
            0,
            1000,
            self._parent,
        )
        dialog.setObjectName("attachProgress")
        dialog.setWindowTitle(self.tr("Attaching document"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(_PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog

    def _on_task_progressed(self, done: int, total: int) -> None:
        if self._progress is not None and total > 0:
            self._progress.setValue(min(1000, done * 1000 // total))

    def _on_task_succeeded(self, document: DocumentRead) -> None:
        self._finish_task()
        self._notifier.notify(
            RecordChange(
                agreements=True,
                documents=True,
                agreement_id=document.agreement_id,
                document_id=document.id,
            )
        )
        self.message_posted.emit(
            fill(
                self.tr("Attached {name} ({size} bytes)."),
                name=document.original_name,
                size=f"{document.size:,}",
            )
        )
        self.document_attached.emit(document)
        self._start_next()

    def _on_task_failed(self, error: Exception) -> None:
        path = self._current_path
        self._finish_task()
        if isinstance(error, Cancelled):
            self._queue.clear()
            message = fill(
                self.tr("Attaching {name} was cancelled; nothing was stored."), name=path.name
            )
            self.message_posted.emit(message)
        else:
            message = str(error) if isinstance(error, AccordError) else summary(error)
            show_error(self._parent, error, title=self.tr("Cannot attach the document"))
        self.attach_failed.emit(message)
        self._start_next()

    def _finish_task(self) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    # -- open ---------------------------------------------------------------

    def open_document(self, document: DocumentRead) -> bool:
        """Open ``document`` in the system's PDF viewer; tell the user when it cannot be."""
        try:
            path = document_cases.document_file(self._library, document.id)
        except AccordError as exc:
            show_error(self._parent, exc, title=self.tr("Cannot open the document"))
            return False
        if not opener.open_document(path, attachments_dir=self._library.attachments_dir):
            show_error(
                self._parent,
                fill(
                    self.tr(
                        "“{name}” could not be opened: no application for PDF files answered. "
                        "Install a PDF viewer, or set one as the default for .pdf files."
                    ),
                    name=document.original_name,
                ),
                title=self.tr("Cannot open the document"),
            )
            return False
        self.message_posted.emit(fill(self.tr("Opened {name}."), name=document.original_name))
        return True


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
