"""The manifest of a library archive, and checking an archive against it (zip-slip safe).

``manifest.json`` holds ``format`` (:data:`FORMAT`), ``application``,
``accord_version``, ``schema_revision``, ``created`` (UTC, ISO 8601) and
``members``: one ``{"path", "size", "sha256"}`` per other member. A member
may only be ``accord.sqlite3`` or a content-addressed document
``attachments/ab/<sha256>.pdf``; a member whose name could leave the library
(absolute, ``..``, a drive letter, a symbolic link) or that the manifest does
not list is refused; folder entries (``attachments/``, as ``zip -r`` adds
them) hold nothing and are ignored. See :mod:`db.safekeeping.archive` for making and restoring.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING

from db.errors import BackupError, Cancelled
from db.i18n.translate import fill, translate
from db.library import ATTACHMENTS, DATABASE_NAME
from db.storage import migrate
from db.storage import snapshots as backup
from db.storage.files import reason

if TYPE_CHECKING:
    from db.progress import Progress

# The manifest format this Accord writes and the newest it reads.
FORMAT = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024
STORED_NAME = re.compile(r"^[0-9a-f]{2}/([0-9a-f]{64})\.pdf$")


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


def read_manifest(path: Path) -> Manifest:
    """Return the manifest of the archive at ``path`` without checking the members.

    Raises :class:`BackupError` when it is not a zip file or its manifest is
    missing, damaged or of a newer format. Use :func:`verify_archive` before
    trusting the contents.
    """
    with open_zip(path) as archive:
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
        return verify_into(path, Path(scratch), progress)


def verify_into(path: Path, scratch: Path, progress: Progress | None) -> Manifest:
    """:func:`verify_archive`, leaving the checked database as ``scratch/accord.sqlite3``."""
    with open_zip(path) as archive:
        manifest = _manifest(archive, path)
        listed = {m.path: m for m in manifest.members}
        seen: set[str] = set()
        for info in archive.infolist():
            _refuse_unsafe(info, path)
            if _folder_entry(info):
                continue  # ``zip -r`` lists folders; they hold nothing and are not restored
            if info.filename in seen:
                message = translate("backup", "The archive {name} holds “{filename}” twice.")
                raise BackupError(fill(message, name=path.name, filename=info.filename))
            seen.add(info.filename)
            if info.filename != MANIFEST and info.filename not in listed:
                message = translate(
                    "backup",
                    "The archive {name} holds “{filename}”, which its manifest does not "
                    "list, so it is not restored from.",
                )
                raise BackupError(fill(message, name=path.name, filename=info.filename))
        missing = sorted(set(listed) - seen)
        if missing:
            message = translate("backup", "The archive {name} is missing “{missing}”.")
            raise BackupError(fill(message, name=path.name, missing=missing[0]))
        if DATABASE_NAME not in listed:
            raise BackupError(
                fill(translate("backup", "The archive {name} holds no database."), name=path.name)
            )
        counter = Counter(progress, manifest.total_size)
        for member in manifest.members:
            sink = scratch / DATABASE_NAME if member.path == DATABASE_NAME else None
            _check_member(archive, member, path, sink, counter)
    database = scratch / DATABASE_NAME
    problems = backup.file_integrity_problems(database)
    if problems:
        message = translate("backup", "The database in the archive {name} is damaged: {problems}")
        raise BackupError(fill(message, name=path.name, problems=problems[0]))
    revision = backup.schema_revision(database)
    if revision != manifest.schema_revision:
        message = translate("backup", "The archive {name} does not match its manifest (schema).")
        raise BackupError(fill(message, name=path.name))
    if not migrate.knows_revision(revision):
        message = translate(
            "backup",
            "The archive {name} was made by a newer version of Accord (schema "
            "{revision}); install that version to restore it.",
        )
        raise BackupError(fill(message, name=path.name, revision=revision))
    return manifest


def open_zip(path: Path) -> zipfile.ZipFile:
    """Open the zip file ``path`` for reading; raises :class:`BackupError` in one sentence."""
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupError(
            fill(translate("backup", "There is no archive {path}."), path=path)
        ) from None
    except IsADirectoryError:
        raise BackupError(
            fill(translate("backup", "{path} is a folder, not a backup archive."), path=path)
        ) from None
    except OSError as exc:
        message = translate("backup", "The archive {path} cannot be read: {reason}.")
        raise BackupError(fill(message, path=path, reason=reason(exc))) from exc
    except (zipfile.BadZipFile, ValueError, EOFError):
        message = translate(
            "backup",
            "{name} is not an Accord backup archive, or it is damaged or incomplete.",
        )
        raise BackupError(fill(message, name=path.name)) from None


def _manifest(archive: zipfile.ZipFile, path: Path) -> Manifest:
    try:
        raw = archive.read(MANIFEST)
    except KeyError:
        message = translate(
            "backup", "{name} is not an Accord backup archive (it has no manifest)."
        )
        raise BackupError(fill(message, name=path.name)) from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        message = translate("backup", "The manifest of the archive {name} is damaged.")
        raise BackupError(fill(message, name=path.name)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
        version = data["format"]
        if not isinstance(version, int):
            raise TypeError
        if version > FORMAT:
            message = translate(
                "backup",
                "The archive {name} was made by a newer version of Accord (archive "
                "format {version}); install that version to restore it.",
            )
            raise BackupError(fill(message, name=path.name, version=version))
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
        message = translate("backup", "The manifest of the archive {name} is damaged.")
        raise BackupError(fill(message, name=path.name)) from None
    for member in members:
        if not _safe_member_path(member.path):
            message = translate(
                "backup",
                "The archive {name} names “{path}”, which is not a file of a library, "
                "so it is not restored from.",
            )
            raise BackupError(fill(message, name=path.name, path=member.path))
    return manifest


def _safe_member_path(name: str) -> bool:
    """A member may be the database or a content-addressed document, nothing else."""
    if name == DATABASE_NAME:
        return True
    parts = PurePosixPath(name).parts
    return (
        len(parts) == 3
        and parts[0] == ATTACHMENTS
        and STORED_NAME.match("/".join(parts[1:])) is not None
        and "\\" not in name
    )


def _folder_entry(info: zipfile.ZipInfo) -> bool:
    """A folder entry (name ending in ``/``, no data), as ``zip -r`` adds for every folder."""
    return info.is_dir() and info.file_size == 0


def _refuse_unsafe(info: zipfile.ZipInfo, path: Path) -> None:
    """Refuse a member whose name or kind could write outside the library (zip-slip).

    Absolute names, ``..``, drive letters and symbolic links are refused,
    folder entries included; a folder entry that holds data is refused too.
    """
    name = info.filename
    pure = PurePosixPath(name.replace("\\", "/"))
    mode = info.external_attr >> 16
    if (
        pure.is_absolute()
        or ".." in pure.parts
        or re.match(r"^[A-Za-z]:", name)
        or stat.S_ISLNK(mode)
        or (info.is_dir() and not _folder_entry(info))
    ):
        message = translate(
            "backup",
            "The archive {name} holds “{name2}”, which could be written outside the "
            "library, so it is not restored from.",
        )
        raise BackupError(fill(message, name=path.name, name2=name))


def _check_member(
    archive: zipfile.ZipFile,
    member: Member,
    path: Path,
    sink: Path | None,
    counter: Counter,
) -> None:
    digest = hashlib.sha256()
    size = 0
    out: IO[bytes] | None = sink.open("wb") if sink is not None else None
    try:
        with archive.open(member.path) as source:
            for chunk in iter(lambda: source.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
                if out is not None:
                    out.write(chunk)
                counter.step(len(chunk))
    except (zipfile.BadZipFile, EOFError, ValueError, zipfile.LargeZipFile):
        message = translate(
            "backup", "The archive {name} is damaged: “{path}” cannot be read back."
        )
        raise BackupError(fill(message, name=path.name, path=member.path)) from None
    finally:
        if out is not None:
            out.close()
    if size != member.size or digest.hexdigest() != member.sha256:
        message = translate(
            "backup", "The archive {name} is damaged: “{path}” differs from its manifest."
        )
        raise BackupError(fill(message, name=path.name, path=member.path))
    match = STORED_NAME.match(member.path.partition("/")[2])
    if match is not None and match.group(1) != member.sha256:
        message = translate(
            "backup",
            "The archive {name} is damaged: “{path}” is not the document its name says.",
        )
        raise BackupError(fill(message, name=path.name, path=member.path))


class Counter:
    """Adds up bytes and reports them to ``progress``; a False answer cancels."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0

    def step(self, count: int) -> None:
        self.done += count
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise Cancelled

    def pass_(self, _count: int) -> None:
        """Counts nothing (the database was counted while it was copied)."""
