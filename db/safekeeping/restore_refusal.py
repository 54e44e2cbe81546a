"""Libraries no backup can be restored into: on a database server, or read-only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.errors import BackupError
from db.i18n.translate import fill, translate

if TYPE_CHECKING:
    from db.library import Library


def refuse_restore_into(library: Library) -> None:
    """Raise :class:`BackupError` when no backup can be restored into ``library``.

    That is a library on a database server (restored with ``pg_restore``)
    and a read-only one.
    """
    if library.database_path is None:
        sentence = translate(
            "backup",
            "The records are kept on a database server, which is restored with its own "
            "tools (pg_restore), not by Accord.",
        )
        raise BackupError(sentence)
    if library.read_only:
        message = translate(
            "backup",
            "The library at {root} is read-only, so nothing can be restored into it; "
            "Accord needs to write in the library folder.",
        )
        raise BackupError(fill(message, root=library.root))
