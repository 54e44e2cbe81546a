"""``accord restore ARCHIVE``: verify an archive, keep the current library, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from db.library import Library
from desktop.commands import EXIT_OK

NAME = "restore"
HELP = "replace the library by a backup archive (verified first; the current one is kept)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord restore``."""
    parser.add_argument("archive", metavar="ARCHIVE", help="a .zip made by “accord backup”")


def run_unopened(args: argparse.Namespace) -> int | None:
    """Restore into the library folder without opening it first, so that a library
    whose database is damaged can be restored; ``None`` for a database server
    (then :func:`run` gets the opened library and explains)."""
    from db.library import resolve_database_url, resolve_library_dir

    if resolve_database_url(args.database_url) is not None:
        return None
    folder = resolve_library_dir(args.library)
    return _restore(folder, folder.resolve(), args)


def run(library: Library, args: argparse.Namespace) -> int:
    """Restore the archive; print what was restored and where the previous library is."""
    return _restore(library, library.root, args)


def _restore(target: Library | Path, root: Path, args: argparse.Namespace) -> int:
    from db.archive import read_manifest, restore_archive

    archive = Path(args.archive)
    kept = restore_archive(target, archive)
    manifest = read_manifest(archive)
    documents = len(manifest.documents)
    created = manifest.created.strftime("%Y-%m-%d %H:%M UTC")
    print(
        f"Restored the library at {root} from {archive} (made {created}): "
        f"the database and {documents} document{'s' if documents != 1 else ''}."
    )
    print(f"The previous library is kept in {kept}.")
    return EXIT_OK
