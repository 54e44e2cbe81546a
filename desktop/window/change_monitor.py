"""Live refresh: notice what another window or process committed, and reload the views.

:class:`ChangeMonitor` asks :class:`db.watch.ChangeWatcher` about once a
second (a cheap ``PRAGMA data_version`` on SQLite) from a ``QTimer``. When
someone else committed, it announces a full reload on the window's
:class:`~desktop.support.changes.RecordsNotifier`; the views keep their selection
(:meth:`desktop.window.record_browser.RecordBrowser.refresh`) and the monitor puts
back the scroll positions of the views it was given.

The window's own writes move ``data_version`` too (the watcher has a
connection of its own). Each of them is announced on the same notifier,
so the monitor takes the stamp again when it hears one: create the monitor
before the views that reload from the notifier, so that it hears first and
a commit by someone else that lands during the reload is still seen at the
next poll.

A failing check (the library's folder gone, a network share away) never
reaches the user as an error box: the monitor waits longer between checks
(up to :data:`MAX_INTERVAL_MS`), says so once on :attr:`message_posted`, and
recovers by itself.

A library on a PostgreSQL server is not polled: a
:class:`~desktop.window.server_changes.ServerChanges` listener hears each
change as it commits and the views reload what it touched (the lists keep their
selection; the selected agreement's detail and documents are read again; at most one
reload per :data:`MIN_APPLY_GAP_MS`, whatever arrived meanwhile together). When
the listener loses the server, :attr:`connection_state` shows a lasting
sentence (the driver's reason as its tip) until it is back; it then reads what
was committed meanwhile, and the views reload once more. The window's own
writes come back from the server too: those a full reload already showed (the
change log's number taken when it was announced) are not reloaded again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal, Slot

from db.errors import AccordError
from db.server.changes import newest_change
from db.watch import ChangeWatcher
from desktop.support.changes import RecordChange, RecordsNotifier
from desktop.window.server_changes import ServerChanges

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from PySide6.QtWidgets import QAbstractItemView

    from db.library import Library
    from db.server.changes import Change

# How often the library is checked (ms).
INTERVAL_MS = 1000
# The longest wait between checks after failures (ms).
MAX_INTERVAL_MS = 30_000
# How soon changes heard from the server are applied again while long work runs (ms).
BUSY_RETRY_MS = 500
# The shortest time between two reloads for changes heard from a busy server (ms):
# twenty people at work reload a window a few times a second at most.
MIN_APPLY_GAP_MS = 300


class ChangeMonitor(QObject):
    """Polls the library for commits made elsewhere and reloads the views through ``notifier``.

    ``busy()`` (e.g. the window's ``TaskRunner.busy``) pauses the checks
    while long work runs (an import or a restore announces its own change
    at its end). Call :meth:`stop` when the window closes; it closes the
    watcher's connection.
    """

    # Another window or process changed the library; the views were reloaded.
    external_change = Signal()
    # A sentence for the status bar (checks failing, or working again).
    message_posted = Signal(str)
    # A server library's connection: (lasting text, its tip), ("", "") when connected.
    connection_state = Signal(str, str)

    def __init__(
        self,
        library: Library,
        notifier: RecordsNotifier,
        parent: QObject | None = None,
        *,
        busy: Callable[[], bool] | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._notifier = notifier
        self._busy = busy or (lambda: False)
        self._interval = interval_ms
        self._views: list[QAbstractItemView] = []
        self._watcher: ChangeWatcher | None = None
        self._announcing = False
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setObjectName("changeMonitorTimer")
        self.timer.timeout.connect(self._on_timer_timeout)
        notifier.records_changed.connect(self._on_notifier_records_changed)
        # A server library: its listener, what it brought that is not applied yet, and
        # the number of the change log when the window's own full reload read it.
        self.server: ServerChanges | None = None
        self._heard = RecordChange()
        self._own = 0
        self._lost = False
        self._stopped = True  # until start()
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.timeout.connect(self._on_apply_timer_timeout)
        self._since_apply = QElapsedTimer()
        self._after: int | None = None
        if library.database_path is None:
            url = library.engine.url.render_as_string(hide_password=False)
            self.server = ServerChanges(url, self)
            self.server.changes_arrived.connect(self._on_server_changes_arrived)
            self.server.state_changed.connect(self._on_server_state_changed)
            try:  # before the views read: a change committed while they do is heard
                with library.engine.connect() as conn:
                    self._after = newest_change(conn)
            except Exception:  # noqa: BLE001 - the listener starts from its first connection
                self._after = None

    def keep_scroll_of(self, views: Iterable[QAbstractItemView]) -> None:
        """Put back the scroll positions of ``views`` after a reload caused by someone else."""
        self._views = list(views)

    def start(self) -> None:
        """Start checking every ``interval_ms`` (from now: earlier commits do not count);
        on a server library, start listening (from before the views were read)."""
        self._open_watcher()
        self._stopped = False
        if self.server is not None:
            self.server.start(self._after)
        else:
            self.timer.start(self._interval)

    def stop(self) -> None:
        """Stop checking (or listening) and close the watcher's connection; what the
        listener's thread had already sent is dropped (the window may be closing)."""
        self._stopped = True
        self.timer.stop()
        self._apply_timer.stop()
        if self.server is not None:
            self.server.stop()
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None

    @property
    def active(self) -> bool:
        """True while the timer runs (or the server's listener does)."""
        return self.timer.isActive() or (self.server is not None and self.server.running)

    @property
    def connected(self) -> bool:
        """False while a server library's listener has lost the server."""
        return not self._lost

    def check_now(self) -> bool:
        """Check once; reload the views and return True if someone else committed."""
        if self._busy():
            return False
        try:
            if self._watcher is None:
                self._open_watcher()
                changed = True  # whatever happened while it could not look
            else:
                changed = self._watcher.changed()
        except AccordError as exc:
            self._back_off(exc)
            return False
        self._recovered()
        if changed:
            self._reload()
        return changed

    # -- inside ------------------------------------------------------------

    def _open_watcher(self) -> None:
        if self._watcher is None:
            self._watcher = ChangeWatcher(self._library)

    def _reload(self, change: RecordChange | None = None) -> None:
        positions = [
            (view, view.verticalScrollBar().value(), view.horizontalScrollBar().value())
            for view in self._views
        ]
        self._announcing = True
        try:
            self._notifier.notify(
                change or RecordChange(partners=True, agreements=True, documents=True)
            )
        finally:
            self._announcing = False
        for view, vertical, horizontal in positions:
            view.verticalScrollBar().setValue(vertical)
            view.horizontalScrollBar().setValue(horizontal)
        self.external_change.emit()

    def _back_off(self, error: AccordError) -> None:
        if self._watcher is not None:
            self._watcher.close()
            self._watcher = None
        self.timer.setInterval(min(self.timer.interval() * 2, MAX_INTERVAL_MS))
        if not self._failing:
            self._failing = True
            self.message_posted.emit(str(error))  # "The library's changes cannot be watched: …"

    def _recovered(self) -> None:
        if self._failing:
            self._failing = False
            self.timer.setInterval(self._interval)
            self.message_posted.emit(self.tr("Changes made in other windows are seen again."))

    def _apply_heard(self) -> None:
        """Reload what the changes heard from the server touched (later, while busy)."""
        if self._stopped:
            return
        if self._busy():
            self._apply_timer.start(BUSY_RETRY_MS)
            return
        change, self._heard = self._heard, RecordChange()
        if change.partners or change.agreements or change.documents:
            self._reload(change)
            self._since_apply.start()

    # -- slots --------------------------------------------------------------

    @Slot(object)
    def _on_server_changes_arrived(self, changes: list[Change]) -> None:
        if self._stopped:
            return
        kinds = {change.record_kind for change in changes if change.number > self._own}
        if not kinds:
            return  # the window's own changes, shown by its own reload
        heard = self._heard
        self._heard = RecordChange(
            # An agreement or a document changes the partners' counts too.
            partners=True,
            agreements=heard.agreements or bool(kinds - {"partner"}),
            documents=heard.documents or "document" in kinds,
        )
        if not self._apply_timer.isActive():  # one reload for all that arrive together
            since = self._since_apply.elapsed() if self._since_apply.isValid() else None
            self._apply_timer.start(0 if since is None else max(0, MIN_APPLY_GAP_MS - since))

    @Slot(bool, str)
    def _on_server_state_changed(self, connected: bool, reason: str) -> None:
        if self._stopped:
            return
        if not connected:
            self._lost = True
            #: Status bar while the window cannot hear the server; reason on hover.
            text = self.tr("Server connection lost — reconnecting…")
            self.connection_state.emit(text, reason)
        elif self._lost:
            self._lost = False
            self.connection_state.emit("", "")
            # Reads of the window failed meanwhile too: read everything again.
            self._heard = RecordChange(partners=True, agreements=True, documents=True)
            self._apply_timer.start(0)
            #: Status bar when the server is back; what others changed is shown next.
            self.message_posted.emit(self.tr("Connected to the server again."))

    @Slot()
    def _on_apply_timer_timeout(self) -> None:
        self._apply_heard()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.check_now()

    @Slot(object)
    def _on_notifier_records_changed(self, change: RecordChange) -> None:
        if self._announcing or self._watcher is None:
            return
        if not (change.partners and (change.agreements or change.documents)):
            return  # the views reload only part: a commit from elsewhere may still be unseen
        # The window's own write, and every view reloads everything after it: take
        # the stamp now (before those reloads read), so it is not reloaded twice.
        try:
            self._watcher.changed()
        except AccordError:
            return  # the next check backs off and says so
        if self.server is not None:
            self._own = max(self._own, self._watcher.stamp)
