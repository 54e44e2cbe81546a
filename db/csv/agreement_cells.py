"""Reading the cells of an agreements file's row into fields (see :mod:`db.csv.importer`).

:func:`steps` fixes, once per file, how each of its known columns is read;
:func:`parse` reads a row with them, adding its refusals to the row;
:func:`notice_changes` adds a notice for every cell read other than as
written: a label Excel damaged and read back, text trimmed or composed
(:mod:`db.csv.stored`).
"""

from __future__ import annotations

from operator import call
from typing import TYPE_CHECKING, Any, NamedTuple

from db.agreement_fields import AGREEMENT_FIELDS
from db.csv.cells import RowState, label_notice, parse_id
from db.csv.damage import has_lost
from db.csv.readers import Reader, reader
from db.csv.stored import areas_notice, stored_notice
from db.errors import CellError
from db.i18n.translate import translate
from db.rules import expires_on_refusal, title_refusal

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from db.dates import DateOrder

# The columns an agreements file's import reads, from the field table.
_READ = tuple(f for f in AGREEMENT_FIELDS if f.column and f.read)
# How each column's cell is read: (text, date order) → value; raises CellError.
_READERS: dict[str, Reader] = {f.column: reader(f.read) for f in _READ if f.column and f.read}
# The columns holding labels.
LABELS = frozenset(f.column for f in _READ if f.kind == "label")
# The text columns stored as :func:`db.text.clean` or ``str.strip`` gives them.
TEXTS = tuple(f.column for f in _READ if f.column and f.kind in ("partner", "text", "notes"))
# Columns whose cells are mostly distinct (IDs): not worth remembering, read by parse_id
# alone (no wrapper per cell). Titles and notes repeat more often than not ("Sister city
# agreement"), and a miss costs one dict entry.
_DISTINCT = frozenset(f.column for f in _READ if f.kind == "id")


class _Remembered(dict[str, Any]):
    """One column's values by cell text, each read once: ``remembered[text]`` (a hit is
    a plain dict lookup). A refusal is not remembered: it is raised anew for each cell."""

    def __init__(self, read: Callable[[str], Any]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, text: str) -> Any:
        self[text] = value = self.read(text)
        return value


class Steps(NamedTuple):
    """How one file's known columns are read: ``reads[i]`` reads a cell of ``columns[i]``;
    ``texts`` and ``labels`` are the file's columns of :data:`TEXTS` and :data:`LABELS`."""

    columns: tuple[str, ...]
    reads: tuple[Callable[[str], Any], ...]
    texts: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()


def steps(columns: Iterable[str], order: DateOrder | None) -> Steps:
    """Return how each of a file's known ``columns`` (in file order) is read, ``order``
    fixed; the values of columns that repeat are remembered per distinct text (partner
    names, titles, labels and dates; see :class:`_Remembered`)."""
    names: list[str] = []
    reads: list[Callable[[str], Any]] = []
    for column in dict.fromkeys(columns):
        read = _READERS.get(column)
        if read is None:
            continue
        names.append(column)
        if column in _DISTINCT:
            reads.append(parse_id)
            continue

        def one(text: str, read: Callable[[str, DateOrder | None], Any] = read) -> Any:
            return read(text, order)

        reads.append(_Remembered(one).__getitem__)
    texts = tuple(column for column in names if column in TEXTS)
    return Steps(tuple(names), tuple(reads), texts, tuple(c for c in names if c in LABELS))


def parse(row: RowState, steps: Steps) -> dict[str, Any]:
    """Return the row's fields by name (only columns present); problems go to ``row``."""
    cells = row.cells
    columns, reads = steps.columns, steps.reads
    try:  # the usual row: every cell read in one pass, no Python loop
        values = dict(zip(columns, map(call, reads, map(cells.__getitem__, columns)), strict=True))
    except CellError:  # read again cell by cell, naming each refusal
        values = {}
        for column, read in zip(columns, reads, strict=True):
            try:
                values[column] = read(cells[column])
            except CellError as exc:
                row.reject(column, str(exc))
    if "Areas" in values:
        values["Areas"] = list(values["Areas"])  # each row its own list
    if "Agreement" in values:
        if not values["Agreement"]:
            row.reject("Agreement", translate("import", "An agreement needs a title."))
        elif (refusal := title_refusal(values["Agreement"])) is not None:
            row.reject("Agreement", refusal)
    if "Date signed" in cells and "Date signed" in values and values["Date signed"] is None:
        row.reject(
            "Date signed",
            translate("import", "An agreement needs the date it was signed."),
        )
    if "Partner" in values and not values["Partner"]:
        row.reject("Partner", translate("import", "An agreement needs a partner."))
    refusal = expires_on_refusal(values.get("Date signed"), values.get("Expires on"))
    if refusal is not None:
        row.reject("Expires on", refusal)
    return values


def notice_changes(
    row: RowState, values: dict[str, Any], steps: Steps, *, new_partner: bool, existing: Any = None
) -> None:
    """Add a notice to ``row`` for each cell read other than as written: a label Excel
    damaged (read back), text whose surrounding white space, byte-order marks or
    uncomposed characters were removed, areas repeated.

    The partner's cells (Partner, Country, Local name, Office-language name) count only for a
    ``new_partner``: an existing partner is only looked up and compared. A cell that lost
    the apostrophe before a formula start is noticed when its text is written (an
    ``existing`` agreement holding it already: an export read back, said nothing of).
    """
    cells = row.cells
    for column in steps.labels:
        text = cells[column]
        if has_lost(text) and values.get(column) is not None:
            row.notice(column, label_notice(text, values[column]))
    restored = getattr(cells, "restored", ())
    for column in steps.texts:
        value = values.get(column)
        stripped = column in restored and (
            existing is None or getattr(existing, _HELD.get(column, ""), None) != value
        )
        if value is None or (value == cells[column] and not stripped):  # the usual cell
            continue
        if new_partner or column not in _PARTNER_CELLS:
            row.notice(column, stored_notice(cells[column], value, apostrophe=stripped))
    if "Areas" in values:
        notice = areas_notice(cells["Areas"], values["Areas"])
        if notice is not None:
            row.notice("Areas", notice)


# The agreement's field a text cell is compared with (Agreement: title, Notes: notes).
_HELD = {f.column: f.name for f in _READ if f.stored and f.kind in ("text", "notes")}
# The cells that name the partner or give its details.
_PARTNER_CELLS = frozenset(
    f.column for f in _READ if f.kind == "partner" or (f.partner and f.kind == "text")
)
