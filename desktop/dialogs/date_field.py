"""A date entry that can also be empty: a line edit for typing plus a calendar popup.

Records keep plain dates, no time and no time zone (DESIGN, "Records"), and
some are optional (a partner's date of affiliation, an agreement's "valid
until"). ``QDateEdit`` cannot be empty; its usual workaround (the minimum
date shown as a special value text) breaks typing: over the special text,
"2014-07-23" typed on the keyboard leaves the value unset, and typing over
a selected date keeps the old date. So :class:`DateField` is a line edit
that reads the forms people actually type, with a calendar popup beside it:

- ``2014-07-23`` (ISO 8601, what Accord shows), ``2014/7/23`` (what Excel
  on Japanese Windows writes), ``2014.7.23``, ``20140723``,
  ``2014年7月23日``; full-width digits from a Japanese input method are
  read as digits (NFKC).
- Empty text is "no date". Text that is not a date makes :meth:`is_valid`
  false; the form refuses it by name rather than saving no date.
- Up/Down step one day; Alt+Down or F4 opens the calendar.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{4})(\d{2})(\d{2})")


def parse_date(text: str) -> dt.date | None:
    """Return the date written in ``text``, ``None`` for empty text.

    Reads the forms listed in the module docstring. Raises ``ValueError``
    for anything else, including impossible dates such as 2014-02-30.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError(f"“{text}” is not a date")
    year, month, day = (int(part) for part in match.groups() if part is not None)
    return dt.date(year, month, day)


class DateField(QWidget):
    """A date that may be unset: ``date() -> datetime.date | None``.

    ``optional`` adds a clear button to the text; a required field can be
    empty as well (a new agreement's date signed starts empty on purpose),
    and its form refuses that on save. The line edit (``lineEdit()``) holds
    the text; ``setDate`` writes ISO text.
    """

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self._edit = _DateLineEdit(self)
        self._edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self._edit.setClearButtonEnabled(optional)
        self._edit.editingFinished.connect(self._on_edit_editing_finished)
        self._edit.popup_requested.connect(self.show_calendar)
        self._edit.step_requested.connect(self._on_edit_step_requested)
        self._button = QToolButton(self)
        self._button.setArrowType(Qt.ArrowType.DownArrow)
        self._button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self._button.setAccessibleName(self.tr("Calendar"))
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._button.clicked.connect(self.show_calendar)
        self._calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._button)
        self.setFocusProxy(self._edit)

    def lineEdit(self) -> QLineEdit:  # Qt naming, as QAbstractSpinBox.lineEdit
        """The line edit that holds the typed text."""
        return self._edit

    def date(self) -> dt.date | None:
        """The date typed or chosen; ``None`` when empty or when the text is not a date."""
        try:
            return parse_date(self._edit.text())
        except ValueError:
            return None

    def setDate(self, date: dt.date | None) -> None:  # Qt naming, as QDateEdit.setDate
        """Show ``date`` as ``YYYY-MM-DD``; ``None`` empties the field."""
        self._edit.setText("" if date is None else date.isoformat())

    def is_valid(self) -> bool:
        """True when the field is empty or holds a date, false for text that is not one."""
        try:
            parse_date(self._edit.text())
        except ValueError:
            return False
        return True

    def calendar(self) -> QCalendarWidget:
        """The calendar of the popup (made on first use); choosing a day sets the field."""
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setGridVisible(True)
            calendar.setFirstDayOfWeek(self.locale().firstDayOfWeek())
            calendar.clicked.connect(self._on_calendar_chosen)
            calendar.activated.connect(self._on_calendar_chosen)
            self._calendar = calendar
        return self._calendar

    def show_calendar(self) -> None:
        """Open the calendar below the field at the current date, or today when there is none."""
        calendar = self.calendar()
        current = self.date()
        shown = QDate(current) if current is not None else QDate.currentDate()
        calendar.setSelectedDate(shown)
        calendar.setCurrentPage(shown.year(), shown.month())
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()

    def _on_calendar_chosen(self, date: QDate) -> None:
        self.setDate(date.toPython())
        if self._calendar is not None:
            self._calendar.hide()
        self._edit.setFocus()

    def _on_edit_editing_finished(self) -> None:
        date = self.date()
        if date is not None:
            self.setDate(date)  # normalise 2014/7/23 to 2014-07-23

    def _on_edit_step_requested(self, days: int) -> None:
        date = self.date()
        if date is not None:
            self.setDate(date + dt.timedelta(days=days))


class _DateLineEdit(QLineEdit):
    """The text part of :class:`DateField`: asks for the popup and for day steps."""

    popup_requested = Signal()
    step_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.popup_requested.emit()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_requested.emit(1 if key == Qt.Key.Key_Up else -1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


__all__ = ["DateField", "parse_date"]
