"""``accord import``: agreements (or partners) from CSV, whole or not at all.

Prints on stdout what the file is and what importing it does (counts; with
``-v``/``--verbose`` or ``--dry-run``, every row that adds or updates and
each field's old → new), cells kept or mended from the library, notices;
on stderr every rejected row's row, column and reason, and the one
sentence that says why nothing was imported.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from db.csv.choices import shown_column
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_FAILURE, EXIT_OK

if TYPE_CHECKING:
    import argparse

    from db.csv.import_plan import ImportPlan, PlannedRow, Problem
    from db.library import Library

NAME = "import"
HELP = QT_TRANSLATE_NOOP("cli", "agreements (and partners they name) from CSV, whole or not at all")
# Notices of one column with the same reason are listed one by one up to this many rows.
GROUPED_AFTER = 5


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord import``."""
    parser.add_argument(
        "file", metavar="FILE", help=translate("cli", "CSV file, as export or Excel writes it")
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate(
            "cli", "show what would be imported, row by row (implies --verbose); write nothing"
        ),
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=translate(
            "cli",
            "list every row that adds a record (row, partner, title, date) or updates one (row, "
            "ID, each field: old → new)",
        ),
    )
    parser.add_argument(
        "--create-partners",
        action="store_true",
        help=translate("cli", "create the partners the file names and the library lacks"),
    )
    parser.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help=translate(
            "cli", "how to read all-number dates such as 08/07/2021: day first or month first"
        ),
    )


# Counts with their noun in the right number ("1 partner", "2 partners"): plural texts,
# marked with a literal count so that pyside6-lupdate extracts them as plurals; the
# count goes in as {count}, with thousands separators (Qt's %Ln follows the locale).
PARTNERS = QT_TRANSLATE_NOOP("cli", "{count} partner(s)", None, 1)
MORE_ROWS = QT_TRANSLATE_NOOP("cli", "{count} more row(s)", None, 1)
REJECTED_ROWS = QT_TRANSLATE_NOOP(
    "cli", "{count} row(s) of the file rejected; nothing was imported.", None, 1
)
# The names of db.csv.read.DELIMITER_NAMES, as "{delimiter}-separated" says them.
DELIMITERS = (
    #: a delimiter, in "{delimiter}-separated"
    QT_TRANSLATE_NOOP("cli", "comma"),
    #: a delimiter, in "{delimiter}-separated"
    QT_TRANSLATE_NOOP("cli", "semicolon"),
    #: a delimiter, in "{delimiter}-separated"
    QT_TRANSLATE_NOOP("cli", "tab"),
)
# Between the names of a list ("“Seoul”, “Paris”").
_LIST = QT_TRANSLATE_NOOP("cli", ", ", "between the items of a list")


def counted(count: int, text: str) -> str:
    """Return ``"1 partner"``, ``"2 partners"``: ``text`` (:data:`PARTNERS`...) for ``count``."""
    return fill(translate("cli", text, None, count), count=format(count, ","))


