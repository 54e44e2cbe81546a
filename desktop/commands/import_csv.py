"""``accord import``: agreements (or partners) from CSV, whole or not at all."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from db.library import Library
from desktop.commands import EXIT_FAILURE, EXIT_OK

if TYPE_CHECKING:
    from db.import_plan import ImportPlan

NAME = "import"
HELP = "agreements (and partners they name) from CSV, whole or not at all"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord import``."""
    parser.add_argument("file", metavar="FILE", help="CSV file, as export or Excel writes it")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; write nothing"
    )
    parser.add_argument(
        "--create-partners",
        action="store_true",
        help="create the partners the file names and the library lacks",
    )
    parser.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how to read all-number dates such as 08/07/2021: day first or month first",
    )


def _summary(plan: ImportPlan) -> list[str]:
    """Return the lines that say what the import does (stdout)."""
    from db.csv_read import DELIMITER_NAMES
    from db.import_plan import ImportKind, RowAction

    what = "partners" if plan.kind is ImportKind.PARTNERS else "agreements"
    lines = [
        f"{plan.source or 'The file'}: {what}, {plan.encoding}, "
        f"{DELIMITER_NAMES.get(plan.delimiter, plan.delimiter)}-separated.",
        f"{len(plan.of(RowAction.ADD))} to add, {len(plan.of(RowAction.UPDATE))} to update, "
        f"{len(plan.of(RowAction.UNCHANGED))} unchanged, "
        f"{len(plan.of(RowAction.REJECTED))} rejected.",
    ]
    if plan.unknown_columns:
        names = ", ".join(f"“{name}”" for name in plan.unknown_columns)
        lines.append(f"Columns not imported (unknown): {names}.")
    for kept in plan.kept:
        lines.append(
            f"row {kept.row}, column {kept.column}: “{kept.file_value}” looks damaged "
            f"(characters lost to ?); the library's “{kept.kept_value}” is kept."
        )
    for notice in plan.notices:
        lines.append(f"row {notice.row}, column {notice.column}: {notice.reason}")
    if plan.new_partners:
        lines.append(f"New partners: {', '.join(plan.new_partners)}.")
    return lines


def run(library: Library, args: argparse.Namespace) -> int:
    """Plan the import, print its summary and problems, then write it unless told not to."""
    from db.csv_import import apply_import, plan_import
    from db.import_plan import DateOrder, RowAction

    order = DateOrder(args.date_order) if args.date_order else None
    plan = plan_import(library, args.file, date_order=order)
    for line in _summary(plan):
        print(line)
    for sentence in plan.file_problems:
        print(f"accord: {sentence}", file=sys.stderr)
    for problem in plan.problems:
        where = f"row {problem.row}" + (f", column {problem.column}" if problem.column else "")
        print(f"{where}: {problem.reason}", file=sys.stderr)
    if plan.file_problems:
        return EXIT_FAILURE
    if not plan.can_apply:
        count = len(plan.of(RowAction.REJECTED))
        print(
            f"accord: {count} row(s) of the file are rejected; nothing was imported.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    if plan.new_partners and not args.create_partners:
        print(
            f"accord: the file names {len(plan.new_partners)} partner(s) the library does not "
            "have; nothing was imported (use --create-partners to create them).",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    if args.dry_run:
        print("Dry run: nothing was written.")
        return EXIT_OK
    result = apply_import(library, plan, create_partners=args.create_partners)
    print(
        f"Imported: {len(result.added)} added, {len(result.updated)} updated, "
        f"{result.unchanged} unchanged"
        + (
            f", {len(result.partners_created)} partner(s) created."
            if result.partners_created
            else "."
        )
    )
    return EXIT_OK
