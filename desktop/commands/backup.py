"""``accord backup [DEST]``: the whole library (database and documents) as one archive."""

from __future__ import annotations

import argparse
from pathlib import Path

from db.library import Library
from desktop.commands import EXIT_OK

NAME = "backup"
HELP = "the whole library (database and documents) as one zip archive with SHA-256 sums"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord backup``."""
    parser.add_argument(
        "destination",
        metavar="DEST",
        nargs="?",
        help="a .zip file, or a folder to write accord-library-<time>.zip in "
        "(default: the library's backups folder)",
    )


def run(library: Library, args: argparse.Namespace) -> int:
    """Write the archive; print its path, size and what it holds."""
    from db.archive import make_archive, read_manifest

    path = make_archive(library, Path(args.destination) if args.destination else None)
    manifest = read_manifest(path)
    documents, members = len(manifest.documents), len(manifest.members)
    print(
        f"Backed up the library at {library.root} to {path} "
        f"({path.stat().st_size} bytes, {members} file{'s' if members != 1 else ''}: the "
        "database and "
        f"{documents} document{'s' if documents != 1 else ''})."
    )
    return EXIT_OK
