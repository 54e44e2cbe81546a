"""A server library's changes, heard off the GUI thread and delivered to it as signals.

:class:`ServerChanges` runs a :class:`db.server.changes.ChangeListener` in a
Python thread of its own (it waits on its socket, so it never blocks the GUI
thread); what the listener hands on is emitted as Qt signals, which Qt queues to
the thread this object lives in (the GUI thread).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from db.server.changes import CONNECT_TIMEOUT_S, ChangeListener

if TYPE_CHECKING:
    from db.server.changes import Change, ListenerState

# The longest :meth:`ServerChanges.stop` waits for the thread (seconds): a connection
# attempt under way cannot be interrupted.
STOP_WAIT_S = CONNECT_TIMEOUT_S + 2


class ServerChanges(QObject):
    """Listens to a server library's changes in a thread; emits them in the GUI thread.

    :attr:`changes_arrived` carries a ``list[Change]`` (oldest first, never empty);
    :attr:`state_changed` ``(connected, reason)``: every connection made (the first
    included) and every loss, with the driver's reason.
    """

    changes_arrived = Signal(object)
    state_changed = Signal(bool, str)

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._url = url
        self._listener: ChangeListener | None = None
        self._thread: threading.Thread | None = None

    def start(self, after: int | None) -> None:
        """Start listening for changes numbered above ``after`` (``None``: from now)."""
        if self._thread is not None:
            return
        self._listener = ChangeListener(
            self._url, self._on_changes, after=after, on_state=self._on_state
        )
        self._thread = threading.Thread(
            target=self._listener.run, name="accord-changes", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop listening; wait (at most :data:`STOP_WAIT_S`) for the thread to end."""
        listener, thread = self._listener, self._thread
        self._listener = self._thread = None
        if listener is not None:
            listener.stop()
        if thread is not None:
            thread.join(STOP_WAIT_S)

    @property
    def running(self) -> bool:
        """True from :meth:`start` until :meth:`stop`."""
        return self._thread is not None

    @property
    def backend_pid(self) -> int:
        """The listening connection's server process ID (0 while it has none)."""
        return self._listener.backend_pid if self._listener is not None else 0

    @property
    def last_seen(self) -> int | None:
        """The newest change number handed on (``None`` before the first connection)."""
        return self._listener.last if self._listener is not None else None

    # -- the listener's thread ----------------------------------------------------

    def _on_changes(self, changes: list[Change]) -> None:
        if self._listener is not None and not self._listener.stopped:
            self.changes_arrived.emit(changes)

    def _on_state(self, state: ListenerState) -> None:
        if self._listener is not None and not self._listener.stopped:
            self.state_changed.emit(state.connected, state.reason)
