"""Attach PDFs (file dialog or drop) off the GUI thread; open, show, copy and locate documents.

Everything that reads or writes a whole file (attaching, putting a located
file back, saving a copy) runs in the task runner's worker thread; the
user's own files are only read.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from db import documents as document_cases
from db import integrity
from db.documents import Cancelled
from db.enums import DocumentRole
from db.errors import AccordError
from db.integrity import DocumentMismatchError, DocumentStatus
from db.library import Library
from db.schemas import AgreementRead, DocumentRead
from desktop import opener
from desktop.changes import RecordChange, RecordsNotifier
from desktop.dialogs.attach_dialog import AttachChoice, AttachDialog
from desktop.messages import choose, confirm, fill, show_error, summary
from desktop.models.document_model import PROBLEMS
from desktop.tasks import Progress, Task, TaskRunner

_LAST_FOLDER_KEY = "documents/lastFolder"
_LAST_SAVE_FOLDER_KEY = "documents/lastSaveFolder"
#: Show the progress dialog only for work that takes longer than this (ms).
_PROGRESS_DELAY_MS = 500


class DocumentCommands(QObject):
    """Attaching, opening, showing, copying and locating documents for the main window.

    Before files are attached, :class:`AttachDialog` asks each one's
    language and role; they are then attached one after another in the task
    runner's worker thread, with a progress dialog (and Cancel) for large
    files. Results, refusals and missing files are reported in the GUI
    thread.
    """

    #: A short confirmation for the status bar.
    message_posted = Signal(str)
    #: A document was attached (after the change has been announced).
    document_attached = Signal(object)
    #: An attach ended without a document (refused, cancelled, failed).
    attach_failed = Signal(str)
    #: A located file was put back or replaced the recorded one (the document as it is now).
    document_relinked = Signal(object)
    #: Locating ended without a change (declined, refused, failed).
    relink_failed = Signal(str)
    #: A copy of a document was written (its path).
    copy_saved = Signal(object)

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
        self._queue: deque[tuple[int, AttachChoice]] = deque()
        self._task: Task | None = None
        self._progress: QProgressDialog | None = None
        self._current_path = Path()

    @property
    def busy(self) -> bool:
        """True while files are being attached."""
        return self._task is not None or bool(self._queue)

    # -- attach -------------------------------------------------------------

    def attach_with_dialog(self, agreement: AgreementRead) -> None:
        """Ask for PDF files, then what each one is, and attach them to ``agreement``."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self._parent,
            fill(self.tr("Attach PDFs to “{title}”"), title=_short(agreement.title)),
            _folder(_LAST_FOLDER_KEY),
            self._pdf_filter(),
        )
        if not paths:
            return
        QSettings().setValue(_LAST_FOLDER_KEY, str(Path(paths[0]).parent))
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
        if self._task is not None or not self._queue:
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

        self._progress = self._make_progress(
            fill(self.tr("Copying {name} into the library…"), name=choice.path.name),
            cancellable=True,
        )
        self._task = self._runner.run(
            work,
            on_success=self._on_task_succeeded,
            on_failure=self._on_task_failed,
            on_progress=self._on_task_progressed,
        )
        self._progress.canceled.connect(self._task.cancel)
        self._current_path = choice.path

    def _make_progress(self, text: str, *, cancellable: bool) -> QProgressDialog:
        dialog = QProgressDialog(
            text,
            self.tr("Cancel") if cancellable else "",
            0,
            1000 if cancellable else 0,
            self._parent,
        )
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setObjectName("attachProgress" if cancellable else "documentProgress")
        dialog.setWindowTitle(
            self.tr("Attaching document") if cancellable else self.tr("Please wait")
        )
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

    # -- open, show, save a copy ---------------------------------------------

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
        if status in PROBLEMS and not self._explain_problem(document, status):
            return False
        path = self._library.path_of(document.stored_path)
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

    def _explain_problem(self, document: DocumentRead, status: DocumentStatus) -> bool:
        """Say what is wrong with the stored file; True when the user still wants it opened."""
        choices = [self.tr("Locate…")]
        if status == DocumentStatus.CHANGED:
            choices.append(self.tr("Open Anyway"))
        answer = choose(
            self._parent,
            self.tr("Cannot open the document"),
            fill(
                self.tr("“{name}”: {problem}"), name=document.original_name, problem=status.problem
            ),
            choices,
            detail=self.tr(
                "Locate… lets you choose the file: it is put back if it is the one that was "
                "attached (same SHA-256)."
            ),
        )
        if answer == 0:
            self.locate(document)
        return answer == 1

    def show_in_folder(self, document: DocumentRead) -> bool:
        """Show the folder of ``document``'s stored file in the file manager."""
        try:
            path = document_cases.document_file(self._library, document.id)
        except AccordError as exc:
            show_error(self._parent, exc, title=self.tr("Cannot show the document"))
            return False
        if not opener.show_in_folder(path, attachments_dir=self._library.attachments_dir):
            show_error(
                self._parent,
                self.tr("The file manager did not start."),
                title=self.tr("Cannot show the document"),
            )
            return False
        self.message_posted.emit(
            fill(
                self.tr("Showing the library's copy of {name} ({stored})."),
                name=document.original_name,
                stored=path.name,
            )
        )
        return True

    def save_copy(self, document: DocumentRead) -> None:
        """Ask where, then write a copy of ``document`` under its original name (by default)."""
        suggested = Path(_folder(_LAST_SAVE_FOLDER_KEY)) / document.original_name
        destination, _filter = QFileDialog.getSaveFileName(
            self._parent,
            fill(self.tr("Save a copy of “{name}”"), name=document.original_name),
            str(suggested),
            self._pdf_filter(),
        )
        if not destination:
            return
        target = Path(destination)
        if _inside(target, self._library.attachments_dir):
            show_error(
                self._parent,
                self.tr(
                    "A copy cannot be saved inside the library's attachments folder; "
                    "choose another folder."
                ),
                title=self.tr("Cannot save the copy"),
            )
            return
        QSettings().setValue(_LAST_SAVE_FOLDER_KEY, str(target.parent))
        library = self._library
        self._run(
            lambda _progress: document_cases.save_copy(library, document.id, target),
            fill(self.tr("Saving a copy of {name}…"), name=document.original_name),
            on_success=self._on_copy_saved,
            failure_title=self.tr("Cannot save the copy"),
        )

    def _on_copy_saved(self, path: Path) -> None:
        self.message_posted.emit(fill(self.tr("Saved a copy as {path}."), path=path))
        self.copy_saved.emit(path)

    # -- locate -------------------------------------------------------------

    def locate(self, document: DocumentRead) -> None:
        """Ask for the file of ``document`` and put it back in the library.

        A file with the recorded SHA-256 is simply put back; a different one
        replaces the recorded file only if the user confirms, and the
        replacement is recorded.
        """
        path, _filter = QFileDialog.getOpenFileName(
            self._parent,
            fill(self.tr("Locate “{name}”"), name=document.original_name),
            _folder(_LAST_FOLDER_KEY),
            self._pdf_filter(),
        )
        if not path:
            self.relink_failed.emit(self.tr("Nothing was located."))
            return
        self._relink(document, Path(path), replace=False)

    def _relink(self, document: DocumentRead, path: Path, *, replace: bool) -> None:
        library = self._library
        self._run(
            lambda _progress: integrity.relink_document(
                library, document.id, path, replace=replace
            ),
            fill(self.tr("Checking {name}…"), name=path.name),
            on_success=lambda relinked: self._on_relinked(relinked, replaced=replace),
            on_failure=lambda error: self._on_relink_failed(document, path, error),
        )

    def _on_relinked(self, document: DocumentRead, *, replaced: bool) -> None:
        self._notifier.notify(
            RecordChange(
                agreements=True,
                documents=True,
                agreement_id=document.agreement_id,
                document_id=document.id,
            )
        )
        text = (
            self.tr("The recorded file of {name} was replaced; the replacement is recorded.")
            if replaced
            else self.tr("The file of {name} is back in the library.")
        )
        self.message_posted.emit(fill(text, name=document.original_name))
        self.document_relinked.emit(document)

    def _on_relink_failed(self, document: DocumentRead, path: Path, error: Exception) -> None:
        if isinstance(error, DocumentMismatchError):
            question = fill(
                self.tr(
                    "Replace the recorded file with this one? {reason}\n\nOnly do this if "
                    "{file} is the signed text; the replacement is recorded with your user "
                    "name and the time."
                ),
                reason=str(error),
                file=path.name,
            )
            if confirm(self._parent, self.tr("Replace the recorded file"), question):
                self._relink(document, path, replace=True)
                return
            message = fill(self.tr("{name} was left as it was."), name=document.original_name)
            self.message_posted.emit(message)
            self.relink_failed.emit(message)
            return
        show_error(self._parent, error, title=self.tr("Cannot use this file"))
        self.relink_failed.emit(str(error) if isinstance(error, AccordError) else summary(error))

    # -- running file work off the GUI thread -------------------------------

    def _pdf_filter(self) -> str:
        return self.tr("PDF documents (*.pdf);;All files (*)")

    def _run(
        self,
        work: Callable[[Progress], Any],
        text: str,
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[Exception], None] | None = None,
        failure_title: str = "",
    ) -> Task:
        progress = self._make_progress(text, cancellable=False)

        def succeeded(result: Any) -> None:
            _close(progress)
            on_success(result)

        def failed(error: Exception) -> None:
            _close(progress)
            if on_failure is not None:
                on_failure(error)
            else:
                show_error(self._parent, error, title=failure_title)

        return self._runner.run(work, on_success=succeeded, on_failure=failed)


def _close(dialog: QProgressDialog) -> None:
    dialog.close()
    dialog.deleteLater()


def _folder(key: str) -> str:
    """The folder remembered under ``key``, else the user's Documents folder."""
    return str(QSettings().value(key, "") or "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
