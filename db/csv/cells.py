"""Cells of an imported CSV row: reading IDs, dates and labels, the row's state while planned.

Shared by the agreement and partner halves of :mod:`db.csv.importer`; the
rules for cells Excel damaged are :mod:`db.csv.damage` (imported here for
the halves). Every
refusal is a :class:`CellError` whose ``str`` is one sentence naming the
value; NFKC normalisation is applied to IDs and dates only, never to names,
titles or notes (it would turn ① into 1: a silently changed value).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from db.csv.damage import (  # noqa: F401  (Repair, damaged, label_notice: for the halves)
    Repair,
    damaged,
    damaged_label,
    excerpt,
    label_notice,
    repair,
)
from db.csv.import_plan import KeptValue, Problem
from db.dates import DateOrder, parse_date
from db.enums import LABEL_LANGUAGES
from db.errors import CellError, DateError
from db.i18n.translate import fill, translate
from db.text import without_invisible

if TYPE_CHECKING:
    import datetime as dt

# Largest ID SQLite's INTEGER (and PostgreSQL's BIGINT) holds.
MAX_ID = 2**63 - 1
# How often (in rows) planning and applying report progress.
PROGRESS_EVERY = 1000


# Digits of the largest ID (2**63 - 1).
_ID_DIGITS = len(str(MAX_ID))


def parse_id(text: str, what: str = "agreement") -> int | None:
    """Return the record ID a cell holds, ``None`` for an empty cell.

    Raises :class:`CellError` for anything but a whole number from 1 to
    2**63 - 1 (full-width digits are read, after NFKC).
    """
    if text.isascii() and text.isdigit() and len(text) <= _ID_DIGITS:  # the usual cell
        number = int(text)
        if 1 <= number <= MAX_ID:
            return number
        value = text
    elif not text:
        return None
    else:
        value = unicodedata.normalize("NFKC", without_invisible(text)).strip()
    if not value:
        return None
    # Too many digits is refused before int(), which refuses over 4,300 digits itself.
    if (not value.isascii() or not value.isdigit() or len(value.lstrip("0")) > _ID_DIGITS
            or not 1 <= int(value) <= MAX_ID):  # fmt: skip
        message = (
            translate("import", "“{shown}” is not a partner ID (a whole number).")
            if what == "partner"
            else translate("import", "“{shown}” is not an agreement ID (a whole number).")
        )
        raise CellError(fill(message, shown=excerpt(text.strip())))
    return int(value)


def parse_optional_date(text: str, order: DateOrder | None) -> dt.date | None:
    """Return the date of a cell, ``None`` for an empty one; raises :class:`CellError`."""
    if not without_invisible(text).strip():
        return None
    try:
        return parse_date(text, order=order)
    except DateError as exc:
        raise CellError(str(exc)) from exc


def parse_label(text: str, enum: Any) -> Any:
    """Return the member of a labelled enum a cell names; ``None`` for an empty cell.

    A label Excel damaged (``Joint communiqu?``) is read when it can be only
    one label (:func:`~db.csv.damage.damaged_label`; the row's planner adds
    the notice). Raises :class:`CellError` naming the accepted labels, or the
    labels a damaged one could be.
    """
    if not text.strip():
        return None
    found = _labels(enum).get(text)
    if found is not None:
        return found
    try:
        return enum.from_label(text)
    except ValueError as exc:
        mended = damaged_label(text, enum)
        if mended is None:
            raise CellError(str(exc)) from exc
        return mended


@functools.cache
def _labels(enum: Any) -> dict[str, Any]:
    """Return a labelled enum's members by the exact texts export writes (label, CSV label,
    value, the labels of a report with Japanese headings): the fast path of
    :func:`parse_label`; anything else goes to ``from_label``."""
    found: dict[str, Any] = {}
    for member in enum:
        for text in (member.value, member.label, member.written("cp932")):
            found.setdefault(text, member)
        for code in LABEL_LANGUAGES:
            found.setdefault(member.label_in(code), member)
    return found


# Characters of category Cc but tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_NAMES = {0: "NUL", 7: "BEL", 8: "backspace", 11: "vertical tab", 12: "form feed",
                  27: "ESC", 127: "DEL"}  # fmt: skip


def check_typable(text: str) -> None:
    """Raise :class:`CellError` when ``text`` holds a control character no one can type
    (Unicode category Cc but tab, line feed and carriage return: BEL, ESC, form feed...)."""
    if text.isprintable():  # the usual cell: nothing to look for
        return
    found = _CONTROL.search(text)
    if found is not None:
        code = ord(found[0])
        name = _CONTROL_NAMES.get(code)
        label = f"U+{code:04X}" + (f" ({name})" if name else "")
        raise CellError(
            fill(
                translate(
                    "import",
                    "The cell holds {label}, a control character no one can type; remove it.",
                ),
                label=label,
            )
        )


class Claims:
    """The records and file IDs earlier rows of a file took: each may be imported once."""

    def __init__(self, what: str) -> None:
        self.what = what  # "agreement" or "partner", for the sentences
        self.records: dict[int, int] = {}  # record ID -> row number
        self.file_ids: dict[int, int] = {}  # ID cell -> row number

    def take(self, row: RowState) -> bool:
        """Take ``row``'s matched record and file ID; reject the row and return False when
        an earlier row took either."""
        if row.record_id is not None:
            if row.record_id in self.records:
                earlier = self.records[row.record_id]
                message = (
                    translate("import", "Row {row} already imports this partner.")
                    if self.what == "partner"
                    else translate("import", "Row {row} already imports this agreement.")
                )
                row.reject("", fill(message, row=earlier))
                return False
            self.records[row.record_id] = row.number
        if row.file_id is not None:
            if row.file_id in self.file_ids:
                row.reject(
                    "ID",
                    fill(
                        translate("import", "Row {file_ids} already has ID {file_id}."),
                        file_ids=self.file_ids[row.file_id],
                        file_id=row.file_id,
                    ),
                )
                return False
            self.file_ids[row.file_id] = row.number
        return True


@dataclass(slots=True)
class RowState:
    """A record row while it is planned: its cells and what was found so far.

    ``cells`` are the file's known columns present in the row (column →
    text); ``values`` the validated fields by use-case name; ``problems``
    make the row rejected.
    """

    number: int
    cells: dict[str, str]
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    kept: list[KeptValue] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)
    record_id: int | None = None
    file_id: int | None = None

    def reject(self, column: str, reason: str) -> None:
        """Add a problem of this row."""
        self.problems.append(Problem(self.number, column, reason))

    def keep(self, column: str, file_value: str, kept_value: str) -> None:
        """Record that a damaged cell keeps the library's value."""
        self.kept.append(KeptValue(self.number, column, file_value, kept_value))

    def notice(self, column: str, reason: str) -> None:
        """Add a notice: a cell read but not applied as it stands (the row is imported)."""
        self.notices.append(Problem(self.number, column, reason))

    def mend(self, column: str, text: str, old: str) -> str:
        """Return what a text cell writes against the library's ``old`` (see :func:`repair`):
        ``old`` for a cell Excel damaged and nobody edited (kept), the file's text with the
        lost characters put back (a notice), else ``text``; an unexplained ``?`` rejects."""
        try:
            fixed = repair(text, old)
        except CellError as exc:
            self.reject(column, str(exc))
            return text
        if fixed is None:
            return text
        if fixed.value == old:
            self.keep(column, text, old)
            return old
        self.notice(column, fixed.notice())
        return fixed.value


