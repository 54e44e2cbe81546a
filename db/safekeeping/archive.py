"""Whole-library archives: make one, verify one, restore one (``accord backup``/``restore``).

An archive is one zip file::

    accord.sqlite3                 an online-backup snapshot of the database (deflated)
    attachments/ab/<sha256>.pdf    every stored document (stored as is: PDFs compress badly)
    manifest.json                  what is inside, with sizes and SHA-256 sums

An archive is verified before anything is restored from it (the README:
"verifies the archive first, keeps the current library as a backup, then
restores"); the manifest and the checks, zip-slip included, are in
:mod:`db.safekeeping.archive_manifest`.

A library on a PostgreSQL server is archived in the same form: its records and
stored files are first copied into a library in a scratch folder
(:func:`db.safekeeping.copy.copy_into_folder`), which is then archived.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import stat
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import BackupError, Cancelled, LibraryError
from db.i18n.translate import fill, translate
from db.library import ATTACHMENTS, BACKUPS, DATABASE_NAME, Library
from db.opening import open_library
from db.safekeeping.archive_files import clear_strays, put_document, refuse_changed
from db.safekeeping.archive_manifest import (
    CHUNK,
    FORMAT,
    MANIFEST,
    STORED_NAME,
    Counter,
    Manifest,
    Member,
    accord_version,
    open_zip,
    read_manifest,
    verify_into,
)
from db.safekeeping.copy import copy_into_folder
from db.safekeeping.restore_refusal import refuse_restore_into
from db.storage import damage, migrate
from db.storage import snapshots as backup
from db.storage.files import new_file_mode, reason

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.progress import Progress


def default_archive_name(now: dt.datetime | None = None) -> str:
    """Return ``accord-library-<UTC yyyymmddThhmmssZ>.zip``."""
    return f"accord-library-{backup.stamp(now)}.zip"


def make_archive(
    library: Library,
    destination: Path | None = None,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write the whole library into one zip archive and return its path.

    ``destination`` is a ``.zip`` file, or a folder to put
    :func:`default_archive_name` in; default the library's ``backups/``. The
    archive is written under a temporary name and renamed when complete, so
    an existing file is replaced only by a whole archive. ``progress`` counts
    bytes. Raises :class:`BackupError` for a folder or
    file that cannot be written, a database that cannot be copied, or when
    cancelled (nothing is left behind).
    """
    database = library.database_path
    if database is None:  # a server library: the same archive, made from a copy in a folder
        with tempfile.TemporaryDirectory(prefix="accord-backup-") as scratch:
            local = copy_into_folder(library, Path(scratch) / "library")
            try:
                return make_archive(
                    local, _target(library, destination, now), progress=progress, now=now
                )
            finally:
                local.close()
    target = _target(library, destination, now)
    documents = _stored_files(library.attachments_dir)
    total = database.stat().st_size + sum(size for _path, size in documents)
    counter = Counter(progress, total)
    try:
        fd, part = tempfile.mkstemp(prefix=".accord-", suffix=".part", dir=target.parent)
    except OSError as exc:
        message = translate("backup", "The archive cannot be written in {parent}: {reason}.")
        raise BackupError(fill(message, parent=target.parent, reason=reason(exc))) from exc
    os.close(fd)
    temporary = Path(part)
    try:
        with tempfile.TemporaryDirectory(prefix="accord-backup-") as scratch:
            copy = Path(scratch) / DATABASE_NAME
            if library.read_only:  # its folder cannot take the -shm a new connection needs
                with backup.driver_connection(library.engine) as source:
                    backup.copy_database(source, copy, progress=_pages(counter, database))
            else:
                backup.copy_database(database, copy, progress=_pages(counter, database))
            problems = backup.file_integrity_problems(copy)
            if problems:  # the backup API copies pages as they are: the library's are damaged
                raise damage.damaged_error(
                    library.root, database, backup.problem_reason(problems[0])
                )
            revision = backup.schema_revision(copy) or ""
            members: list[Member] = []
            with zipfile.ZipFile(temporary, "w", allowZip64=True) as archive:
                members.append(
                    _add(archive, copy, DATABASE_NAME, zipfile.ZIP_DEFLATED, counter.pass_)
                )
                counter.done = database.stat().st_size
                for path, _size in documents:
                    name = f"{ATTACHMENTS}/{path.relative_to(library.attachments_dir).as_posix()}"
                    members.append(_add(archive, path, name, zipfile.ZIP_STORED, counter.step))
                refuse_changed(members[1:])
                manifest = Manifest(
                    format=FORMAT,
                    accord_version=accord_version(),
                    schema_revision=revision,
                    created=now or dt.datetime.now(dt.UTC),
                    members=tuple(members),
                )
                archive.writestr(MANIFEST, manifest.to_json(), zipfile.ZIP_DEFLATED)
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(temporary, new_file_mode())
        os.replace(temporary, target)
    except Cancelled:
        raise BackupError(
            translate("backup", "The backup was cancelled; nothing was written.")
        ) from None
    except OSError as exc:
        message = translate("backup", "The archive {target} cannot be written: {reason}.")
        raise BackupError(fill(message, target=target, reason=reason(exc))) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return target


