"""Attach PDFs (file dialog or drop) off the GUI thread; open documents.

Attaching copies a whole file, so it runs in the task runner's worker
thread; the user's own files are only read. Show in folder, Save a copy and
Locate… are in :mod:`desktop.operations.document_files`.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from db import documents as document_cases
from db import integrity
from db.enums import DocumentRole
from db.errors import Cancelled
from db.integrity import DocumentStatus
from desktop.dialogs.attach_dialog import AttachChoice, AttachDialog
from desktop.models.document_model import PROBLEMS
from desktop.operations.base import Operation
from desktop.operations.document_support import (
    ANYWAY,
    LAST_FOLDER_KEY,
    LOCATE,
    explain_problem,
    pdf_filter,
    remembered_folder,
)
from desktop.support import opener
from desktop.support.changes import RecordChange, RecordsNotifier
from desktop.support.messages import fill, show_error
from desktop.undo import AttachDocumentCommand, UndoContext

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from db.library import Library
    from db.progress import Progress
    from db.schemas import AgreementRead, DocumentRead
    from desktop.support.tasks import TaskRunner


class DocumentOperations(Operation):
    """Attaching and opening documents for the main window.

    Before files are attached, :class:`AttachDialog` asks each one's
    language and role; they are then attached one after another in the task
    runner's worker thread, with a progress dialog (and Cancel) for large
    files. Results, refusals and missing files are reported in the GUI
    thread. When a stored file is missing or changed, Open says so
    (:attr:`problem_found`, so the list marks it), explains it and offers
    Locate…, which calls the injected ``locate`` (for the window,
    :meth:`DocumentFileOperations.locate
    <desktop.operations.document_files.DocumentFileOperations.locate>`). With
    ``undo``, each attached document is one undo command on ``undo.stack``.
    """

    # A document was attached (after the change has been announced).
    document_attached = Signal(object)
    # An attach ended without a document (refused, cancelled, failed).
    attach_failed = Signal(str)
    # Open found the stored file of a document missing or changed (document, status).
    problem_found = Signal(object, object)

    def __init__(
        self,
        library: Library,
        notifier: RecordsNotifier,
        runner: TaskRunner,
        parent: QWidget,
        *,
        locate: Callable[[DocumentRead], None],
        undo: UndoContext | None = None,
    ) -> None:
        super().__init__(library, notifier, runner, parent, undo=undo)
        self._locate = locate
        self._queue: deque[tuple[int, AttachChoice]] = deque()
        self._current_path = Path()

    @property
    def busy(self) -> bool:
        """True while files are being attached."""
        return self.task is not None or bool(self._queue)

    # -- attach -------------------------------------------------------------

    def attach_with_dialog(self, agreement: AgreementRead) -> None:
        """Ask for PDF files, then what each one is, and attach them to ``agreement``."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self._parent,
            fill(self.tr("Attach PDFs to “{title}”"), title=_short(agreement.title)),
            remembered_folder(LAST_FOLDER_KEY),
            pdf_filter(),
        )
        if not paths:
            return
        QSettings().setValue(LAST_FOLDER_KEY, str(Path(paths[0]).parent))
        self.attach_files(agreement, [Path(path) for path in paths])

    def attach_files(self, agreement: AgreementRead, paths: Iterable[Path]) -> bool:
        """Ask the language and role of ``paths``, then attach them to ``agreement``.

        Returns False (and attaches nothing) when the user cancels the form.
        """
        paths = [Path(path) for path in paths]
        if not paths:
            return False
        has_original = any(d.role == DocumentRole.SIGNED_ORIGINAL for d in agreement.documents)
        choices = AttachDialog.ask(
            self._parent,
            paths,
            agreement_title=_short(agreement.title),
            has_original=has_original or any(a == agreement.id for a, _c in self._queue),
        )
        if choices is None:
            self.message_posted.emit(self.tr("Nothing was attached."))
            return False
        self.attach_choices(agreement.id, choices)
        return True

    def attach_choices(self, agreement_id: int, choices: Iterable[AttachChoice]) -> None:
        """Attach each chosen file to the agreement ``agreement_id``, one after another."""
        self._queue.extend((agreement_id, choice) for choice in choices)
        self._start_next()

    def _start_next(self) -> None:
        if self.task is not None or not self._queue:
            return
        agreement_id, choice = self._queue.popleft()
        library = self._library

        def work(progress: Progress) -> DocumentRead:
            return document_cases.attach_document(
                library,
                agreement_id,
                choice.path,
                language=choice.language,
                role=choice.role,
                progress=progress,
            )

        self._run(
            work,
            fill(self.tr("Copying {name} into the library…"), name=choice.path.name),
            on_success=self._on_task_succeeded,
            on_failure=self._on_task_failed,
        )
        self._current_path = choice.path

    def _on_task_succeeded(self, document: DocumentRead) -> None:
        if self._undo is not None:
            self._undo.push(AttachDocumentCommand(self._undo, document))
        self._notifier.notify(RecordChange.document_stored(document))
        self.message_posted.emit(
            fill(
                #: A status bar sentence: {name} the file attached, {size} its size in bytes.
                self.tr("Attached {name} ({size} bytes)."),
                name=document.original_name,
                size=f"{document.size:,}",
            )
        )
        self.document_attached.emit(document)
        self._start_next()

    def _on_task_failed(self, error: Exception) -> None:
        path = self._current_path
        if isinstance(error, Cancelled):
            self._queue.clear()
            message = fill(
                self.tr("Attaching {name} was cancelled; nothing was stored."), name=path.name
            )
            self.message_posted.emit(message)
        else:
            message = self._fail(error, title=self.tr("Cannot attach the document"))
        self.attach_failed.emit(message)
        self._start_next()

    # -- open ---------------------------------------------------------------

    def open_document(
        self, document: DocumentRead, *, known_status: DocumentStatus | None = None
    ) -> bool:
        """Open ``document`` in the system's PDF viewer; tell the user when it cannot be.

        A missing or changed stored file (a quick check here, or
        ``known_status`` from the background check) is explained, with
        "Locate…" offered in the same box (and "Open Anyway" for a changed one).
        """
        status = integrity.document_status(self._library, document, full=False)
        if status == DocumentStatus.OK and known_status in PROBLEMS:
            status = known_status
        if status in PROBLEMS:
            self.problem_found.emit(document, status)
            if not self._explain_problem(document, status):
                return False
        if self._library.documents_in_database:  # fetched (and verified) off the GUI thread
            library, title = self._library, self.tr("Cannot open the document")

            def opened(path: Path) -> None:
                self._open_path(document, path)

            def failed(error: Exception) -> None:
                self._fail(error, title=title)

            self._run(
                lambda _progress: document_cases.local_file(library, document),
                fill(self.tr("Fetching {name} from the server…"), name=document.original_name),
                on_success=opened,
                on_failure=failed,
                cancellable=False,
            )
            return True
        return self._open_path(document, self._library.path_of(document.stored_path))

    def _open_path(self, document: DocumentRead, path: Path) -> bool:
        """Ask the system's PDF viewer to open ``path``, the stored (or cached) file."""
        if not opener.open_document(path, attachments_dir=self._library.local_files_dir):
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

    def _explain_problem(self, document: DocumentRead, status: DocumentStatus) -> bool:
        """Say what is wrong with the stored file; True when the user still wants it opened."""
        answer = explain_problem(
            self._parent,
            document.original_name,
            status,
            title=self.tr("Cannot open the document"),
            anyway=self.tr("Open Anyway"),
            library=self._library,
        )
        if answer == LOCATE:
            self._locate(document)
        return answer == ANYWAY


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
