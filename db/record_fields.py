"""What a record's field is beyond its type: one :class:`RecordField` per field and column.

The type and the database column of each field are declared once, in the
SQLModel bases of :mod:`db.models` (``PartnerBase``, ``AgreementBase``).
Everything else a field needs is one :class:`RecordField` in its record's
table (:data:`db.agreement_fields.AGREEMENT_FIELDS`,
:data:`db.partner_fields.PARTNER_FIELDS`): its CSV column and how a cell is
read and written, its labels, whether it is required, searched, shown in
the form, the detail panel and the table. The CSV report, the import, the
history, the form, the detail panel and the table view derive what they
need from those tables once, when they are imported.

The texts of a field are marked for the catalogue where the table declares
them, each in the context that translates it: ``csv`` (a report's
heading), ``fields`` (the field's name in the window), ``history`` (a
history line), and the contexts of the window's classes that show a form
caption (``AgreementDialog``), a detail-panel caption (``AgreementDetail``)
or a table heading (``AgreementTableModel``).

This module stays light (the window imports the tables at start-up, before
any CSV module) and below the CSV room: a field names how its cell is read
(:class:`ReadAs`); :mod:`db.csv.readers` does the reading.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from db.periods import period_from_iso

if TYPE_CHECKING:
    import datetime as dt

    from db.enums import LabelledEnum


class CellFormat(Protocol):
    """What a writer needs of a report's format (:class:`db.csv.choices.CsvFormat`, which
    imports the field tables: this module names no more of it)."""

    @property
    def encoding(self) -> str: ...

    @property
    def header_language(self) -> str: ...

    def date(self, value: dt.date | None) -> str: ...


# What a field holds, which says how its cell is written in SQL, neutralised, shown:
# ``partner`` an agreement's partner (its name in a cell), ``text`` one line, ``notes``
# free text, ``label`` an enumeration member, ``date``, ``list`` a list of text (areas),
# ``id`` a record's ID, ``documents`` the names of an agreement's documents, ``count``,
# ``period`` a term stored as ISO 8601 (``"P3M"``, :mod:`db.periods`), ``signatories`` a
# list of ``{"name", "title"}``, ``events`` an agreement's events (not a column of its
# table: :mod:`db.lifecycle.events` gives their text, written by the CSV room).
Kind = Literal[
    "partner", "text", "notes", "label", "date", "list", "id", "documents", "count",
    "period", "signatories", "events",
]  # fmt: skip
# The kinds whose cells a person types (so a cell may start like a formula).
TYPED_KINDS = frozenset({"partner", "text", "notes", "list", "documents", "signatories",
                         "events"})  # fmt: skip

# Writes a value as a CSV cell, unneutralised, in a report's format.
Writer = Callable[[Any, CellFormat], str]

LIST_SEPARATOR = "; "
# What a signatory's cell puts around a title: "Name (Title)".
TITLE_OPEN, TITLE_CLOSE = " (", ")"


@dataclass(frozen=True)
class RecordField:
    """One field of a record, or one column of its CSV report.

    - ``name``: the attribute. A stored field (``stored``) is a column of the
      record's table and of its ``*Base`` model; a report column that is not
      (``id``, an agreement's partner's ``partner_country``) names the attribute
      of the value a report reads (:class:`~db.schemas.AgreementRead`).
    - ``kind``: see :data:`Kind`; ``enum``: the enumeration of a ``label``.
    - ``column``: the CSV heading, English, marked in context ``csv``
      (``None``: not in a report).
    - ``label``: the field's name in the window (context ``fields``);
      ``history``: how a history line names it (context ``history``).
    - ``read``: how a CSV cell is read into the value (:class:`ReadAs`, done by
      :func:`db.csv.readers.reader`; ``None``: never imported);
      ``write``: value → CSV cell; ``sql``: the value as stored, in the export's
      query (aliases ``a`` agreement, ``p`` partner, ``s`` superseded agreement).
    - ``required``: an added record needs it; ``searchable``: part of the
      record's ``search_text`` (:mod:`db.search.index`);
    - ``partner``: for an agreement's report column showing its partner's field,
      that field (read and compared on import, never written).
    - ``form`` (context ``AgreementDialog``), ``form_tip``: the form's caption and
      tooltip; ``panel`` (context ``AgreementDetail``): the detail panel's caption,
      ``hide_empty`` hides that row while the field holds nothing; ``view``
      (context ``AgreementTableModel``): the heading of its column in the table.
      Where each stands is the order of the record's ``FORM``, ``PANEL`` and
      ``VIEW`` tuples.
    """

    name: str
    kind: Kind
    column: str | None = None
    label: str | None = None
    history: str | None = None
    read: ReadAs | None = None
    write: Writer | None = None
    sql: str = ""
    stored: bool = False
    required: bool = False
    searchable: bool = False
    enum: type[LabelledEnum] | None = None
    partner: str | None = None
    form: str | None = None
    form_tip: str | None = None
    panel: str | None = None
    hide_empty: bool = False
    view: str | None = None

    @property
    def typed(self) -> bool:
        """Whether a person types its cells (they may then start like a formula)."""
        return self.kind in TYPED_KINDS


# -- how a cell is read: named here, done by db.csv.readers (the CSV room) ---------------


@dataclass(frozen=True)
class ReadAs:
    """How an imported cell of a field is read, by name: ``how`` is the field's kind
    (``text``, ``notes``, ``list``, ``date``, ``id``, ``label``, ``period``, ``signatories``,
    ``events``) and ``of`` what an ``id``
    names (``"agreement"``, ``"partner"``) or a ``label``'s enumeration.

    The reading itself (cleaning, refusing a control character, dates in any form Excel
    writes, labels Excel damaged) is CSV work: :func:`db.csv.readers.reader` turns this
    into the function, so the field tables stay below the CSV room.
    """

    how: str
    of: Any = None


def id_reader(what: str) -> ReadAs:
    """How an ID of a ``what`` (``agreement`` or ``partner``) is read."""
    return ReadAs("id", what)


# -- writers: (value, report format) -> cell -----------------------------------------


def write_text(value: Any, _format: CellFormat) -> str:
    """Text as it is."""
    return str(value)


def write_date(value: dt.date | None, csv_format: CellFormat) -> str:
    """A date in the report's date style; none: empty."""
    return csv_format.date(value)


