"""Editors for an agreement's life in its form: a period, a list of signatories, events.

- :class:`PeriodField`: a number and a unit (months, days), or none;
- :class:`SignatoriesEdit`: people who signed for one side, a name and a title each;
- :class:`EventsEdit`: renewals, amendments and terminations, a row each.

Each gives its value as the use cases take it (:class:`db.periods.Period` ISO text,
``{"name", "title"}`` dicts, :class:`db.schemas.EventData`) and says what keeps it from
being saved (:meth:`refusal`), so the form refuses inline and keeps what was typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.dates import parse_date
from db.enums import EventKind
from db.periods import MAX_DAYS, MAX_MONTHS, Period, period_from_iso
from db.schemas import EventData
from db.text import clean
from desktop.support.labels import enum_label
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Sequence


class PeriodField(QWidget):
    """A period: a spin box (0 = none) and a unit; :meth:`iso` gives ``"P3M"`` or ``""``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QSpinBox(self)
        self.amount.setRange(0, MAX_DAYS)
        #: Shown in a period's number box while it is 0: no period recorded.
        self.amount.setSpecialValueText(QCoreApplication.translate("AgreementLifeForm", "None"))
        self.unit = QComboBox(self)
        #: The unit of a term or notice period.
        self.unit.addItem(QCoreApplication.translate("AgreementLifeForm", "months"), "months")
        #: The unit of a term or notice period.
        self.unit.addItem(QCoreApplication.translate("AgreementLifeForm", "days"), "days")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.setFocusProxy(self.amount)

    def set_iso(self, value: str) -> None:
        """Show the stored period (``"P3M"``; ``""`` none)."""
        period = period_from_iso(value)
        self.amount.setValue(0 if period is None else period.amount)
        self.unit.setCurrentIndex(self.unit.findData(period.unit if period else "months"))

    def iso(self) -> str:
        """The period as stored, ``""`` for none."""
        if self.amount.value() == 0:
            return ""
        return Period(self.amount.value(), self.unit.currentData()).iso

    def refusal(self) -> str | None:
        """Why the period cannot be saved (more than 100 years of months), else None."""
        if self.unit.currentData() == "months" and self.amount.value() > MAX_MONTHS:
            return QCoreApplication.translate(
                "AgreementLifeForm", "A period can be at most 100 years."
            )
        return None


class _RowsEdit(QWidget):
    """A small table with Add and Remove buttons."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        #: Adds a row (a signatory, an event) to a list in the agreement form.
        self.add_button = QPushButton(QCoreApplication.translate("AgreementLifeForm", "Add"), self)
        #: Removes the selected row (a signatory, an event) from a list in the agreement form.
        self.remove_button = QPushButton(
            QCoreApplication.translate("AgreementLifeForm", "Remove"), self
        )
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def add_row(self, cells: Sequence[str] = ()) -> int:
        """Append a row holding ``cells`` (text); return its number."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            text = cells[column] if column < len(cells) else ""
            self.table.setItem(row, column, QTableWidgetItem(text))
        return row

    def _on_add(self) -> None:
        """Add an empty row and put the cursor in its first cell."""
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))  # type: ignore[arg-type]  # just made

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def cell(self, row: int, column: int) -> str:
        """The text of a cell, cleaned (one line, trimmed)."""
        item = self.table.item(row, column)
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        return clean(item.text()) if item is not None else ""