def _summary(plan: ImportPlan, verbose: bool) -> list[str]:
    """Return the lines that say what the import does (stdout)."""
    from db.csv.import_plan import ImportKind, RowAction
    from db.csv.read import DELIMITER_NAMES

    what = (
        translate("cli", "{source}: partners, {encoding}, {delimiter}-separated.")
        if plan.kind is ImportKind.PARTNERS
        else translate("cli", "{source}: agreements, {encoding}, {delimiter}-separated.")
    )
    lines = [
        fill(
            what,
            #: {source} of "{source}: agreements, ...", when the file has no name
            source=plan.source or translate("cli", "The file"),
            encoding=plan.encoding,
            delimiter=translate("cli", DELIMITER_NAMES.get(plan.delimiter, plan.delimiter)),
        ),
        fill(
            translate(
                "cli",
                "{add} to add, {update} to update, {unchanged} unchanged, {rejected} rejected.",
            ),
            add=format(len(plan.of(RowAction.ADD)), ","),
            update=format(len(plan.of(RowAction.UPDATE)), ","),
            unchanged=format(len(plan.of(RowAction.UNCHANGED)), ","),
            rejected=format(len(plan.of(RowAction.REJECTED)), ","),
        ),
    ]
    if verbose:
        lines.extend(_row_lines(plan))
    if plan.unknown_columns:
        quoted = translate("cli", "“{text}”", "a value quoted")
        names = translate("cli", _LIST, "between the items of a list").join(
            fill(quoted, text=name) for name in plan.unknown_columns
        )
        lines.append(
            fill(translate("cli", "Columns not imported (unknown): {names}."), names=names)
        )
    for kept in plan.kept:
        lines.append(
            fill(
                translate(
                    "cli",
                    "row {row}, column {column}: “{file_value}” looks damaged (characters lost "
                    "to ?); the library's “{kept_value}” is kept.",
                ),
                row=kept.row,
                column=shown_column(kept.column),
                file_value=kept.file_value,
                kept_value=kept.kept_value,
            )
        )
    lines.extend(_notice_lines(plan.notices))
    if plan.new_partners:
        names = translate("cli", _LIST, "between the items of a list").join(plan.new_partners)
        lines.append(fill(translate("cli", "New partners: {names}."), names=names))
    return lines


def _row_lines(plan: ImportPlan) -> list[str]:
    """Return one line per row that adds, and per row that updates with its changes."""
    from db.csv.import_plan import RowAction

    lines: list[str] = []
    for row in plan.rows:
        if row.action is RowAction.ADD:
            lines.append(
                fill(translate("cli", "row {row}: add {what}"), row=row.row, what=_added(row))
            )
        elif row.action is RowAction.UPDATE:
            line = translate("cli", "row {row}: update ID {id}")
            lines.append(fill(line, row=row.row, id=row.record_id))
            #: One change of an updated row: its {column}, the {old} and the {new} value.
            change_line = translate("cli", "    {column}: {old} → {new}")
            lines.extend(
                fill(
                    change_line,
                    column=shown_column(change.column),
                    old=_shown(change.old),
                    new=_shown(change.new),
                )
                for change in row.changes
            )
    return lines


def _added(row: PlannedRow) -> str:
    """Return how a row that adds a record is listed: its partner, title and date (or its
    name and country for a partners file), as the file has them."""
    quoted = translate("cli", "“{text}”", "a value quoted")
    return " — ".join(fill(quoted, text=part) for part in row.summary.split(" — ")) or translate(
        "cli", "(no details)"
    )


def _shown(text: str) -> str:
    """Return a field's value for one line: quoted, line breaks shown as ↵, “(empty)”."""
    if not text:
        #: a field's value that is empty, in a list of changes
        return translate("cli", "(empty)")
    flat = text.replace("\r\n", "↵").replace("\n", "↵").replace("\r", "↵")
    #: A field's value quoted in a list of changes (Japanese: 「{text}」).
    quoted = translate("cli", "“{text}”", "a value quoted")
    return fill(quoted, text=f"{flat[:200]}…" if len(flat) > 200 else flat)


