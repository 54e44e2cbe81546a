"""Once the window is up, agreements that renew by their own terms are renewed.

:func:`db.lifecycle.renewals.apply_automatic_renewals` does the work off the GUI thread
through :class:`~desktop.support.tasks.TaskRunner`; the views reload what it changed
and the status bar says how many were renewed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from db.errors import AccordError
from db.lifecycle.renewals import apply_automatic_renewals
from desktop.support.changes import RecordChange
from desktop.support.messages import summary

if TYPE_CHECKING:
    from db.library import Library
    from db.progress import Progress
    from desktop.support.changes import RecordsNotifier
    from desktop.support.tasks import TaskRunner


class AutomaticRenewer(QObject):
    """Renews the agreements due for an automatic renewal, once per :meth:`start`.

    :attr:`message_posted` says how many were renewed, or why none could be; nothing is
    said when none were due. :attr:`finished` carries the IDs renewed (empty after a
    failure too), after the views were told.
    """

    # A sentence for the status bar.
    message_posted = Signal(str)
    # The renewal ended: the IDs of the agreements renewed.
    finished = Signal(list)

    def __init__(
        self,
        library: Library,
        notifier: RecordsNotifier,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._notifier = notifier
        self._runner = runner

    def start(self) -> None:
        """Start renewing what is due today (a read-only library is left alone)."""
        library = self._library

        def work(_progress: Progress) -> list[int]:
            return apply_automatic_renewals(library)

        self._runner.run(work, on_success=self._on_task_succeeded, on_failure=self._on_task_failed)

    def _on_task_succeeded(self, renewed: list[int]) -> None:
        if renewed:
            self._notifier.notify(RecordChange(agreements=True))
            #: A status bar sentence after start-up: agreements renewed by their own terms.
            text = self.tr(
                "Renewed %n agreement(s) automatically, by their terms.", "", len(renewed)
            )
            self.message_posted.emit(text)
        self.finished.emit(list(renewed))

    def _on_task_failed(self, error: Exception) -> None:
        # The db's own sentence ("The library is busy …"); nothing was renewed.
        self.message_posted.emit(str(error) if isinstance(error, AccordError) else summary(error))
        self.finished.emit([])
