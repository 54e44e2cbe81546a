"""A date entry that can also be empty: a line edit for typing plus a calendar popup.

Records keep plain dates, no time and no time zone (DESIGN, "Records"), and
some are optional (a partner's date of affiliation, an agreement's "valid
until"). ``QDateEdit`` cannot be empty; its usual workaround (the minimum
date shown as a special value text) breaks typing: over the special text,
"2014-07-23" typed on the keyboard leaves the value unset, and typing over
a selected date keeps the old date. So :class:`DateField` is a line edit
that reads the forms people actually type, with a calendar popup beside it:

- everything the CSV import reads, through the same parser
  (:func:`db.dates.parse_date`): ``2014-07-23`` (ISO 8601, what Accord
  shows), ``2014/7/23`` (what Excel on Japanese Windows writes),
  ``2014年7月23日``, era dates ``令和6年5月14日`` / ``H26.7.23``, full-width
  digits from a Japanese input method; and ``20140723``.
- A hint below the text says what was understood, in the window's long
  date form (``2024年5月14日（令和6年）``, ``14 May 2024``), before saving.
- Empty text is "no date". Text that is not a date makes :meth:`is_valid`
  false; the form refuses it by name rather than saving no date.
- Up/Down step one day; Alt+Down or F4 opens the calendar.

The forms share one plausibility rule for the dates they save: a date
before :data:`db.rules.EARLIEST_DATE` is refused (:func:`db.rules.date_refusal`),
and a date more than a year ahead is saved only when the person confirms it
(:func:`confirm_future_date`): 2204 for 2024 is an easy slip.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import dates
from db.dates import EXAMPLES
from db.i18n.date_display import DateForm, format_date
from db.i18n.translate import language, translate
from desktop.support.messages import confirm, fill

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

# Eight digits, 20140723: typed in forms, not a CSV form (a number there).
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_date(text: str) -> dt.date | None:
    """Return the date written in ``text``, ``None`` for empty text.

    Reads what :func:`db.dates.parse_date` reads (the CSV import's parser),
    plus ``20140723``. Raises ``ValueError`` (:class:`db.errors.DateError`,
    one sentence) for anything else, including impossible dates such as
    2014-02-30.
    """
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        return None
    if match := _COMPACT.fullmatch(plain):
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    return dates.parse_date(text)


def is_far_future(date: dt.date | None, *, today: dt.date | None = None) -> bool:
    """True when ``date`` is more than one year after ``today`` (default: the real today)."""
    if date is None:
        return False
    today = today or dt.date.today()
    try:
        limit = today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        limit = dt.date(today.year + 1, 3, 1)
    return date > limit


def confirm_future_date(field: DateField, *, today: dt.date | None = None) -> bool:
    """Ask before saving a date of ``field`` more than a year ahead; True to go on saving.

    Dates up to a year ahead (and empty fields) are not asked about. On No
    the field gets the focus, so the typo can be fixed.
    """
    date = field.date()
    if not is_far_future(date, today=today):
        return True
    assert date is not None
    #: {date} is the date typed, more than a year ahead.
    text = QCoreApplication.translate("DateField", "{date} is in the future; save anyway?")
    question = fill(text, date=format_date(date))
    title = QCoreApplication.translate("DateField", "Date in the future")
    if confirm(field.window(), title, question):
        return True
    field.setFocus()
    return False


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
        #: What the empty date field shows: the form of a date to type (Y year, M month, D day).
        self._edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self._edit.setClearButtonEnabled(optional)
        self._edit.editingFinished.connect(self._on_edit_editing_finished)
        self._edit.popup_requested.connect(self.show_calendar)
        self._edit.step_requested.connect(self._on_edit_step_requested)
        self._button = QToolButton(self)
        self._button.setArrowType(Qt.ArrowType.DownArrow)
        self._button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        #: Accessible name of the button that opens the calendar popup.
        self._button.setAccessibleName(self.tr("Calendar"))
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._button.clicked.connect(self.show_calendar)
        self._calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._button)
        self._hint = QLabel(self)
        self._hint.setObjectName("dateHint")
        self._hint.setEnabled(False)  # greyed: it explains, it is not a value
        self._hint.setWordWrap(True)  # the parser's reason can be a sentence
        self._edit.textChanged.connect(self._on_edit_text_changed)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._edit)
        column.addWidget(self._hint)
        layout.removeWidget(self._edit)
        layout.insertLayout(0, column, 1)
        layout.setAlignment(self._button, Qt.AlignmentFlag.AlignTop)
        self.setFocusProxy(self._edit)

    def hint(self) -> str:
        """What the field understood: the date in the window's long form, or why not; ``""``
        when empty."""
        return self._hint.text()

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
        """Show ``date`` in the language's table form (``2014-07-23``; Japanese ``2014/07/23``,
        which :func:`~db.dates.parse_date` reads back); ``None`` empties the field."""
        self._edit.setText("" if date is None else format_date(date))

    def reason(self) -> str | None:
        """Why the text is not a date, when the parser can say more than that it is in no
        date form (平成31年5月1日: the Heisei era ended on 2019-04-30); else ``None``."""
        try:
            parse_date(self._edit.text())
        except ValueError as exc:
            reason = str(exc)
            return None if translate("dates", EXAMPLES) in reason else reason
        return None

    def refusal(self, message: str) -> str:
        """Return ``message`` (the form's sentence naming the field) followed by the parser's
        :meth:`reason` when it has one."""
        reason = self.reason()
        if reason is None:
            return message
        #: A form's refusal of a date field: {message} names the field, {reason} says why.
        return fill(self.tr("{message} {reason}"), message=message, reason=reason)

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
        # PySide6's stub lists no QDate(datetime.date) overload; PySide6 converts one.
        shown = QDate(current) if current is not None else QDate.currentDate()  # type: ignore[call-overload]
        calendar.setSelectedDate(shown)
        calendar.setCurrentPage(shown.year(), shown.month())
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()

    def _on_calendar_chosen(self, date: QDate) -> None:
        # PySide6's stub types QDate.toPython() as object; it returns a datetime.date.
        self.setDate(date.toPython())  # type: ignore[arg-type]
        if self._calendar is not None:
            self._calendar.hide()
        self._edit.setFocus()

    def _on_edit_editing_finished(self) -> None:
        date = self.date()
        if date is not None:
            self.setDate(date)  # normalise 2014/7/23 to 2014-07-23

    def _on_edit_text_changed(self, text: str) -> None:
        try:
            date = parse_date(text)
        except ValueError:
            # The parser's reason when it has one, as the import gives it; a short word for
            # text in no date form.
            #: Under a date field whose text is not a date Accord reads.
            self._hint.setText(self.reason() or self.tr("Not a date"))
            return
        # The era year in the Japanese window, where era dates are what people type.
        era = language() == "ja"
        self._hint.setText("" if date is None else format_date(date, DateForm.LONG, era=era))

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


__all__ = [
    "DateField",
    "confirm_future_date",
    "is_far_future",
    "parse_date",
]