class RestoredCells(dict[str, str]):
    """A row's cells by column, ``restored`` naming those that lost the apostrophe export
    puts before a formula start (:class:`db.csv.read.UnneutralisedRow`)."""

    restored: frozenset[str] = frozenset()


class CellPicker:
    """Picks a row's cells by known column, for every row of one file (see :meth:`__call__`).

    ``columns[i]`` is the known column of the ``i``-th header cell (``None``
    for an unknown one); ``header_width`` the header's cell count.
    """

    def __init__(self, columns: list[str | None], header_width: int) -> None:
        self.names = [column for column in columns if column is not None]
        places = [index for index, column in enumerate(columns) if column is not None]
        self.places = places
        self.width = header_width
        self.needed = max(places, default=-1) + 1
        self.get = itemgetter(*places) if len(places) > 1 else None

    def __call__(self, number: int, cells: list[str]) -> tuple[dict[str, str], Problem | None]:
        """Return a row's cells by known column, and a problem if it has too many cells.

        Missing trailing cells read as empty; extra cells that are all empty
        are ignored (some spreadsheets pad rows).
        """
        if type(cells) is not list:  # some cells lost the apostrophe export put
            picked, problem = self(number, list(cells))
            places: frozenset[int] = getattr(cells, "places", frozenset())
            names = {n for n, p in zip(self.names, self.places, strict=True) if p in places}
            restored = RestoredCells(picked)
            restored.restored = frozenset(names)
            return restored, problem
        problem = None
        if len(cells) > self.width and "".join(cells[self.width :]).strip():
            problem = Problem(
                number,
                "",
                fill(
                    translate(
                        "import",
                        "The row has {len} cells but the header names {width} columns; a cell "
                        "may hold an unquoted delimiter.",
                    ),
                    len=len(cells),
                    width=self.width,
                ),
            )
        if len(cells) < self.needed:
            cells = cells + [""] * (self.needed - len(cells))
        if self.get is not None:
            return dict(zip(self.names, self.get(cells), strict=True)), problem
        found = {name: cells[place] for name, place in zip(self.names, self.places, strict=True)}
        return found, problem


def row_cells(
    number: int, cells: list[str], columns: list[str | None], header_width: int
) -> tuple[dict[str, str], Problem | None]:
    """Return a row's cells by known column, and a problem if it has too many cells
    (one row; :class:`CellPicker` does it for every row of a file)."""
    return CellPicker(columns, header_width)(number, cells)


def in_file_order(problems: list[Problem], columns: list[str | None]) -> tuple[Problem, ...]:
    """Return a row's problems in the order of the file's columns (the row's own first)."""
    place = {column: index for index, column in reversed(list(enumerate(columns)))}
    return tuple(sorted(problems, key=lambda p: place.get(p.column, -1) if p.column else -1))


def in_the_trash(name: str) -> str:
    """The sentence refusing a new partner whose name a partner in the trash holds."""
    return fill(
        translate(
            "import",
            "A partner named “{name}” is in the trash; restore it from there, or delete it for "
            "good first.",
        ),
        name=name,
    )
