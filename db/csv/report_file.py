"""Writing a finished report where the user asked: a file, replaced atomically, or an open
stream (the command line's stdout)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from db.errors import ExportError
from db.storage.files import atomic_write, reason
from db.i18n.translate import fill, translate


def write_atomically(
    data: bytes | Iterable[bytes], destination: str | os.PathLike[str] | BinaryIO
) -> None:
    """Write ``data`` (bytes, or blocks of them) to a path (see :func:`db.storage.files.atomic_write`)
    or to an open binary stream.

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
