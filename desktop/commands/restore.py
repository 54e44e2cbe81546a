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


def run(library: Library, args: argparse.Namespace) -> int:
    """Restore the archive; print what was restored and where the previous library is."""
    from db.archive import read_manifest, restore_archive

    archive = Path(args.archive)
    kept = restore_archive(library, archive)
    manifest = read_manifest(archive)
    documents = len(manifest.documents)
    created = manifest.created.strftime("%Y-%m-%d %H:%M UTC")
    print(
        f"Restored the library at {library.root} from {archive} (made {created}): "
        f"the database and {documents} document{'s' if documents != 1 else ''}."
    )
    print(f"The previous library is kept in {kept}.")
    return EXIT_OK
