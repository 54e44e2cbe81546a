"""Cells of an imported CSV row: reading IDs and dates, spotting cells Excel damaged.

Shared by the agreement and partner halves of :mod:`db.csv_import`. Every
refusal is a :class:`CellError` whose ``str`` is one sentence naming the
value; NFKC normalisation is applied to IDs and dates only, never to names,
titles or notes (it would turn ① into 1: a silently changed value).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from db.dates import DateError, parse_date
from db.import_plan import DateOrder, KeptValue, Problem

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
#: Largest ID SQLite's INTEGER (and PostgreSQL's BIGINT) holds.
MAX_ID = 2**63 - 1
#: How often (in rows) planning and applying report progress.
PROGRESS_EVERY = 1000

Progress = Callable[[int, int], None]


class CellError(ValueError):
    """A cell that cannot be imported; ``str()`` is one sentence naming its value."""


def parse_id(text: str, what: str = "agreement") -> int | None:
    """Return the record ID a cell holds, ``None`` for an empty cell.

    Raises :class:`CellError` for anything but a whole number from 1 to
    2**63 - 1 (full-width digits are read, after NFKC).
    """
    if text.isdigit() and text.isascii():  # the usual cell: nothing to normalise
        value = text
    else:
        value = unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).strip()
    if not value:
        return None
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= MAX_ID:
        raise CellError(f"“{text.strip()}” is not {_article(what)} {what} ID (a whole number).")
    return int(value)


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def parse_optional_date(text: str, order: DateOrder | None) -> dt.date | None:
    """Return the date of a cell, ``None`` for an empty one; raises :class:`CellError`."""
    if not text.strip(" \u3000\u200b\ufeff"):
        return None
    try:
        return parse_date(text, order=order)
    except DateError as exc:
        raise CellError(str(exc)) from exc


def parse_label(text: str, enum: Any) -> Any:
    """Return the member of a labelled enum a cell names; ``None`` for an empty cell.

    Raises :class:`CellError` naming the accepted labels.
    """
    if not text.strip():
        return None
    found = _labels(enum).get(text)
    if found is not None:
        return found
    try:
        return enum.from_label(text)
    except ValueError as exc:
        raise CellError(str(exc)) from exc


@functools.cache
def _labels(enum: Any) -> dict[str, Any]:
    """Return a labelled enum's members by the exact texts export writes (label, CSV label,
    value): the fast path of :func:`parse_label`; anything else goes to ``from_label``."""
    found: dict[str, Any] = {}
    for member in enum:
        for text in (member.value, member.label, getattr(member, "csv_label", member.label)):
            found.setdefault(text, member)
    return found


def damaged(file_value: str, library_value: str) -> bool:
    """Return whether ``file_value`` is ``library_value`` as Excel saving as Shift_JIS
    would damage it: some characters cp932 cannot carry replaced by ``?`` (``??`` for
    one outside the Basic Multilingual Plane), everything else equal.

    Identical values are not damaged.
    """
    if "?" not in file_value or file_value == library_value:
        return False
    if len(file_value) > 2 * len(library_value):
        return False
    pattern = []
    replaceable = False
    for char in library_value:
        try:
            char.encode("cp932")
            pattern.append(re.escape(char))
        except UnicodeEncodeError:
            replaceable = True
            pattern.append(f"(?:{re.escape(char)}|\\?\\??)")
    return replaceable and re.fullmatch("".join(pattern), file_value, re.DOTALL) is not None


@dataclass
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
    record_id: int | None = None
    file_id: int | None = None

    def reject(self, column: str, reason: str) -> None:
        """Add a problem of this row."""
        self.problems.append(Problem(self.number, column, reason))

    def keep(self, column: str, file_value: str, kept_value: str) -> None:
        """Record that a damaged cell keeps the library's value."""
        self.kept.append(KeptValue(self.number, column, file_value, kept_value))


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
        problem = None
        if len(cells) > self.width and "".join(cells[self.width :]).strip():
            problem = Problem(
                number,
                "",
                f"The row has {len(cells)} cells but the header names {self.width} columns; "
                "a cell may hold an unquoted delimiter.",
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


def remembered(read: Callable[[str], Any]) -> Callable[[str], Any]:
    """Return ``read`` remembering its result per distinct text (for one file's cells:
    partner names, labels and dates repeat). Refusals are not remembered (raised anew)."""
    seen: dict[str, Any] = {}

    def cached(text: str) -> Any:
        try:
            return seen[text]
        except KeyError:
            seen[text] = value = read(text)
            return value

    return cached


def in_file_order(problems: list[Problem], columns: list[str | None]) -> tuple[Problem, ...]:
    """Return a row's problems in the order of the file's columns (the row's own first)."""
    place = {column: index for index, column in reversed(list(enumerate(columns)))}
    return tuple(sorted(problems, key=lambda p: place.get(p.column, -1) if p.column else -1))


def in_the_trash(name: str) -> str:
    """The sentence refusing a new partner whose name a partner in the trash holds."""
    return (
        f"A partner named “{name}” is in the trash; restore it from there, "
        "or delete it for good first."
    )
