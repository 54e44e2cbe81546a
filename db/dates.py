"""Reading a date a person or a spreadsheet wrote, or refusing it in one sentence.

Accepted, after removing zero-width characters and BOMs
(U+200B–U+200D, U+2060, U+FEFF) and Unicode NFKC normalisation, so that
full-width digits and spaces (``２０１４年７月２３日``) read as ASCII:

- ISO ``2014-07-23``; ``2014/7/23``, ``2014/07/23`` and ``2014.7.23`` (what
  Excel on Japanese Windows writes back; the export's ``yyyy/mm/dd`` too);
- ``July 23, 2014``, ``Jul 23, 2014``, ``23 July 2014`` (English month names
  or their abbreviations, any case, an ordinal suffix such as ``23rd``
  allowed);
- Japanese ``2014年7月23日``, with or without spaces;
- all-number day/month/year ``23/07/2014``, when it can only be read one way
  or the caller gives the :class:`~db.dates.DateOrder`;
- Japanese era dates (和暦): ``令和6年5月1日``, ``令和元年5月1日`` (元年 is
  year 1), ``平成26年7月23日``, ``R6.5.1``, ``H26/7/23``, ``S63.1.7`` (令和
  R, 平成 H, 昭和 S, 大正 T, 明治 M, from the one era table of :mod:`db.i18n.eras`;
  ``㍻`` reads as 平成 after NFKC). A date
  outside its era is refused (``平成31年5月1日`` does not exist: Reiwa began
  on 2019-05-01), and so is a Meiji date before 1873, when Japan still
  used its lunisolar calendar;
- a weekday after the date, ``2014年7月23日(水)``, ``2014/7/23（水）``,
  ``(水曜日)``, ``(Wed)``: checked against the date, refused when wrong;
- dashes that look like a hyphen between digits (U+2010, U+2011, U+2012,
  U+2013, U+2212 −, U+30FC ー, U+FF0D －) and spaces around a separator
  (``2014 / 7 / 23``);
- trailing page clutter (`` / PDF``, ``(PDF)``, `` PDF``) after a whole date,
  and any time after it (``2014/7/23 12:00:00``, ``0:00``: Excel adds one to
  a date cell formatted with a time): the date part is what counts.

A refusal quotes the text as typed (only invisible characters removed),
never the normalised one.

Refused, never guessed: a date without a year (never the current year), a
two-digit year, an all-number date that could be day/month or month/day
(``08/07/2021``) when no order was chosen, and impossible dates
(``2021-02-30``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
import unicodedata

from db.errors import DateError
from db.i18n import eras
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, language, translate
from db.text import without_invisible

_CLUTTER = re.compile(r"\s*(?:/\s*PDF|\(\s*PDF[^)]*\)|\[\s*PDF[^\]]*\]|PDF)\s*$", re.IGNORECASE)
# A time after the date (Excel writes a date cell formatted with a time as ``2014/7/23 0:00``).
_TIME = re.compile(
    r"(?:\s+|T)(?:午前|午後)?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?$"
)
_WEEKDAYS_JA = "月火水木金土日"  # Monday first, as datetime.weekday() counts
_WEEKDAYS_EN = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(
    rf"\s*(?:\(\s*(?:([{_WEEKDAYS_JA}])(?:曜日?)?|([A-Za-z]{{3}})[A-Za-z]*\.?)\s*\)"
    rf"|\s+([{_WEEKDAYS_JA}])曜日)$"
)
# Dashes that look like a hyphen (after NFKC: U+2011 → U+2010, U+FF0D → -).
_DASHES = re.compile(r"(?<=[0-9])\s*[\u2010\u2012\u2013\u2212\u30fc-]\s*(?=[0-9])")
_SPACED = re.compile(r"(?<=[0-9])\s*([/.])\s*(?=[0-9])")


def _era_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the kanji and the short era-date patterns, their era alternatives from the
    era table (``db/data/eras.json``): names (平成) and letters in both cases (H, h)."""
    table = eras.eras()
    names = "|".join(re.escape(era.name) for era in table)
    letters = "".join(re.escape(era.letter.upper() + era.letter.lower()) for era in table)
    kanji = re.compile(
        rf"({names})\s*([0-9]{{1,2}}|元)\s*年\s*([0-9]{{1,2}})\s*月\s*([0-9]{{1,2}})\s*日"
    )
    short = re.compile(
        rf"({names}|[{letters}])\.?\s*([0-9]{{1,2}}|元)([-/.])([0-9]{{1,2}})\3([0-9]{{1,2}})"
    )
    return kanji, short


