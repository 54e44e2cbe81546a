"""File › Back Up Library… and File › Restore from Backup…, run off the GUI thread.

Both call the same use cases as ``accord backup`` and ``accord restore``
(:mod:`db.safekeeping.archive`, :mod:`db.safekeeping.restore`) through
:class:`~desktop.support.tasks.TaskRunner`, with a progress dialog that can cancel.
Restore takes a whole-library archive (``.zip``) or a database snapshot
from ``backups/`` (``.sqlite3``, which leaves the documents alone); it asks
first and says where the previous library (or database) was kept, so the
user can go back.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.operations.base import Operation
from desktop.support.changes import RecordChange, RecordsNotifier
from desktop.support.messages import confirm, fill

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.library import Library
    from db.progress import Progress
    from db.safekeeping.archive_manifest import Manifest
    from db.safekeeping.restore import Restored
    from desktop.support.tasks import TaskRunner

# The folder an archive was last saved in or restored from.
LAST_FOLDER_KEY = "backup/lastFolder"


class BackupOperations(Operation):
    """The actions ``actionBackup`` and ``actionRestore`` and what they run.

    Both actions are disabled while either runs, and for a library on a
    server (backed up with pg_dump).
    """

    # The archive written by Back Up Library….
    backed_up = Signal(object)
    # The library was restored; the file the previous library (or database) was kept in.
    restored = Signal(object)
    # A backup or restore failed or was cancelled; its sentence.
    failed = Signal(str)

    def __init__(
        self, library: Library, notifier: RecordsNotifier, runner: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(library, notifier, runner, parent)
        self.backup_action = QAction(self.tr("&Back Up Library…"), self)
        self.backup_action.setObjectName("actionBackup")
        self.backup_action.setStatusTip(
            self.tr("Save the whole library, records and documents, as one archive")
        )
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(self.tr("&Restore from Backup…"), self)
        self.restore_action.setObjectName("actionRestore")
        self.restore_action.setStatusTip(
            self.tr(
                "Replace the library by a backup archive, or its database by a snapshot; "
                "the current one is kept"
            )
        )
        self.restore_action.triggered.connect(self.restore)
        if library.database_path is None:  # a server is backed up with pg_dump
            for action in self.actions():
                action.setEnabled(False)

    def actions(self) -> list[QAction]:
        """Return the two actions, for the File menu."""
        return [self.backup_action, self.restore_action]

    def back_up(self) -> None:
        """Ask where to save the archive, then write it off the GUI thread."""
        if self.busy:
            return
        # Loaded when first used, not at start-up.
        from db.safekeeping.archive import default_archive_name, make_archive
        from db.safekeeping.archive_manifest import read_manifest
        from desktop.operations.document_support import remembered_folder

        suggested = str(Path(remembered_folder(LAST_FOLDER_KEY)) / default_archive_name())
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Back Up Library"),
            suggested,
            self.tr("Zip archives (*.zip)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        QSettings().setValue(LAST_FOLDER_KEY, str(path.parent))
        library = self._library

        def work(progress: Progress) -> tuple[Path, Manifest]:
            written = make_archive(library, path, progress=progress)
            return written, read_manifest(written)

        self._start(work, self.tr("Backing up the library…"), self._on_backup_succeeded)

    def restore(self) -> None:
        """Ask for a backup (archive or snapshot), confirm, and restore it off the GUI thread."""
        if self.busy:
            return
        from db.safekeeping.restore import is_snapshot, restore_backup
        from desktop.operations.document_support import remembered_folder

        chosen, _filter = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Restore from Backup"),
            remembered_folder(LAST_FOLDER_KEY),
            self.tr(
                "Backups (*.zip *.sqlite3);;Library archives (*.zip);;"
                "Database snapshots (*.sqlite3);;All files (*)"
            ),
        )
        if not chosen:
            return
        archive = Path(chosen)
        QSettings().setValue(LAST_FOLDER_KEY, str(archive.parent))
        if is_snapshot(archive):
            text = self.tr(
                "Replace the records of this library by those in the database snapshot {name}? "
                "The snapshot is checked first, the current database is kept in the backups "
                "folder, and the documents are not changed."
            )
        else:
            text = self.tr(
                "Replace the records and documents of this library by those in {name}? "
                "The archive is checked first, and the current library is kept as a backup."
            )
        if not confirm(self._parent, self.tr("Restore from Backup"), fill(text, name=archive.name)):
            return
        library = self._library

        def work(progress: Progress) -> Restored:
            return restore_backup(library, archive, progress=progress)

        self._start(work, self.tr("Checking and restoring the backup…"), self._on_restore_succeeded)

    def _start(
        self, work: Callable[[Progress], object], text: str, on_success: Callable[[Any], None]
    ) -> None:
        for action in self.actions():
            action.setEnabled(False)
        self._run(
            work,
            text,
            on_success=on_success,
            on_failure=self._on_task_failed,
            name="backupProgress",
            #: Title of the progress window of a backup or restore (a noun).
            title=self.tr("Backup"),
        )

    def _on_backup_succeeded(self, result: tuple[Path, Manifest]) -> None:
        self._enable_actions()
        path, manifest = result
        self.message_posted.emit(
            fill(
                #: Status bar after a backup; {path} is the archive written.
                self.tr(
                    "Backed up the library and %n document(s) to {path}.",
                    "",
                    len(manifest.documents),
                ),
                path=path,
            )
        )
        self.backed_up.emit(path)

    def _on_restore_succeeded(self, done: Restored) -> None:
        self._enable_actions()
        self._notifier.notify(
            RecordChange(partners=True, agreements=True, documents=True, select_all=True)
        )
        if done.kind == "snapshot":
            text = self.tr(
                "Restored the database from {name}, documents unchanged; the previous database "
                "is kept in {path}."
            )
        else:
            text = self.tr("Restored the library; the previous one is kept in {path}.")
        self.message_posted.emit(fill(text, name=done.source.name, path=done.kept))
        self.restored.emit(done.kept)

    def _on_task_failed(self, error: Exception) -> None:
        self._enable_actions()
        #: Title of the box that says a backup or restore failed (a noun).
        self.failed.emit(self._fail(error, title=self.tr("Backup")))

    def _enable_actions(self) -> None:
        enabled = self._library.database_path is not None
        for action in self.actions():
            action.setEnabled(enabled)
