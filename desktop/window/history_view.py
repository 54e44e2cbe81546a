"""The History tab of the detail panel: every change to the agreement, or to its partner.

:class:`HistoryPanel` holds a choice of record (the agreement shown, or its
partner) above :class:`HistoryView` (``objectName`` ``historyView``), the
entries of :func:`db.history.read.record_history`, newest first. Reading the
history is one short query; it is done only while the panel is visible, so
moving through agreements with the Documents tab open costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import AccordError
from db.history.read import record_history
from desktop.models.history_model import HistoryTableModel
from desktop.support.messages import fill

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

    from db.library import Library


class HistoryView(QTableView):
    """The entries of one record's history (``historyView``): when, who, what.

    Read-only, one row per entry, the What column stretched; :attr:`history_model`
    is the :class:`HistoryTableModel` it shows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        #: Accessible name of the table of changes made to a record.
        self.setAccessibleName(self.tr("History"))
        self.history_model = HistoryTableModel(self)
        self.setModel(self.history_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.resizeSection(HistoryTableModel.WHEN, 118)
        header.resizeSection(HistoryTableModel.WHO, 90)
        header.setSectionResizeMode(HistoryTableModel.WHAT, QHeaderView.ResizeMode.Stretch)


class HistoryPanel(QWidget):
    """The history of the agreement shown, or of its partner (``historyPanel``).

    :meth:`show_agreement` names the records; the entries are (re)read
    when the panel is visible (at once) or when it is next shown. Without a
    library (:meth:`set_library`) it shows nothing.
    """

    AGREEMENT, PARTNER = range(2)

    def __init__(self, library: Library | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self._library = library
        self._agreement_id: int | None = None
        self._partner_id: int | None = None
        self._stale = True

        self.subject = QComboBox(self)
        self.subject.setObjectName("historySubject")
        self.subject.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        #: “Changes to: [This agreement]”, the history of the selected agreement.
        this_agreement = self.tr("This agreement")
        #: “Changes to: [Its partner]”, the history of the selected agreement's partner.
        self.subject.addItems([this_agreement, self.tr("Its partner")])
        self.subject.currentIndexChanged.connect(self._on_subject_current_index_changed)
        subject_label = QLabel(self.tr("Changes to:"), self)
        subject_label.setBuddy(self.subject)
        self.view = HistoryView(self)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("historyEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)  # greyed, as a placeholder

        row = QHBoxLayout()
        row.addWidget(subject_label)
        row.addWidget(self.subject)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)

    def set_library(self, library: Library | None) -> None:
        """Read histories from ``library`` (``None``: show nothing)."""
        self._library = library
        self.reload_later()

    def show_agreement(
        self, agreement_id: int | None, *, partner_id: int | None = None, partner_name: str = ""
    ) -> None:
        """Show the history of agreement ``agreement_id``, or of its partner if that is chosen.

        Always re-reads: the record may have changed even when it is the same one.
        """
        self._agreement_id, self._partner_id = agreement_id, partner_id
        self.subject.setItemText(
            self.PARTNER,
            #: “Changes to: [Its partner, Seoul]”; {name} is the partner's name.
            fill(self.tr("Its partner, {name}"), name=partner_name)
            if partner_name
            else self.tr("Its partner"),
        )
        self.reload_later()

    def reload_later(self) -> None:
        """Re-read the history now if the panel is visible, else when it is next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the chosen record's history from the library and show it."""
        self._stale = False
        kind, record_id = self.record()
        entries = []
        message = ""
        if self._library is not None and record_id is not None:
            try:
                entries = record_history(self._library, kind, record_id)
            except AccordError as exc:
                message = str(exc)
        self.view.history_model.set_entries(entries)
        if not message and not entries and record_id is not None:
            message = (
                self.tr("No changes are recorded for this agreement yet.")
                if kind == "agreement"
                else self.tr("No changes are recorded for this partner yet.")
            )
        self.empty_label.setText(message)
        self.empty_label.setVisible(bool(message))

    def record(self) -> tuple[str, int | None]:
        """The record whose history is chosen: ``("agreement", id)`` or ``("partner", id)``."""
        if self.subject.currentIndex() == self.PARTNER:
            return "partner", self._partner_id
        return "agreement", self._agreement_id

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot(int)
    def _on_subject_current_index_changed(self, _index: int) -> None:
        self.reload_later()
