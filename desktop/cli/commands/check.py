"""``accord check``: integrity of the database and the documents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_FAILURE, EXIT_OK

if TYPE_CHECKING:
    import argparse

    from db.library import Library

NAME = "check"
HELP = QT_TRANSLATE_NOOP("cli", "integrity of the database and the documents")
# The count is a plural (%n); the literal 1 makes lupdate extract it as one.
PROBLEMS_AT = QT_TRANSLATE_NOOP("cli", "%n problem(s) found in the library at {root}.", None, 1)
PROBLEMS_ON_SERVER = QT_TRANSLATE_NOOP(
    "cli", "%n problem(s) found in the library with the database {database}.", None, 1
)
PROBLEMS_WITH_DATABASE = QT_TRANSLATE_NOOP(
    "cli",
    "%n problem(s) found in the library with the database {database} and its documents in {root}.",
    None,
    1,
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord check``."""
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=translate("cli", "also list what was checked")
    )


def run(library: Library, args: argparse.Namespace) -> int:
    """Print every problem found; exit 1 when there is any."""
    from db.safekeeping.check import check_library

    report = check_library(library)
    if args.verbose:
        for item in report.checked:
            print(fill(translate("cli", "checked: {item}"), item=item))
    for problem in report.problems:
        print(problem)
    if report.advice:
        print(report.advice)
    database = _elsewhere(library)
    if library.documents_in_database:  # records and documents both on the server
        if report.ok:
            text = translate("cli", "The library with the database {database} is in order.")
            print(fill(text, database=database))
            return EXIT_OK
        text = translate("cli", PROBLEMS_ON_SERVER, None, len(report.problems))
        print(fill(text, database=database))
        return EXIT_FAILURE
    if report.ok:
        if database is None:
            print(fill(translate("cli", "The library at {root} is in order."), root=library.root))
        else:
            print(
                fill(
                    translate(
                        "cli",
                        "The library with the database {database} and its documents in {root} "
                        "is in order.",
                    ),
                    database=database,
                    root=library.root,
                )
            )
        return EXIT_OK
    if database is None:
        print(
            fill(
                translate("cli", PROBLEMS_AT, None, len(report.problems)),
                root=library.root,
            )
        )
    else:
        print(
            fill(
                translate("cli", PROBLEMS_WITH_DATABASE, None, len(report.problems)),
                database=database,
                root=library.root,
            )
        )
    return EXIT_FAILURE


def _elsewhere(library: Library) -> str | None:
    """The database checked, when it is not the library folder's own ``accord.sqlite3``.

    A ``--database-url`` names another file or a server: the sentence that
    ends the check names it, so that it never credits a folder whose
    database was not the one checked. A server's address shows no password.
    """
    from db.library import DATABASE_NAME
    from db.storage.engine import safe_url

    path = library.database_path
    if path is not None:
        if path.resolve() == (library.root / DATABASE_NAME).resolve():
            return None
        return str(path.resolve())
    return safe_url(library.engine.url.render_as_string(hide_password=False))
