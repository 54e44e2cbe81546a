"""The Upcoming panel's settings in ``QSettings`` (per user, UI state only).

- ``upcoming/leadDays``: how many days ahead a notice deadline or an expiry is shown and
  reminded of: one of :data:`db.lifecycle.upcoming.LEAD_CHOICES`, default 90.
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

LEAD_KEY = "upcoming/leadDays"
SILENCED_KEY = "upcoming/silenced"
DEFAULT_LEAD_DAYS = 90


def lead_choices() -> tuple[int, ...]:
    """The lead times offered, in days (:data:`db.lifecycle.upcoming.LEAD_CHOICES`)."""
    from db.lifecycle.upcoming import LEAD_CHOICES  # not needed before the panel or reminder

    return LEAD_CHOICES


def lead_days(settings: QSettings | None = None) -> int:
    """The chosen lead time in days; a missing or unknown value gives the default (90)."""
    value = (settings or QSettings()).value(LEAD_KEY, DEFAULT_LEAD_DAYS)
    try:
        days = int(str(value))
    except (TypeError, ValueError):
        return DEFAULT_LEAD_DAYS
    return days if days in lead_choices() else DEFAULT_LEAD_DAYS


def set_lead_days(days: int, settings: QSettings | None = None) -> None:
    """Remember ``days`` (one of :func:`lead_choices`) as the lead time."""
    if days in lead_choices():
        (settings or QSettings()).setValue(LEAD_KEY, int(days))


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
