"""Export agreements as CSV: scope and encoding, a save dialog, the db export off the GUI thread."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from db.csv_export import export_agreements
from db.library import Library
from db.schemas import PartnerRead
from desktop.export_dialog import ExportDialog, ExportScope
from desktop.messages import plural, show_error
from desktop.tasks import Progress, TaskRunner

_LAST_FOLDER_KEY = "export/lastFolder"


def default_file_name(partner_name: str | None = None, today: dt.date | None = None) -> str:
    """Return a file name like ``accord-agreements-2026-11-30.csv`` (with the partner's name)."""
    day = (today or dt.date.today()).isoformat()
    if partner_name:
        slug = re.sub(r"[^\w]+", "-", partner_name.casefold()).strip("-")
        if slug:
            return f"accord-agreements-{slug}-{day}.csv"
    return f"accord-agreements-{day}.csv"


class CsvExporter(QObject):
    """Runs the "Export CSV" command of the window."""

    #: Rows written and the file, after a successful export.
    exported = Signal(int, object)
    #: A short confirmation for the status bar.
    message_posted = Signal(str)
    #: The export failed; the sentence was shown.
    export_failed = Signal(str)

    def __init__(self, library: Library, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._runner = runner
        self._parent = parent

    def run(
        self,
        *,
        total: int,
        shown_ids: Sequence[int],
        partner: PartnerRead | None,
        searching: bool,
    ) -> None:
        """Ask what to export and where, then write the file off the GUI thread.

        ``shown_ids`` are the agreements the view shows, in view order;
        ``partner`` the selected partner (``None``: "All agreements").
        """
        default = (
            ExportScope.SHOWN if searching else ExportScope.PARTNER if partner else ExportScope.ALL
        )
        choice = ExportDialog.ask(
            self._parent,
            total=total,
            shown_count=len(shown_ids),
            partner_name=partner.name if partner else None,
            partner_count=partner.agreement_count if partner else 0,
            default_scope=default,
        )
        if choice is None:
            return
        scoped_partner = partner if choice.scope == ExportScope.PARTNER else None
        path = self._ask_path(scoped_partner.name if scoped_partner else None)
        if path is None:
            return
        library = self._library
        encoding = choice.encoding
        partner_id = scoped_partner.id if scoped_partner else None
        ids = list(shown_ids) if choice.scope == ExportScope.SHOWN else None

        def work(_progress: Progress) -> int:
            return export_agreements(
                library, path, partner=partner_id, agreement_ids=ids, encoding=encoding
            )

        self._runner.run(
            work,
            on_success=lambda count: self._on_export_succeeded(count, path),
            on_failure=self._on_export_failed,
        )

    def _ask_path(self, partner_name: str | None) -> Path | None:
        settings = QSettings()
        folder = str(settings.value(_LAST_FOLDER_KEY, "") or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = str(Path(folder) / default_file_name(partner_name))
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export agreements"),
            suggested,
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".csv")
        settings.setValue(_LAST_FOLDER_KEY, str(path.parent))
        return path

    def _on_export_succeeded(self, count: int, path: Path) -> None:
        self.message_posted.emit(
            plural(
                count,
                self.tr("Exported {n} agreement to {path}."),
                self.tr("Exported {n} agreements to {path}."),
                path=path,
            )
        )
        self.exported.emit(count, path)

    def _on_export_failed(self, error: Exception) -> None:
        show_error(self._parent, error, title=self.tr("Cannot export"))
        self.export_failed.emit(str(error))
