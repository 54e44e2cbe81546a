"""A server library's stored files: kept in the database, opened from a per-user cache.

A library whose records are on PostgreSQL keeps its signed files in the database
too (``document_content``, :mod:`db.server.content`), so every window of every
person sees the same files whatever their library folder. Attaching streams the
file in within the transaction that adds the document row: both are committed, or
neither (:func:`store_file`). Opening, previewing, saving a copy and reading pages
again go through a local copy in this person's cache
(:attr:`db.library.Library.local_files_dir`, ``<sha[:2]>/<sha>.pdf``), written to a
temporary file and renamed into place only once its size and SHA-256 match the
document row (:func:`fetch`); a cached copy is never rewritten in place (on Windows
it may be open in a viewer), only replaced when it no longer matches. A damaged copy
that Windows will not let go of (open in a viewer: ``os.replace`` raises
``PermissionError``) stays where it is and the verified copy is written beside it as
``<sha>-1.pdf`` (:func:`second_path`). Temporary files a killed process left behind
(``.fetch-*.part``) are removed once an hour old, the next time the cache is written.

Two transactions touching one file (an attach storing it, a purge removing it)
take the same transaction-level advisory lock (:func:`_lock`), so a purge never
removes what an attach committing at the same moment refers to, and two attaches
of one new file do not both write its parts.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import sqlalchemy as sa
from sqlmodel import col, select

from db.attachments.store import CHUNK
from db.errors import (
    AccordError,
    Cancelled,
    DocumentDamagedError,
    DocumentError,
    DocumentMissingError,
    RoleError,
)
from db.i18n.translate import fill, translate
from db.models import Document
from db.server import content
from db.storage.files import new_file_mode, reason

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from sqlalchemy.engine import Connection
    from sqlmodel import Session

    from db.library import Library
    from db.progress import Progress

# A temporary file of a fetch older than this (seconds) was left by a process that ended.
STALE_PART_AGE = 3600

# Class of this module's advisory locks (the two-key form; the change log uses the one-key form).
_LOCK_CLASS = 0x41434443  # "ACDC"


def cached_path(library: Library, sha256: str) -> Path:
    """Return where this person's cached copy of the file ``sha256`` goes."""
    return library.local_files_dir / sha256[:2] / f"{sha256}.pdf"


def second_path(library: Library, sha256: str) -> Path:
    """Return where the verified copy of ``sha256`` goes when a damaged cached copy at
    :func:`cached_path` cannot be replaced (Windows: it is open in a viewer)."""
    return library.local_files_dir / sha256[:2] / f"{sha256}-1.pdf"


def remove_stale_parts(library: Library, *, now: float | None = None) -> list[Path]:
    """Remove the cache's temporary files (``<xx>/.fetch-*.part``) last written more than
    :data:`STALE_PART_AGE` seconds before ``now`` (default: the current time) and return
    them; a fetch running now writes its own and is left alone. Files that cannot be
    removed are skipped (this is tidying, never an error)."""
    limit = (time.time() if now is None else now) - STALE_PART_AGE
    removed = []
    for part in library.local_files_dir.glob("*/.fetch-*.part"):
        with contextlib.suppress(OSError):
            if part.stat().st_mtime < limit:
                part.unlink()
                removed.append(part)
    return removed


def _lock(conn: Connection, sha256: str) -> None:
    """Take the transaction-level advisory lock of the file ``sha256`` (held until commit)."""
    conn.execute(
        sa.text("SELECT pg_advisory_xact_lock(:kind, hashtext(:sha))"),
        {"kind": _LOCK_CLASS, "sha": sha256},
    )


class HashingReader:
    """A binary reader that hashes what it hands out (``digest``, ``size`` so far) and
    reports the bytes read to ``done``; :meth:`sha256` reads what is left first."""

    def __init__(self, handle: BinaryIO, done: Callable[[int], None] | None = None) -> None:
        self._handle, self._done = handle, done
        self.digest, self.size = hashlib.sha256(), 0

    def read(self, size: int = -1) -> bytes:
        chunk = self._handle.read(size)
        self.digest.update(chunk)
        self.size += len(chunk)
        if self._done is not None:
            self._done(self.size)
        return chunk

    def sha256(self) -> str:
        """The lowercase hex SHA-256 of the whole stream (what a reader left unread too)."""
        while self.read(CHUNK):
            pass
        return self.digest.hexdigest()


