"""The progress dialog of slow work in the window: shown only after a moment, Cancel or none.

Operations (:mod:`desktop.operations.base`) and the undo of an import use it; the
translation context stays ``DocumentOperations``, where its texts were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

# Show a progress dialog only for work that takes longer than this (ms).
PROGRESS_DELAY_MS = 500


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
