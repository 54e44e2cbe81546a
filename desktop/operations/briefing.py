"""File › Briefing Sheet… (``actionBriefing``): the briefing sheet as a PDF, written off the
GUI thread.

What the sheet covers follows the selection: the selected partner and all its
agreements, unless several agreements are selected (then those, whoever their
partners); with "All agreements" selected, the selected agreements. The records are read
and the PDF is drawn in the task runner's worker (:mod:`desktop.briefing.sheet`, which
needs no widget), behind a progress dialog (``briefingProgress``) whose Cancel leaves no
file. When the file is written, a box offers to open it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.errors import Cancelled
from desktop.briefing.content import file_name
from desktop.operations.base import Operation
from desktop.operations.document_support import remembered_folder
from desktop.support.messages import fill, show_error
from desktop.support.opener import open_written_file

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.progress import Progress
    from db.schemas import PartnerRead

_LAST_FOLDER_KEY = "briefing/lastFolder"


def briefing_scope(
    partner: PartnerRead | None, selected_ids: Sequence[int]
) -> tuple[int | None, tuple[int, ...]]:
    """What a sheet made now covers: ``(partner ID, ())`` for a partner's sheet, ``(None,
    agreement IDs)`` for chosen agreements, ``(None, ())`` for nothing (the action is
    then disabled). See the module's rule."""
    if partner is not None and len(selected_ids) < 2:
        return partner.id, ()
    return None, tuple(selected_ids)


class BriefingOperation(Operation):
    """Asks where to save the sheet, writes it off the GUI thread, offers to open it.

    :attr:`written` is emitted with the file and its page count; :attr:`failed` with the
    sentence of a failure or a cancel.
    """

    written = Signal(object, int)
    failed = Signal(str)

    def run(self, *, partner: PartnerRead | None, selected_ids: Sequence[int]) -> None:
        """Make the sheet of what :func:`briefing_scope` gives for this selection."""
        if self.busy:
            return
        partner_id, agreement_ids = briefing_scope(partner, selected_ids)
        if partner_id is None and not agreement_ids:
            return
        from db.partner_names import display_name

        name = display_name(partner.name, partner.office_name) if partner else ""
        path = self._ask_path(file_name(name or "accord"))
        if path is not None:
            self._start(path, partner_id, agreement_ids)

    def _start(self, path: Path, partner_id: int | None, agreement_ids: tuple[int, ...]) -> None:
        library = self._library

        def work(progress: Progress) -> int:
            from db.briefing import agreements_briefing, partner_briefing
            from desktop.briefing.sheet import write_briefing
            from desktop.briefing.timeline import timeline_painter

            if partner_id is not None:
                briefing = partner_briefing(library, partner_id)
            else:
                briefing = agreements_briefing(library, agreement_ids)
            timeline = timeline_painter(library, briefing)
            return write_briefing(briefing, path, timeline=timeline, progress=progress)

        self._run(
            work,
            #: Progress text; {name} is the PDF file's name.
            fill(self.tr("Writing {name}…"), name=path.name),
            on_success=lambda pages: self._on_succeeded(path, pages),
            on_failure=self._on_failed,
            name="briefingProgress",
            #: Title of the progress window while a briefing sheet is written (a noun).
            title=self.tr("Briefing sheet"),
        )

    def _ask_path(self, suggested: str) -> Path | None:
        settings = QSettings()
        folder = remembered_folder(_LAST_FOLDER_KEY)
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            #: Title of the save dialog of File › Briefing Sheet….
            self.tr("Save Briefing Sheet"),
            str(Path(folder) / suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        settings.setValue(_LAST_FOLDER_KEY, str(path.parent))
        return path

    def _on_succeeded(self, path: Path, pages: int) -> None:
        #: Status bar and message after File › Briefing Sheet…; {path} the PDF written.
        text = fill(
            self.tr("Wrote the briefing sheet to {path} (%n page(s)).", "", pages), path=path
        )
        self.message_posted.emit(text)
        self.written.emit(path, pages)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Briefing sheet"), text,
                          parent=self._parent)  # fmt: skip
        box.setObjectName("briefingWritten")
        #: Button of the box after a briefing sheet is written: open the PDF (a verb).
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        try:
            box.exec()
            wanted = box.clickedButton() is open_button
        finally:
            box.deleteLater()
        if wanted and not open_written_file(path):
            show_error(
                self._parent,
                fill(self.tr("No application could open {path}."), path=path),
                title=self.tr("Briefing sheet"),
            )

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, Cancelled):
            message = self.tr("The briefing sheet was cancelled; no file was written.")
            self.message_posted.emit(message)
            self.failed.emit(message)
            return
        #: Title of the box that says a briefing sheet could not be written.
        self.failed.emit(self._fail(error, title=self.tr("Cannot write the briefing sheet")))
