"""The rows of a CSV report: cells of each record, the chosen columns, what an encoding refuses.

:func:`agreement_row` and :func:`partner_row` give every cell of a record
in the default column order (DESIGN's "CSV contract"); a :class:`ReportTable`
picks the chosen columns, lazily, so that 100,000 agreements are never
held as cells all at once. :func:`unencodable_rows` names every record an
encoding (Shift_JIS) cannot carry. :mod:`db.csv.export` writes them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from db.agreement_fields import AGREEMENT_FIELDS
from db.csv.choices import AGREEMENT_COLUMNS, ENCODINGS, PARTNER_COLUMNS, CsvFormat
from db.csv.export_query import AgreementSelection, ExportAgreement
from db.csv.life_cells import KIND_WRITERS, retold
from db.enums import written_labels
from db.errors import ExportError
from db.i18n.translate import fill, translate
from db.partner_fields import PARTNER_FIELDS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from db.schemas import AgreementRead, PartnerRead

# Records named in the sentence that refuses a Shift_JIS export.
NAMED_IN_MESSAGE = 3

_ISO = CsvFormat()
# The columns holding dates, by heading and by number (AGREEMENT_COLUMNS order).
_DATES = frozenset(f.column for f in AGREEMENT_FIELDS if f.column and f.kind == "date")
_DATE_CELLS = tuple(AGREEMENT_COLUMNS.index(column) for column in _DATES)
# A cell a spreadsheet would run as a formula (see db.csv.export.neutralise).
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
# First characters of a cell that may be a formula start (or apostrophes before one).
_STARTS = frozenset("'=+-@\t\r")


def agreement_row(
    agreement: AgreementRead,
    local_names: dict[int, str],
    csv_format: CsvFormat = _ISO,
    office_names: dict[int, str] | None = None,
) -> list[str]:
    """Return the cells of one agreement, in :data:`AGREEMENT_COLUMNS` order, unneutralised.

    ``local_names`` and ``office_names`` give partners' local and
    office-language names by partner ID (missing: empty cells).

    Dates are written in ``csv_format``'s date style (ISO by default), labels in its
    heading language as its encoding carries them (:meth:`~db.enums.LabelledEnum.written`):
    each cell by its field's writer (:data:`db.agreement_fields.AGREEMENT_FIELDS`).
    """
    partner = agreement.partner_id
    names = {  # the partner's names, where the agreement holds its ID
        "partner_id": agreement.partner_name,
        "partner_local_name": local_names.get(partner, ""),
        "partner_office_name": (office_names or {}).get(partner, ""),
    }
    return [
        write(names[name] if name in names else getattr(agreement, name), csv_format)
        for name, write in _AGREEMENT_WRITERS
    ]


def partner_row(partner: PartnerRead, csv_format: CsvFormat = _ISO) -> list[str]:
    """Return the cells of one partner, in :data:`PARTNER_COLUMNS` order, unneutralised."""
    return [write(getattr(partner, name), csv_format) for name, write in _PARTNER_WRITERS]


# (attribute, writer) of each report column, in column order.
_AGREEMENT_WRITERS = [(f.name, f.write or KIND_WRITERS[f.kind])
                      for f in AGREEMENT_FIELDS if f.column]  # fmt: skip
_PARTNER_WRITERS = [(f.name, f.write) for f in PARTNER_FIELDS if f.column and f.write]


class Unencodable(NamedTuple):
    """A record the chosen encoding cannot carry: its ID, name and the characters at fault."""

    id: int
    name: str
    characters: str


@dataclass(frozen=True)
class ReportTable:
    """The records of a report and how to turn each into a row; rows are made lazily.

    ``record`` is ``"agreement"`` or ``"partner"`` (for messages); ``header``
    the columns written; ``records`` the records in report order. Made by
    :func:`agreement_table` or :func:`partner_table`.
    """

    record: str
    header: tuple[str, ...]
    records: Sequence[Any]
    csv_format: CsvFormat
    _cells: Callable[[Any], list[str]]
    _picks: tuple[int, ...]

    def name_of(self, record: Any) -> str:
        """Return how a message names ``record``: a partner's name (an agreement's partner)."""
        return record.partner_name if self.record == "agreement" else record.name

    def __len__(self) -> int:
        return len(self.records)

    def rows(self, stop: int | None = None) -> Iterator[tuple[Any, list[str]]]:
        """Yield (record, cells of the chosen columns, unneutralised) for the first ``stop``."""
        records = self.records if stop is None else islice(self.records, stop)
        for record in records:
            cells = self._cells(record)
            yield record, [cells[i] for i in self._picks]

    def written_blocks(self, size: int) -> Iterator[list[Sequence[str]]] | None:
        """Yield the rows as written (chosen columns, neutralised, the format's dates) in
        lists of up to ``size``, fast; ``None`` when this table has no fast path (records
        that are not :class:`ExportAgreement` values).

        An :class:`AgreementSelection` gives them from SQL as they are
        written (:func:`db.csv.export_query.select_sql`): no Python per row.
        """
        records = self.records
        if self.record != "agreement":
            return None
        if isinstance(records, AgreementSelection):
            return records.blocks(size, columns=self._picks, neutralised=True,
                                  slash_dates=self.csv_format.date_style == "slash",
                                  encoding=self.csv_format.encoding,
                                  language=self.csv_format.header_language)  # fmt: skip
        if records and isinstance(records[0], ExportAgreement):
            return _in_blocks(_written(self), size)
        return None


def _in_blocks(rows: Iterator[Sequence[str]], size: int) -> Iterator[list[Sequence[str]]]:
    while block := list(islice(rows, size)):
        yield block


def _written(table: ReportTable) -> Iterator[Sequence[str]]:
    header = table.header
    slash = table.csv_format.date_style == "slash"
    dates = [n for n, name in enumerate(header) if name in _DATES] if slash else []
    rows: Iterable[Sequence[str]] = (r.cells for r in table.records)
    relabel = _relabel(table.csv_format.encoding, table.csv_format.header_language)
    if relabel:  # cp932 or Japanese: the labels written otherwise, per row (else nothing)
        rows = (_relabelled(cells, relabel) for cells in rows)
    if (told := table.csv_format.header_language) != "en":  # periods and events, too
        rows = (retold(list(cells), told) for cells in rows)
    if table._picks != tuple(range(len(AGREEMENT_COLUMNS))):
        pick = itemgetter(*table._picks)
        rows = ((pick(cells),) for cells in rows) if len(header) == 1 else map(pick, rows)
    starts, formula = _STARTS, _FORMULA.match
    for cells in rows:
        # A first character that may start a formula is rare: only then is the row copied.
        if [cell for cell in cells if cell[:1] in starts] or dates:
            cells = [("'" + cell if formula(cell) else cell) for cell in cells]
            for n in dates:
                cells[n] = cells[n].replace("-", "/")
        yield cells


# The cells of an agreement row that hold labels (Relationship, Type), and their enumerations.
_LABEL_CELLS = tuple(
    AGREEMENT_COLUMNS.index(f.column) for f in AGREEMENT_FIELDS if f.column and f.enum
)
_LABEL_ENUMS = tuple(dict.fromkeys(f.enum for f in AGREEMENT_FIELDS if f.column and f.enum))


@functools.cache
def _relabel(encoding: str, language: str = "en") -> dict[str, str]:
    """Return the English labels that a file in ``encoding`` with headings in ``language``
    writes otherwise (cp932: ``{"Joint communiqué": "Joint communique"}``, Japanese:
    ``{"Joint communiqué": "共同コミュニケ"}``); empty for English UTF-8."""
    found: dict[str, str] = {}
    for enum in _LABEL_ENUMS:
        for member, written in written_labels(enum, encoding, language).items():
            if written != member.label:
                found[member.label] = written
    return found


def _relabelled(cells: Sequence[str], relabel: dict[str, str]) -> list[str]:
    """Return an agreement row's cells with its labels as ``relabel`` writes them."""
    cells = list(cells)
    for n in _LABEL_CELLS:
        cells[n] = relabel.get(cells[n], cells[n])
    return cells


def _export_cells(
    record: Any,
    local_names: dict[int, str],
    csv_format: CsvFormat,
    office_names: dict[int, str] | None = None,
) -> list[str]:
    if isinstance(record, ExportAgreement):
        cells = list(record.cells)
        relabel = _relabel(csv_format.encoding, csv_format.header_language)
        if relabel:
            cells = _relabelled(cells, relabel)
        if csv_format.header_language != "en":
            cells = retold(cells, csv_format.header_language)
        if csv_format.date_style == "slash":
            for n in _DATE_CELLS:
                cells[n] = cells[n].replace("-", "/")
        return cells
    return agreement_row(record, local_names, csv_format, office_names)


def agreement_table(
    agreements: Sequence[AgreementRead] | Sequence[ExportAgreement],
    local_names: dict[int, str],
    csv_format: CsvFormat = _ISO,
    office_names: dict[int, str] | None = None,
) -> ReportTable:
    """Return the report :class:`ReportTable` of ``agreements`` (in the order given).

    ``agreements`` are :class:`ExportAgreement` values (an
    :class:`~db.csv.export_query.AgreementSelection`: the fast path) or
    :class:`AgreementRead` values, whose partners' local and office-language
    names ``local_names`` and ``office_names`` give by partner ID. Raises :class:`ExportError` for a
    chosen column agreements do not have.
    """
    header = csv_format.header(AGREEMENT_COLUMNS)
    return ReportTable(
        "agreement",
        header,
        agreements,
        csv_format,
        lambda agreement: _export_cells(agreement, local_names, csv_format, office_names),
        tuple(AGREEMENT_COLUMNS.index(name) for name in header),
    )


def partner_table(partners: Sequence[PartnerRead], csv_format: CsvFormat = _ISO) -> ReportTable:
    """Return the report :class:`ReportTable` of ``partners``; raises as :func:`agreement_table`."""
    header = csv_format.header(PARTNER_COLUMNS)
    return ReportTable(
        "partner",
        header,
        partners,
        csv_format,
        lambda partner: partner_row(partner, csv_format),
        tuple(PARTNER_COLUMNS.index(name) for name in header),
    )


def unencodable_rows(table: ReportTable, encoding: str | None = None) -> list[Unencodable]:
    """Return every record of ``table`` holding characters ``encoding`` cannot carry.

    ``encoding`` defaults to the table's format's. Each entry gives the
    record's ID, name and its distinct characters at fault, in order of
    appearance. The UTF-8 encodings carry everything: an empty list.
    """
    encoding = encoding or table.csv_format.encoding
    if encoding not in ENCODINGS:
        raise ExportError(
            fill(
                translate("import", "“{encoding}” is not one of the encodings {join}."),
                encoding=encoding,
                join=", ".join(ENCODINGS),
            )
        )
    if encoding.startswith("utf-8"):
        return []
    found: list[Unencodable] = []
    for record, cells in table.rows():
        text = "".join(cells)
        try:
            text.encode(encoding)
        except UnicodeEncodeError:
            bad = "".join(ch for ch in dict.fromkeys(text) if not _carries(ch, encoding))
            found.append(Unencodable(record.id, table.name_of(record), bad))
    return found


def _carries(character: str, encoding: str) -> bool:
    try:
        character.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def listed(characters: str) -> str:
    """Return ``characters`` as a message lists them: each quoted on its own (“أ”, “ب”), so
    that letters never run together into a word that is not there; a combining mark on a
    dotted circle (“◌́”), so that it never stacks on the quote or a neighbour; a character
    that shows nothing (a space, a format or control character) by its code point."""
    #: one character an encoding lacks, quoted: “é”
    quoted = translate("export", "“{character}”")
    items = []
    for char in characters:
        category = unicodedata.category(char)
        if category[0] in "ZC":
            items.append(f"U+{ord(char):04X}")
        elif category[0] == "M":
            items.append(fill(quoted, character="\u25cc" + char))
        else:
            items.append(fill(quoted, character=char))
    return translate("export", ", ", "between the items of a list").join(items)


def refusal_lines(found: Sequence[Unencodable]) -> list[str]:
    """Return one line per record an encoding cannot carry, EVERY one (the refusal
    names every record): ``ID 19 (Abu Dhabi): “أبوظبي”``, to follow :func:`unencodable_refusal`."""
    return [
        fill(
            translate("export", "ID {id} ({name}): {characters}"),
            id=one.id,
            name=one.name,
            characters=listed(one.characters),
        )
        for one in found
    ]


def unencodable_refusal(record: str, found: Sequence[Unencodable], encoding: str) -> str:
    """Return the one sentence that refuses an export of ``found`` records in ``encoding``
    (naming the first few; :func:`refusal_lines` lists them all)."""
    name = "Shift_JIS (cp932)" if encoding == "cp932" else encoding
    partner = record == "partner"
    if len(found) == 1:
        (one,) = found
        one_text = (
            translate(
                "export",
                "The partner with ID {id} ({name}) holds {characters}, which {encoding} "
                "cannot carry; export it as UTF-8 with BOM instead.",
            )
            if partner
            else translate(
                "export",
                "The agreement with ID {id} ({name}) holds {characters}, which {encoding} "
                "cannot carry; export it as UTF-8 with BOM instead.",
            )
        )
        return fill(
            one_text, id=one.id, name=one.name, characters=listed(one.characters), encoding=name
        )
    named = [f"ID {f.id} ({f.name})" for f in found[:NAMED_IN_MESSAGE]]
    if len(found) > NAMED_IN_MESSAGE:
        many = (
            translate(
                "export",
                "{count} partners hold characters that {encoding} cannot carry, among them "
                "{first} and {last}; export them as UTF-8 with BOM instead.",
            )
            if partner
            else translate(
                "export",
                "{count} agreements hold characters that {encoding} cannot carry, among them "
                "{first} and {last}; export them as UTF-8 with BOM instead.",
            )
        )
    else:
        many = (
            translate(
                "export",
                "{count} partners hold characters that {encoding} cannot carry, {first} and "
                "{last}; export them as UTF-8 with BOM instead.",
            )
            if partner
            else translate(
                "export",
                "{count} agreements hold characters that {encoding} cannot carry, {first} and "
                "{last}; export them as UTF-8 with BOM instead.",
            )
        )
    first = translate("export", ", ", "between the items of a list").join(named[:-1])
    return fill(many, count=len(found), encoding=name, first=first, last=named[-1])
