"""Writing a finished report where the user asked: a file, replaced atomically, or an open
stream (the command line's stdout)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from db.errors import ExportError
from db.i18n.translate import fill, translate
from db.storage.files import atomic_write, reason

if TYPE_CHECKING:
    from collections.abc import Iterable


def write_atomically(
    data: bytes | Iterable[bytes], destination: str | os.PathLike[str] | BinaryIO
) -> None:
    """Write ``data`` (bytes, or blocks of them) to a path or to an open binary stream.

    A path is replaced atomically (:func:`db.storage.files.atomic_write`).

    Raises :class:`ExportError` when it cannot be written; a file target is
    then left as it was. Blocks are made before anything goes to a stream, so
    an error while making them (a cancel) writes nothing there either.
    """
    if not isinstance(destination, (str, os.PathLike)):
        if not isinstance(data, bytes):
            data = b"".join(data)
        try:
            destination.write(data)
            destination.flush()
        except OSError as exc:
            raise ExportError(
                fill(
                    translate("export", "The report cannot be written: {reason}."),
                    reason=reason(exc),
                )
            ) from exc
        return
    target = Path(destination)
    if not str(destination).strip():
        raise ExportError(translate("export", "No file name was given for the report."))
    try:
        atomic_write(target, data)
    except OSError as exc:
        raise ExportError(
            fill(
                translate("export", "{target} cannot be written: {reason}."),
                target=target,
                reason=reason(exc),
            )
        ) from exc
