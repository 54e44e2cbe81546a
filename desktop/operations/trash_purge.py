"""At start-up, what has been in the trash longer than the set age leaves it.

The age is a UI setting (:mod:`desktop.support.trash_settings`, default 30 days, set in
the trash dialog); :func:`db.trash.purge_expired` does the
work off the GUI thread through :class:`~desktop.support.tasks.TaskRunner`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from db.errors import AccordError
from db.trash import purge_expired
from desktop.support.messages import fill, summary
from desktop.support.trash_settings import DEFAULT_KEEP_DAYS, keep_days

if TYPE_CHECKING:
    from db.library import Library
    from db.progress import Progress
    from desktop.support.tasks import TaskRunner


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