def restore_archive(
    target: Library | Path,
    archive: Path,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Path | None:
    """Replace the records and documents of a library by those of ``archive``.

    ``target`` is an open library or a library folder (opened and closed
    afterwards). In order: the archive is verified (:func:`verify_archive`);
    the current library is kept as an archive in its ``backups/``
    (``accord-library-<time>-before-restore.zip``, whose path is returned so
    the user can go back); each archived document is put in place (hash
    checked); then the database is copied in with the online backup API
    *into* the live database, so open connections (other windows) stay
    valid and see a new ``data_version``; an older schema is then upgraded.
    Afterwards the library is exactly the archive (README, "Backups"): the
    files in ``attachments/`` it does not hold leave
    (:func:`db.safekeeping.archive_files.clear_strays`), deleted when the kept archive
    holds them, else moved to ``backups/`` (:func:`set_aside_name`).

    A database that is damaged (:func:`db.storage.damage.database_damage`: SQLite finds a
    malformed page anywhere in it) or cannot be opened at all (emptied, made
    by a newer Accord) is never archived: it is kept as it is in
    ``backups/`` (:func:`unusable_name`, moved aside, or copied when the
    library is open), its path returned, and every file in ``attachments/``
    the archive does not hold is moved to ``backups/``. A folder that holds
    no library (no ``accord.sqlite3``) gets the archived one and nothing is
    kept: ``None`` is returned. Raises :class:`BackupError` (nothing changed
    when verifying or keeping fails; a read-only library is refused) and
    :class:`LibraryError`.
    """
    moment = now or dt.datetime.now(dt.UTC)
    if isinstance(target, Library):
        return _restore(target, archive, progress, moment)
    folder = Path(target)
    database = folder / DATABASE_NAME
    if not database.exists():
        _replace_unusable(folder, archive, progress, moment, keep=False)
        return None
    backup.make_folder(folder / BACKUPS)  # where the current library goes: first
    try:
        library = open_library(folder, builtin=False, use_environment=False)
    except LibraryError:
        if not (database.is_file() or database.is_dir()):  # a folder: set aside too
            raise
        return _replace_unusable(folder, archive, progress, moment)
    try:
        return _restore(library, archive, progress, moment)
    finally:
        library.close()


def unusable_name(now: dt.datetime | None = None) -> str:
    """Return ``accord-library-<UTC time>-unusable.sqlite3``: where an unusable database goes.

    Not a snapshot's name, so :func:`db.storage.snapshots.rotate` never deletes it.
    """
    return f"accord-library-{backup.stamp(now)}-unusable.sqlite3"


def set_aside_name(now: dt.datetime | None = None) -> str:
    """Return ``accord-library-<UTC time>-set-aside``: the folder in ``backups/`` that takes
    the files an archive restore moved out of ``attachments/`` (their paths kept)."""
    return f"accord-library-{backup.stamp(now)}-set-aside"


def _replace_unusable(
    folder: Path,
    archive: Path,
    progress: Progress | None,
    now: dt.datetime,
    *,
    keep: bool = True,
) -> Path:
    """Restore into a folder whose database is damaged or cannot be opened.

    The archive is verified before anything is touched; the unusable
    database (with its ``-wal``/``-shm`` files) is then moved, never deleted,
    to ``backups/`` (:func:`unusable_name`), whose path is returned, and the
    files in ``attachments/`` the archive does not hold to
    :func:`set_aside_name`. With ``keep`` false the folder holds no
    database: it is made a library.
    """
    database = folder / DATABASE_NAME
    with tempfile.TemporaryDirectory(prefix="accord-restore-") as scratch:
        manifest = verify_into(archive, Path(scratch), progress)
        kept = backup.free_name(folder / BACKUPS / unusable_name(now))
        part = database.with_name(f".{DATABASE_NAME}.part")
        try:
            for sub in (ATTACHMENTS, BACKUPS):
                (folder / sub).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(scratch) / DATABASE_NAME, part)
            with open_zip(archive) as zipped:
                for member in manifest.documents:
                    put_document(folder / member.path, zipped, member)
            damage.swap_in(database, part, kept if keep else None)
        except OSError as exc:
            where = damage.left_where(database, kept if keep else None)
            message = translate("backup", "The library could not be restored ({reason}){where}.")
            raise BackupError(fill(message, reason=reason(exc), where=where)) from exc
        finally:
            part.unlink(missing_ok=True)
    wanted = {member.path for member in manifest.documents}
    aside = folder / BACKUPS / set_aside_name(now)
    try:
        clear_strays(folder, wanted, (), aside)
    except OSError as exc:
        message = translate(
            "backup",
            "The library was restored, but the files the archive does not hold could "
            "not all be moved out of its attachments folder to {aside} ({reason}).",
        )
        raise BackupError(fill(message, aside=aside, reason=reason(exc))) from exc
    open_library(folder, builtin=False).close()  # upgrades an older schema
    return kept


