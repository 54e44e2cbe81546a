"""The library folder: database, managed attachments and backups in one folder.

```
<library>/accord.sqlite3     the database (WAL mode, foreign keys on)
<library>/attachments/       managed copies of attached files
<library>/backups/           automatic and manual backups
```

A library can also keep its records on a shared PostgreSQL server
(``database_url``); its documents then live in the database too
(:attr:`Library.documents_in_database`, :mod:`db.attachments.database`), and a
window opens them from a per-user cache (:attr:`Library.local_files_dir`).
Opening one (creating, upgrading, the daily snapshot) is :mod:`db.opening`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

import platformdirs
import sqlalchemy as sa

from db.errors import DamagedLibraryError, LibraryError, RoleError
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from db.server.roles import Role, refusal, role_of
from db.storage import sqlite
from db.storage.engine import connection_lost, driver_reason
from db.storage.history_recorder import RecordedSession

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

DATABASE_NAME = "accord.sqlite3"
ATTACHMENTS = "attachments"
# Folder of a server library's fetched documents inside the per-user cache folder.
CACHED_DOCUMENTS = "documents"
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
# The sentence for a damaged SQLite database, given ``(library folder, database file,
# SQLite's reason)``: the error naming the snapshot that restores it, or ``None`` when the
# reason is not damage (:func:`db.storage.damage.damage_sentence`, given by :mod:`db.opening`).
DamageSentence = Callable[[Path, Path, str], DamagedLibraryError | None]


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

    Use :func:`db.opening.open_library` to get one. ``session()`` gives a
    short-lived session for one use case; views never hold a session.
    ``damage_sentence`` tells a damaged database's error (:func:`database_error`);
    without it (a library made by hand, in a test) damage reads as any other
    database error. ``role`` is the person's role, read once when the library is
    opened (:func:`db.server.roles.role_of`; administrator on SQLite): what the window
    greys out, and the role a refused change names.
    """

    root: Path
    engine: Engine
    # True when the library folder or database cannot be written: it is only read.
    read_only: bool = False
    damage_sentence: DamageSentence | None = field(default=None, repr=False, compare=False)
    role: Role = Role.ADMINISTRATOR

    @property
    def attachments_dir(self) -> Path:
        """Folder of the managed copies of attached files."""
        return self.root / ATTACHMENTS

    @property
    def documents_in_database(self) -> bool:
        """True when the stored files live in the database (a PostgreSQL library's
        ``document_content``), not in :attr:`attachments_dir`."""
        return self.engine.dialect.name == "postgresql"

    @property
    def server_identity(self) -> str:
        """16 hex digits naming this server database (host, port, database name hashed;
        never the user or password), stable across windows and people; "" on SQLite."""
        if not self.documents_in_database:
            return ""
        url = self.engine.url
        key = f"{url.host or ''}\n{url.port or ''}\n{url.database or ''}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    @property
    def local_files_dir(self) -> Path:
        """Folder of the files a window opens: :attr:`attachments_dir` on SQLite; for a
        server library this person's cache of its documents
        (``<user cache>/documents/<server identity>``, platformdirs' user cache folder:
        ``%LOCALAPPDATA%\\Accord\\Cache`` on Windows)."""
        if not self.documents_in_database:
            return self.attachments_dir
        cache = Path(platformdirs.user_cache_dir("Accord", appauthor=False))
        return cache / CACHED_DOCUMENTS / self.server_identity

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
        # Same pool and events; its connections begin with BEGIN IMMEDIATE (db.storage.sqlite).
        return self.engine.execution_options(**{sqlite.WRITE_OPTION: True})

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """Yield a session that is closed afterwards; the caller commits.

        Every use case that writes asks for ``write=True``: on SQLite its
        transaction begins with ``BEGIN IMMEDIATE``, waiting up to
        :data:`db.storage.sqlite.BUSY_TIMEOUT_MS` for another window or process to
        finish its write (PostgreSQL: an ordinary READ COMMITTED
        transaction; the record versions do the rest). Changes to records
        are kept in their history (:mod:`db.storage.history_recorder`). A database error
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


# PostgreSQL's SQLSTATE for a right the role lacks (a grant, a row-level policy).
PERMISSION_DENIED = "42501"


def _sqlstate(error: BaseException) -> str | None:
    original = getattr(error, "orig", None) or error
    return getattr(original, "sqlstate", None)


def _role_now(library: Library | None) -> Role:
    """The person's role as the server says now (it may have changed since the library
    was opened); the role read at opening when the server cannot say."""
    if library is None:
        return Role.READER
    try:
        return role_of(library.engine)
    except (LibraryError, sa.exc.DBAPIError):
        return library.role


def database_error(error: BaseException, library: Library | None = None) -> LibraryError:
    """Return the sentence for a database driver's error, as a :class:`LibraryError`.

    ``error`` is SQLAlchemy's wrapper or the driver's own exception. A right the
    person's role lacks on a server (SQLSTATE 42501: a grant, a row-level policy) is
    :func:`db.server.roles.refusal` naming the role the server gives the person now. A
    lost PostgreSQL server (:func:`~db.storage.engine.connection_lost`) reads as such:
    the transaction was rolled back, nothing was changed. When
    ``library`` is given and its SQLite file is damaged, the error is the
    library's ``damage_sentence``: a :class:`~db.errors.DamagedLibraryError`
    whose sentence names the newest sound snapshot and the command that
    restores it (:func:`db.storage.damage.damaged_error`).
    """
    reason = driver_reason(error)
    if connection_lost(error):
        return LibraryError(
            fill(
                translate(
                    "library",
                    "The library's server cannot be reached ({reason}); nothing was changed, "
                    "and Accord connects again by itself once the server is back.",
                ),
                reason=reason,
            )
        )
    if _sqlstate(error) == PERMISSION_DENIED:
        return RoleError(refusal(_role_now(library)))
    if "locked" in reason or "busy" in reason:
        return LibraryError(
            translate(
                "library", "The library is busy with another Accord window or user; try again."
            )
        )
    if "readonly" in reason or "read-only" in reason:
        return LibraryError(translate("library", READ_ONLY_CHANGE))
    database = library.database_path if library is not None else None
    if library is not None and database is not None and library.damage_sentence is not None:
        damaged = library.damage_sentence(library.root, database, reason)
        if damaged is not None:
            return damaged
    return LibraryError(
        fill(
            translate("library", "The library's database cannot be used: {reason}."), reason=reason
        )
    )
