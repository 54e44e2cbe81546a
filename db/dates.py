"""Reading a date a person or a spreadsheet wrote, or refusing it in one sentence.

Accepted (issue 4, "Dates"), after removing zero-width characters and BOMs
(U+200B–U+200D, U+2060, U+FEFF) and Unicode NFKC normalisation, so that
full-width digits and spaces (``２０１４年７月２３日``) read as ASCII:

- ISO ``2014-07-23``; ``2014/7/23``, ``2014/07/23`` and ``2014.7.23`` (what
  Excel on Japanese Windows writes back; the export's ``yyyy/mm/dd`` too);
- ``July 23, 2014``, ``Jul 23, 2014``, ``23 July 2014`` (English month names
  or their abbreviations, any case, an ordinal suffix such as ``23rd``
  allowed);
- Japanese ``2014年7月23日``, with or without spaces;
- all-number day/month/year ``23/07/2014``, when it can only be read one way
  or the caller gives the :class:`~db.import_plan.DateOrder`;
- trailing page clutter (`` / PDF``, ``(PDF)``, `` PDF``) after a whole date,
  and the midnight time Excel adds to a date cell formatted with a time
  (``2014/7/23 0:00``).

Refused, never guessed: a date without a year (never the current year), a
two-digit year, an all-number date that could be day/month or month/day
(``08/07/2021``) when no order was chosen, and impossible dates
(``2021-02-30``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from db.import_plan import DateOrder

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_CLUTTER = re.compile(r"\s*(?:/\s*PDF|\(\s*PDF[^)]*\)|\[\s*PDF[^\]]*\]|PDF)\s*$", re.IGNORECASE)
#: Excel writes a date cell formatted with a time as ``2014/7/23 0:00``.
_MIDNIGHT = re.compile(r"\s+0?0:00(?::00)?$")

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

_D = r"([0-9]{1,2})"
_Y = r"([0-9]{4})"
_ORD = r"(?:st|nd|rd|th)?"
_WORD = r"([A-Za-z]+)\.?"

#: ISO ``2014-07-23`` or ``2014/7/23`` in ASCII digits, the fast path of parse_date.
_PLAIN_YMD = re.compile(r"([0-9]{4})([-/])([0-9]{1,2})\2([0-9]{1,2})").fullmatch
_YMD = re.compile(rf"{_Y}([-/.]){_D}\2{_D}")
_JAPANESE = re.compile(rf"{_Y}\s*年\s*{_D}\s*月\s*{_D}\s*日")
_MONTH_DAY_YEAR = re.compile(rf"{_WORD}\s*{_D}{_ORD}\s*[,\s]\s*{_Y}")
_DAY_MONTH_YEAR = re.compile(rf"{_D}{_ORD}[\s\-/]*{_WORD}[\s,\-/]*{_Y}")
_NUMERIC = re.compile(rf"{_D}([-/.]){_D}\2{_Y}")

_TWO_DIGIT_YEAR = (
    re.compile(rf"{_D}([-/.]){_D}\2([0-9]{{2}})"),
    re.compile(r"([0-9]{2})([-/.])([0-9]{1,2})\2([0-9]{1,2})"),
    re.compile(rf"{_WORD}\s*{_D}{_ORD}\s*[,\s]\s*'?([0-9]{{2}})"),
    re.compile(rf"{_D}{_ORD}[\s\-/]*{_WORD}[\s,\-/]*'?([0-9]{{2}})"),
)
_NO_YEAR = (
    re.compile(rf"{_WORD}\s+{_D}{_ORD}"),
    re.compile(rf"{_D}{_ORD}\s+{_WORD}"),
    re.compile(rf"{_D}\s*月\s*{_D}\s*日"),
    re.compile(rf"{_D}/{_D}"),
)
_NO_DAY = (
    re.compile(rf"{_WORD},?\s+{_Y}"),
    re.compile(rf"{_Y}\s*年\s*{_D}\s*月"),
    re.compile(rf"{_Y}[-/.]{_D}"),
)
_EXAMPLES = "such as 2014-07-23, 2014/7/23, July 23, 2014 or 2014年7月23日"


class DateError(ValueError):
    """A text that is not a date Accord can read; ``str()`` is one sentence naming it."""


def _normalised(text: str) -> str:
    return unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).strip()


def _month(word: str) -> int | None:
    return _MONTHS.get(word.lower())


def parse_date(text: str, *, order: DateOrder | None = None) -> dt.date:
    """Return the date ``text`` writes, in any of the forms of this module's docstring.

    ``order`` says how to read an all-number ``08/07/2021`` (day first or
    month first); without it only a date that can be read one way is
    accepted. Raises :class:`DateError` with one sentence naming ``text``:
    no year, a two-digit year, no day, ambiguous order, impossible date,
    or a form Accord does not read.
    """
    if match := _PLAIN_YMD(text):  # what export and Excel write: no normalising needed
        try:
            return dt.date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:
            pass  # an impossible date: the sentence below says why
    shown = text.translate(_INVISIBLE).strip()
    value = _normalised(text)
    if not value:
        raise DateError("No date was given.")
    whole = _MIDNIGHT.sub("", _CLUTTER.sub("", value)) or value
    for candidate in dict.fromkeys((value, whole)):
        found = _read(candidate, shown, order)
        if found is not None:
            return found
    for candidate in dict.fromkeys((value, whole)):
        _refuse_partial(candidate, shown)
    raise DateError(f"“{shown}” is not a date in a form Accord reads ({_EXAMPLES}).")


def _read(value: str, shown: str, order: DateOrder | None) -> dt.date | None:
    """Return the date of a whole-date form, ``None`` when ``value`` is no such form."""
    if match := _YMD.fullmatch(value) or _JAPANESE.fullmatch(value):
        groups = [g for g in match.groups() if g.isdigit()]
        return _make(int(groups[0]), int(groups[1]), int(groups[2]), shown)
    if match := _MONTH_DAY_YEAR.fullmatch(value):
        month = _month(match[1])
        if month is not None:
            return _make(int(match[3]), month, int(match[2]), shown)
    if match := _DAY_MONTH_YEAR.fullmatch(value):
        month = _month(match[2])
        if month is not None:
            return _make(int(match[3]), month, int(match[1]), shown)
    if match := _NUMERIC.fullmatch(value):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        if order is DateOrder.DAY_FIRST:
            return _make(year, second, first, shown)
        if order is DateOrder.MONTH_FIRST:
            return _make(year, first, second, shown)
        if first == second or first > 12 >= second:
            return _make(year, second, first, shown)
        if second > 12 >= first:
            return _make(year, first, second, shown)
        if first <= 12 and second <= 12:
            raise DateError(
                f"“{shown}” could be {first} {calendar.month_name[second]} or "
                f"{calendar.month_name[first]} {second}; choose the day/month order."
            )
        raise DateError(f"{shown} is not a date: neither {first} nor {second} is a month.")
    return None


def _refuse_partial(value: str, shown: str) -> None:
    """Raise the sentence for a date that lacks its year or day, or has a two-digit year."""
    for pattern in _TWO_DIGIT_YEAR:
        if match := pattern.fullmatch(value):
            words = [g for g in match.groups() if g.isalpha()]
            if all(_month(word) is not None for word in words):
                raise DateError(f"“{shown}” has a two-digit year; write the year in full.")
    for pattern in _NO_YEAR:
        if match := pattern.fullmatch(value):
            words = [g for g in match.groups() if g.isalpha()]
            if all(_month(word) is not None for word in words):
                raise DateError(f"“{shown}” has no year.")
    for pattern in _NO_DAY:
        if match := pattern.fullmatch(value):
            words = [g for g in match.groups() if g.isalpha()]
            if all(_month(word) is not None for word in words):
                raise DateError(f"“{shown}” has no day.")


def _make(year: int, month: int, day: int, shown: str) -> dt.date:
    """Return the date, or raise the sentence saying why it does not exist."""
    if year < 1:
        raise DateError(f"{shown} is not a date: there is no year 0.")
    if not 1 <= month <= 12:
        raise DateError(f"{shown} is not a date: there is no month {month}.")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        if day == 0:
            raise DateError(f"{shown} is not a date: there is no day 0.")
        raise DateError(
            f"{shown} is not a date: {calendar.month_name[month]} {year} has {last} days."
        )
    return dt.date(year, month, day)
