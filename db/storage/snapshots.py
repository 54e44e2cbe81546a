"""Snapshots of the database in ``backups/``, made with SQLite's online backup API.

A snapshot is a consistent copy taken while Accord (and other processes) keep
working: the backup API copies what is committed at one moment, never a
half-written transaction (Zotero keeps
daily backups the same way). It is written under a temporary name, checked
with ``PRAGMA integrity_check`` and only then renamed to

    backups/accord-<UTC yyyymmddThhmmssZ>-<reason>.sqlite3

The newest :data:`KEEP` snapshots are kept; older ones are deleted only after
a new one has been verified. Snapshots are made once a day at start
(:func:`daily_snapshot`) and before every schema migration
(:func:`snapshot_engine`, called by :func:`db.storage.migrate.upgrade`).

Only SQLite libraries get snapshots. Records kept on a PostgreSQL server are
backed up by the server's own tools (``pg_dump``), which see the whole
cluster and its transactions; Accord skips them here and ``accord backup``
refuses them. This module and :mod:`db.storage.sqlite` are the only places that use
the ``sqlite3`` module directly (DESIGN, "What only SQLite has").
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from db.errors import BackupError
from db.i18n.translate import fill, translate
from db.storage import files
from db.storage.sqlite_file import (  # noqa: F401 - file_integrity_problems: used as backup.*
    file_integrity_problems,
    problem_reason,
)
from db.storage.sqlite_file import sqlite_reason as _sqlite_reason
from db.storage.sqlite_file import uri as _uri

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy.engine import Engine

    from db.progress import Progress

# How many snapshots ``backups/`` keeps.
KEEP = 10
# A library's backups folder, beside its database (see :mod:`db.library`).
BACKUPS = "backups"
# At most one automatic snapshot at start per this period.
DAILY = dt.timedelta(hours=24)
# Pages copied per step of the backup API (4 MiB with 4 KiB pages).
_STEP_PAGES = 1024

_NAME = re.compile(r"^accord-(\d{8}T\d{6}Z)-([a-z0-9][a-z0-9.-]*)\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%SZ"
_SQLITE_HEADER = b"SQLite format 3\x00"


class SnapshotSource(Protocol):
    """What a snapshot needs of a library: a :class:`db.library.Library` has both.

    ``database_path`` is the SQLite file (``None`` when the records live on a
    server); ``backups_dir`` the folder the snapshots go to.
    """

    @property
    def database_path(self) -> Path | None:
        """The SQLite file of the library, ``None`` for a server database."""

    @property
    def backups_dir(self) -> Path:
        """The library's ``backups/`` folder."""


