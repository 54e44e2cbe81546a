"""Noticing changes another window or process committed to the library.

:class:`ChangeWatcher` answers "has anyone else committed since I last
asked?" cheaply enough to be asked every second from the GUI thread:

- SQLite: ``PRAGMA data_version`` on one connection the watcher keeps open
  (the number only means something on the same connection; it moves when
  any *other* connection commits, so this process's own writes through its
  pooled connections count too, which is harmless for a refresh);
- PostgreSQL: the change log's newest number (:func:`db.server.changes.newest_change`),
  which a trigger moves on every change of a record, whoever makes it. A window on a
  server library hears of changes at once (:class:`db.server.changes.ChangeListener`);
  the watcher is what it compares its own writes with.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.errors import LibraryError
from db.i18n.translate import fill, translate
from db.server.changes import newest_change
from db.storage import sqlite
from db.storage.engine import driver_reason

if TYPE_CHECKING:
    from db.library import Library


class ChangeWatcher:
    """Tells whether the library's records changed since the last :meth:`changed` call.

    Create one per window, call :meth:`changed` from a timer, and
    :meth:`close` it with the window. Raises :class:`LibraryError` when the
    database cannot be read.
    """

    def __init__(self, library: Library) -> None:
        self._library = library
        self._conn: sqlite3.Connection | None = None
        if sqlite.is_sqlite(library.engine):
            try:
                self._conn = sqlite.watch_connection(library.engine)
            except sqlite3.Error as exc:
                reason = driver_reason(exc)
                raise LibraryError(
                    fill(
                        translate("library", "The library's changes cannot be watched: {reason}."),
                        reason=reason,
                    )
                ) from exc
        self._last = self._stamp()

    def _stamp(self) -> int:
        try:
            if self._conn is not None:
                return sqlite.data_version(self._conn)
            with self._library.engine.connect() as conn:
                return newest_change(conn)
        except (sqlite3.Error, sa.exc.DBAPIError) as exc:
            reason = driver_reason(exc)
            raise LibraryError(
                fill(
                    translate("library", "The library's changes cannot be watched: {reason}."),
                    reason=reason,
                )
            ) from exc

    def changed(self) -> bool:
        """Return True when something was committed since the previous call (or creation)."""
        stamp = self._stamp()
        moved, self._last = stamp != self._last, stamp
        return moved

    @property
    def stamp(self) -> int:
        """The value read at the last :meth:`changed` call (or creation): on PostgreSQL the
        change log's newest number then, on SQLite the connection's ``data_version``."""
        return self._last

    def close(self) -> None:
        """Close the watcher's own connection (nothing to do on PostgreSQL)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
