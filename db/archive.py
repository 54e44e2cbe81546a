"""Whole-library archives: make one, verify one, restore one (``accord backup``/``restore``).

An archive is one zip file::

    accord.sqlite3                 an online-backup snapshot of the database (deflated)
    attachments/ab/<sha256>.pdf    every stored document (stored as is: PDFs compress badly)
    manifest.json                  what is inside, with sizes and SHA-256 sums

``manifest.json`` holds ``format`` (:data:`FORMAT`), ``application``,
``accord_version``, ``schema_revision``, ``created`` (UTC, ISO 8601) and
``members``: one ``{"path", "size", "sha256"}`` per other member. An
archive is verified before anything is restored from it (issue 5: "verifies
the archive first, keeps the current library as a backup, then restores");
a member whose name could leave the library (absolute, ``..``, a symbolic
link) or that the manifest does not list is refused (zip-slip).

Only libraries kept in SQLite are archived; PostgreSQL servers are backed
up with ``pg_dump`` (see :mod:`db.backup`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import IO

from db import backup, migrate
from db.errors import AccordError, BackupError
from db.files import new_file_mode, reason
from db.library import ATTACHMENTS, DATABASE_NAME, Library, open_library

#: The manifest format this Accord writes and the newest it reads.
FORMAT = 1
MANIFEST = "manifest.json"
_CHUNK = 1024 * 1024
_STORED_NAME = re.compile(r"^[0-9a-f]{2}/([0-9a-f]{64})\.pdf$")

#: ``progress(done, total)`` in bytes; returning False cancels.
Progress = Callable[[int, int], bool | None]


@dataclass(frozen=True)
class Member:
    """One file in an archive: its path inside (``/`` separators), size in bytes, SHA-256."""

    path: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """What an archive holds (``manifest.json``)."""

    format: int
    accord_version: str
    schema_revision: str
    created: dt.datetime
    members: tuple[Member, ...]

    @property
    def documents(self) -> tuple[Member, ...]:
        """The stored documents (every member but the database)."""
        return tuple(m for m in self.members if m.path != DATABASE_NAME)

    @property
    def total_size(self) -> int:
        """Bytes of all members, uncompressed."""
        return sum(m.size for m in self.members)

    def to_json(self) -> bytes:
        """Return the manifest as written into an archive (UTF-8 JSON)."""
        data = {
            "format": self.format,
            "application": "Accord",
            "accord_version": self.accord_version,
            "schema_revision": self.schema_revision,
            "created": self.created.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
            "members": [m.__dict__ for m in self.members],
        }
        return json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8")


def accord_version() -> str:
    """Return the installed Accord's version (``importlib.metadata``), ``unknown`` if none."""
    try:
        return metadata.version("accord")
    except metadata.PackageNotFoundError:
        return "unknown"


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
    bytes. Raises :class:`BackupError` for a PostgreSQL library, a folder or
    file that cannot be written, a database that cannot be copied, or when
    cancelled (nothing is left behind).
    """
    database = library.database_path
    if database is None:
        raise BackupError(
            "The records are kept on a database server, which is backed up with its own "
            "tools (pg_dump), not by Accord."
        )
    target = _target(library, destination, now)
    documents = _stored_files(library.attachments_dir)
    total = database.stat().st_size + sum(size for _path, size in documents)
    counter = _Counter(progress, total)
    try:
        fd, part = tempfile.mkstemp(prefix=".accord-", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise BackupError(
            f"The archive cannot be written in {target.parent}: {reason(exc)}."
        ) from exc
    os.close(fd)
    temporary = Path(part)
    try:
        with tempfile.TemporaryDirectory(prefix="accord-backup-") as scratch:
            copy = Path(scratch) / DATABASE_NAME
            backup.copy_database(database, copy, progress=_pages(counter, database))
            problems = backup.integrity_problems(copy)
            if problems:
                raise BackupError(f"The copy of the database failed its check: {problems[0]}")
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
    except _Cancelled:
        raise BackupError("The backup was cancelled; nothing was written.") from None
    except OSError as exc:
        raise BackupError(f"The archive {target} cannot be written: {reason(exc)}.") from exc
    finally:
        temporary.unlink(missing_ok=True)
    return target


def read_manifest(path: Path) -> Manifest:
    """Return the manifest of the archive at ``path`` without checking the members.

    Raises :class:`BackupError` when it is not a zip file or its manifest is
    missing, damaged or of a newer format. Use :func:`verify_archive` before
    trusting the contents.
    """
    with _open_zip(path) as archive:
        return _manifest(archive, path)


def verify_archive(path: Path, *, progress: Progress | None = None) -> Manifest:
    """Check every byte of the archive at ``path`` against its manifest; return the manifest.

    Raises :class:`BackupError` (one sentence) for a file that is not a zip
    or is truncated, a missing or damaged manifest, a manifest from a newer
    Accord, a member that is missing, extra, unsafe (absolute, ``..``, a
    symbolic link) or of the wrong size or SHA-256, a database that fails
    ``integrity_check``, or a schema revision this Accord does not know.
    """
    with tempfile.TemporaryDirectory(prefix="accord-verify-") as scratch:
        return _verify(path, Path(scratch), progress)


def restore_archive(
    target: Library | Path,
    archive: Path,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Replace the records and documents of a library by those of ``archive``.

    ``target`` is an open library or a library folder (opened, created
    empty if needed, and closed afterwards). In order: the archive is
    verified (:func:`verify_archive`); the current library is kept as an
    archive in its ``backups/`` (``accord-library-<time>-before-restore.zip``,
    whose path is returned so the user can go back); each archived document
    is put in place (hash checked; documents not in the archive are left
    alone, they are in the kept archive); then the database is copied in
    with the online backup API *into* the live database, so open
    connections (other windows) stay valid and see a new ``data_version``;
    an older schema is then upgraded. Raises :class:`BackupError` (nothing
    changed when verifying or keeping fails) and :class:`LibraryError`.
    """
    if isinstance(target, Library):
        return _restore(target, archive, progress, now)
    library = open_library(target, builtin=False)
    try:
        return _restore(library, archive, progress, now)
    finally:
        library.close()


