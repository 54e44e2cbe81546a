"""What the document commands share: remembered folders, the PDF filter, progress dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

#: The folder files were last attached or located from.
LAST_FOLDER_KEY = "documents/lastFolder"
#: The folder a copy was last saved in.
LAST_SAVE_FOLDER_KEY = "documents/lastSaveFolder"
#: Show a progress dialog only for work that takes longer than this (ms).
PROGRESS_DELAY_MS = 500
_CONTEXT = "DocumentCommands"


def remembered_folder(key: str) -> str:
    """The folder remembered under ``key``, else the user's Documents folder."""
    return str(QSettings().value(key, "") or "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )


def pdf_filter() -> str:
    """The file-dialog filter for PDF documents (and, second, all files)."""
    return QCoreApplication.translate(_CONTEXT, "PDF documents (*.pdf);;All files (*)")


def progress_dialog(parent: QWidget, text: str, *, cancellable: bool) -> QProgressDialog:
    """A window-modal progress dialog shown only for slow work.

    A cancellable one (``attachProgress``) counts to 1000; the other
    (``documentProgress``) is a busy indicator without a Cancel button.
    """
    dialog = QProgressDialog(
        text,
        QCoreApplication.translate(_CONTEXT, "Cancel") if cancellable else "",
        0,
        1000 if cancellable else 0,
        parent,
    )
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setObjectName("attachProgress" if cancellable else "documentProgress")
    dialog.setWindowTitle(
        QCoreApplication.translate(_CONTEXT, "Attaching document")
        if cancellable
        else QCoreApplication.translate(_CONTEXT, "Please wait")
    )
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
