"""The partner's fields and the columns of its CSV report: one table, in report order.

As :mod:`db.agreement_fields`: each entry is a
:class:`~db.record_fields.RecordField`, the order of :data:`PARTNER_FIELDS`
is the report's column order (``accord export --partners``), and what the
report, the import and the history need is derived below, once.
"""

from __future__ import annotations

from db.enums import PartnerKind, Relationship
from db.i18n.translate import QT_TRANSLATE_NOOP
from db.models import PartnerBase
from db.record_fields import RecordField, base_defaults, field, id_reader

PARTNER_FIELDS: tuple[RecordField, ...] = (
    field(
        "id",
        "id",
        #: Heading of a CSV report's column: the record's ID number in the library.
        column=QT_TRANSLATE_NOOP("csv", "ID"),
        read=id_reader("partner"),
    ),
    field(
        "name",
        "text",
        #: Heading of a CSV report's column: the partner's English name.
        column=QT_TRANSLATE_NOOP("csv", "Partner"),
        #: A field of a partner or a document: its name.
        label=QT_TRANSLATE_NOOP("fields", "Name"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Name"),
        stored=True,
        required=True,
        searchable=True,
    ),
    field(
        "local_name",
        "text",
        #: Heading of a CSV report's column: the partner's name in its own script.
        column=QT_TRANSLATE_NOOP("csv", "Local name"),
        #: A field of a partner: its name in its own language and script.
        label=QT_TRANSLATE_NOOP("fields", "Local name"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Local name"),
        stored=True,
        searchable=True,
    ),
    field(
        "country",
        "text",
        #: Heading of a CSV report's column: the partner's country.
        column=QT_TRANSLATE_NOOP("csv", "Country"),
        #: A field of a partner: its country.
        label=QT_TRANSLATE_NOOP("fields", "Country"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Country"),
        stored=True,
        required=True,
        searchable=True,
    ),
    field(
        "kind",
        "label",
        enum=PartnerKind,
        #: Heading of a CSV report's column: the kind of partner (city, state, province...).
        column=QT_TRANSLATE_NOOP("csv", "Kind"),
        #: A field of a partner: city, state, province...
        label=QT_TRANSLATE_NOOP("fields", "Kind"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Kind"),
        stored=True,
    ),
    field(
        "relationship",
        "label",
        enum=Relationship,
        #: Heading of a CSV report's column: sister/friendship or cooperation partner.
        column=QT_TRANSLATE_NOOP("csv", "Relationship"),
        #: A field of a partner: sister/friendship or cooperation partner.
        label=QT_TRANSLATE_NOOP("fields", "Relationship"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Relationship"),
        stored=True,
        searchable=True,
    ),
    field(
        "date_of_affiliation",
        "date",
        #: Heading of a CSV report's column: the date the partnership began.
        column=QT_TRANSLATE_NOOP("csv", "Date of affiliation"),
        #: A field of a partner: the date the partnership began.
        label=QT_TRANSLATE_NOOP("fields", "Date of affiliation"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Date of affiliation"),
        stored=True,
    ),
    field(
        "agreement_count",
        "count",
        #: Heading of a CSV report's column: the number of the partner's agreements.
        column=QT_TRANSLATE_NOOP("csv", "Agreements"),
        read=None,
    ),
    field(
        "notes",
        "notes",
        #: Heading of a CSV report's column: free notes.
        column=QT_TRANSLATE_NOOP("csv", "Notes"),
        #: A field of a partner or an agreement: free notes.
        label=QT_TRANSLATE_NOOP("fields", "Notes"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Notes"),
        stored=True,
    ),
    field(
        "office_name",
        "text",
        #: Heading of a CSV report's column: the partner's name in the office's own language.
        column=QT_TRANSLATE_NOOP("csv", "Office-language name"),
        #: A field of a partner: its name in the office's own language (for a Japanese
        #: office ソウル特別市, パリ市), beside its English and local names.
        label=QT_TRANSLATE_NOOP("fields", "Office-language name"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Office-language name"),
        stored=True,
        searchable=True,
    ),
)

# -- derived, once ----------------------------------------------------------------

# The report's columns, in order (English headings).
PARTNER_COLUMNS: tuple[str, ...] = tuple(f.column for f in PARTNER_FIELDS if f.column)
# The partner's own fields (columns of its table), in report order.
STORED: tuple[RecordField, ...] = tuple(f for f in PARTNER_FIELDS if f.stored)
# Report column -> the partner's field it writes.
FIELD_OF_COLUMN: dict[str, str] = {f.column: f.name for f in STORED if f.column}
# What an added partner holds when a file lacks the column (PartnerBase's defaults).
DEFAULTS = base_defaults(PartnerBase, STORED)
# The fields whose values are dates, and those whose values are labels (for the history).
DATES = frozenset(f.name for f in STORED if f.kind == "date")
LABELS = {f.name: f.enum for f in STORED if f.enum is not None}
