"""The library folder: database, managed attachments and backups in one folder.

```
<library>/accord.sqlite3     the database (WAL mode, foreign keys on)
<library>/attachments/       managed copies of attached files
<library>/backups/           automatic and manual backups
```

A library can also keep its records on a shared PostgreSQL server
(``database_url``); its documents still live in the folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath

import platformdirs
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from db import backup, migrate, sqlite
from db.builtin import load_builtin
from db.engine import create_engine, driver_reason, safe_url, sqlite_url
from db.errors import BackupError, LibraryError
from db.files import reason
from db.history import RecordedSession

DATABASE_NAME = "accord.sqlite3"
ATTACHMENTS = "attachments"
BACKUPS = "backups"
#: Environment variables that override the default library and database.
LIBRARY_ENV = "ACCORD_LIBRARY"
DATABASE_URL_ENV = "ACCORD_DATABASE_URL"


def default_library_dir() -> Path:
    """Return the per-user library folder of this platform.

    ``%LOCALAPPDATA%\\Accord\\library`` on Windows, ``~/Library/Application
    Support/Accord/library`` on macOS, ``$XDG_DATA_HOME/Accord/library``
    (``~/.local/share/Accord/library``) on Linux, as platformdirs decides.
    """
    return Path(platformdirs.user_data_dir("Accord", appauthor=False)) / "library"


def resolve_library_dir(library: str | os.PathLike[str] | None = None) -> Path:
    """Return the library folder to use: ``library``, else ``$ACCORD_LIBRARY``, else the default."""
    chosen = library or os.environ.get(LIBRARY_ENV) or default_library_dir()
    return Path(chosen).expanduser()


def resolve_database_url(database_url: str | None = None) -> str | None:
    """Return ``database_url``, else ``$ACCORD_DATABASE_URL``, else None (SQLite)."""
    return database_url or os.environ.get(DATABASE_URL_ENV) or None


@dataclass(frozen=True)
class Library:
    """An open library: its folder and the engine of its database.

    Use :func:`open_library` to get one. ``session()`` gives a short-lived
    session for one use case; views never hold a session.
    """

    root: Path
    engine: Engine

    @property
    def attachments_dir(self) -> Path:
        """Folder of the managed copies of attached files."""
        return self.root / ATTACHMENTS

    @property
    def backups_dir(self) -> Path:
        """Folder of the library's backups."""
        return self.root / BACKUPS

    @property
    def database_path(self) -> Path | None:
        """Path of the SQLite file, ``None`` when the records live on a server."""
        database = self.engine.url.database
        return Path(database) if self.engine.dialect.name == "sqlite" and database else None

    @cached_property
    def _write_engine(self) -> Engine:
        # Same pool and events; its connections begin with BEGIN IMMEDIATE (db.sqlite).
        return self.engine.execution_options(**{sqlite.WRITE_OPTION: True})

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """Yield a session that is closed afterwards; the caller commits.

        Every use case that writes asks for ``write=True``: on SQLite its
        transaction begins with ``BEGIN IMMEDIATE``, waiting up to
        :data:`db.sqlite.BUSY_TIMEOUT_MS` for another window or process to
        finish its write (PostgreSQL: an ordinary READ COMMITTED
        transaction; the record versions do the rest). Changes to records
        are kept in their history (:mod:`db.history`). A database error
        inside the block (a damaged file, a server gone, a lock held too
        long) comes out as a :class:`LibraryError` sentence; the session's
        transaction is rolled back, so nothing is half-written.
        """
        bind = self._write_engine if write else self.engine
        try:
            with RecordedSession(bind, expire_on_commit=False) as session:
                yield session
        except sa.exc.DBAPIError as exc:
            raise database_error(exc) from exc

    def write_session(self) -> AbstractContextManager[Session]:
        """Return ``session(write=True)``: a session for a use case that writes."""
        return self.session(write=True)

    def path_of(self, stored_path: str) -> Path:
        """Return the absolute path of a file stored as ``stored_path``.

        ``stored_path`` is relative to the library with ``/`` separators;
        raises :class:`LibraryError` if it would point outside the library.
        """
        relative = PurePosixPath(stored_path)
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise LibraryError(f"The stored path “{stored_path}” points outside the library.")
        return self.root.joinpath(*relative.parts)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def database_error(error: sa.exc.DBAPIError) -> LibraryError:
    """Return the sentence for a database driver's error, as a :class:`LibraryError`."""
    reason = driver_reason(error)
    if "locked" in reason or "busy" in reason:
        return LibraryError(
            "The library is busy with another Accord window or user; try again."
        )
    return LibraryError(f"The library's database cannot be used: {reason}.")


def open_library(
    root: str | os.PathLike[str] | None = None,
    *,
    database_url: str | None = None,
    builtin: bool = True,
) -> Library:
    """Open (creating if needed) the library in folder ``root``.

    ``root`` and ``database_url`` default to the environment and the platform
    (:func:`resolve_library_dir`, :func:`resolve_database_url`). A new
    library gets the schema from the migrations and, unless ``builtin`` is
    false (an empty library to import into), the built-in records; an older
    one is upgraded after a snapshot of its database, and an existing one gets
    a snapshot at most once a day (:mod:`db.backup`). Raises
    :class:`LibraryError` when the folder cannot be created or written, or the
    database cannot be opened, is not an Accord library, or was made by a
    newer Accord.
    """
    folder = resolve_library_dir(root)
    url = resolve_database_url(database_url)
    if folder.exists() and not folder.is_dir():
        raise LibraryError(f"The library path {folder} is a file, not a folder.")
    database = folder / DATABASE_NAME
    if url is None and database.is_file() and database.stat().st_size == 0:
        raise LibraryError(
            f"The database {database} is empty (0 bytes), so it was damaged; "
            "restore it from a backup, or move it away to start a new library."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ATTACHMENTS).mkdir(exist_ok=True)
        (folder / BACKUPS).mkdir(exist_ok=True)
    except OSError as exc:
        raise LibraryError(
            f"The library folder {folder} cannot be created: {reason(exc)}."
        ) from exc
    engine = create_engine(url or sqlite_url(database))
    try:
        created = migrate.upgrade(engine)
        if sqlite.is_sqlite(engine):
            sqlite.enable_wal(engine)
        if created and builtin:
            with Session(engine) as session:
                load_builtin(session)
                session.commit()
    except LibraryError:
        engine.dispose()
        raise
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        where = safe_url(url) if url else str(database)
        raise LibraryError(f"The database {where} cannot be opened: {driver_reason(exc)}.") from exc
    library = Library(root=folder.resolve(), engine=engine)
    if not created:
        # A full disk or a read-only backups folder must not lock the user out.
        with suppress(BackupError):
            backup.daily_snapshot(library)
    return library
