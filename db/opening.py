"""Opening a library: the folder made, the schema created or upgraded, the daily snapshot.

:func:`open_library` is the one way to a :class:`~db.library.Library` for the
window, the command line, a restore and an archive's restore. It sits above
what it ties together, none of which imports it: the library folder and its
sessions (:mod:`db.library`), the schema's migrations (:mod:`db.storage.migrate`, which
snapshots before an upgrade), the snapshots (:mod:`db.storage.snapshots`) and the
sentence for a damaged database that names the snapshot restoring it
(:mod:`db.storage.damage`), which the opened library keeps for its sessions' errors.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session

from db.builtin import load_builtin
from db.errors import BackupError, DamagedLibraryError, LibraryError
from db.i18n.translate import fill, translate
from db.library import (
    ATTACHMENTS,
    BACKUPS,
    DATABASE_NAME,
    Library,
    resolve_database_url,
    resolve_library_dir,
)
from db.search import index as search_index
from db.server import roles
from db.storage import damage, migrate, sqlite
from db.storage import snapshots as backup
from db.storage.engine import create_engine, driver_reason, safe_url, sqlite_url
from db.storage.files import reason

if TYPE_CHECKING:
    from db.progress import Progress


def damage_of(library: Library) -> DamagedLibraryError | None:
    """Return the error of the library's damaged SQLite file, ``None`` if it is sound.

    Reads the whole file (:func:`db.storage.damage.database_damage`); for the window at
    start, which must not show a damaged library as an empty one. A server
    database is never called damaged here.
    """
    database = library.database_path
    if database is None:
        return None
    why = damage.database_damage(database)
    return None if why is None else damage.damaged_error(library.root, database, why)


def open_library(
    root: str | os.PathLike[str] | None = None,
    *,
    database_url: str | None = None,
    builtin: bool = True,
    progress: Progress | None = None,
    use_environment: bool = True,
) -> Library:
    """Open (creating if needed) the library in folder ``root``.

    ``root`` and ``database_url`` default to the environment and the platform
    (:func:`resolve_library_dir`, :func:`resolve_database_url`). A new
    library gets the schema from the migrations and, unless ``builtin`` is
    false (an empty library to import into), the built-in records; an older
    one is upgraded after a snapshot of its database, and an existing one gets
    a snapshot at most once a day (:mod:`db.storage.snapshots`).

    The library's sessions name the snapshot that restores a database found
    damaged later (``Library.damage_sentence``: :func:`db.storage.damage.damage_sentence`).

    A library whose folder or database cannot be written (a read-only
    share, a write-protected copy) is opened read-only
    (:func:`db.storage.sqlite.read_only_engine`, ``Library.read_only``): it can be
    read, exported and checked, and every change fails with
    :data:`db.library.READ_ONLY_CHANGE`; it gets no snapshot.

    Raises :class:`LibraryError` when the folder cannot be created or
    written, or the database cannot be opened, is not an Accord library, or
    was made by a newer Accord; a read-only library of an older Accord,
    which would need an upgrade, is refused too. A damaged database's
    sentence names the newest sound snapshot in ``backups/`` and the
    ``accord restore`` command that puts it back.

    On a server library set up by ``accord server init``, the person's role is read
    (``Library.role``; a login with no role is refused), and a schema older than this
    Accord's is refused with a sentence asking an administrator to run ``accord server
    init`` (a person never migrates it).

    ``use_environment=False`` keeps ``$ACCORD_DATABASE_URL`` out: without
    ``database_url``, the records are the folder's own ``accord.sqlite3`` (a copy, an
    archive or a restore made in a folder of their own, and ``--library DIR``).

    ``progress(done, total)`` follows an upgrade's long step (indexing every
    record and page for search); it cannot stop the upgrade.
    """
    folder = resolve_library_dir(root)
    url = resolve_database_url(database_url) if use_environment else database_url
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
        role = roles.role_of(engine)
        if roles.set_up_for_roles(engine):
            _refuse_older(engine)
        created = migrate.upgrade(engine, progress)
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
    library = Library(
        root=folder.resolve(), engine=engine, damage_sentence=damage.damage_sentence, role=role
    )
    if not created:
        # A full disk or a read-only backups folder must not lock the user out.
        with suppress(BackupError):
            backup.daily_snapshot(library)
    return library


def _refuse_older(engine: sa.Engine) -> None:
    """Refuse a server library set up for roles whose schema this Accord would upgrade:
    only ``accord server init`` upgrades it, as its tables' owner (people may not)."""
    current = migrate.current_revision(engine)
    if current != migrate.head_revision() and migrate.knows_revision(current):
        raise LibraryError(
            translate(
                "library",
                "This server library was made by an older version of Accord; ask an "
                "administrator to upgrade it with “accord server init”.",
            )
        )


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
    search_index.install()  # as db.storage.engine.create_engine does for every other engine
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
    return Library(
        root=folder.resolve(),
        engine=engine,
        read_only=True,
        damage_sentence=damage.damage_sentence,
    )


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
