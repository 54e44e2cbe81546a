"""What the document operations share: remembered folders, the PDF filter, and the box that
explains a missing or changed stored file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from db.integrity import DocumentStatus
from desktop.support.messages import choose, fill

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from db.library import Library
    from db.schemas import DocumentRead

# The folder files were last attached or located from.
LAST_FOLDER_KEY = "documents/lastFolder"
# The folder a copy was last saved in.
LAST_SAVE_FOLDER_KEY = "documents/lastSaveFolder"
# :func:`explain_problem`'s answers.
LOCATE, ANYWAY = 0, 1


def remembered_folder(key: str) -> str:
    """The folder remembered under ``key``, else the user's Documents folder."""
    return str(QSettings().value(key, "") or "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )


def pdf_filter() -> str:
    """The file-dialog filter for PDF documents (and, second, all files)."""
    return QCoreApplication.translate("DocumentOperations", "PDF documents (*.pdf);;All files (*)")


def explain_problem(
    parent: QWidget,
    name: str,
    status: DocumentStatus,
    *,
    title: str,
    anyway: str = "",
    library: Library | None = None,
) -> int | None:
    """Say what is wrong with the stored file of the document ``name`` (its original name).

    The box offers "Locate…" and, for a changed file when ``anyway`` is
    given ("Open Anyway", "Save Anyway"), that choice; not for a server
    ``library``, whose changed stored file is never handed out (it is refused
    when fetched). Returns :data:`LOCATE`, :data:`ANYWAY` or ``None`` (Cancel).
    """
    in_database = library is not None and library.documents_in_database
    if in_database:
        anyway = ""
    #: A button: choose the file of a document whose stored copy is missing or changed.
    choices = [QCoreApplication.translate("DocumentOperations", "Locate…")]
    if anyway and status == DocumentStatus.CHANGED:
        choices.append(anyway)
    return choose(
        parent,
        title,
        fill(
            #: {name} is a document's file name, {problem} the sentence saying what is wrong.
            QCoreApplication.translate("DocumentOperations", "“{name}”: {problem}"),
            name=name,
            problem=status.problem_in(library) if library is not None else status.problem,
        ),
        choices,
        detail=QCoreApplication.translate(
            "DocumentOperations",
            "Locate… lets you choose the file: it is put back if it is the one that was "
            "attached (same SHA-256).",
        ),
    )


def preview_path(library: Library, document: DocumentRead) -> Path:
    """The stored file to preview for ``document`` of a library folder (a server library's
    file is fetched off the GUI thread first: ``BrowserSelection._fetch_preview`` in
    :mod:`desktop.window.browser_selection`)."""
    return library.path_of(document.stored_path)
