"""``accord reindex [--reread]``: rebuild the search index of partners, agreements and pages."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_OK

if TYPE_CHECKING:
    import argparse

    from db.library import Library

NAME = "reindex"
HELP = QT_TRANSLATE_NOOP("cli", "rebuild the search index")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord reindex``."""
    parser.add_argument(
        "--reread",
        action="store_true",
        help=translate("cli", "read every document's text from its PDF again first"),
    )


def run(library: Library, args: argparse.Namespace) -> int:
    """Rebuild the index, showing the percentage done on an interactive stderr; print the
    number of records and pages indexed."""
    from db.reindex import reindex

    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive and total:
            sys.stderr.write(f"\r{done * 100 // total:3d}%")
            sys.stderr.flush()

    count = reindex(library, progress, from_files=args.reread)
    if interactive:
        sys.stderr.write("\r    \r")
    print(fill(translate("cli", "The search index holds {count} records and pages."), count=count))
    return EXIT_OK