def stamp(moment: dt.datetime | None = None) -> str:
    """Return ``moment`` (default now) as ``yyyymmddThhmmssZ`` in UTC."""
    return (moment or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime(_STAMP)


def snapshot_time(path: Path) -> dt.datetime | None:
    """Return the UTC time in a snapshot's name, ``None`` if ``path`` is not a snapshot."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    return dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)


def snapshots(backups: Path) -> list[Path]:
    """Return the snapshots in folder ``backups``, oldest first (by the time in their names)."""
    try:
        found = [path for path in backups.iterdir() if snapshot_time(path) is not None]
    except OSError:
        return []
    return sorted(found, key=lambda path: (snapshot_time(path), path.name))


def database_file(engine: Engine) -> Path | None:
    """Return the SQLite file of ``engine``, ``None`` for a server or an in-memory database."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def snapshot(library: SnapshotSource, *, reason: str, now: dt.datetime | None = None) -> Path:
    """Copy the library's database into ``backups/`` and return the new snapshot.

    ``reason`` (``daily``, ``manual``, ``before-upgrade-0002``...) ends the
    file name, lower-cased, anything but letters, digits, ``.`` and ``-``
    made a ``-``. Raises
    :class:`BackupError` for a PostgreSQL library (back it up with
    ``pg_dump``) and when the copy cannot be written or fails its integrity
    check; the snapshots already kept are then untouched.
    """
    database = library.database_path
    if database is None:
        message = translate(
            "backup",
            "The records are kept on a database server, which is backed up with its own "
            "tools (pg_dump), not by Accord.",
        )
        raise BackupError(message)
    return snapshot_file(database, library.backups_dir, reason=reason, now=now)


def snapshot_engine(engine: Engine, *, reason: str, now: dt.datetime | None = None) -> Path | None:
    """Snapshot the SQLite database of ``engine`` into ``backups/`` beside it.

    Returns ``None`` (nothing done) for a PostgreSQL database: a server is
    backed up by ``pg_dump``. Raises :class:`BackupError` as :func:`snapshot`.
    """
    database = database_file(engine)
    if database is None:
        return None
    return snapshot_file(database, database.parent / BACKUPS, reason=reason, now=now)


def daily_snapshot(library: SnapshotSource, *, now: dt.datetime | None = None) -> Path | None:
    """Make a ``daily`` snapshot unless one (of any reason) is less than 24 hours old.

    Cheap when not needed: it only lists ``backups/``. Returns the new
    snapshot or ``None``; ``None`` too for a PostgreSQL library. Raises
    :class:`BackupError` as :func:`snapshot`.
    """
    if library.database_path is None:
        return None
    moment = now or dt.datetime.now(dt.UTC)
    kept = snapshots(library.backups_dir)
    if kept:
        newest = snapshot_time(kept[-1])
        assert newest is not None
        if moment - DAILY < newest <= moment:
            return None
    return snapshot(library, reason="daily", now=moment)


def snapshot_file(
    database: Path, backups: Path, *, reason: str, now: dt.datetime | None = None
) -> Path:
    """Snapshot the SQLite file ``database`` into folder ``backups``; see :func:`snapshot`."""
    reason = re.sub(r"[^a-z0-9.-]+", "-", reason.lower()).strip(".-") or "snapshot"
    make_folder(backups)
    target = free_name(backups / f"accord-{stamp(now)}-{reason}.sqlite3")
    copy_verified(database, target)
    rotate(backups)
    return target


def make_folder(backups: Path) -> Path:
    """Make the folder ``backups`` if needed; raises :class:`BackupError` in one sentence."""
    try:
        backups.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        message = translate("backup", "The backups folder {backups} cannot be created: {reason}.")
        raise BackupError(fill(message, backups=backups, reason=files.reason(exc))) from exc
    return backups


def free_name(path: Path) -> Path:
    """Return ``path``, or ``name-2.ext``, ``name-3.ext``... the first that does not exist.

    Two backups made in one second (names hold the time to the second)
    must not replace each other.
    """
    target, counter = path, 2
    while target.exists() or Path(f"{target}-wal").exists():
        target = path.with_name(f"{path.stem}-{counter}{path.suffix}")
        counter += 1
    return target


def copy_verified(database: Path, target: Path) -> Path:
    """Copy the SQLite file ``database`` to ``target`` (online backup API), checked; return it.

    Written under a temporary name in ``target``'s folder, checked with
    ``integrity_check``, then renamed, so ``target`` is only ever a whole,
    sound copy. Raises :class:`BackupError`, naming ``database`` as damaged when the
    copy fails its check (the backup API copies pages as they are); nothing is left
    behind then.
    """
    try:
        temporary = _temporary_in(target.parent)
    except OSError as exc:
        message = translate("backup", "No backup can be written in {parent}: {reason}.")
        raise BackupError(fill(message, parent=target.parent, reason=files.reason(exc))) from exc
    try:
        copy_database(database, temporary)
        problems = file_integrity_problems(temporary)
        if problems:
            message = translate(
                "backup",
                "The database {database} is damaged ({problem_reason}), so no backup of "
                "it was made.",
            )
            raise BackupError(
                fill(message, database=database, problem_reason=problem_reason(problems[0]))
            )
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def is_sqlite_file(path: Path) -> bool:
    """Return whether ``path`` is a file that starts as an SQLite database does."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def set_aside(database: Path, kept: Path) -> Path:
    """Move the SQLite file ``database`` (with its ``-wal``/``-shm``) to ``kept``; return it.

    A move, never a delete: used for a database that cannot be opened
    before another is put in its place. Raises ``OSError``.
    """
    kept.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{database}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{kept}{suffix}"))
    return kept


def rotate(backups: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` snapshots in ``backups``; return those deleted."""
    old = snapshots(backups)[:-keep] if keep > 0 else snapshots(backups)
    for path in old:
        path.unlink(missing_ok=True)
    return old


def copy_database(
    source: Path | sqlite3.Connection,
    destination: Path | sqlite3.Connection,
    *,
    progress: Progress | None = None,
) -> None:
    """Copy a database with the online backup API: what is committed at one moment.

    ``source`` and ``destination`` are files or open connections. A
    destination file is left in rollback-journal mode, so it stands alone
    (no ``-wal`` file); a destination connection keeps its journal mode, and
    its other connections see the new contents (a new ``data_version``).
    ``progress(done, total)`` counts pages and may return False to cancel.
    Raises :class:`BackupError`.
    """
    stop: list[bool] = []

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None and progress(total - remaining, total) is False:
            stop.append(True)
            raise _Cancel

    opened: list[sqlite3.Connection] = []
    try:
        src = source if isinstance(source, sqlite3.Connection) else _connect(source, opened, "rw")
        dst = (
            destination
            if isinstance(destination, sqlite3.Connection)
            else _connect(destination, opened, "rwc")
        )
        src.backup(dst, pages=_STEP_PAGES, progress=step)
        if not isinstance(destination, sqlite3.Connection):
            dst.execute("PRAGMA journal_mode = DELETE").fetchall()
    except _Cancel:
        raise BackupError(
            translate("backup", "The backup was cancelled; nothing was kept.")
        ) from None
    except sqlite3.Error as exc:
        if stop:
            raise BackupError(
                translate("backup", "The backup was cancelled; nothing was kept.")
            ) from None
        message = translate("backup", "The database cannot be copied: {sqlite_reason}.")
        raise BackupError(fill(message, sqlite_reason=_sqlite_reason(exc))) from exc
    finally:
        for connection in opened:
            connection.close()


def schema_revision(path: Path) -> str | None:
    """Return the Alembic revision stored in the SQLite file ``path``; ``None`` if it has none.

    Raises :class:`BackupError` when the file is not a database.
    """
    try:
        connection = sqlite3.connect(_uri(path, "ro"), uri=True)
        try:
            row = connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if row is None:
                return None
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        message = translate("backup", "The database cannot be read: {sqlite_reason}.")
        raise BackupError(fill(message, sqlite_reason=_sqlite_reason(exc))) from exc
    return found[0] if found else None


@contextmanager
def driver_connection(engine: Engine) -> Iterator[sqlite3.Connection]:
    """Yield a raw ``sqlite3`` connection from the pool of ``engine``, given back afterwards.

    It has Accord's PRAGMAs (busy timeout, foreign keys), the pool's
    ``connect`` listener having set them.
    """
    connection = engine.raw_connection()
    try:
        raw = connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        yield raw
    finally:
        connection.close()


class _Cancel(Exception):  # noqa: N818 - an outcome the caller handles, not a fault
    """Raised inside the backup API's progress callback to stop it."""


def _connect(path: Path, opened: list[sqlite3.Connection], mode: str) -> sqlite3.Connection:
    connection = sqlite3.connect(_uri(path, mode), uri=True, timeout=5.0)
    opened.append(connection)
    return connection


def _temporary_in(folder: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=".accord-", suffix=".part", dir=folder)
    os.close(fd)
    os.chmod(name, files.new_file_mode())
    return Path(name)