class SignatoriesEdit(_RowsEdit):
    """The people who signed for one side: name and title (office), a row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                #: Column of a signatories list in the agreement form: the person's name.
                QCoreApplication.translate("AgreementLifeForm", "Name"),
                #: Column of a signatories list: the person's office (Governor, Mayor...).
                QCoreApplication.translate("AgreementLifeForm", "Title"),
            ),
            parent,
        )
        self.table.setMaximumHeight(self.table.verticalHeader().defaultSectionSize() * 4)

    def set_signatories(self, people: Sequence[dict[str, str]]) -> None:
        """Show ``people`` (``{"name", "title"}`` dicts)."""
        self.table.setRowCount(0)
        for person in people:
            self.add_row((person.get("name", ""), person.get("title", "")))

    def signatories(self) -> list[dict[str, str]]:
        """The rows as ``{"name", "title"}`` dicts, blank rows left out."""
        found = []
        for row in range(self.table.rowCount()):
            name, title = self.cell(row, 0), self.cell(row, 1)
            if name or title:
                found.append({"name": name, "title": title})
        return found

    def refusal(self) -> str | None:
        """Why the list cannot be saved (a title without a name), else None."""
        for person in self.signatories():
            if not person["name"]:
                return QCoreApplication.translate(
                    "AgreementLifeForm", "Each signatory needs a name."
                )
        return None


class EventsEdit(_RowsEdit):
    """Renewals, amendments and terminations: date, what, new expiry (renewals), note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                #: Column of the events list in the agreement form: the day it happened.
                QCoreApplication.translate("AgreementLifeForm", "Date"),
                #: Column of the events list: renewed, amended or terminated.
                QCoreApplication.translate("AgreementLifeForm", "Event"),
                #: Column of the events list: the end date a renewal set.
                QCoreApplication.translate("AgreementLifeForm", "New expiry"),
                #: Column of the events list: a note (why it was terminated...).
                QCoreApplication.translate("AgreementLifeForm", "Note"),
            ),
            parent,
        )
        header = self.table.horizontalHeader()
        digits = self.fontMetrics().horizontalAdvance("0000-00-00") + 24
        for column, width in ((0, digits), (1, digits + 60), (2, digits)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Renewals Accord made by the agreement's terms keep that mark when edited.
        self._automatic: set[tuple[dt.date, dt.date | None]] = set()
        self.hint = QLabel(
            #: Above the events list of the agreement form: what belongs there and what not.
            QCoreApplication.translate(
                "AgreementLifeForm",
                "Renewals, amendments and the termination, one a row (dates as YYYY-MM-DD). "
                "Signing, entry into force and the agreement that supersedes it come from "
                "its own fields.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.hint)

    def _on_add(self) -> None:
        """Add a row dated today and put the cursor in its date."""
        row = self.add_row((dt.date.today().isoformat(),))
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))  # type: ignore[arg-type]  # just made

    def add_row(self, cells: Sequence[str] = ()) -> int:  # adds the kind's combo box
        row = super().add_row(cells)
        combo = QComboBox(self.table)
        for kind in EventKind:
            combo.addItem(enum_label(kind), kind.value)
        combo.setCurrentIndex(max(combo.findData(cells[1] if len(cells) > 1 else "renewed"), 0))
        self.table.setCellWidget(row, 1, combo)
        return row

    def set_events(self, events: Sequence[EventData]) -> None:
        """Show ``events`` (dates ISO); an automatic renewal keeps its mark."""
        self.table.setRowCount(0)
        self._automatic = {(e.date, e.new_expiry) for e in events if e.automatic}
        for event in events:
            expiry = event.new_expiry.isoformat() if event.new_expiry else ""
            self.add_row((event.date.isoformat(), event.kind.value, expiry, event.note))

    def events(self) -> list[EventData]:
        """The rows as events. Raises ``ValueError`` (a sentence naming the row) for a
        date that does not read; :meth:`refusal` says the same without raising."""
        found: list[EventData] = []
        automatic = self._automatic
        for row in range(self.table.rowCount()):
            date_text, expiry_text = self.cell(row, 0), self.cell(row, 2)
            if not date_text and not expiry_text and not self.cell(row, 3):
                continue
            try:
                date = parse_date(date_text)
                expiry = parse_date(expiry_text) if expiry_text else None
            except ValueError as exc:
                #: A refusal of the agreement form: {row} is the event's row, 1 the first.
                message = QCoreApplication.translate("AgreementLifeForm", "Event {row}: {reason}")
                raise ValueError(fill(message, row=row + 1, reason=str(exc))) from exc
            kind = EventKind(self.cell(row, 1))
            found.append(EventData(kind=kind, date=date, new_expiry=expiry,
                                   note=self.cell(row, 3),
                                   automatic=(date, expiry) in automatic))  # fmt: skip
        return sorted(found, key=lambda e: e.date)

    def refusal(self) -> str | None:
        """Why the events cannot be saved (a date that does not read), else None."""
        try:
            self.events()
        except ValueError as exc:
            return str(exc)
        return None