_ERA_JA, _ERA_SHORT = _era_patterns()

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

_D = r"([0-9]{1,2})"
_Y = r"([0-9]{4})"
_ORD = r"(?:st|nd|rd|th)?"
_WORD = r"([A-Za-z]+)\.?"

# ISO ``2014-07-23`` or ``2014/7/23`` in ASCII digits, the fast path of parse_date.
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
EXAMPLES = QT_TRANSLATE_NOOP(
    "dates", "such as 2014-07-23, 2014/7/23, July 23, 2014 or 2014年7月23日"
)


#: The end of the sentence refusing an all-number date that reads both ways; the command
#: line recognises it to name its ``--date-order`` option.
ORDER_CHOICE = QT_TRANSLATE_NOOP("dates", "choose the day/month order.")


def _normalised(text: str) -> str:
    return unicodedata.normalize("NFKC", without_invisible(text)).strip()


def _month(word: str) -> int | None:
    return _MONTHS.get(word.lower())


# Characters of a refused cell a message quotes (every real date is shorter).
_QUOTED = 60


class DateOrder(enum.Enum):
    """How to read an all-number date such as ``08/07/2021``, when the user chose."""

    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


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
    shown = without_invisible(text).strip()
    if len(shown) > _QUOTED:  # no date is this long: quote its start, not the whole cell
        shown = shown[:_QUOTED].rstrip() + " …"
    value = _normalised(text)
    if not value:
        raise DateError(translate("dates", "No date was given."))
    value = _SPACED.sub(r"\1", _DASHES.sub("-", value))
    whole, weekday = _date_part(value)
    for candidate in dict.fromkeys((value, whole)):
        found = _read(candidate, shown, order)
        if found is not None:
            if weekday is not None and found.weekday() != weekday:
                raise DateError(
                    fill(
                        translate(
                            "dates", "“{shown}” says {day_name}, but {isoformat} is a {day_name2}."
                        ),
                        shown=shown,
                        day_name=calendar.day_name[weekday],
                        isoformat=found.isoformat(),
                        day_name2=calendar.day_name[found.weekday()],
                    )
                )
            return found
    for candidate in dict.fromkeys((value, whole)):
        _refuse_partial(candidate, shown)
    raise DateError(
        fill(
            translate("dates", "“{shown}” is not a date in a form Accord reads ({examples})."),
            shown=shown,
            examples=translate("dates", EXAMPLES),
        )
    )


def _date_part(value: str) -> tuple[str, int | None]:
    """Return ``value`` without page clutter, a time and a weekday after the date, and the
    weekday (0 Monday, ``None`` when none is written)."""
    weekday = None
    whole = _CLUTTER.sub("", value)
    for _ in range(2):  # "2014/7/23(水) 12:00" and "2014/7/23 12:00 (水)"
        whole = _TIME.sub("", whole)
        if match := _WEEKDAY.search(whole):
            japanese = match[1] or match[3]
            if japanese:
                weekday = _WEEKDAYS_JA.index(japanese)
            elif match[2].lower() in _WEEKDAYS_EN:
                weekday = _WEEKDAYS_EN.index(match[2].lower())
            else:
                break
            whole = whole[: match.start()]
    return whole.strip() or value, weekday


def _read(value: str, shown: str, order: DateOrder | None) -> dt.date | None:
    """Return the date of a whole-date form, ``None`` when ``value`` is no such form."""
    if match := _ERA_JA.fullmatch(value):
        return _era(match[1], match[2], int(match[3]), int(match[4]), shown)
    if match := _ERA_SHORT.fullmatch(value):
        return _era(match[1], match[2], int(match[4]), int(match[5]), shown)
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
                fill(
                    translate("dates", "“{shown}” could be {day_month} or {month_day}; {choose}"),
                    shown=shown,
                    #: A day and month, no year. Blanks: {day} 8, {month} 7, {month_name} July.
                    day_month=fill(
                        translate("dates", "{day} {month_name}", "a day and month, day first"),
                        day=first,
                        month=second,
                        month_name=calendar.month_name[second],
                    ),
                    #: A month and day, no year. Blanks: {day} 7, {month} 8, {month_name} August.
                    month_day=fill(
                        translate("dates", "{month_name} {day}", "a month and day, month first"),
                        day=second,
                        month=first,
                        month_name=calendar.month_name[first],
                    ),
                    choose=translate("dates", ORDER_CHOICE),
                )
            )
        raise DateError(
            fill(
                translate(
                    "dates", "{shown} is not a date: neither {first} nor {second} is a month."
                ),
                shown=shown,
                first=first,
                second=second,
            )
        )
    return None


