"""File › Import CSV: choose a file, read it off the GUI thread, preview, then apply whole.

The flow: an open-file dialog (the folder is remembered) → the file is read
and matched by :func:`db.csv.importer.plan_import` in the task runner's
worker thread → :class:`~desktop.dialogs.import_dialog.ImportDialog` shows the
plan (window-modal, not blocking the event loop) → on Import,
:func:`db.csv.importer.apply_import` writes it in one transaction, again off
the GUI thread. Reading and writing both show a cancellable progress dialog
when slow; a cancelled or failed import writes nothing. An applied import
is one undo command on the window's undo stack
(:class:`~desktop.undo.import_undo.ImportCommand`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog

from db.csv.import_plan import ImportPlan, ImportResult
from db.errors import Cancelled
from desktop.dialogs.import_dialog import ImportDialog
from desktop.operations.base import Operation
from desktop.operations.document_support import remembered_folder
from desktop.support.changes import RecordChange
from desktop.support.messages import fill
from desktop.undo import ImportCommand, ImportSnapshot

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.dates import DateOrder
    from db.progress import Progress

_LAST_FOLDER_KEY = "import/lastFolder"


def _reporting(progress: Progress) -> Callable[[int, int], None]:
    """Adapt the runner's ``progress -> bool`` to a callback that raises when cancelled."""

    def report(done: int, total: int) -> None:
        if not progress(done, total):
            raise Cancelled("The import was cancelled; nothing was written.")

    return report


class ImportOperation(Operation):
    """Runs the window's "Import CSV" operation.

    ``dialog`` is the open preview (``None`` when none is open). Signals:
    ``imported(ImportResult)`` after a file was applied, ``message_posted``
    for the status bar, ``import_failed(sentence)`` after an error was shown.
    """

    imported = Signal(object)
    import_failed = Signal(str)

    dialog: ImportDialog | None = None

    @property
    def busy(self) -> bool:
        """True while a file is being read or imported, or its preview is open."""
        return self.task is not None or self.dialog is not None

    def run(self) -> None:
        """Ask for a CSV file and import it (see :meth:`import_file`)."""
        if self.busy:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import agreements or partners"),
            remembered_folder(_LAST_FOLDER_KEY),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if chosen:
            QSettings().setValue(_LAST_FOLDER_KEY, str(Path(chosen).parent))
            self.import_file(Path(chosen))

    def import_file(self, path: Path, *, date_order: DateOrder | None = None) -> None:
        """Read ``path`` off the GUI thread, then show what importing it would do."""
        if self.task is not None:
            return
        library = self._library

        def work(progress: Progress) -> ImportPlan:
            from db.csv.importer import plan_import

            return plan_import(library, path, date_order=date_order, progress=_reporting(progress))

        self._start(
            work,
            fill(self.tr("Reading {name}…"), name=path.name),
            on_success=self._on_plan_ready,
        )

    # -- tasks ----------------------------------------------------------------

    def _start(
        self, work: Callable[[Progress], object], text: str, *, on_success: Callable[[Any], None]
    ) -> None:
        self._run(
            work,
            text,
            on_success=on_success,
            on_failure=self._on_failed,
            name="importProgress",
            title=self.tr("Import CSV"),
        )

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            message = self.tr("The import was cancelled; nothing was written.")
            self.message_posted.emit(message)
            self.import_failed.emit(message)
            return
        self.import_failed.emit(self._fail(error, title=self.tr("Cannot import")))

    # -- the preview ------------------------------------------------------------

    def _on_plan_ready(self, plan: object) -> None:
        assert isinstance(plan, ImportPlan)
        if self.dialog is not None:
            self.dialog.set_plan(plan)
            return
        dialog = ImportDialog(plan, self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.rejected.connect(self._on_dialog_rejected)
        dialog.date_order_changed.connect(self._on_date_order_changed)
        self.dialog = dialog
        dialog.open()

    def _on_date_order_changed(self, order: DateOrder | None) -> None:
        if self.dialog is not None:
            self.import_file(Path(self.dialog.plan.source), date_order=order)

    def _on_dialog_rejected(self) -> None:
        self._close_dialog()
        self.message_posted.emit(self.tr("Nothing was imported."))

    def _on_dialog_accepted(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        plan, create_partners = dialog.plan, dialog.create_partners()
        self._close_dialog()
        library = self._library

        def work(progress: Progress) -> tuple[ImportResult, ImportSnapshot]:
            from desktop.undo.import_undo import apply_with_snapshot

            return apply_with_snapshot(
                library, plan, create_partners=create_partners, progress=_reporting(progress)
            )

        self._start(
            work,
            fill(self.tr("Importing {name}…"), name=Path(plan.source).name),
            on_success=lambda result: self._on_imported(plan, result),
        )

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _on_imported(self, plan: ImportPlan, outcome: object) -> None:
        assert isinstance(outcome, tuple)
        result, snapshot = outcome
        assert isinstance(result, ImportResult)
        assert isinstance(snapshot, ImportSnapshot)
        if self._undo is not None and (result.added or result.updated or result.partners_created):
            self._undo.push(ImportCommand(self._undo, snapshot))
        self._notifier.notify(RecordChange(partners=True, agreements=True, documents=True))
        self.message_posted.emit(
            fill(
                #: A status bar sentence; each blank but {file} (the CSV file's name) is a number.
                self.tr(
                    "Imported {file}: {added} added, {updated} updated, "
                    "{partners} new partners, {same} unchanged."
                ),
                file=Path(plan.source).name,
                added=len(result.added),
                updated=len(result.updated),
                partners=len(result.partners_created),
                same=result.unchanged,
            )
        )
        self.imported.emit(result)
