"""``accord backup [DEST]``: the whole library (database and documents) as one archive."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_OK

if TYPE_CHECKING:
    import argparse

    from db.library import Library

NAME = "backup"
HELP = QT_TRANSLATE_NOOP(
    "cli", "the whole library (database and documents) as one zip archive with SHA-256 sums"
)

FILES = QT_TRANSLATE_NOOP("cli", "%n file(s)", None, 1)
DOCUMENTS = QT_TRANSLATE_NOOP("cli", "%n document(s)", None, 1)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord backup``."""
    parser.add_argument(
        "destination",
        metavar="DEST",
        nargs="?",
        help=translate(
            "cli",
            "a .zip file, or a folder to write accord-library-<time>.zip in (default: the "
            "library's backups folder)",
        ),
    )


def run(library: Library, args: argparse.Namespace) -> int:
    """Write the archive; print its path, size and what it holds.

    A read-only library cannot take the archive in its ``backups/`` folder:
    without DEST that is the README's one sentence (:class:`LibraryError`);
    ``backup DEST`` elsewhere works.
    """
    from db.errors import LibraryError
    from db.safekeeping.archive import make_archive
    from db.safekeeping.archive_manifest import read_manifest
    from db.safekeeping.copy import library_name

    if library.read_only and not args.destination:
        raise LibraryError(
            translate(
                "cli",
                "The library is read-only (its folder cannot be written here), so no backup can "
                "be written in its backups folder; Accord needs to write in the library folder: "
                "name a folder you can write (accord backup DEST).",
            )
        )
    path = make_archive(library, Path(args.destination) if args.destination else None)
    manifest = read_manifest(path)
    documents, members = len(manifest.documents), len(manifest.members)
    print(
        fill(
            translate(
                "cli",
                "Backed up the library at {root} to {path} ({st_size} bytes, {files}: the "
                "database and {documents}).",
            ),
            root=library_name(library),
            path=path,
            st_size=path.stat().st_size,
            files=translate("cli", FILES, None, members),
            documents=translate("cli", DOCUMENTS, None, documents),
        )
    )
    return EXIT_OK
