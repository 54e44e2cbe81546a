"""``accord export``: agreements (or partners) as CSV, with the export dialog's choices.

``--columns`` (names as in the header, any case, comma-separated, in the
order wanted), ``--delimiter comma|semicolon|tab``, ``--date-format
iso|slash``, ``--header-language en|ja`` (headings and labels; dates stay
as ``--date-format`` says) and ``--encoding`` make the
:class:`~db.csv.choices.CsvFormat` that :mod:`db.csv.export` writes.
Partners come in the window's order: the chosen language's ``QCollator``
(:mod:`desktop.support.collation`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_FAILURE, EXIT_OK, UsageError

if TYPE_CHECKING:
    import argparse

    from db.library import Library

NAME = "export"
HELP = QT_TRANSLATE_NOOP("cli", "agreements (or partners) as CSV")


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord export``."""
    from db.csv.choices import (
        DATE_STYLES,
        DEFAULT_ENCODING,
        DELIMITERS,
        ENCODINGS,
        HEADER_LANGUAGES,
    )
    from db.i18n.translate import translate

    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default="-",
        help=translate("cli", "file to write; - is stdout (default)"),
    )
    parser.add_argument(
        "--partner", metavar="NAME", help=translate("cli", "only this partner's agreements")
    )
    parser.add_argument(
        "--partners",
        action="store_true",
        help=translate("cli", "partners instead, with their agreement counts"),
    )
    parser.add_argument(
        "--encoding",
        choices=ENCODINGS,
        default=DEFAULT_ENCODING,
        help=translate(
            "cli", "utf-8-sig (default; Excel opens it correctly), utf-8, or cp932 (Shift_JIS)"
        ),
    )
    parser.add_argument(
        "--columns",
        metavar='"ID,Partner,..."',
        help=translate(
            "cli",
            "the columns to write, in this order (names as in the header, any case); default: all",
        ),
    )
    parser.add_argument(
        "--delimiter",
        choices=tuple(DELIMITERS),
        default="comma",
        help=translate("cli", "what separates the cells (default: comma)"),
    )
    parser.add_argument(
        "--date-format",
        choices=DATE_STYLES,
        default="iso",
        help=translate("cli", "iso: 2014-07-23 (default); slash: 2014/07/23"),
    )
    parser.add_argument(
        "--header-language",
        choices=HEADER_LANGUAGES,
        default="en",
        help=translate(
            "cli",
            "language of the column headings and of the types and relationships in the "
            "cells: en (default) or ja; import reads either",
        ),
    )


def check_usage(args: argparse.Namespace) -> None:
    """Refuse option combinations argparse cannot express; raises :class:`UsageError`.

    Also turns ``--columns`` into the header's spelling (``args.columns`` becomes a tuple).
    """
    from db.csv.choices import AGREEMENT_COLUMNS, PARTNER_COLUMNS, resolve_columns
    from db.errors import ExportError

    if args.partners and args.partner is not None:
        raise UsageError(translate("cli", "--partner and --partners cannot be used together"))
    if args.partner is not None and not args.partner.strip():
        raise UsageError(translate("cli", "--partner needs a partner's name"))
    if not args.output.strip():
        raise UsageError(translate("cli", "-o needs a file name, or - for standard output"))
    if args.output == "-" and sys.stdout is None:
        raise UsageError(translate("cli", "there is no standard output to write to; use -o FILE"))
    if args.columns is not None:
        available = PARTNER_COLUMNS if args.partners else AGREEMENT_COLUMNS
        try:
            args.columns = resolve_columns(args.columns.split(","), available)
        except ExportError as exc:
            sentence = str(exc).rstrip(".")
            raise UsageError(
                fill(
                    translate("cli", "--columns: {lower}{sentence}"),
                    lower=sentence[:1].lower(),
                    sentence=sentence[1:],
                ),
                NAME,
            ) from None


def _name_key():  # noqa: ANN202 - desktop.support.collation.NameKey's maker, imported late
    """Return the window's order of names (``QCollator``, :mod:`desktop.support.collation`), so that
    the file lists partners as the window does; imports ``PySide6.QtCore`` (about 0.1 s)
    only for this command."""
    from desktop.support.collation import name_key

    return name_key()


def run(library: Library, args: argparse.Namespace) -> int:
    """Write the CSV, partners by name as the window orders them; print what was written
    to stderr when it went to a file.

    An encoding that cannot carry some records refuses the export with one
    sentence on stderr, then EVERY such record on a line of its own (ID,
    name, the characters at fault); nothing is written.
    """
    from db.csv.choices import DELIMITERS, CsvFormat
    from db.csv.export import export_table, load_table, unencodable_rows
    from db.csv.rows import refusal_lines, unencodable_refusal
    from db.errors import ExportError

    csv_format = CsvFormat(
        encoding=args.encoding,
        delimiter=DELIMITERS[args.delimiter],
        date_style=args.date_format,
        columns=tuple(args.columns or ()),
        header_language=args.header_language,
    )
    to_stdout = args.output == "-"
    destination = sys.stdout.buffer if to_stdout else Path(args.output)
    table = load_table(
        library, csv_format, partners=args.partners, partner=args.partner, name_key=_name_key()
    )
    try:
        count = export_table(table, destination)
    except ExportError:
        found = unencodable_rows(table)  # only after a refusal: no cost to an export
        if not found:
            raise
        lines = [f"accord: {unencodable_refusal(table.record, found, args.encoding)}"]
        lines += [f"  {line}" for line in refusal_lines(found)]
        print("\n".join(lines), file=sys.stderr)
        return EXIT_FAILURE
    if not to_stdout:
        exported = (
            translate("cli", "Exported {count} partners to {output}.")
            if args.partners
            else translate("cli", "Exported {count} agreements to {output}.")
        )
        print(
            fill(exported, count=count, output=args.output),
            file=sys.stderr,
        )
    return EXIT_OK
