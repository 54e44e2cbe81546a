"""How long deleted items stay in the trash: a UI setting in ``QSettings``, default 30 days.

The trash dialog sets it; the purge at start-up (:mod:`desktop.operations.trash_purge`)
reads it and hands the age to :func:`db.trash.purge_expired`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from db.trash import DEFAULT_AGE

# QSettings key of how many days deleted items stay in the trash.
KEEP_DAYS_KEY = "trash/keepDays"
DEFAULT_KEEP_DAYS = DEFAULT_AGE.days
# The range the setting may take (days).
KEEP_DAYS_RANGE = (1, 3650)


def keep_days() -> int:
    """Return the set number of days deleted items stay in the trash (default 30).

    A missing or unreadable value gives the default; one outside
    :data:`KEEP_DAYS_RANGE` is clamped into it.
    """
    value = QSettings().value(KEEP_DAYS_KEY, DEFAULT_KEEP_DAYS)
    try:
        days = int(str(value))
    except (TypeError, ValueError):
        return DEFAULT_KEEP_DAYS
    low, high = KEEP_DAYS_RANGE
    return min(max(days, low), high)


def set_keep_days(days: int) -> None:
    """Remember ``days`` (clamped into :data:`KEEP_DAYS_RANGE`) as the trash's keeping age."""
    low, high = KEEP_DAYS_RANGE
    QSettings().setValue(KEEP_DAYS_KEY, min(max(int(days), low), high))
