"""Terms and notice periods: a number of months or days, and exact calendar arithmetic.

A period is kept as an ISO 8601 duration of one unit (``P12M``, ``P3M``, ``P90D``;
``P1Y`` reads as ``P12M``), the form the database stores. Adding months keeps the day
of the month and, where the month is shorter, gives its last day: 31 January plus one
month is 28 February (29 in a leap year), 29 February plus twelve months is
28 February. This is the rule of ISO 8601's calendar arithmetic as ``dateutil``'s
``relativedelta`` and the JavaScript Temporal API ("constrain") apply it, and how an
agreement's "one month from 31 January" is read.

A series (a term renewed again and again, a yearly anniversary) is always counted from
its first date, never step by step: 31 January plus one month, then plus one more, is
31 March, not 28 March (:func:`add_months` of ``2 * 1`` months, see
:func:`db.lifecycle.life.renewals_due`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from db.i18n.translate import fill, translate

Unit = Literal["months", "days"]

_ISO = re.compile(r"P(\d{1,4})([YMD])", re.IGNORECASE)
# What a person or a report writes: "3 months", "90 days", "1 year", "3か月", "90日", "1年".
_WRITTEN = re.compile(
    r"(\d{1,4})\s*(years?|yrs?|months?|mos?|days?|d|m|y|か月|ヶ月|ケ月|ヵ月|カ月|箇月|月|日|年)",
    re.IGNORECASE,
)
_UNIT_OF = {
    "y": "years", "yr": "years", "yrs": "years", "year": "years", "years": "years", "年": "years",
    "m": "months", "mo": "months", "mos": "months", "month": "months", "months": "months",
    "か月": "months", "ヶ月": "months", "ケ月": "months", "ヵ月": "months", "カ月": "months",
    "箇月": "months", "月": "months",
    "d": "days", "day": "days", "days": "days", "日": "days",
}  # fmt: skip
# The longest period Accord takes: 100 years, in either unit.
MAX_MONTHS = 1200
MAX_DAYS = 36525


@dataclass(frozen=True, order=True)
class Period:
    """A whole number of months or of days (``amount`` >= 1)."""

    amount: int
    unit: Unit

    @property
    def iso(self) -> str:
        """The ISO 8601 duration the database stores: ``"P3M"``, ``"P90D"``."""
        return f"P{self.amount}{'M' if self.unit == 'months' else 'D'}"

    def written(self, language: str = "en") -> str:
        """As a person reads it: ``"3 months"``, ``"1 month"``, ``"90 days"``; Japanese
        ``"3か月"``, ``"90日"``. :func:`parse_period` reads every form back."""
        if language == "ja":
            return f"{self.amount}{'か月' if self.unit == 'months' else '日'}"
        unit = self.unit if self.amount != 1 else self.unit[:-1]
        return f"{self.amount} {unit}"

    def added_to(self, day: dt.date, times: int = 1) -> dt.date:
        """``day`` plus ``times`` of this period (negative: before), months by
        :func:`add_months`. Raises ``OverflowError`` past year 9999 or before year 1."""
        if self.unit == "months":
            return add_months(day, self.amount * times)
        return day + dt.timedelta(days=self.amount * times)


def add_months(day: dt.date, months: int) -> dt.date:
    """Return ``day`` moved by ``months`` (negative: back), on the same day of the month or,
    where that month is shorter, its last day (see the module's rule).

    Raises ``OverflowError`` when the result falls outside years 1 to 9999.
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise OverflowError(day, months)  # callers catch it: never shown to a person
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def anniversary(day: dt.date, years: int) -> dt.date:
    """The ``years``-th anniversary of ``day``: 29 February's falls on 28 February in a
    common year (:func:`add_months`)."""
    return add_months(day, 12 * years)


def parse_period(text: str) -> Period | None:
    """Read a period as :meth:`Period.iso` or :meth:`Period.written` gives it (any case,
    full-width digits, ``"1 year"`` as twelve months); ``""`` is none.

    Raises ``ValueError`` with a sentence for a person for anything else, for zero and
    beyond 100 years.
    """
    from db.text import fold  # light, but keep this module free of the text tables

    raw = fold(text or "").strip()
    if not raw:
        return None
    match = _ISO.fullmatch(raw) or _WRITTEN.fullmatch(raw)
    if match is None:
        raise ValueError(
            fill(
                translate(
                    "lifecycle", "“{text}” is not a period: write it as “3 months” or “90 days”."
                ),
                text=text.strip(),
            )
        )
    amount = int(match.group(1))
    unit = _UNIT_OF.get(match.group(2).lower(), "")
    if match.re is _ISO:
        unit = {"y": "years", "m": "months", "d": "days"}[match.group(2).lower()]
    if unit == "years":
        amount, unit = amount * 12, "months"
    if amount == 0 or amount > (MAX_MONTHS if unit == "months" else MAX_DAYS):
        raise ValueError(
            fill(
                translate("lifecycle", "“{text}” is not a period between one day and 100 years."),
                text=text.strip(),
            )
        )
    return Period(amount, unit)  # type: ignore[arg-type]


def period_from_iso(value: str | None) -> Period | None:
    """The stored form back (``"P3M"``); ``None`` or ``""`` is none. Raises ``ValueError``
    for a value Accord never stores."""
    if not value:
        return None
    match = _ISO.fullmatch(value)
    if match is None:
        raise ValueError(value)  # never stored by Accord: a damaged value
    letter = match.group(2).upper()
    amount = int(match.group(1)) * (12 if letter == "Y" else 1)
    return Period(amount, "days" if letter == "D" else "months")
