"""The user's lead time: how many days ahead a deadline counts as coming due.

Kept per user in QSettings (``upcoming/lead_days``, default
:data:`db.lifecycle.life.DEFAULT_LEAD_DAYS`, 90); it makes an agreement "Expiring" in the
detail panel and decides what the start-up reminder lists.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from db.lifecycle.life import DEFAULT_LEAD_DAYS

LEAD_KEY = "upcoming/lead_days"
# The longest lead time a person can choose: ten years.
MAX_LEAD_DAYS = 3650


def lead_time(settings: QSettings | None = None) -> int:
    """The user's lead time in days (0 to :data:`MAX_LEAD_DAYS`); a damaged value reads
    as the default."""
    try:
        days = int(str((settings or QSettings()).value(LEAD_KEY, DEFAULT_LEAD_DAYS)))
    except (TypeError, ValueError):
        return DEFAULT_LEAD_DAYS
    return days if 0 <= days <= MAX_LEAD_DAYS else DEFAULT_LEAD_DAYS


def set_lead_time(days: int, settings: QSettings | None = None) -> None:
    """Keep ``days`` (clamped to 0..:data:`MAX_LEAD_DAYS`) as the user's lead time."""
    (settings or QSettings()).setValue(LEAD_KEY, max(0, min(int(days), MAX_LEAD_DAYS)))
