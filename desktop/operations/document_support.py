"""What the document operations share: remembered folders, the PDF filter, progress dialogs,
and the box that explains a missing or changed stored file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from db.integrity import DocumentStatus
from desktop.support.messages import choose, fill

# The folder files were last attached or located from.
LAST_FOLDER_KEY = "documents/lastFolder"
# The folder a copy was last saved in.
LAST_SAVE_FOLDER_KEY = "documents/lastSaveFolder"
# Show a progress dialog only for work that takes longer than this (ms).
PROGRESS_DELAY_MS = 500
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


def progress_dialog(
    parent: QWidget, text: str, *, cancellable: bool, name: str = "", title: str = ""
) -> QProgressDialog:
    """A window-modal progress dialog shown only for slow work.

    A cancellable one counts to 1000; the other is a busy indicator without
    a Cancel button. ``name`` and ``title`` default to attaching's
    (``attachProgress``, "Attaching document") and, without Cancel,
    ``documentProgress`` and "Please wait".
    """
    #: The button that stops a running copy or export (as Qt's own Cancel).
    cancel = QCoreApplication.translate("DocumentOperations", "Cancel")
    dialog = QProgressDialog(
        text,
        cancel if cancellable else "",
        0,
        1000 if cancellable else 0,
        parent,
    )
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setObjectName(name or ("attachProgress" if cancellable else "documentProgress"))
    if not title and cancellable:
        #: Title of the progress window while a PDF is copied into the library.
        title = QCoreApplication.translate("DocumentOperations", "Attaching document")
    elif not title:
        #: Title of a progress window without a Cancel button.
        title = QCoreApplication.translate("DocumentOperations", "Please wait")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def close_progress(dialog: QProgressDialog) -> None:
    """Close ``dialog`` and delete it later."""
    dialog.close()
    dialog.deleteLater()


def explain_problem(
    parent: QWidget, name: str, status: DocumentStatus, *, title: str, anyway: str = ""
) -> int | None:
    """Say what is wrong with the stored file of the document ``name`` (its original name).

    The box offers "Locate…" and, for a changed file when ``anyway`` is
    given ("Open Anyway", "Save Anyway"), that choice. Returns
    :data:`LOCATE`, :data:`ANYWAY` or ``None`` (Cancel).
    """
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
            problem=status.problem,
        ),
        choices,
        detail=QCoreApplication.translate(
            "DocumentOperations",
            "Locate… lets you choose the file: it is put back if it is the one that was "
            "attached (same SHA-256).",
        ),
    )