def hash_file(source: Path, progress: Progress | None, total: int) -> tuple[str, int]:
    """Return the SHA-256 (hex) and size in bytes of ``source``, read in 1 MiB chunks.

    ``progress(done, total)`` follows the reading; returning False raises
    :class:`Cancelled`. Raises :class:`DocumentError` when the file cannot be read.
    """
    digest, done = hashlib.sha256(), 0
    try:
        with source.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                done += len(chunk)
                if progress is not None and progress(done, total) is False:
                    raise Cancelled(
                        translate("documents", "Attaching was cancelled; nothing was stored.")
                    )
    except OSError as exc:
        message = translate("documents", "The file {name} cannot be read: {reason}.")
        raise DocumentError(fill(message, name=source.name, reason=reason(exc))) from exc
    return digest.hexdigest(), done


def store_file(
    session: Session,
    source: Path,
    sha256: str,
    size: int,
    progress: Progress | None = None,
    *,
    replace_damaged: bool = False,
) -> bool:
    """Stream ``source`` into the database as the file ``sha256`` in ``session``'s transaction.

    Returns False when that file is stored already (nothing is read; with
    ``replace_damaged`` a stored copy that fails :func:`db.server.content.verify` is
    replaced first). ``progress(size + written, 2 * size)`` follows the writing (the
    first half was the hashing). Raises :class:`Cancelled` and :class:`DocumentError`
    (unreadable, or changed since it was hashed), and :class:`RoleError` when a damaged
    copy others name cannot be deleted in this role; the caller's transaction then holds
    parts that its rollback removes.
    """
    conn = session.connection()
    _lock(conn, sha256)
    if replace_damaged and content.stored_size(conn, sha256) is not None:
        if content.verify(conn, sha256, size):
            return False
        content.remove(conn, [sha256])
        if content.stored_size(conn, sha256) is not None:  # a document names it: row-level
            raise RoleError(  # security lets only an administrator delete it
                translate(
                    "documents",
                    "The stored file on the server is damaged, and only an administrator can "
                    "replace a file that documents name; ask one to locate the sound copy.",
                )
            )

    def done(written: int) -> None:
        if progress is not None and progress(size + written, 2 * size) is False:
            raise Cancelled(translate("documents", "Attaching was cancelled; nothing was stored."))

    try:
        with source.open("rb") as handle:
            reader = HashingReader(handle, done)
            stored = content.store(conn, sha256, reader)
    except OSError as exc:
        message = translate("documents", "The file {name} cannot be read: {reason}.")
        raise DocumentError(fill(message, name=source.name, reason=reason(exc))) from exc
    if stored and (reader.size != size or reader.digest.hexdigest() != sha256):
        message = translate(
            "documents", "The file {name} changed while it was being attached; attach it again."
        )
        raise DocumentError(fill(message, name=source.name))
    return stored


def remove_unreferenced(session: Session, hashes: Iterable[str]) -> list[str]:
    """Delete, in ``session``'s transaction, the stored files of ``hashes`` that no
    document (in the trash or not) refers to any more; return their SHA-256.

    Call it after the session's deletions are flushed.
    """
    conn = session.connection()
    chosen = sorted(set(hashes))
    for sha256 in chosen:
        _lock(conn, sha256)
    used = set(session.exec(select(Document.sha256).where(col(Document.sha256).in_(chosen))).all())
    gone = [sha256 for sha256 in chosen if sha256 not in used]
    content.remove(conn, gone)
    return gone


def _is_cached(path: Path, size: int, sha256: str, *, full: bool) -> bool:
    try:
        if path.stat().st_size != size:
            return False
        if not full:
            return True
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest() == sha256
    except OSError:
        return False