def _restore(
    library: Library, archive: Path, progress: Progress | None, now: dt.datetime | None
) -> Path:
    if library.database_path is None:
        raise BackupError(
            "The records are kept on a database server, which is restored with its own "
            "tools (pg_restore), not by Accord."
        )
    with tempfile.TemporaryDirectory(prefix="accord-restore-") as scratch:
        manifest = _verify(archive, Path(scratch), progress)
        library.backups_dir.mkdir(parents=True, exist_ok=True)
        stamp = backup.stamp(now)
        kept = make_archive(
            library, library.backups_dir / f"accord-library-{stamp}-before-restore.zip", now=now
        )
        try:
            with _open_zip(archive) as zipped:
                for member in manifest.documents:
                    _put_document(library, zipped, member)
            with backup.driver_connection(library.engine) as live:
                backup.copy_database(Path(scratch) / DATABASE_NAME, live)
        except OSError as exc:
            raise BackupError(
                f"The library could not be fully restored ({reason(exc)}); "
                f"the previous library is kept in {kept}."
            ) from exc
        except BackupError as exc:
            raise BackupError(
                f"The library could not be fully restored ({str(exc).rstrip('.')}); "
                f"the previous library is kept in {kept}."
            ) from exc
    migrate.upgrade(library.engine)
    return kept


def _verify(path: Path, scratch: Path, progress: Progress | None) -> Manifest:
    with _open_zip(path) as archive:
        manifest = _manifest(archive, path)
        listed = {m.path: m for m in manifest.members}
        seen: set[str] = set()
        for info in archive.infolist():
            _refuse_unsafe(info, path)
            if info.filename in seen:
                raise BackupError(f"The archive {path.name} holds “{info.filename}” twice.")
            seen.add(info.filename)
            if info.filename != MANIFEST and info.filename not in listed:
                raise BackupError(
                    f"The archive {path.name} holds “{info.filename}”, which its manifest "
                    "does not list, so it is not restored from."
                )
        missing = sorted(set(listed) - seen)
        if missing:
            raise BackupError(f"The archive {path.name} is missing “{missing[0]}”.")
        if DATABASE_NAME not in listed:
            raise BackupError(f"The archive {path.name} holds no database.")
        counter = _Counter(progress, manifest.total_size)
        for member in manifest.members:
            sink = scratch / DATABASE_NAME if member.path == DATABASE_NAME else None
            _check_member(archive, member, path, sink, counter)
    database = scratch / DATABASE_NAME
    problems = backup.integrity_problems(database)
    if problems:
        raise BackupError(f"The database in the archive {path.name} is damaged: {problems[0]}")
    revision = backup.schema_revision(database)
    if revision != manifest.schema_revision:
        raise BackupError(f"The archive {path.name} does not match its manifest (schema).")
    if not migrate.knows_revision(revision):
        raise BackupError(
            f"The archive {path.name} was made by a newer version of Accord "
            f"(schema {revision}); install that version to restore it."
        )
    return manifest


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupError(f"There is no archive {path}.") from None
    except IsADirectoryError:
        raise BackupError(f"{path} is a folder, not a backup archive.") from None
    except OSError as exc:
        raise BackupError(f"The archive {path} cannot be read: {reason(exc)}.") from exc
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise BackupError(
            f"{path.name} is not an Accord backup archive, or it is damaged or incomplete."
        ) from None


def _manifest(archive: zipfile.ZipFile, path: Path) -> Manifest:
    try:
        raw = archive.read(MANIFEST)
    except KeyError:
        raise BackupError(
            f"{path.name} is not an Accord backup archive (it has no manifest)."
        ) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise BackupError(f"The manifest of the archive {path.name} is damaged.") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        version = data["format"]
        if not isinstance(version, int):
            raise TypeError
        if version > FORMAT:
            raise BackupError(
                f"The archive {path.name} was made by a newer version of Accord "
                f"(archive format {version}); install that version to restore it."
            )
        members = tuple(
            Member(path=str(m["path"]), size=int(m["size"]), sha256=str(m["sha256"]).lower())
            for m in data["members"]
        )
        created = dt.datetime.fromisoformat(str(data["created"]).replace("Z", "+00:00"))
        manifest = Manifest(
            format=version,
            accord_version=str(data.get("accord_version", "")),
            schema_revision=str(data["schema_revision"]),
            created=created,
            members=members,
        )
    except BackupError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BackupError(f"The manifest of the archive {path.name} is damaged.") from None
    for member in members:
        if not _safe_member_path(member.path):
            raise BackupError(
                f"The archive {path.name} names “{member.path}”, which is not a file of a "
                "library, so it is not restored from."
            )
    return manifest


