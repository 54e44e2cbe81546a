"""Restore a library from either kind of backup: an archive (``.zip``) or a snapshot (``.sqlite3``).

``accord restore`` and File › Restore from Backup… take both:

- a whole-library archive made by ``accord backup``: records and documents,
  restored by :func:`db.safekeeping.archive.restore_archive`;
- a database snapshot from ``backups/`` (``accord-<UTC>-<reason>.sqlite3``,
  made by :mod:`db.storage.snapshots` every day and before each upgrade), or any copy
  of an Accord database: :func:`restore_snapshot` verifies it
  (``integrity_check``, an Accord schema this version knows), keeps the
  current database in ``backups/`` (copied there if it can be opened,
  moved there if it cannot; never deleted), puts the snapshot in place and
  upgrades it if it is older. The documents in ``attachments/`` are not
  touched: a snapshot holds only records.

Which kind a file is comes from its first bytes (SQLite's header), not its
name. A folder that holds no library gets the backup and nothing is kept.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import BackupError, LibraryError
from db.i18n.translate import fill, translate
from db.library import ATTACHMENTS, BACKUPS, DATABASE_NAME, Library
from db.opening import open_library
from db.safekeeping import archive, archive_manifest
from db.safekeeping.copy import copy_library
from db.safekeeping.restore_refusal import refuse_restore_into
from db.storage import damage, migrate
from db.storage import snapshots as backup
from db.storage.files import reason

if TYPE_CHECKING:
    from db.progress import Progress


@dataclass(frozen=True)
class Restored:
    """What a restore did, for the message that reports it.

    ``kind`` is ``archive`` or ``snapshot``; ``source`` the file restored
    from; ``kept`` where the previous library (an archive) or database (a
    snapshot) was kept, ``None`` when the folder held no library before;
    ``made`` when the backup was made (UTC; ``None`` for a snapshot whose
    name does not say); ``documents`` how many documents an archive
    restored (``None`` for a snapshot, which leaves the documents alone);
    ``set_aside`` the folder in ``backups/`` that took the files an archive
    does not hold and no kept archive holds either (``None`` when none).
    """

    kind: str
    source: Path
    kept: Path | None
    made: dt.datetime | None
    documents: int | None
    set_aside: Path | None = None


def is_snapshot(path: Path) -> bool:
    """Return whether ``path`` is an SQLite database (a snapshot) rather than an archive."""
    return backup.is_sqlite_file(path)


def restore_backup(
    target: Library | Path,
    source: Path,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Restored:
    """Restore ``target`` (an open library or a library folder) from the backup ``source``.

    A snapshot goes to :func:`restore_snapshot`, anything else to
    :func:`db.safekeeping.archive.restore_archive` (which explains a file that is
    neither). Raises :class:`BackupError` and :class:`LibraryError`, one
    sentence each; nothing is changed when the backup fails its checks.
    """
    if isinstance(target, Path) and target.exists() and not target.is_dir():
        raise BackupError(
            fill(
                translate("backup", "The library path {target} is a file, not a folder."),
                target=target,
            )
        )
    if isinstance(target, Library) and target.database_path is None:
        return _into_server(target, source, progress)
    if is_snapshot(source):
        kept = restore_snapshot(target, source, now=now)
        return Restored("snapshot", source, kept, backup.snapshot_time(source), None)
    moment = now or dt.datetime.now(dt.UTC)
    kept = archive.restore_archive(target, source, progress=progress, now=moment)
    manifest = archive_manifest.read_manifest(source)
    root = target.root if isinstance(target, Library) else target
    aside = root / BACKUPS / archive.set_aside_name(moment)
    return Restored(
        "archive",
        source,
        kept,
        manifest.created,
        len(manifest.documents),
        aside if aside.is_dir() else None,
    )


def _into_server(library: Library, source: Path, progress: Progress | None) -> Restored:
    """Restore the backup ``source`` into the server ``library``, which must hold no records
    (nothing there to keep): restored first into a scratch folder (verified as any
    restore is), then copied onto the server (:func:`db.safekeeping.copy.copy_library`)."""
    with tempfile.TemporaryDirectory(prefix="accord-restore-") as scratch:
        folder = Path(scratch) / "library"
        done = restore_backup(folder, source)
        local = open_library(folder, builtin=False, use_environment=False)
        try:
            copy_library(local, library, progress=progress)
        finally:
            local.close()
    return Restored(done.kind, source, None, done.made, done.documents)


def verify_snapshot(path: Path, copy: Path) -> str:
    """Copy the snapshot ``path`` to ``copy`` and check it; return its schema revision.

    The copy is made with SQLite's online backup API, so the file restored
    is exactly the one checked (and a snapshot that rotation deletes
    meanwhile is not lost). Raises :class:`BackupError` for a file that is
    missing or unreadable, fails ``integrity_check``, holds no Accord
    schema, or was made by a newer Accord.
    """
    if not path.is_file():
        raise BackupError(fill(translate("backup", "There is no backup {path}."), path=path))
    try:
        backup.copy_database(path, copy)
    except BackupError as exc:
        raise BackupError(
            fill(
                translate("backup", "The backup {name} cannot be read: {lower}"),
                name=path.name,
                lower=_lower(exc),
            )
        ) from exc
    problems = backup.file_integrity_problems(copy)
    if problems:
        raise BackupError(
            fill(
                translate("backup", "The backup {name} is damaged: {problems}"),
                name=path.name,
                problems=problems[0],
            )
        )
    revision = backup.schema_revision(copy)
    if revision is None:
        raise BackupError(
            fill(
                translate("backup", "{name} is a database, but not an Accord library's."),
                name=path.name,
            )
        )
    if not migrate.knows_revision(revision):
        raise BackupError(
            fill(
                translate(
                    "backup",
                    "The backup {name} was made by a newer version of Accord (schema "
                    "{revision}); install that version to restore it.",
                ),
                name=path.name,
                revision=revision,
            )
        )
    return revision


def restore_snapshot(
    target: Library | Path, snapshot: Path, *, now: dt.datetime | None = None
) -> Path | None:
    """Put the database snapshot ``snapshot`` in place of the library's database.

    In order: the snapshot is verified (:func:`verify_snapshot`); the
    current database is kept as ``backups/accord-library-<UTC>-before-restore.sqlite3``
    (a checked copy), or, when it is damaged (:func:`db.storage.damage.database_damage`)
    or cannot be opened at all, moved (copied when ``target`` is open) as it
    is to ``backups/accord-library-<UTC>-unusable.sqlite3``; the snapshot is then
    copied *into* the live database (open windows stay valid and see the
    change) or, for an unusable one, put in its place; an older schema is
    upgraded. Returns the kept file, ``None`` when the folder held no
    database (nothing to keep). Documents are not touched. Raises
    :class:`BackupError` (nothing changed when verifying or keeping fails;
    a server or read-only library is refused) and :class:`LibraryError`.
    """
    folder = target.root if isinstance(target, Library) else Path(target)
    database = folder / DATABASE_NAME
    if database.exists() and _same_file(snapshot, database):
        raise BackupError(
            fill(
                translate("backup", "{name} is the library's own database, not a backup of it."),
                name=snapshot.name,
            )
        )
    with tempfile.TemporaryDirectory(prefix="accord-restore-") as scratch:
        checked = Path(scratch) / DATABASE_NAME
        verify_snapshot(snapshot, checked)
        if isinstance(target, Library):
            return _into_open(target, checked, now)
        if not database.exists():
            _into_folder(folder, checked, None)
            return None
        backup.make_folder(folder / BACKUPS)  # where the current database goes: first
        try:
            library = open_library(folder, builtin=False, use_environment=False)
        except LibraryError:
            if not (database.is_file() or database.is_dir()):  # a folder: set aside too
                raise
            kept = backup.free_name(folder / BACKUPS / archive.unusable_name(now))
            _into_folder(folder, checked, kept)
            return kept
        try:
            return _into_open(library, checked, now)
        finally:
            library.close()


def _into_open(library: Library, checked: Path, now: dt.datetime | None) -> Path:
    """Keep the open library's database, then copy ``checked`` into it.

    A sound database is kept as a checked copy (``-before-restore``); a
    damaged one (:func:`db.storage.damage.database_damage`), which no checked copy can be
    made of, is copied as it is (``-unusable``).
    """
    refuse_restore_into(library)
    database = library.database_path
    assert database is not None
    backup.make_folder(library.backups_dir)
    if damage.database_damage(database) is None:
        name = f"accord-library-{backup.stamp(now)}-before-restore.sqlite3"
        kept = backup.free_name(library.backups_dir / name)
        backup.copy_verified(database, kept)
        previous = translate("backup", "the previous one is kept in")
    else:
        unusable = backup.free_name(library.backups_dir / archive.unusable_name(now))
        kept = damage.keep_damaged(database, unusable)
        previous = translate("backup", "the damaged one is kept in")
    try:
        with backup.driver_connection(library.engine) as live:
            backup.copy_database(checked, live)
    except BackupError as exc:
        raise BackupError(
            fill(
                translate(
                    "backup", "The database could not be restored ({rstrip}); {previous} {kept}."
                ),
                rstrip=_lower(exc).rstrip("."),
                previous=previous,
                kept=kept,
            )
        ) from exc
    migrate.upgrade(library.engine)
    return kept


def _into_folder(folder: Path, checked: Path, kept: Path | None) -> None:
    """Put ``checked`` in as the folder's database, first moving an unusable one to ``kept``.

    Raises :class:`BackupError`; the folder then keeps its database
    (:func:`db.storage.damage.swap_in`).
    """
    database = folder / DATABASE_NAME
    part = database.with_name(f".{DATABASE_NAME}.part")
    try:
        for sub in (ATTACHMENTS, BACKUPS):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(checked, part)
        damage.swap_in(database, part, kept)
    except OSError as exc:
        where = damage.left_where(database, kept)
        raise BackupError(
            fill(
                translate("backup", "The database could not be restored ({reason}){where}."),
                reason=reason(exc),
                where=where,
            )
        ) from exc
    finally:
        part.unlink(missing_ok=True)
    open_library(folder, builtin=False).close()  # WAL on, and an older schema upgraded


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _lower(error: Exception) -> str:
    text = str(error)
    return text[:1].lower() + text[1:]
