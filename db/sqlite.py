"""Everything only SQLite has, kept here so the records can also live on PostgreSQL.

- per-connection PRAGMAs: foreign keys on, WAL journal, busy timeout;
- ``integrity_check`` and ``foreign_key_check`` for ``accord check``.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

#: How long a writer waits for another process's lock before giving up, in ms.
BUSY_TIMEOUT_MS = 5000


def is_sqlite(engine: Engine) -> bool:
    """Return whether ``engine`` talks to SQLite."""
    return engine.dialect.name == "sqlite"


def configure(engine: Engine) -> None:
    """Install the PRAGMAs of Accord on every new connection of ``engine``.

    A ``connect`` listener, not a one-off statement: the SQLModel tutorial's
    single ``PRAGMA foreign_keys=ON`` covers only the connection it ran on.
    WAL is a property of the file, set once by :func:`enable_wal` after the
    file is known to be an Accord library (a foreign file is never changed).
    """

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()


def enable_wal(engine: Engine) -> None:
    """Put the database file in WAL mode (persistent; readers never block the writer)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA journal_mode = WAL")


def integrity_problems(engine: Engine) -> list[str]:
    """Return SQLite's own findings, one sentence each; empty when all is well.

    Runs ``PRAGMA integrity_check`` (page structure, indexes) and
    ``PRAGMA foreign_key_check`` (rows whose parent is missing).
    """
    problems: list[str] = []
    try:
        with engine.connect() as conn:
            for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                if line != "ok":
                    problems.append(f"The database file is damaged: {line}.")
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                problems.append(
                    f"Row {rowid} of table {table} refers to a missing {parent} record."
                )
    except sa.exc.DBAPIError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__
        problems.append(f"The database file cannot be checked: {reason}.")
    return problems