def _restore(library: Library, archive: Path, progress: Progress | None, now: dt.datetime) -> Path:
    """Restore ``archive`` into the open ``library`` (see :func:`restore_archive`)."""
    refuse_restore_into(library)
    database = library.database_path
    assert database is not None
    with tempfile.TemporaryDirectory(prefix="accord-restore-") as scratch:
        manifest = verify_into(archive, Path(scratch), progress)
        backup.make_folder(library.backups_dir)
        if damage.database_damage(database) is None:
            kept = make_archive(
                library,
                backup.free_name(
                    library.backups_dir / f"accord-library-{backup.stamp(now)}-before-restore.zip"
                ),
                now=now,
            )
            before = {member.path for member in read_manifest(kept).documents}
            previous = translate("backup", "the previous library is kept in")
        else:  # damaged: no archive of it can be made; kept as it is, its files set aside
            unusable = backup.free_name(library.backups_dir / unusable_name(now))
            kept = damage.keep_damaged(database, unusable)
            before = set()
            previous = translate("backup", "the damaged database is kept in")
        try:
            with open_zip(archive) as zipped:
                for member in manifest.documents:
                    put_document(library.path_of(member.path), zipped, member)
            with backup.driver_connection(library.engine) as live:
                backup.copy_database(Path(scratch) / DATABASE_NAME, live)
            wanted = {member.path for member in manifest.documents}
            aside = library.backups_dir / set_aside_name(now)
            clear_strays(library.root, wanted, before, aside)
        except OSError as exc:
            message = translate(
                "backup",
                "The library could not be fully restored ({reason}); {previous} {kept}.",
            )
            raise BackupError(
                fill(message, reason=reason(exc), previous=previous, kept=kept)
            ) from exc
        except BackupError as exc:
            why = str(exc).rstrip(".")
            message = translate(
                "backup",
                "The library could not be fully restored ({lower}{why}); {previous} {kept}.",
            )
            raise BackupError(
                fill(message, lower=why[:1].lower(), why=why[1:], previous=previous, kept=kept)
            ) from exc
    migrate.upgrade(library.engine)
    return kept


def _target(library: Library, destination: Path | None, now: dt.datetime | None) -> Path:
    if destination is None:
        folder, name = library.backups_dir, default_archive_name(now)
    elif destination.is_dir() or destination.suffix.lower() != ".zip":
        folder, name = destination, default_archive_name(now)
    else:
        folder, name = destination.parent, destination.name
    if folder.exists() and not folder.is_dir():
        message = translate(
            "backup", "{folder} is not a folder; name a folder or a .zip file for the archive."
        )
        raise BackupError(fill(message, folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        message = translate("backup", "The folder {folder} cannot be created: {reason}.")
        raise BackupError(fill(message, folder=folder, reason=reason(exc))) from exc
    target = (folder / name).resolve()
    inside = library.root / ATTACHMENTS
    if target.is_relative_to(inside.resolve()):
        sentence = translate(
            "backup", "An archive cannot be kept inside the library's attachments folder."
        )
        raise BackupError(sentence)
    return target


def _stored_files(attachments: Path) -> list[tuple[Path, int]]:
    """Every stored document under ``attachments`` (content-addressed names), with its size."""
    found: list[tuple[Path, int]] = []
    for path in sorted(attachments.glob("*/*.pdf")):
        relative = path.relative_to(attachments).as_posix()
        if STORED_NAME.match(relative) and path.is_file() and not path.is_symlink():
            found.append((path, path.stat().st_size))
    return found


def _add(
    archive: zipfile.ZipFile,
    source: Path,
    name: str,
    compression: int,
    step: Callable[[int], None],
) -> Member:
    digest = hashlib.sha256()
    size = 0
    info = zipfile.ZipInfo.from_file(source, name)
    info.compress_type = compression
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    with source.open("rb") as handle, archive.open(info, "w", force_zip64=True) as out:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
            step(len(chunk))
    return Member(path=name, size=size, sha256=digest.hexdigest())


def _pages(counter: Counter, database: Path) -> Callable[[int, int], bool | None]:
    size = database.stat().st_size

    def report(done: int, total: int) -> bool | None:
        counter.done = size * done // max(total, 1)
        if counter.progress is not None:
            return counter.progress(counter.done, counter.total)
        return None

    return report
