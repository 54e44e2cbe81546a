"""Dates as the chosen language writes them: ``2014/07/23`` and ``2014年7月23日`` in Japanese.

Only what is shown changes; stored dates stay ISO 8601 (``2014-07-23``).
The forms are texts of the translation catalogue (context ``dates``), so a
new language brings its own forms with its translation, no code:

==========  =================  =============================
form        English            Japanese
==========  =================  =============================
table       ``2014-07-23``     ``2014/07/23``
long        ``23 July 2014``   ``2014年7月23日``
long + era  ``23 July 2014     ``2014年7月23日（平成26年）``
            (Heisei 26)``
==========  =================  =============================

English tables keep ISO 8601 (what Accord showed before, what CSV holds,
and it sorts as text). The long English form is day-month-year, as the
United Nations and most of the world write it for readers anywhere: the
order cannot be misread, and it needs no comma (``July 23, 2014`` is the
US form). The era suffix (an option of the window) is only given from
1873, the first Gregorian year in Japan (:mod:`db.i18n.eras`).
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from db.i18n.eras import era_year, era_year_text
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate

if TYPE_CHECKING:
    import datetime as dt

_CONTEXT = "dates"

# Month names, January first, for forms with ``{month_name}``.
MONTH_NAMES = (
    #: A month's name, for dates written with {month_name} (23 July 2014).
    QT_TRANSLATE_NOOP("dates", "January"),
    QT_TRANSLATE_NOOP("dates", "February"),
    QT_TRANSLATE_NOOP("dates", "March"),
    QT_TRANSLATE_NOOP("dates", "April"),
    QT_TRANSLATE_NOOP("dates", "May"),
    QT_TRANSLATE_NOOP("dates", "June"),
    QT_TRANSLATE_NOOP("dates", "July"),
    QT_TRANSLATE_NOOP("dates", "August"),
    QT_TRANSLATE_NOOP("dates", "September"),
    QT_TRANSLATE_NOOP("dates", "October"),
    QT_TRANSLATE_NOOP("dates", "November"),
    QT_TRANSLATE_NOOP("dates", "December"),
)


class DateForm(Enum):
    """How much room a date has: a table cell, or a sentence, panel or report."""

    TABLE = "table"
    LONG = "long"


def format_date(day: dt.date | None, form: DateForm = DateForm.TABLE, *, era: bool = False) -> str:
    """Return ``day`` in the chosen language's ``form``; ``""`` for no date.

    ``era`` adds the Japanese era year to the long form
    (``2014年7月23日（平成26年）``) when the date has one (from 1873); the
    table form never carries it, to keep columns narrow and sortable.
    """
    if day is None:
        return ""
    fields = _fields(day)
    if form is DateForm.TABLE:
        #: How a date is shown in a table cell. Blanks: {yyyy} 2014, {mm} 07, {dd} 23,
        #: {m} 7, {d} 23, {month_name} July. Keep it short; it should sort as text.
        return fill(translate("dates", "{yyyy}-{mm}-{dd}", "table date"), **fields)
    #: How a date is written in a sentence, a panel or a report. Blanks: {yyyy} 2014,
    #: {mm} 07, {dd} 23, {m} 7, {d} 23, {month_name} July (translated separately).
    text = fill(translate("dates", "{d} {month_name} {yyyy}", "long date"), **fields)
    found = era_year(day) if era else None
    if found is None:
        return text
    era_entry, year = found
    #: The Japanese era year of a date. Blanks: {era} the era in Latin letters (Heisei),
    #: {name} in kanji (平成), {year} the year of the era (1, 26), {nen} the same but
    #: 元 for year 1, as Japanese writes it (令和元年).
    era_text = fill(
        translate("dates", "{era} {year}", "era year"),
        era=era_entry.romaji,
        name=era_entry.name,
        year=year,
        nen=era_year_text(year),
    )
    #: A long date followed by its Japanese era year: {date} 23 July 2014, {era} Heisei 26.
    return fill(translate("dates", "{date} ({era})", "date with era"), date=text, era=era_text)


def _fields(day: dt.date) -> dict[str, str]:
    return {
        "yyyy": f"{day.year:04d}",
        "mm": f"{day.month:02d}",
        "dd": f"{day.day:02d}",
        "m": str(day.month),
        "d": str(day.day),
        "month_name": translate(_CONTEXT, MONTH_NAMES[day.month - 1]),
    }
