"""Reading a server library's change log, and hearing of new changes as they commit.

Every change of a partner, agreement, agreement event or document on a
PostgreSQL library is a numbered ``change_log`` row, written by a trigger in
the changing transaction; the numbers are taken under one advisory lock, so
they commit in order (migration 0008, :mod:`db.server.schema`). Whoever has
read every row up to number N has therefore seen every change below N that
will ever commit: "everything above the last number seen" is complete, and a
reader that was away reads exactly what it missed.

- :func:`newest_change` and :func:`changes_since` read the log (on any
  connection: SQLAlchemy's or psycopg's).
- :class:`ChangeListener` keeps a psycopg connection of its own that LISTENs
  on :data:`~db.server.schema.CHANNEL`; each notification (its payload is the
  newest number, nothing more) makes it read the rows above the last number it
  handed on, a page at a time. When the connection is lost it says so, tries
  again with a growing pause, and once back LISTENs first and then reads what
  was committed meanwhile, so nothing is missed. It is plain Python: run
  :meth:`ChangeListener.run` in a thread of your own and call
  :meth:`ChangeListener.stop` from any other.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from db.server.schema import CHANGE_TABLE, CHANNEL
from db.storage.engine import driver_reason, parse_url

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

#: Rows read at a time when catching up (an hour offline reads in several pages).
PAGE = 1000
#: The first pause before connecting again after a loss (seconds); it doubles each try...
FIRST_RETRY_S = 0.5
#: ...up to this (seconds).
LONGEST_RETRY_S = 10.0
#: Idle seconds after which the listener asks the server whether it is still there.
HEARTBEAT_S = 5.0
#: Seconds a connection attempt may take (the listener cannot stop while it waits).
CONNECT_TIMEOUT_S = 3
#: libpq's options for a connection that notices a silent network: TCP keepalives,
#: and unacknowledged data given up after 15 s (Linux; ignored elsewhere).
_KEEPALIVE = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 15_000,
}

_COLUMNS = "id, at, by_user, record_kind, record_id, parent_id, action"


@dataclass(frozen=True)
class Change:
    """One row of the change log.

    ``number`` is its place in the log (commit order); ``at`` when its
    transaction began (aware, UTC or the server's zone); ``user`` the database
    user who made it; ``record_kind`` ``partner``, ``agreement`` or ``document``
    (an agreement event logs as its agreement); ``parent_id`` an agreement's
    partner or a document's agreement (``None`` for a partner or an event);
    ``action`` ``insert``, ``update`` or ``delete`` (moving to the trash and back
    is an ``update``).
    """

    number: int
    at: dt.datetime
    user: str
    record_kind: str
    record_id: int
    parent_id: int | None
    action: str


@dataclass(frozen=True)
class ListenerState:
    """Whether the listener is connected, and why not (the driver's first line, or "")."""

    connected: bool
    reason: str = ""


def _rows(conn: Any, sql: str, params: tuple) -> list[tuple]:
    """Run ``sql`` (``%s`` placeholders) on a SQLAlchemy or a psycopg connection."""
    execute = getattr(conn, "exec_driver_sql", None) or conn.execute
    return [tuple(row) for row in execute(sql, params).fetchall()]


def newest_change(conn: Any) -> int:
    """Return the newest committed change number (0 for an empty log).

    ``conn`` is a SQLAlchemy ``Connection`` or a psycopg connection on a server
    library. Raises the driver's error (SQLAlchemy's ``DBAPIError`` or
    ``psycopg.Error``) when the server cannot be read.
    """
    [(newest,)] = _rows(conn, f"SELECT coalesce(max(id), 0) FROM {CHANGE_TABLE}", ())
    return int(newest)


def changes_since(conn: Any, number: int, limit: int = PAGE) -> list[Change]:
    """Return up to ``limit`` committed changes numbered above ``number``, oldest first.

    Read again from the last one's number until fewer than ``limit`` come back
    to have them all. Numbers commit in order, so nothing below the last one
    returned can still appear (a rolled-back transaction leaves a gap for
    ever). ``conn`` and the errors raised are as for :func:`newest_change`.
    """
    rows = _rows(
        conn,
        f"SELECT {_COLUMNS} FROM {CHANGE_TABLE} WHERE id > %s ORDER BY id LIMIT %s",
        (number, limit),
    )
    return [Change(*row) for row in rows]


def connect_args(url: str) -> dict[str, Any]:
    """Return psycopg's ``connect()`` keyword arguments for a library's database ``url``
    (as SQLAlchemy would connect, plus keepalives and a connect timeout).

    Raises :class:`~db.errors.LibraryError` for a URL Accord does not accept.
    """
    parsed = parse_url(url)
    engine = sa.create_engine(parsed)
    try:
        _args, kwargs = engine.dialect.create_connect_args(parsed)
    finally:
        engine.dispose()
    return {"connect_timeout": CONNECT_TIMEOUT_S, **_KEEPALIVE, **kwargs}


class ChangeListener:
    """Hands every committed change of a server library to ``on_changes``, in order.

    ``url`` is the library's database address; ``after`` the number already
    seen (``None``: the newest at the first connection, so only later changes
    are handed on). ``on_changes(list[Change])`` gets each page read, never an
    empty one; ``on_state(ListenerState)`` hears of every loss and of every
    connection made (the first one included). Both are called from the thread
    running :meth:`run`; an exception they raise stops the listener. The
    listener never raises from :meth:`run` for a lost server: it retries, the
    pause doubling from :data:`FIRST_RETRY_S` to :data:`LONGEST_RETRY_S`.
    """

    def __init__(
        self,
        url: str,
        on_changes: Callable[[list[Change]], None],
        *,
        after: int | None = None,
        on_state: Callable[[ListenerState], None] | None = None,
        page: int = PAGE,
    ) -> None:
        self._connect_args = connect_args(url)
        self._on_changes = on_changes
        self._on_state = on_state or (lambda _state: None)
        self._page = page
        self.last: int | None = after
        self._stop = threading.Event()
        self._wake_read, self._wake_write = socket.socketpair()
        self._conn: Any = None
        #: The backend process ID of the listening connection (0 while there is none).
        self.backend_pid = 0
        #: How many times the connection was made (1 after the first).
        self.connections = 0

    # -- control (any thread) ----------------------------------------------------

    def stop(self) -> None:
        """Ask :meth:`run` to return soon (at once unless it is connecting)."""
        self._stop.set()
        with contextlib.suppress(OSError):  # already closed: run() has returned
            self._wake_write.send(b"x")

    @property
    def stopped(self) -> bool:
        """True once :meth:`stop` was called."""
        return self._stop.is_set()

    # -- the loop (the listener's thread) ---------------------------------------------

    def run(self) -> None:
        """Listen and hand on changes until :meth:`stop`; reconnect after every loss."""
        import psycopg

        pause = FIRST_RETRY_S
        try:
            while not self._stop.is_set():
                try:
                    self._connect()
                    pause = FIRST_RETRY_S
                    self._listen()
                except psycopg.Error as exc:
                    self._drop()
                    if self._stop.is_set():
                        break
                    self._on_state(ListenerState(False, driver_reason(exc)))
                    self._stop.wait(pause)
                    pause = min(pause * 2, LONGEST_RETRY_S)
        finally:
            self._drop()
            self._wake_read.close()
            self._wake_write.close()

    def _connect(self) -> None:
        """Connect, LISTEN, then catch up from :attr:`last` (LISTEN first: nothing slips
        between the two)."""
        import psycopg

        self._conn = psycopg.connect(autocommit=True, **self._connect_args)
        self._conn.execute(f"LISTEN {CHANNEL}")
        self.backend_pid = self._conn.info.backend_pid
        self.connections += 1
        if self.last is None:
            self.last = newest_change(self._conn)
        self._on_state(ListenerState(True))
        self._catch_up()

    def _catch_up(self) -> None:
        """Hand on every change above :attr:`last`, a page at a time."""
        assert self.last is not None
        while not self._stop.is_set():
            page = changes_since(self._conn, self.last, self._page)
            if page:
                self.last = page[-1].number
                self._on_changes(page)
            if len(page) < self._page:
                return

    def _listen(self) -> None:
        """Wait for notifications (or a stop); catch up on each; check the line when idle."""
        conn = self._conn
        while not self._stop.is_set():
            heard = [int(n.payload) for n in conn.notifies(timeout=0) if n.payload.isdigit()]
            if heard:
                if max(heard) > (self.last or 0):
                    self._catch_up()
                continue
            ready, _, _ = select.select([conn.fileno(), self._wake_read], [], [], HEARTBEAT_S)
            if self._wake_read in ready:
                return
            if not ready:
                conn.execute("SELECT 1")  # raises if the server went away silently

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        self.backend_pid = 0
        if conn is not None:
            with contextlib.suppress(Exception):  # a broken connection closes as it can
                conn.close()
