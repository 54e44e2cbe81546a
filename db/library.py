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

from db import backup, damage, migrate, sqlite
from db.builtin import load_builtin
from db.engine import create_engine, driver_reason, safe_url, sqlite_url
from db.errors import BackupError, DamagedLibraryError, LibraryError
from db.files import reason
from db.history_record import RecordedSession
from db.i18n import QT_TRANSLATE_NOOP, fill, translate

DATABASE_NAME = "accord.sqlite3"
ATTACHMENTS = "attachments"
BACKUPS = "backups"
# Environment variables that override the default library and database.
LIBRARY_ENV = "ACCORD_LIBRARY"
DATABASE_URL_ENV = "ACCORD_DATABASE_URL"
#: Why a change to a read-only library fails (a write on its read-only connection).
READ_ONLY_CHANGE = QT_TRANSLATE_NOOP(
    "library",
    "The library is read-only (its folder or database cannot be written here), so nothing can "
    "be changed in it; Accord needs to write in the library folder (the database, its WAL "
    "journal and backups): ask for write access, or copy the library to a folder you can write.",
)


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
    # True when the library folder or database cannot be written: it is only read.
    read_only: bool = False

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
        are kept in their history (:mod:`db.history_record`). A database error
        inside the block (a damaged file, a server gone, a lock held too
        long) comes out as a :class:`LibraryError` sentence; the session's
        transaction is rolled back, so nothing is half-written.
        """
        bind = self._write_engine if write else self.engine
        try:
            with RecordedSession(bind, expire_on_commit=False) as session:
                yield session
        except sa.exc.DBAPIError as exc:
            raise database_error(exc, self) from exc

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
            raise LibraryError(
                fill(
                    translate(
                        "library", "The stored path “{stored_path}” points outside the library."
                    ),
                    stored_path=stored_path,
                )
            )
        return self.root.joinpath(*relative.parts)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def database_error(error: BaseException, library: Library | None = None) -> LibraryError:
    """Return the sentence for a database driver's error, as a :class:`LibraryError`.

    ``error`` is SQLAlchemy's wrapper or the driver's own exception. When
    ``library`` is given and its SQLite file is damaged, the error is a
    :class:`~db.errors.DamagedLibraryError` whose sentence names the
    newest sound snapshot and the command that restores it
    (:func:`db.damage.damaged_error`).
    """
    reason = driver_reason(error)
    if "locked" in reason or "busy" in reason:
        return LibraryError(
            translate(
                "library", "The library is busy with another Accord window or user; try again."
            )
        )
    if "readonly" in reason or "read-only" in reason:
        return LibraryError(translate("library", READ_ONLY_CHANGE))
    database = library.database_path if library is not None else None
    if library is not None and database is not None and damage.is_damage(reason):
        return damage.damaged_error(library.root, database, reason)
    return LibraryError(
        fill(
            translate("library", "The library's database cannot be used: {reason}."), reason=reason
        )
    )


def damage_of(library: Library) -> DamagedLibraryError | None:
    """Return the error of the library's damaged SQLite file, ``None`` if it is sound.

    Reads the whole file (:func:`db.damage.damage_of`); for the window at
    start, which must not show a damaged library as an empty one. A server
    database is never called damaged here.
    """
    database = library.database_path
    if database is None:
        return None
    why = damage.damage_of(database)
    return None if why is None else damage.damaged_error(library.root, database, why)


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
    a snapshot at most once a day (:mod:`db.backup`).

    A library whose folder or database cannot be written (a read-only
    share, a write-protected copy) is opened read-only
    (:func:`db.sqlite.read_only_engine`, ``Library.read_only``): it can be
    read, exported and checked, and every change fails with
    :data:`READ_ONLY_CHANGE`; it gets no snapshot.

    Raises :class:`LibraryError` when the folder cannot be created or
    written, or the database cannot be opened, is not an Accord library, or
    was made by a newer Accord; a read-only library of an older Accord,
    which would need an upgrade, is refused too. A damaged database's
    sentence names the newest sound snapshot in ``backups/`` and the
    ``accord restore`` command that puts it back.
    """
    folder = resolve_library_dir(root)
    url = resolve_database_url(database_url)
    if folder.exists() and not folder.is_dir():
        raise LibraryError(
            fill(
                translate("library", "The library path {folder} is a file, not a folder."),
                folder=folder,
            )
        )
    database = folder / DATABASE_NAME
    if url is None and database.is_file() and database.stat().st_size == 0:
        advice, snapshot = damage.restore_advice(folder)
        raise DamagedLibraryError(
            fill(
                translate(
                    "library", "The database {database} is empty (0 bytes), so it was damaged; "
                ),
                database=database,
            )
            + advice,
            folder=folder,
            snapshot=snapshot,
        )
    if url is None and database.is_dir():
        advice, snapshot = damage.restore_advice(folder)
        raise DamagedLibraryError(
            fill(
                translate("library", "The database {database} is a folder, not a database file; "),
                database=database,
            )
            + advice,
            folder=folder,
            snapshot=snapshot,
        )
    if url is None and folder.is_dir() and not _writable(folder, database):
        return _open_read_only(folder, database)
    for sub in (ATTACHMENTS, BACKUPS):
        if (folder / sub).exists() and not (folder / sub).is_dir():
            message = translate(
                "library",
                "{path} is a file where the library keeps its {name} folder; move it away.",
            )
            raise LibraryError(fill(message, path=folder / sub, name=sub))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ATTACHMENTS).mkdir(exist_ok=True)
        (folder / BACKUPS).mkdir(exist_ok=True)
    except OSError as exc:
        if folder.is_dir() and exc.filename and Path(exc.filename) != folder:
            message = translate(
                "library", "The folder {path} cannot be made inside the library folder: {reason}."
            )
            raise LibraryError(fill(message, path=exc.filename, reason=reason(exc))) from exc
        raise LibraryError(
            fill(
                translate("library", "The library folder {folder} cannot be created: {reason}."),
                folder=folder,
                reason=reason(exc),
            )
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
        raise _open_error(url, folder, database, exc) from exc
    library = Library(root=folder.resolve(), engine=engine)
    if not created:
        # A full disk or a read-only backups folder must not lock the user out.
        with suppress(BackupError):
            backup.daily_snapshot(library)
    return library


def _writable(folder: Path, database: Path) -> bool:
    """Whether Accord may write in ``folder`` and (if it exists) to ``database``.

    ``os.access`` answers for the real user and for a read-only file system
    (root included); a folder that cannot be written cannot take the WAL
    files SQLite makes beside the database.
    """
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not database.exists() or os.access(database, os.W_OK)


def _open_read_only(folder: Path, database: Path) -> Library:
    """Open the library in the read-only ``folder`` for reading only (see :func:`open_library`)."""
    if not database.is_file():
        raise LibraryError(
            fill(
                translate(
                    "library",
                    "The library folder {folder} is read-only, so no library can be created in "
                    "it; Accord needs to write in its library folder (the database, its WAL "
                    "journal and backups).",
                ),
                folder=folder,
            )
        )
    engine = sqlite.read_only_engine(database)
    try:
        current = migrate.current_revision(engine)
        if current != migrate.head_revision():
            if current is not None and not migrate.knows_revision(current):
                migrate.upgrade(engine)  # says "made by a newer version", writing nothing
            raise LibraryError(
                fill(
                    translate(
                        "library",
                        "The library at {folder} was made by an older version of Accord and "
                        "must be upgraded, but its folder or database is read-only; Accord "
                        "needs to write there (the database, its WAL journal and backups).",
                    ),
                    folder=folder,
                )
            )
    except LibraryError:
        engine.dispose()
        raise
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        raise _open_error(None, folder, database, exc) from exc
    return Library(root=folder.resolve(), engine=engine, read_only=True)


def _open_error(
    url: str | None, folder: Path, database: Path, exc: sa.exc.DBAPIError
) -> LibraryError:
    """The sentence for a database that cannot be opened; a damaged one's names a backup."""
    why = driver_reason(exc)
    if url is not None:
        return LibraryError(
            fill(
                translate("library", "The database {safe_url} cannot be opened: {why}."),
                safe_url=safe_url(url),
                why=why,
            )
        )
    if damage.is_damage(why):
        return damage.damaged_error(folder, database, why, opened=False)
    return LibraryError(
        fill(
            translate("library", "The database {database} cannot be opened: {why}."),
            database=database,
            why=why,
        )
    )
