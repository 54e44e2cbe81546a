"""How the window shows dates: the language's own forms, and the Japanese era option.

Tables use the short form (``2014/07/23`` in Japanese), the detail panel
the long form (``2014年7月23日``), both from :mod:`db.i18n.date_display`. The
option "Show Japanese Era Dates" (QSettings ``show_era_dates``, off by
default) adds the era year to long dates: ``2014年7月23日（平成26年）``.
Tables never carry it, and columns sort by the date, not by what is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from db.i18n.date_display import DateForm, format_date

if TYPE_CHECKING:
    import datetime as dt

# QSettings key of the era option (a bool).
ERA_KEY = "show_era_dates"


def show_era(settings: QSettings | None = None) -> bool:
    """Return whether long dates carry their Japanese era year."""
    return bool((settings or QSettings()).value(ERA_KEY, False, type=bool))


def set_show_era(on: bool, settings: QSettings | None = None) -> None:
    """Remember whether long dates carry their Japanese era year."""
    (settings or QSettings()).setValue(ERA_KEY, bool(on))


def table_date(day: dt.date | None) -> str:
    """Return ``day`` as a table cell shows it (``""`` for none)."""
    return format_date(day, DateForm.TABLE)


def long_date(day: dt.date | None) -> str:
    """Return ``day`` as the detail panel shows it, with the era year if the option is on."""
    return format_date(day, DateForm.LONG, era=show_era())