def write_label(value: Any, csv_format: CellFormat) -> str:
    """A label as the window shows it, in the report's heading language and encoding."""
    return str(value.written(csv_format.encoding, csv_format.header_language))


def write_list(value: Sequence[str], _format: CellFormat) -> str:
    """A list joined with ``"; "``."""
    return LIST_SEPARATOR.join(value)


def write_id(value: int | None, _format: CellFormat) -> str:
    """An ID; none: empty."""
    return str(value or "")


def write_documents(value: Sequence[Any], _format: CellFormat) -> str:
    """The file names of an agreement's documents joined with ``"; "``."""
    return LIST_SEPARATOR.join(document.original_name for document in value)


def write_period(value: str | None, csv_format: CellFormat) -> str:
    """A stored period (``"P3M"``) as a person reads it in the report's heading language
    (:meth:`db.periods.Period.written`: ``"3 months"``, ``"3か月"``); none: empty."""
    period = period_from_iso(value)
    return "" if period is None else period.written(csv_format.header_language)


def signatory_text(signatory: Mapping[str, str]) -> str:
    """One signatory as a cell and a panel write it: ``"Name (Title)"``, ``"Name"``
    without a title, ``"(Title)"`` without a name."""
    name, title = signatory.get("name") or "", signatory.get("title") or ""
    if not title:
        return name
    return f"{name}{TITLE_OPEN if name else TITLE_OPEN.strip()}{title}{TITLE_CLOSE}"


def write_signatories(value: Sequence[Mapping[str, str]], _format: CellFormat) -> str:
    """Signatories joined with ``"; "``, each as :func:`signatory_text` writes it;
    :func:`db.csv.readers.read_signatories` reads them back (names and titles holding
    none of ``;``, ``(`` and ``)``: :func:`db.rules.signatories_refusal`)."""
    return LIST_SEPARATOR.join(map(signatory_text, value or ()))


# What each kind reads and writes unless its field says otherwise.
_READERS: dict[str, ReadAs] = {
    "partner": ReadAs("text"),
    "text": ReadAs("text"),
    "notes": ReadAs("notes"),
    "list": ReadAs("list"),
    "date": ReadAs("date"),
    "period": ReadAs("period"),
    "signatories": ReadAs("signatories"),
    "events": ReadAs("events"),
}
_WRITERS: dict[str, Writer] = {
    "partner": write_text,
    "text": write_text,
    "notes": write_text,
    "list": write_list,
    "date": write_date,
    "label": write_label,
    "id": write_id,
    "count": write_text,
    "documents": write_documents,
    "period": write_period,
    "signatories": write_signatories,
    # "events": written by the CSV room (db.csv.rows), which may read db.lifecycle.
}


def field(name: str, kind: Kind, **details: Any) -> RecordField:
    """Return the :class:`RecordField` ``name`` with the reader and writer of its ``kind``
    (a ``label``'s of its ``enum``) unless ``details`` give its own; ``read=None`` makes a
    column that is never imported. An ``events`` field has no writer here (its text needs
    :mod:`db.lifecycle.events`, above this module): the CSV room writes it."""
    if "read" not in details:
        enum = details.get("enum")
        details["read"] = ReadAs("label", enum) if kind == "label" and enum else _READERS.get(kind)
    details.setdefault("write", _WRITERS.get(kind))
    return RecordField(name, kind, **details)


def in_order(fields: Iterable[RecordField], names: Sequence[str]) -> tuple[RecordField, ...]:
    """Return the fields named in ``names``, in that order; raises ``KeyError`` naming one
    that is not a field (a typing mistake in a table fails at import, not later)."""
    by_name = {one.name: one for one in fields}
    return tuple(by_name[name] for name in names)


def base_defaults(model: Any, fields: Iterable[RecordField]) -> dict[str, Any]:
    """Return the default value of each stored, optional field, as ``model`` (the
    record's ``*Base``) declares it: what an added record holds when a file lacks it."""
    found: dict[str, Any] = {}
    for one in fields:
        info = model.model_fields.get(one.name)
        if one.stored and not one.required and info is not None and not info.is_required():
            found[one.name] = info.get_default(call_default_factory=True)
    return found