def _era_name(era: eras.Era) -> str:
    """Return how a sentence in the chosen language names ``era``: its kanji (平成) in
    Japanese, its romanised name (Heisei) in every other language."""
    return era.name if language() == "ja" else era.romaji


def _era(name: str, year_text: str, month: int, day: int, shown: str) -> dt.date:
    """Return the date of a Japanese era date, or raise the sentence saying why it is none.

    ``name`` is an era's kanji or letter (any case); the era's first and last
    day (inclusive) and the first Gregorian day in Japan come from the era
    table, :mod:`db.i18n.eras`.
    """
    era = eras.era_named(name)
    year = 1 if year_text == eras.GANNEN else int(year_text)
    if year == 0:
        raise DateError(
            fill(
                translate("dates", "{shown} is not a date: there is no year 0 of {era_names}."),
                shown=shown,
                era_names=_era_name(era),
            )
        )
    found = _make(era.first_day.year + year - 1, month, day, shown)
    if found < era.first_day:
        raise DateError(
            fill(
                translate(
                    "dates", "{shown} is not a date: the {era_names} era began on {isoformat}."
                ),
                shown=shown,
                era_names=_era_name(era),
                isoformat=era.first_day.isoformat(),
            )
        )
    if era.last_day is not None and found > era.last_day:
        raise DateError(
            fill(
                translate(
                    "dates", "{shown} is not a date: the {era_names} era ended on {isoformat}."
                ),
                shown=shown,
                era_names=_era_name(era),
                isoformat=era.last_day.isoformat(),
            )
        )
    if found < eras.era_table().gregorian_from:
        raise DateError(
            fill(
                translate(
                    "dates",
                    "{shown} is in Japan's old lunisolar calendar (before 1873); write the date "
                    "in the Western calendar.",
                ),
                shown=shown,
            )
        )
    return found


def _refuse_partial(value: str, shown: str) -> None:
    """Raise the sentence for a date that lacks its year or day, or has a two-digit year."""
    for pattern in _TWO_DIGIT_YEAR:
        if match := pattern.fullmatch(value):
            words = [g for g in match.groups() if g.isalpha()]
            if all(_month(word) is not None for word in words):
                raise DateError(
                    fill(
                        translate(
                            "dates", "“{shown}” has a two-digit year; write the year in full."
                        ),
                        shown=shown,
                    )
                )
    for pattern in _NO_YEAR:
        if match := pattern.fullmatch(value):
            words = [g for g in match.groups() if g.isalpha()]
            if all(_month(word) is not None for word in words):
                raise DateError(fill(translate("dates", "“{shown}” has no year."), shown=shown))
    for pattern in _NO_DAY:
        if match := pattern.fullmatch(value):
            words = [g for g in match.groups() if g.isalpha()]
            if all(_month(word) is not None for word in words):
                raise DateError(fill(translate("dates", "“{shown}” has no day."), shown=shown))


def _make(year: int, month: int, day: int, shown: str) -> dt.date:
    """Return the date, or raise the sentence saying why it does not exist."""
    if year < 1:
        raise DateError(
            fill(translate("dates", "{shown} is not a date: there is no year 0."), shown=shown)
        )
    if not 1 <= month <= 12:
        raise DateError(
            fill(
                translate("dates", "{shown} is not a date: there is no month {month}."),
                shown=shown,
                month=month,
            )
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        if day == 0:
            raise DateError(
                fill(translate("dates", "{shown} is not a date: there is no day 0."), shown=shown)
            )
        raise DateError(
            fill(
                translate("dates", "{shown} is not a date: {month_name} {year} has {last} days."),
                shown=shown,
                month_name=calendar.month_name[month],
                year=year,
                last=last,
            )
        )
    return dt.date(year, month, day)
