"""The Upcoming panel's settings in ``QSettings`` (per user, UI state only).

The lead time (how many days ahead a notice deadline or an expiry is shown and reminded
of) is the user's one lead time, :mod:`desktop.support.lead_time`; the panel offers
:func:`lead_choices`.

- ``upcoming/silenced``: the reminders the user turned off, each as ``key@date``
  (:attr:`db.lifecycle.upcoming.UpcomingItem.key` and the ISO date), so that a date that
  moves (a renewal, a corrected expiry) reminds again. Entries whose date has passed
  are dropped when another is added.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from collections.abc import Iterable

    from db.lifecycle.upcoming import UpcomingItem

SILENCED_KEY = "upcoming/silenced"


def lead_choices() -> tuple[int, ...]:
    """The lead times the panel offers, in days (:data:`db.lifecycle.upcoming.LEAD_CHOICES`)."""
    from db.lifecycle.upcoming import LEAD_CHOICES  # not needed before the panel or reminder

    return LEAD_CHOICES


def silence_mark(item: UpcomingItem) -> str:
    """How a silenced reminder is kept: the item's key and date
    (``expiry-agreement-12@2027-03-31``)."""
    return f"{item.key}@{item.date.isoformat()}"


def silenced(settings: QSettings | None = None) -> set[str]:
    """The silenced reminders (:func:`silence_mark` of each)."""
    value = (settings or QSettings()).value(SILENCED_KEY, [])
    marks = [value] if isinstance(value, str) else value  # one entry comes back as a string
    if not isinstance(marks, list | tuple):
        return set()
    return {str(mark) for mark in marks if str(mark)}


def silence(
    items: Iterable[UpcomingItem], today: dt.date, settings: QSettings | None = None
) -> None:
    """Remind of ``items`` no more (until their date moves); forget marks of past dates."""
    settings = settings or QSettings()
    kept = {mark for mark in silenced(settings) if _date_of(mark) >= today}
    kept.update(silence_mark(item) for item in items)
    settings.setValue(SILENCED_KEY, sorted(kept))


def _date_of(mark: str) -> dt.date:
    try:
        return dt.date.fromisoformat(mark.rpartition("@")[2])
    except ValueError:
        return dt.date.min