def _notice_lines(notices: tuple[Problem, ...]) -> list[str]:
    """Return a line per notice; notices of one column with one reason on many rows are one
    line naming the first rows and how many more (a restore of a whole library notices
    thousands of Documents cells)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for notice in notices:
        groups.setdefault((notice.column, notice.reason), []).append(notice.row)
    lines: list[str] = []
    for (column, reason), rows in groups.items():
        if len(rows) <= GROUPED_AFTER:
            lines.extend(problem_line(row, column, reason) for row in rows)
            continue
        first = ", ".join(str(row) for row in rows[:3])
        more = counted(len(rows) - 3, MORE_ROWS)
        many = (
            translate("cli", "rows {first} and {more}, column {column}: {reason}")
            if column
            else translate("cli", "rows {first} and {more}: {reason}")
        )
        lines.append(fill(many, first=first, more=more, column=shown_column(column), reason=reason))
    return lines


def problem_line(row: int, column: str, reason: str) -> str:
    """Return ``row 3, column Partner: reason`` (``row 3: reason`` without a column)."""
    where = (
        translate("cli", "row {row}, column {column}: {reason}")
        if column
        else translate("cli", "row {row}: {reason}")
    )
    return fill(where, row=row, column=shown_column(column), reason=reason)


def _fail(sentence: str) -> int:
    print(fill(translate("cli", "accord: {sentence}"), sentence=sentence), file=sys.stderr)
    return EXIT_FAILURE


def run(library: Library, args: argparse.Namespace) -> int:
    """Plan the import, print its summary and problems, then write it unless told not to.

    There is no preview to review here: when another import or a window
    changed the library between this plan and the write, the file is
    planned again with the write lock held (:func:`db.csv.importer.apply_import`,
    ``replan``), the new counts are printed, and that plan is written, so
    imports started together each succeed once.
    """
    from db.csv.importer import apply_import, plan_import
    from db.dates import DateOrder

    order = DateOrder(args.date_order) if args.date_order else None
    plan = plan_import(library, args.file, date_order=order)
    if (refused := _report(plan, args)) is not None:
        return refused
    if args.dry_run:
        print(translate("cli", "Dry run: nothing was written."))
        return EXIT_OK

    def plan_again() -> ImportPlan:
        print(
            translate("cli", "The library changed while the file was read; it was matched again.")
        )
        again = plan_import(library, args.file, date_order=order)
        if (refused := _report(again, args)) is not None:
            raise _Refused(refused)
        return again

    try:
        result = apply_import(
            library, plan, create_partners=args.create_partners, replan=plan_again
        )
    except _Refused as refusal:
        return refusal.code
    created = (
        fill(
            translate("cli", ", {partners} created"),
            partners=counted(len(result.partners_created), PARTNERS),
        )
        if result.partners_created
        else ""
    )
    print(
        fill(
            translate(
                "cli", "Imported: {len} added, {len2} updated, {unchanged} unchanged{created}."
            ),
            len=format(len(result.added), ","),
            len2=format(len(result.updated), ","),
            unchanged=format(result.unchanged, ","),
            created=created,
        )
    )
    return EXIT_OK


class _Refused(Exception):  # noqa: N818 - an outcome already reported, not a fault
    """A plan made again under the write lock cannot be applied; its reasons are printed."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _report(plan: ImportPlan, args: argparse.Namespace) -> int | None:
    """Print a plan's summary and problems; return the exit code when it cannot be applied."""
    from db.csv.import_plan import RowAction
    from db.dates import ORDER_CHOICE

    if plan.file_problems:  # an empty file, a column named twice: nothing to summarise
        for sentence in plan.file_problems:
            print(fill(translate("cli", "accord: {sentence}"), sentence=sentence), file=sys.stderr)
        return EXIT_FAILURE
    for line in _summary(plan, args.verbose or args.dry_run):
        print(line)
    for problem in plan.problems:
        print(problem_line(problem.row, problem.column, problem.reason), file=sys.stderr)
    choose = translate("dates", ORDER_CHOICE)
    if args.date_order is None and any(choose in p.reason for p in plan.problems):
        print(
            translate(
                "cli",
                "To read all-number dates one way, give --date-order dmy (day first) or "
                "--date-order mdy (month first).",
            ),
            file=sys.stderr,
        )
    if not plan.can_apply:
        return _fail(counted(len(plan.of(RowAction.REJECTED)), REJECTED_ROWS))
    if plan.new_partners and not args.create_partners:
        count = counted(len(plan.new_partners), PARTNERS)
        return _fail(
            fill(
                translate(
                    "cli",
                    "The file names {count} the library does not have; nothing was imported "
                    "(use --create-partners to create them).",
                ),
                count=count,
            )
        )
    return None
