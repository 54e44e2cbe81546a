"""The words of the timeline and the chart, in any language the catalogue has.

Marked in context ``Timeline`` with :func:`~db.i18n.translate.QT_TRANSLATE_NOOP` and
looked up with :func:`~db.i18n.translate.translate_into`, so a drawing can be made in
a language other than the window's (a PDF for a Japanese reader from an English
window); tooltips use the window's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.i18n.date_display import DateForm, format_date
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, language, translate_into
from desktop.drawing.layout import MarkKind

if TYPE_CHECKING:
    from desktop.drawing.layout import Bar, Marker

CONTEXT = "Timeline"

# What each marker marks, as the legend and the tooltips name it.
MARK_LABELS = {
    #: Timeline legend and tooltip: the day the agreement was signed.
    MarkKind.SIGNED: QT_TRANSLATE_NOOP("Timeline", "Signed"),
    #: Timeline legend and tooltip: the day the agreement entered into force.
    MarkKind.IN_FORCE: QT_TRANSLATE_NOOP("Timeline", "Entered into force"),
    #: Timeline legend and tooltip: the agreement was renewed on this day.
    MarkKind.RENEWED: QT_TRANSLATE_NOOP("Timeline", "Renewed"),
    #: Timeline legend and tooltip: the agreement's last day in force.
    MarkKind.EXPIRES: QT_TRANSLATE_NOOP("Timeline", "Expires"),
    #: Timeline legend and tooltip: the agreement was terminated on this day.
    MarkKind.TERMINATED: QT_TRANSLATE_NOOP("Timeline", "Terminated"),
    #: Timeline legend and tooltip: the partner's sister/friendship affiliation.
    MarkKind.AFFILIATION: QT_TRANSLATE_NOOP("Timeline", "Affiliation"),
}
#: Timeline legend: the arrow from an agreement to the newer one that replaces it.
SUPERSEDED = QT_TRANSLATE_NOOP("Timeline", "Superseded by")
#: Timeline legend: a bar whose agreement has no end date (it runs on past today).
OPEN_ENDED = QT_TRANSLATE_NOOP("Timeline", "No end date")
#: Timeline legend: the vertical line of today's date.
TODAY = QT_TRANSLATE_NOOP("Timeline", "Today")
#: Tooltip of a marker: {what} is what happened (Signed, Renewed...), {date} the day,
#: {title} the agreement's title or the partner's name.
MARK_TIP = QT_TRANSLATE_NOOP("Timeline", "{what}: {date}\n{title}")
#: Tooltip of an agreement's bar: {title}, then the days it started and ended.
BAR_TIP = QT_TRANSLATE_NOOP("Timeline", "{title}\nIn force: {start} – {end}")
#: Tooltip of an agreement's bar without an end date: {title}, then the day it started.
OPEN_BAR_TIP = QT_TRANSLATE_NOOP("Timeline", "{title}\nIn force since {start}")
#: Heading of the chart of agreements signed each year, by type.
CHART_TITLE = QT_TRANSLATE_NOOP("Timeline", "Agreements signed per year")
#: Heading of the chart of one partner's agreements signed each year; {partner} its name.
CHART_TITLE_OF = QT_TRANSLATE_NOOP("Timeline", "Agreements signed per year: {partner}")
#: The chart when no agreement is shown.
NO_AGREEMENTS = QT_TRANSLATE_NOOP("Timeline", "No agreements to show.")


def word(text: str, code: str) -> str:
    """``text`` (one of this module's marked texts) in the language ``code``."""
    return translate_into(code, CONTEXT, text)


def marker_tip(marker: Marker) -> str:
    """The tooltip of ``marker`` in the window's language: what, when, which agreement."""
    code = language()
    return fill(
        word(MARK_TIP, code),
        what=word(MARK_LABELS[marker.kind], code),
        date=format_date(marker.date, DateForm.LONG),
        title=marker.title,
    )


def bar_tip(bar: Bar) -> str:
    """The tooltip of ``bar`` in the window's language: title, entry into force, end."""
    code = language()
    start = format_date(bar.start, DateForm.LONG)
    if bar.end is None:
        return fill(word(OPEN_BAR_TIP, code), title=bar.title, start=start)
    end = format_date(bar.end, DateForm.LONG)
    return fill(word(BAR_TIP, code), title=bar.title, start=start, end=end)