def fetch(library: Library, sha256: str, size: int, name: str, *, full: bool = True) -> Path:
    """Return the path of a local copy of the stored file ``sha256`` (``size`` bytes).

    A cached copy with that size (and, with ``full``, that SHA-256: a local read) is
    reused; otherwise the parts are read from the database into a temporary file
    beside the cached one, and renamed over it only when size and SHA-256 match (to
    :func:`second_path` when Windows refuses to replace a damaged copy, which is
    reused then too; stale temporary files are removed first, :func:`remove_stale_parts`).
    ``name`` (the document's original name) is for the sentences. Raises
    :class:`DocumentMissingError` (nothing stored), :class:`DocumentDamagedError`
    (damaged in the database) and :class:`DocumentError` (the cache cannot be
    written); nothing is left behind.
    """
    target, second = cached_path(library, sha256), second_path(library, sha256)
    for path in (target, second):
        if _is_cached(path, size, sha256, full=full):
            return path
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(library)
        fd, tmp_name = tempfile.mkstemp(prefix=".fetch-", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _cache_error(name, exc) from exc
    tmp = Path(tmp_name)
    try:
        digest, total = hashlib.sha256(), 0
        with os.fdopen(fd, "wb") as out, library.session() as session:
            for chunk in content.parts(session.connection(), sha256):
                digest.update(chunk)
                out.write(chunk)
                total += len(chunk)
        if total == 0 and size != 0:
            message = translate(
                "documents", "The stored file of “{original_name}” is missing from the database."
            )
            raise DocumentMissingError(fill(message, original_name=name))
        if total != size or digest.hexdigest() != sha256:
            message = translate(
                "documents",
                "The stored file of “{original_name}” is damaged in the database (its size or "
                "SHA-256 differs from the recorded one); run accord check.",
            )
            raise DocumentDamagedError(fill(message, original_name=name))
        os.chmod(tmp, new_file_mode())
        target = _put_in_place(tmp, target, second)
    except OSError as exc:
        raise _cache_error(name, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _put_in_place(tmp: Path, target: Path, second: Path) -> Path:
    """Rename the verified ``tmp`` to ``target`` and return where it went: ``second`` when
    Windows refuses to replace ``target`` (a damaged copy open in a viewer). Raises
    OSError."""
    try:
        os.replace(tmp, target)
    except PermissionError:
        os.replace(tmp, second)
        return second
    with contextlib.suppress(OSError):  # a second copy is not needed any more
        second.unlink(missing_ok=True)
    return target


def cached_if_present(library: Library, sha256: str, size: int) -> Path | None:
    """Return the cached copy of ``sha256`` when it has ``size`` bytes (no hashing), else None."""
    for path in (cached_path(library, sha256), second_path(library, sha256)):
        if _is_cached(path, size, sha256, full=False):
            return path
    return None


def verified_in_cache(library: Library, sha256: str, size: int) -> bool:
    """Return whether this person's cache holds a copy of ``sha256`` with ``size`` bytes and
    that SHA-256 (a local read of at most the one file; the database is not asked)."""
    return any(
        _is_cached(path, size, sha256, full=True)
        for path in (cached_path(library, sha256), second_path(library, sha256))
    )


def stored_state(library: Library, sha256: str, size: int) -> str:
    """Return ``"ok"``, ``"missing"`` or ``"changed"`` for the stored size of ``sha256``
    (one query; the parts are not read)."""
    with contextlib.suppress(AccordError), library.session() as session:
        stored = content.stored_size(session.connection(), sha256)
        if stored is None:
            return "missing"
        return "ok" if stored == size else "changed"
    return "unreadable"


def verify(library: Library, sha256: str, size: int) -> bool | None:
    """Return whether the stored file ``sha256`` in the database has ``size`` bytes and that
    SHA-256 (reads it all), None when the database cannot be read."""
    with contextlib.suppress(AccordError), library.session() as session:
        return content.verify(session.connection(), sha256, size)
    return None


def _cache_error(name: str, error: OSError) -> DocumentError:
    message = translate(
        "documents", "A copy of “{original_name}” cannot be written to the cache folder: {reason}."
    )
    return DocumentError(fill(message, original_name=name, reason=reason(error)))
