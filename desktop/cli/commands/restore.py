"""``accord restore BACKUP``: verify a backup, keep the current library, restore.

BACKUP is a whole-library archive (``.zip``, made by ``accord backup``) or
a database snapshot from ``backups/`` (``accord-<time>-<reason>.sqlite3``);
see :mod:`db.safekeeping.restore`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_OK

if TYPE_CHECKING:
    import argparse

    from db.library import Library
    from db.safekeeping.restore import Restored

NAME = "restore"
HELP = QT_TRANSLATE_NOOP(
    "cli",
    "replace the library by a backup archive (.zip), or its database by a snapshot from "
    "backups/ (.sqlite3); verified first, the current one is kept",
)

RESTORED = QT_TRANSLATE_NOOP(
    "cli",
    "Restored the library at {root} from {source}{made}: the database and %n document(s).",
    None,
    1,
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord restore``."""
    parser.add_argument(
        "archive",
        metavar="BACKUP",
        help=translate(
            "cli",
            "a .zip made by “accord backup”, or an accord-<time>-<reason>.sqlite3 snapshot from "
            "the library's backups folder",
        ),
    )


def run_unopened(args: argparse.Namespace) -> int | None:
    """Restore into the library folder without opening it first, so that a library
    whose database is damaged can be restored; a server library is opened without the
    built-in records, since a backup is restored only into an empty server database."""
    from db.library import resolve_database_url, resolve_library_dir
    from db.opening import open_library
    from db.safekeeping.copy import library_name

    folder = resolve_library_dir(args.library)
    # --library DIR means that folder's own records, whatever $ACCORD_DATABASE_URL says.
    url = args.database_url if args.library else resolve_database_url(args.database_url)
    if url is not None:  # opened without the built-in records: it must be empty to take a backup
        library = open_library(folder, database_url=url, builtin=False, use_environment=False)
        try:
            return _restore(library, library_name(library), args)
        finally:
            library.close()
    return _restore(folder, folder, args)


def run(library: Library, args: argparse.Namespace) -> int:
    """Restore the backup; print what was restored and where the previous library is."""
    return _restore(library, library.root, args)


def _restore(target: Library | Path, root: Path | str, args: argparse.Namespace) -> int:
    from db.safekeeping.restore import restore_backup

    done = restore_backup(target, Path(args.archive))
    for line in report(done, root.resolve() if isinstance(root, Path) else root):
        print(line)
    return EXIT_OK


def report(done: Restored, root: Path | str) -> list[str]:
    """Return the lines that say what a restore did (stdout)."""
    made = ""
    if done.made:
        made = fill(translate("cli", " (made {when} UTC)"), when=f"{done.made:%Y-%m-%d %H:%M}")
    if done.kind == "archive":
        restored = translate("cli", RESTORED, None, done.documents or 0)
        kept = translate("cli", "The previous library is kept in {kept}.")
    else:
        restored = translate(
            "cli",
            "Restored the database of the library at {root} from {source}{made}; the documents "
            "in its attachments folder were not changed (“accord check” compares them with the "
            "restored records).",
        )
        kept = translate("cli", "The previous database is kept in {kept}.")
    lines = [fill(restored, root=root, source=done.source, made=made)]
    if done.kept is None:
        lines.append(
            fill(
                translate(
                    "cli", "There was no library at {root} before, so there was nothing to keep."
                ),
                root=root,
            )
        )
    else:
        lines.append(fill(kept, kept=done.kept))
    if done.set_aside is not None:
        lines.append(
            fill(
                translate(
                    "cli",
                    "Files in its attachments folder that the archive does not hold were moved "
                    "to {set_aside}.",
                ),
                set_aside=done.set_aside,
            )
        )
    return lines
