"""The attachment store: the managed copies of attached files in ``<library>/attachments``.

Stored files are named by content: ``attachments/<first two hex digits>/
<sha256>.pdf`` (:func:`stored_path_for`). The name is short and safe whatever
the original was (Japanese, spaces, ``#``, 200 characters...), the same file
attached to two agreements is stored once, and a stored file is deleted only
when no document refers to it any more, in the trash or not
(:func:`remove_unreferenced_files`). The use cases that add files
(:mod:`db.documents`, :mod:`db.integrity`) and those that delete records for
good (:mod:`db.trash`) share these.
"""

from __future__ import annotations

import contextlib
import hashlib
from typing import TYPE_CHECKING

from sqlmodel import select

from db.errors import LibraryError
from db.library import ATTACHMENTS, Library
from db.models import Document

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

# Bytes read at a time while hashing or copying a file (1 MiB).
CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    """Return the lowercase hex SHA-256 of the file at ``path`` (read in 1 MiB chunks)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def stored_path_for(sha256: str) -> str:
    """Return the library-relative path where a file with this SHA-256 is stored."""
    return f"{ATTACHMENTS}/{sha256[:2]}/{sha256}.pdf"


def holds(path: Path, size: int, sha256: str) -> bool:
    """Return whether the file at ``path`` has exactly this size and SHA-256."""
    try:
        return path.stat().st_size == size and file_sha256(path) == sha256
    except OSError:
        return False


def remove_unreferenced_files(library: Library, stored_paths: Iterable[str]) -> None:
    """Delete those of ``stored_paths`` that no document, in the trash or not, refers to.

    Looks and deletes while holding the write lock, so that no attach can
    commit a row for one of them in between; :func:`db.documents.attach_document` checks
    its stored file under that lock before committing (found by the
    crash-safety test's two writers). Best effort: a file that cannot be
    deleted now (open in a viewer on Windows, the library busy) stays and
    is reported by ``accord check`` as stray.
    """
    paths = set(stored_paths)
    if not paths:
        return
    with contextlib.suppress(LibraryError), library.session(write=True) as session:
        used = set(
            session.exec(
                select(Document.stored_path).where(
                    Document.stored_path.in_(paths)  # type: ignore[attr-defined]
                )
            ).all()
        )
        for stored in paths - used:
            with contextlib.suppress(OSError):
                library.path_of(stored).unlink(missing_ok=True)
