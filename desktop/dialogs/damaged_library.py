"""At start, a damaged library is never shown as an empty one: say what is wrong, offer a restore.

:func:`offer_restore` shows one box (``damagedLibraryBox``) with the
sentence of :class:`~db.errors.DamagedLibraryError`, which names the file,
the newest sound snapshot and the restore command (README, "Backups"), and
three ways on: restore that snapshot, choose another backup (a snapshot or
an archive), or quit. A restore runs :func:`db.safekeeping.restore.restore_backup` on the
library folder, as ``accord restore`` does: the damaged database is set
aside in ``backups/``, never deleted. A failed restore says why and offers
the box again. The box and the file dialog are ``QMessageBox`` and
``QFileDialog`` (the OS edges tests patch).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from db.errors import AccordError, DamagedLibraryError
from desktop.support.messages import fill

if TYPE_CHECKING:
    from db.library import Library


def offer_restore(error: DamagedLibraryError, library: Library | None = None) -> bool:
    """Say that the library in ``error.folder`` is damaged and offer to restore it.

    Returns True once a backup is restored, False when the user quits (the
    window must then not open). ``library``, when it could be opened, has
    its connections closed before a restore; they open again on the
    restored database when next used.
    """
    while True:
        source = _ask(error)
        if source is None:
            return False
        if library is not None:
            library.close()  # the damaged file is moved aside: no connection may keep it
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from db.safekeeping.restore import restore_backup

            done = restore_backup(error.folder, source)
        except AccordError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(
                None,
                #: Title of the boxes about a damaged library: the application's name.
                QCoreApplication.translate("DamagedLibrary", "Accord"),
                str(exc),
            )
            continue
        QApplication.restoreOverrideCursor()
        text = QCoreApplication.translate(
            "DamagedLibrary",
            "Restored the library from {name}; the damaged database is kept in {path}.",
        )
        QMessageBox.information(
            None,
            QCoreApplication.translate("DamagedLibrary", "Accord"),
            fill(text, name=source.name, path=done.kept),
        )
        return True


def _ask(error: DamagedLibraryError) -> Path | None:
    """Show the box until the user picks a backup (its path) or quits (``None``)."""
    while True:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("DamagedLibrary", "Accord"),
            str(error),
        )
        box.setObjectName("damagedLibraryBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            QCoreApplication.translate(
                "DamagedLibrary",
                "The library is not shown until a backup is restored; the damaged database "
                "is kept in its backups folder.",
            )
        )
        newest = None
        if error.snapshot is not None:
            newest = box.addButton(
                fill(
                    #: A button: restore the newest backup; {name} is its file name.
                    QCoreApplication.translate("DamagedLibrary", "Restore {name}"),
                    name=error.snapshot.name,
                ),
                QMessageBox.ButtonRole.AcceptRole,
            )
            newest.setObjectName("restoreNewestButton")
        choose = box.addButton(
            QCoreApplication.translate("DamagedLibrary", "Choose a Backup…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        choose.setObjectName("chooseBackupButton")
        quit_ = (
            box.addButton(  #: A button of the damaged-library box: quit Accord without restoring.
                QCoreApplication.translate("DamagedLibrary", "Quit"),
                QMessageBox.ButtonRole.RejectRole,
            )
        )
        quit_.setObjectName("quitButton")
        box.setDefaultButton(newest or choose)
        box.setEscapeButton(quit_)
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            box.deleteLater()
        if newest is not None and clicked == newest:
            return error.snapshot
        if clicked != choose:
            return None
        chosen, _filter = QFileDialog.getOpenFileName(
            None,
            QCoreApplication.translate("DamagedLibrary", "Restore from Backup"),
            str(error.folder / "backups"),
            QCoreApplication.translate(
                "DamagedLibrary",
                "Backups (*.zip *.sqlite3);;Library archives (*.zip);;"
                "Database snapshots (*.sqlite3);;All files (*)",
            ),
        )
        if chosen:
            return Path(chosen)
