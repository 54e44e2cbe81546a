"""Whether a file is a whole PDF: its frame checked before it is read or attached."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from db.errors import DocumentError
from db.i18n.translate import fill, translate
from db.storage.files import reason

if TYPE_CHECKING:
    from pathlib import Path

# The PDF header must start within the first 1024 bytes (ISO 32000-1, annex H.3,
# as Acrobat accepts it); in practice it is at offset 0.
PDF_HEADER = b"%PDF-"
PDF_END = b"%%EOF"
_HEADER_WINDOW = 1024
# Where ``%%EOF`` is looked for. The standard puts it in the last 1024 bytes,
# but some tools append junk after it; a cut-short download has none at all.
_TAIL_WINDOW = 64 * 1024


def check_pdf(path: Path) -> None:
    """Raise :class:`DocumentError` unless ``path`` is a readable, whole PDF file.

    Checks the frame of the file, not its contents: ``%PDF-`` in the first
    1024 bytes and the end-of-file marker ``%%EOF`` in the last 1024 (where
    ISO 32000-1 §7.5.5 puts it and Acrobat looks for it), which a truncated
    download lacks.
    """
    name = path.name
    if not path.exists():
        raise DocumentError(
            fill(translate("documents", "The file {name} does not exist."), name=name)
        )
    if path.is_dir():
        raise DocumentError(
            fill(translate("documents", "{name} is a folder, not a PDF file."), name=name)
        )
    if not path.is_file():
        message = translate(
            "documents", "{name} is not a regular file (a pipe or a device), so not a PDF."
        )
        raise DocumentError(fill(message, name=name))
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEADER_WINDOW)
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - _TAIL_WINDOW))
            tail = handle.read()
    except OSError as exc:
        message = translate("documents", "The file {name} cannot be read: {reason}.")
        raise DocumentError(fill(message, name=name, reason=reason(exc))) from exc
    if not head:
        raise DocumentError(fill(translate("documents", "The file {name} is empty."), name=name))
    if PDF_HEADER not in head:
        message = translate("documents", "The file {name} is not a PDF (it has no %PDF- header).")
        raise DocumentError(fill(message, name=name))
    if PDF_END not in tail:
        message = translate(
            "documents",
            "The file {name} is damaged: it has no end-of-file marker, so it was "
            "probably cut short while copying or downloading.",
        )
        raise DocumentError(fill(message, name=name))
