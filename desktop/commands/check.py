"""``accord check``: integrity of the database and the documents."""

from __future__ import annotations

import argparse

from db.i18n import QT_TRANSLATE_NOOP, fill, translate
from db.library import Library
from desktop.commands import EXIT_FAILURE, EXIT_OK

NAME = "check"
HELP = QT_TRANSLATE_NOOP("cli", "integrity of the database and the documents")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord check``."""
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=translate("cli", "also list what was checked")
    )


def run(library: Library, args: argparse.Namespace) -> int:
    """Print every problem found; exit 1 when there is any."""
    from db.check import check_library

    report = check_library(library)
    if args.verbose:
        for item in report.checked:
            print(fill(translate("cli", "checked: {item}"), item=item))
    for problem in report.problems:
        print(problem)
    if report.advice:
        print(report.advice)
    if report.ok:
        print(fill(translate("cli", "The library at {root} is in order."), root=library.root))
        return EXIT_OK
    print(
        fill(
            translate("cli", "{len} problem(s) found in the library at {root}."),
            len=len(report.problems),
            root=library.root,
        )
    )
    return EXIT_FAILURE