def _safe_member_path(name: str) -> bool:
    """A member may be the database or a content-addressed document, nothing else."""
    if name == DATABASE_NAME:
        return True
    parts = PurePosixPath(name).parts
    return (
        len(parts) == 3
        and parts[0] == ATTACHMENTS
        and _STORED_NAME.match("/".join(parts[1:])) is not None
        and "\\" not in name
    )


def _refuse_unsafe(info: zipfile.ZipInfo, path: Path) -> None:
    name = info.filename
    pure = PurePosixPath(name.replace("\\", "/"))
    mode = info.external_attr >> 16
    if (
        pure.is_absolute()
        or ".." in pure.parts
        or re.match(r"^[A-Za-z]:", name)
        or stat.S_ISLNK(mode)
        or info.is_dir()
    ):
        raise BackupError(
            f"The archive {path.name} holds “{name}”, which could be written outside the "
            "library, so it is not restored from."
        )


def _check_member(
    archive: zipfile.ZipFile,
    member: Member,
    path: Path,
    sink: Path | None,
    counter: _Counter,
) -> None:
    digest = hashlib.sha256()
    size = 0
    out: IO[bytes] | None = sink.open("wb") if sink is not None else None
    try:
        with archive.open(member.path) as source:
            for chunk in iter(lambda: source.read(_CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
                if out is not None:
                    out.write(chunk)
                counter.step(len(chunk))
    except (zipfile.BadZipFile, EOFError, ValueError, zipfile.LargeZipFile):
        raise BackupError(
            f"The archive {path.name} is damaged: “{member.path}” cannot be read back."
        ) from None
    finally:
        if out is not None:
            out.close()
    if size != member.size or digest.hexdigest() != member.sha256:
        raise BackupError(
            f"The archive {path.name} is damaged: “{member.path}” differs from its manifest."
        )
    match = _STORED_NAME.match(member.path.partition("/")[2])
    if match is not None and match.group(1) != member.sha256:
        raise BackupError(
            f"The archive {path.name} is damaged: “{member.path}” is not the document its "
            "name says."
        )


def _put_document(library: Library, archive: zipfile.ZipFile, member: Member) -> None:
    """Write one archived document into the library unless an identical copy is there."""
    target = library.path_of(member.path)
    if (
        target.is_file()
        and target.stat().st_size == member.size
        and _sha256_of(target) == member.sha256
    ):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, part = tempfile.mkstemp(prefix=".accord-", suffix=".part", dir=target.parent)
    temporary = Path(part)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out, archive.open(member.path) as source:
            for chunk in iter(lambda: source.read(_CHUNK), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != member.sha256:
            raise BackupError(f"The archived document “{member.path}” changed while restoring.")
        os.chmod(temporary, new_file_mode())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _target(library: Library, destination: Path | None, now: dt.datetime | None) -> Path:
    if destination is None:
        folder, name = library.backups_dir, default_archive_name(now)
    elif destination.is_dir() or destination.suffix.lower() != ".zip":
        folder, name = destination, default_archive_name(now)
    else:
        folder, name = destination.parent, destination.name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"The folder {folder} cannot be created: {reason(exc)}.") from exc
    target = (folder / name).resolve()
    inside = library.root / ATTACHMENTS
    if target.is_relative_to(inside.resolve()):
        raise BackupError("An archive cannot be kept inside the library's attachments folder.")
    return target


def _stored_files(attachments: Path) -> list[tuple[Path, int]]:
    """Every stored document under ``attachments`` (content-addressed names), with its size."""
    found: list[tuple[Path, int]] = []
    for path in sorted(attachments.glob("*/*.pdf")):
        relative = path.relative_to(attachments).as_posix()
        if _STORED_NAME.match(relative) and path.is_file() and not path.is_symlink():
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
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
            step(len(chunk))
    return Member(path=name, size=size, sha256=digest.hexdigest())


class _Cancelled(AccordError):
    """The progress callback asked to stop."""


class _Counter:
    """Adds up bytes and reports them to ``progress``; a False answer cancels."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0

    def step(self, count: int) -> None:
        self.done += count
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise _Cancelled

    def pass_(self, _count: int) -> None:
        """Counts nothing (the database was counted while it was copied)."""


def _pages(counter: _Counter, database: Path) -> Callable[[int, int], bool | None]:
    size = database.stat().st_size

    def report(done: int, total: int) -> bool | None:
        counter.done = size * done // max(total, 1)
        if counter.progress is not None:
            return counter.progress(counter.done, counter.total)
        return None

    return report
