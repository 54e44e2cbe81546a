"""Everything only SQLite has, kept here so the records can also live on PostgreSQL.

- per-connection PRAGMAs: foreign keys on, WAL journal, busy timeout;
- transactions begun by Accord itself, ``BEGIN IMMEDIATE`` for writes;
- ``PRAGMA data_version`` for noticing another process's commits;
- ``integrity_check`` and ``foreign_key_check`` for ``accord check``;
- a read-only engine for a library that cannot be written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlalchemy as sa

from db.i18n.translate import fill, translate
from db.storage.sqlite_file import one_line

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

# How long a writer waits for another process's lock before giving up, in ms.
BUSY_TIMEOUT_MS = 5000
# Execution option that makes a connection's transactions begin with ``BEGIN IMMEDIATE``.
WRITE_OPTION = "accord_write"
# Attribute set on an engine made by :func:`read_only_engine`.
READ_ONLY_MARK = "accord_read_only"


def is_sqlite(engine: Engine) -> bool:
    """Return whether ``engine`` talks to SQLite."""
    return engine.dialect.name == "sqlite"


def configure(engine: Engine) -> None:
    """Install the PRAGMAs of Accord on every new connection of ``engine``.

    A ``connect`` listener, not a one-off statement: the SQLModel tutorial's
    single ``PRAGMA foreign_keys=ON`` covers only the connection it ran on.
    WAL is a property of the file, set once by :func:`enable_wal` after the
    file is known to be an Accord library (a foreign file is never changed).

    Transactions are begun by Accord, not by the sqlite3 module (which
    begins only before the first write, too late for a consistent read and
    too late to wait for another writer): the SQLAlchemy SQLite docs'
    recipe, "Using SQLAlchemy to emit BEGIN in lieu of SQLite's transaction
    control". A connection with the :data:`WRITE_OPTION` execution option
    begins with ``BEGIN IMMEDIATE``: it takes the write lock at once,
    waiting up to :data:`BUSY_TIMEOUT_MS` for another process to finish,
    so a write never fails half-way with "database is locked" (WAL gives a
    deferred transaction that read before writing ``SQLITE_BUSY_SNAPSHOT``
    at once, with no wait). Others begin with ``BEGIN`` (deferred: a
    consistent read that never blocks the writer).
    """

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # the sqlite3 module never BEGINs by itself
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITE_OPTION) else "BEGIN")


def enable_wal(engine: Engine) -> None:
    """Put the database file in WAL mode (persistent; readers never block the writer).

    Run outside a transaction, where SQLite allows the journal mode to change.
    """
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("PRAGMA journal_mode = WAL").fetchall()
    finally:
        raw.close()


def watch_connection(engine: Engine) -> sqlite3.Connection:
    """Return a new connection of its own to the database file, for :func:`data_version`.

    Kept open by its user (``PRAGMA data_version`` compares only on one
    connection) and never used for anything else; autocommit, so each
    reading sees the latest commit. Raises ``sqlite3.Error``.
    """
    database = engine.url.database
    assert database, "a watch connection needs a database file"
    if getattr(engine, READ_ONLY_MARK, False):
        conn = sqlite3.connect(
            _read_only_uri(Path(database)), uri=True, isolation_level=None, check_same_thread=False
        )
    else:
        conn = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def data_version(conn: sqlite3.Connection) -> int:
    """Return ``PRAGMA data_version`` of ``conn``: it moves when another connection commits."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


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
                    problems.append(
                        fill(
                            translate("library", "The database file is damaged: {line}."),
                            line=one_line(line),
                        )
                    )
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                missing = translate(
                    "library", "Row {row} of table {table} refers to a missing {parent} record."
                )
                problems.append(fill(missing, row=rowid, table=table, parent=parent))
    except sa.exc.DBAPIError as exc:
        reason = str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__
        problems.append(
            fill(
                translate("library", "The database file cannot be checked: {reason}."),
                reason=reason,
            )
        )
    return problems


def read_only_engine(database: Path) -> Engine:
    """Return an engine that only reads the SQLite file ``database``, for a read-only library.

    Used when the library folder (or the file) cannot be written: SQLite
    then cannot make the ``-shm`` file a WAL database needs, so a plain
    connection fails with "unable to open database file". Without a
    ``-wal`` or ``-journal`` file beside it, no Accord has uncommitted or
    uncheckpointed work in it, and the file is opened ``immutable=1`` (no
    locks, no ``-shm``: SQLite's way for read-only media); otherwise
    ``mode=ro``, which reads the WAL too. The URL stays the plain file's,
    so ``engine.url.database`` is its path. Every write on it fails with
    SQLite's "attempt to write a readonly database".
    """
    path = database.absolute()
    uri = _read_only_uri(path)

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = sa.create_engine(f"sqlite:///{path.as_posix()}", creator=connect)
    configure(engine)
    setattr(engine, READ_ONLY_MARK, True)
    return engine


def _read_only_uri(path: Path) -> str:
    """The ``file:`` URI that reads ``path`` only; see :func:`read_only_engine`."""
    path = path.absolute()
    pending = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))
    return f"file:{quote(path.as_posix())}?" + ("mode=ro" if pending else "immutable=1")
