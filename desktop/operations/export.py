"""Export CSV from the window: the export dialog, a save dialog, the db export off the GUI thread.

The file is written in the task runner's worker thread with a progress
dialog (``exportProgress``) whose Cancel stops it; a cancelled or failed
export leaves no file (:func:`db.csv.export.export_table` writes atomically).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog

from db.csv.export import export_table
from db.errors import Cancelled
from desktop.dialogs.export_choice import ExportChoice, ExportContext, ExportScope, RecordKind
from desktop.dialogs.export_dialog import ExportDialog
from desktop.operations.base import Operation
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.progress import Progress
    from db.schemas import PartnerRead

_LAST_FOLDER_KEY = "export/lastFolder"


def default_file_name(
    partner_name: str | None = None, today: dt.date | None = None, *, what: str = "agreements"
) -> str:
    """Return a file name like ``accord-agreements-2026-11-30.csv`` (with the partner's name).

    ``what`` is ``agreements`` or ``partners``.
    """
    day = (today or dt.date.today()).isoformat()
    if partner_name:
        slug = re.sub(r"[^\w]+", "-", partner_name.casefold()).strip("-")
        if slug:
            return f"accord-{what}-{slug}-{day}.csv"
    return f"accord-{what}-{day}.csv"


class ExportOperation(Operation):
    """Runs the "Export CSV" operation of the window.

    The progress dialog of a running export is :attr:`progress`.
    """

    # Rows written and the file, after a successful export.
    exported = Signal(int, object)
    # The export failed or was cancelled; the sentence (shown, for a failure).
    export_failed = Signal(str)

    def run(
        self,
        *,
        total: int,
        shown_ids: Sequence[int],
        partner: PartnerRead | None,
        searching: bool,
        selected_ids: Sequence[int] = (),
    ) -> None:
        """Ask what to export and where, then write the file off the GUI thread.

        ``shown_ids`` are the agreements the view shows and ``selected_ids``
        the selected ones, both in view order; ``partner`` the selected
        partner (``None``: "All agreements").
        """
        default = (
            ExportScope.SHOWN if searching else ExportScope.PARTNER if partner else ExportScope.ALL
        )
        context = ExportContext(
            total=total,
            shown_ids=tuple(shown_ids),
            selected_ids=tuple(selected_ids),
            partner=partner,
            default_scope=default,
        )
        choice = ExportDialog.ask(self._library, context, self._parent)
        if choice is None:
            return
        scoped = partner if choice.scope == ExportScope.PARTNER else None
        if choice.kind == RecordKind.PARTNERS:
            suggested = default_file_name(what="partners")
        else:
            suggested = default_file_name(scoped.name if scoped else None)
        path = self._ask_path(suggested)
        if path is not None:
            self._start(choice, path)

    def _start(self, choice: ExportChoice, path: Path) -> None:
        table = choice.table

        def work(progress: Progress) -> int:
            return export_table(table, path, progress=progress)

        self._run(
            work,
            #: Progress text; {name} is the CSV file's name.
            fill(self.tr("Writing {name}…"), name=path.name),
            on_success=lambda count: self._on_export_succeeded(count, path, choice.kind),
            on_failure=self._on_export_failed,
            name="exportProgress",
            title=self.tr("Exporting CSV"),
        )

    def _ask_path(self, file_name: str) -> Path | None:
        settings = QSettings()
        folder = str(settings.value(_LAST_FOLDER_KEY, "") or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export CSV"),
            str(Path(folder) / file_name),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        settings.setValue(_LAST_FOLDER_KEY, str(path.parent))
        return path

    def _on_export_succeeded(self, count: int, path: Path, kind: RecordKind) -> None:
        if kind == RecordKind.PARTNERS:
            #: A status bar sentence; {path} is the CSV file written.
            text = self.tr("Exported %n partner(s) to {path}.", "", count)
        else:
            #: A status bar sentence; {path} is the CSV file written.
            text = self.tr("Exported %n agreement(s) to {path}.", "", count)
        self.message_posted.emit(fill(text, path=path))
        self.exported.emit(count, path)

    def _on_export_failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            message = self.tr("The export was cancelled; no file was written.")
            self.message_posted.emit(message)
            self.export_failed.emit(message)
            return
        self.export_failed.emit(self._fail(error, title=self.tr("Cannot export")))
