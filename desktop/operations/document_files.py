"""Show in folder, Save a copy and Locate… for a document already in the library.

Reading or writing a whole file (putting a located file back, saving a copy)
runs in the task runner's worker thread; the user's own files are only read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog

from db import documents as document_cases
from db import integrity
from db.errors import AccordError, DocumentMismatchError, DocumentMissingError
from db.integrity import DocumentStatus
from desktop.models.document_model import PROBLEMS
from desktop.operations.base import Operation
from desktop.operations.document_support import (
    ANYWAY,
    LAST_FOLDER_KEY,
    LAST_SAVE_FOLDER_KEY,
    LOCATE,
    explain_problem,
    pdf_filter,
    remembered_folder,
)
from desktop.support import opener
from desktop.support.changes import RecordChange
from desktop.support.messages import confirm, fill, show_error

if TYPE_CHECKING:
    from db.progress import Progress
    from db.schemas import DocumentRead


class DocumentFileOperations(Operation):
    """The file-handling operations on a stored document, for the main window.

    :meth:`show_in_folder` shows the library's copy in the file manager;
    :meth:`save_copy` writes a copy where the user chooses (never into the
    attachments, and a changed file only once the user accepts it); a
    missing or changed stored file found on the way is reported with
    :attr:`problem_found` (the window marks it) and explained with Locate…
    offered; :meth:`locate` puts a missing or changed file back, or
    replaces it once the user confirms. Slow work runs in the task runner's
    worker thread behind a progress dialog; results are reported here, in
    the GUI thread.
    """

    # A located file was put back or replaced the recorded one (the document as it is now).
    document_relinked = Signal(object)
    # Locating ended without a change (declined, refused, failed).
    relink_failed = Signal(str)
    # A copy of a document was written (its path).
    copy_saved = Signal(object)
    # The stored file of a document was found missing or changed (document, status).
    problem_found = Signal(object, object)

    # -- show, save a copy ----------------------------------------------------

    def show_in_folder(self, document: DocumentRead) -> bool:
        """Show the folder of ``document``'s stored file in the file manager.

        A missing stored file is marked (:attr:`problem_found`) and explained,
        with Locate… offered, as Open does.
        """
        title = self.tr("Cannot show the document")
        status = integrity.document_status(self._library, document, full=False)
        if status in PROBLEMS:
            self.problem_found.emit(document, status)
        if status == DocumentStatus.MISSING:
            self._explain(document, status, title=title)
            return False
        if self._library.documents_in_database:  # fetched and verified off the GUI thread
            library = self._library

            def shown(path: Path) -> None:
                self._show_path(document, path, title=title)

            def failed(error: Exception) -> None:
                if isinstance(error, DocumentMissingError):
                    self._missing(document, title=title)
                else:
                    show_error(self._parent, error, title=title)

            self._run(
                lambda _progress: document_cases.document_file(library, document.id),
                fill(self.tr("Fetching {name} from the server…"), name=document.original_name),
                on_success=shown,
                on_failure=failed,
                cancellable=False,
            )
            return True
        try:
            path = document_cases.document_file(self._library, document.id)
        except DocumentMissingError:
            self._missing(document, title=title)
            return False
        except AccordError as exc:
            show_error(self._parent, exc, title=title)
            return False
        return self._show_path(document, path, title=title)

    def _show_path(self, document: DocumentRead, path: Path, *, title: str) -> bool:
        """Show ``path`` (the stored or cached file of ``document``) in the file manager."""
        if not opener.show_in_folder(path, attachments_dir=self._library.local_files_dir):
            show_error(self._parent, self.tr("The file manager did not start."), title=title)
            return False
        self.message_posted.emit(
            fill(
                self.tr("Showing the library's copy of {name} ({stored})."),
                name=document.original_name,
                stored=path.name,
            )
        )
        return True

    def save_copy(
        self, document: DocumentRead, *, known_status: DocumentStatus | None = None
    ) -> None:
        """Ask where, then write a copy of ``document`` under its original name (by default).

        A missing or changed stored file (a quick check here, ``known_status``
        from the background check, or the SHA-256 computed before copying)
        is marked and explained first, with Locate… offered, and "Save
        Anyway" for a changed one, as Open does: a copy may be forwarded as
        the signed text.
        """
        status = integrity.document_status(self._library, document, full=False)
        if status == DocumentStatus.OK and known_status in PROBLEMS:
            status = known_status
        changed_accepted = False
        if status in PROBLEMS:
            self.problem_found.emit(document, status)
            if not self._explain_save_problem(document, status):
                return
            changed_accepted = True
        suggested = Path(remembered_folder(LAST_SAVE_FOLDER_KEY)) / document.original_name
        destination, _filter = QFileDialog.getSaveFileName(
            self._parent,
            fill(self.tr("Save a copy of “{name}”"), name=document.original_name),
            str(suggested),
            pdf_filter(),
        )
        if not destination:
            return
        target = Path(destination)
        if _inside(target, self._library.attachments_dir) or _inside(
            target, self._library.local_files_dir
        ):
            show_error(
                self._parent,
                self.tr(
                    "A copy cannot be saved inside the library's attachments folder; "
                    "choose another folder."
                ),
                title=self.tr("Cannot save the copy"),
            )
            return
        QSettings().setValue(LAST_SAVE_FOLDER_KEY, str(target.parent))
        self._write_copy(document, target, changed_accepted=changed_accepted)

    def _write_copy(self, document: DocumentRead, target: Path, *, changed_accepted: bool) -> None:
        library = self._library

        def work(_progress: Progress) -> Path | DocumentStatus:
            if not changed_accepted:
                status = integrity.document_status(library, document, full=True)
                if status in PROBLEMS:
                    return status  # nothing written: the user is asked first
            return document_cases.save_copy(library, document.id, target)

        self._run(
            work,
            fill(self.tr("Saving a copy of {name}…"), name=document.original_name),
            on_success=lambda result: self._on_copy_written(document, target, result),
            on_failure=lambda error: self._on_copy_failed(document, error),
            cancellable=False,
        )

    def _on_copy_written(
        self, document: DocumentRead, target: Path, result: Path | DocumentStatus
    ) -> None:
        if not isinstance(result, DocumentStatus):
            self.message_posted.emit(fill(self.tr("Saved a copy as {path}."), path=result))
            self.copy_saved.emit(result)
            return
        self.problem_found.emit(document, result)
        if self._explain_save_problem(document, result):
            self._write_copy(document, target, changed_accepted=True)

    def _on_copy_failed(self, document: DocumentRead, error: Exception) -> None:
        title = self.tr("Cannot save the copy")
        if isinstance(error, DocumentMissingError):
            self._missing(document, title=title)
        else:
            show_error(self._parent, error, title=title)

    def _explain_save_problem(self, document: DocumentRead, status: DocumentStatus) -> bool:
        """Explain a problem before a copy is saved; True when the user saves it anyway."""
        return self._explain(
            document,
            status,
            title=self.tr("Cannot save the copy"),
            anyway=self.tr("Save Anyway"),
        )

    def _missing(self, document: DocumentRead, *, title: str) -> None:
        """The stored file vanished while it was being used: mark it and explain."""
        self.problem_found.emit(document, DocumentStatus.MISSING)
        self._explain(document, DocumentStatus.MISSING, title=title)

    def _explain(
        self, document: DocumentRead, status: DocumentStatus, *, title: str, anyway: str = ""
    ) -> bool:
        """Show the problem box; Locate… locates. True when the user chose ``anyway``."""
        answer = explain_problem(
            self._parent,
            document.original_name,
            status,
            title=title,
            anyway=anyway,
            library=self._library,
        )
        if answer == LOCATE:
            self.locate(document)
        return answer == ANYWAY

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
            remembered_folder(LAST_FOLDER_KEY),
            pdf_filter(),
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
            cancellable=False,
        )

    def _on_relinked(self, document: DocumentRead, *, replaced: bool) -> None:
        self._notifier.notify(RecordChange.document_stored(document))
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
        self.relink_failed.emit(self._fail(error, title=self.tr("Cannot use this file")))


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False
