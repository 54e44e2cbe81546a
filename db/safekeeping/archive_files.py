"""The documents of a library while an archive is restored into it: put in, and the rest out.

After an archive is restored the library holds exactly the archive (README,
"Backups"): every archived document is put in place (:func:`put_document`),
and every other file in ``attachments/`` leaves it (:func:`clear_strays`).
A file the before-restore archive holds is deleted (it is kept there); any
other file (one a damaged library's records might have used, or one that is
not a stored document at all) is moved, never deleted, to a folder in
``backups/``.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import BackupError
from db.i18n.translate import fill, translate
from db.library import ATTACHMENTS
from db.safekeeping.archive_manifest import CHUNK, Member
from db.storage.files import new_file_mode

if TYPE_CHECKING:
    import zipfile
    from collections.abc import Collection


def put_document(target: Path, archive: zipfile.ZipFile, member: Member) -> None:
    """Write one archived document to ``target`` unless an identical copy is there.

    Written under a temporary name, its SHA-256 checked, then renamed.
    Raises :class:`BackupError` when the bytes differ from the manifest, ``OSError``.
    """
    if (
        target.is_file()
        and target.stat().st_size == member.size
        and sha256_of(target) == member.sha256
    ):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, part = tempfile.mkstemp(prefix=".accord-", suffix=".part", dir=target.parent)
    temporary = Path(part)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out, archive.open(member.path) as source:
            for chunk in iter(lambda: source.read(CHUNK), b""):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != member.sha256:
            raise BackupError(
                fill(
                    translate("backup", "The archived document “{path}” changed while restoring."),
                    path=member.path,
                )
            )
        os.chmod(temporary, new_file_mode())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def sha256_of(path: Path) -> str:
    """Return the SHA-256 (hex) of the file ``path``; raises ``OSError``."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def clear_strays(
    root: Path, wanted: Collection[str], kept: Collection[str], aside: Path
) -> list[str]:
    """Take every file in ``root/attachments`` that the restored archive does not hold out.

    ``wanted`` and ``kept`` are member paths (``attachments/ab/<sha256>.pdf``)
    of the restored archive and of the before-restore archive. A file in
    ``wanted`` stays; one in ``kept`` is deleted; any other is moved to the
    same relative path under the folder ``aside`` (made only when needed).
    Emptied subfolders of ``attachments/`` are removed. Returns the relative
    paths moved aside. Raises ``OSError``.
    """
    attachments = root / ATTACHMENTS
    moved: list[str] = []
    if not attachments.is_dir():
        return moved
    for path in sorted(attachments.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            continue
        relative = path.relative_to(root).as_posix()
        if relative in wanted:
            continue
        if relative in kept:
            path.unlink()
            continue
        target = aside / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        moved.append(relative)
    for folder in sorted(attachments.rglob("*"), reverse=True):
        if folder.is_dir() and not folder.is_symlink() and not any(folder.iterdir()):
            folder.rmdir()
    return moved


def refuse_changed(members: list[Member]) -> None:
    """Refuse documents whose bytes are not the SHA-256 their names record: restore rejects them."""
    changed = [m.path for m in members if not m.path.endswith(f"/{m.sha256}.pdf")]
    if changed:
        message = translate(
            "backup",
            "No archive was written: the stored document {names} is not the document its "
            "name says (changed since it was attached); run accord check to see its records.",
        )
        raise BackupError(fill(message, names=", ".join(changed)))
