"""At start-up, what has been in the trash longer than the set age leaves it.

The age is a UI setting (``QSettings`` key :data:`KEEP_DAYS_KEY`, default
30 days, set in the trash dialog); :func:`db.trash.purge_expired` does the
work off the GUI thread through :class:`~desktop.support.tasks.TaskRunner`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from db.errors import AccordError
from db.trash import DEFAULT_AGE, purge_expired
from desktop.support.messages import fill, summary

if TYPE_CHECKING:
    from db.library import Library
    from db.progress import Progress
    from desktop.support.tasks import TaskRunner

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


class TrashPurger(QObject):
    """Empties the expired part of the trash off the GUI thread, once per :meth:`start`.

    :attr:`message_posted` says how many items left ("Removed 3 items
    deleted more than 30 days ago from the trash."), or why none could;
    nothing is said when none were old enough. :attr:`finished` carries the
    number removed (-1 after a failure).
    """

    # A sentence for the status bar.
    message_posted = Signal(str)
    # The purge ended: how many items left the trash (-1: it failed).
    finished = Signal(int)

    def __init__(self, library: Library, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._runner = runner
        self._days = DEFAULT_KEEP_DAYS

    def start(self) -> None:
        """Start removing items deleted more than :func:`keep_days` days ago."""
        self._days = days = keep_days()
        library = self._library

        def work(_progress: Progress) -> int:
            return purge_expired(library, older_than=dt.timedelta(days=days))

        self._runner.run(work, on_success=self._on_task_succeeded, on_failure=self._on_task_failed)

    def _on_task_succeeded(self, count: int) -> None:
        if count:
            #: A status bar sentence; {days} is e.g. “30 days”.
            text = self.tr(
                "Removed %n item(s) deleted more than {days} ago from the trash.", "", count
            )
            self.message_posted.emit(fill(text, days=self._days_text()))
        self.finished.emit(count)

    def _on_task_failed(self, error: Exception) -> None:
        # The db's own sentence ("The library is busy …; try again."); the items stay.
        self.message_posted.emit(str(error) if isinstance(error, AccordError) else summary(error))
        self.finished.emit(-1)

    def _days_text(self) -> str:
        #: A number of days, put into “… deleted more than {days} ago …”.
        return self.tr("%n day(s)", "", self._days)
