"""``accord export``: agreements (or partners) as CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db.library import Library
from desktop.commands import EXIT_OK, UsageError

NAME = "export"
HELP = "agreements (or partners) as CSV"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord export``."""
    from db.csv_export import DEFAULT_ENCODING, ENCODINGS

    parser.add_argument(
        "-o", "--output", metavar="FILE", default="-", help="file to write; - is stdout (default)"
    )
    parser.add_argument("--partner", metavar="NAME", help="only this partner's agreements")
    parser.add_argument(
        "--partners", action="store_true", help="partners instead, with their agreement counts"
    )
    parser.add_argument(
        "--encoding",
        choices=ENCODINGS,
        default=DEFAULT_ENCODING,
        help="utf-8-sig (default; Excel opens it correctly), utf-8, or cp932 (Shift_JIS)",
    )


def check_usage(args: argparse.Namespace) -> None:
    """Refuse option combinations argparse cannot express; raises :class:`UsageError`."""
    if args.partners and args.partner is not None:
        raise UsageError("--partner and --partners cannot be used together")
    if args.partner is not None and not args.partner.strip():
        raise UsageError("--partner needs a partner's name")
    if not args.output.strip():
        raise UsageError("-o needs a file name, or - for standard output")
    if args.output == "-" and sys.stdout is None:
        raise UsageError("there is no standard output to write to; use -o FILE")


def run(library: Library, args: argparse.Namespace) -> int:
    """Write the CSV; print what was written to stderr when it went to a file."""
    from db.csv_export import export_agreements, export_partners

    to_stdout = args.output == "-"
    destination = sys.stdout.buffer if to_stdout else Path(args.output)
    if args.partners:
        count = export_partners(library, destination, encoding=args.encoding)
        what = "partners"
    else:
        count = export_agreements(
            library, destination, partner=args.partner, encoding=args.encoding
        )
        what = "agreements"
    if not to_stdout:
        print(f"Exported {count} {what} to {args.output}.", file=sys.stderr)
    return EXIT_OK
