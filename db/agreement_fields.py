"""The agreement's fields and the columns of its CSV report: one table, in report order.

Each entry is a :class:`~db.record_fields.RecordField`; the order of
:data:`AGREEMENT_FIELDS` is the report's column order (DESIGN's "CSV
contract": a new column goes at the end). Besides the agreement's own
fields (``stored``) the report carries its ID, its partner's details and
the names of its documents, which an import reads (the partner's, to
compare) or leaves (ID matches, documents are attached, never imported).

:data:`FORM`, :data:`PANEL` and :data:`VIEW` say where the form, the detail
panel and the table view show the fields, in order. Everything else is
derived below, once, as plain tuples and dicts for the fast paths.

Adding an optional date field: declare it in
:class:`~db.models.AgreementBase` (with a migration), add its entry here
(``field("ratified_on", "date", stored=True, ...)`` with its texts) and its
name to :data:`FORM` and :data:`PANEL`; the form, the panel, the history,
CSV export and import follow.
"""

from __future__ import annotations

from db.enums import AgreementType, Relationship
from db.i18n.translate import QT_TRANSLATE_NOOP
from db.models import AgreementBase
from db.record_fields import RecordField, base_defaults, field, id_reader, in_order

AGREEMENT_FIELDS: tuple[RecordField, ...] = (
    field(
        "id",
        "id",
        #: Heading of a CSV report's column: the record's ID number in the library.
        column=QT_TRANSLATE_NOOP("csv", "ID"),
        read=id_reader("agreement"),
        sql="CAST(a.id AS TEXT)",
    ),
    field(
        "partner_id",
        "partner",
        #: Heading of a CSV report's column: the partner's English name.
        column=QT_TRANSLATE_NOOP("csv", "Partner"),
        #: A field of an agreement: the partner it was signed with.
        label=QT_TRANSLATE_NOOP("fields", "Partner"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Partner"),
        sql="p.name",
        stored=True,
        required=True,
        form=QT_TRANSLATE_NOOP("AgreementDialog", "&Partner:"),
        #: Caption in the agreement's detail panel: the partner it was signed with.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Partner:"),
        #: Column heading of the agreements table: the partner it was signed with.
        view=QT_TRANSLATE_NOOP("AgreementTableModel", "Partner"),
    ),
    field(
        "partner_country",
        "text",
        #: Heading of a CSV report's column: the partner's country.
        column=QT_TRANSLATE_NOOP("csv", "Country"),
        sql="p.country",
        partner="country",
    ),
    field(
        "relationship",
        "label",
        enum=Relationship,
        #: Heading of a CSV report's column: sister/friendship or cooperation partner.
        column=QT_TRANSLATE_NOOP("csv", "Relationship"),
        sql="p.relationship",
        partner="relationship",
    ),
    field(
        "title",
        "text",
        #: Heading of a CSV report's column: the agreement's title.
        column=QT_TRANSLATE_NOOP("csv", "Agreement"),
        #: A field of an agreement: its title.
        label=QT_TRANSLATE_NOOP("fields", "Title"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Title"),
        stored=True,
        required=True,
        searchable=True,
        #: Form label: the agreement's title (its name, not a person's title).
        form=QT_TRANSLATE_NOOP("AgreementDialog", "&Title:"),
        #: Column heading of the agreements table: the agreement's title.
        view=QT_TRANSLATE_NOOP("AgreementTableModel", "Title"),
    ),
    field(
        "type",
        "label",
        enum=AgreementType,
        #: Heading of a CSV report's column: the agreement's type (memorandum, joint statement...).
        column=QT_TRANSLATE_NOOP("csv", "Type"),
        #: A field of an agreement: memorandum, joint statement...
        label=QT_TRANSLATE_NOOP("fields", "Type"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Type"),
        stored=True,
        searchable=True,
        #: Form label: the type of agreement (memorandum of understanding, joint statement...).
        form=QT_TRANSLATE_NOOP("AgreementDialog", "T&ype:"),
        #: Caption in the agreement's detail panel: the kind of agreement (memorandum, joint
        #: statement...).
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Type:"),
        #: Column heading of the agreements table: the kind of agreement.
        view=QT_TRANSLATE_NOOP("AgreementTableModel", "Type"),
    ),
    field(
        "date_signed",
        "date",
        #: Heading of a CSV report's column: the date the agreement was signed.
        column=QT_TRANSLATE_NOOP("csv", "Date signed"),
        #: A field of an agreement: the date it was signed.
        label=QT_TRANSLATE_NOOP("fields", "Date signed"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Date signed"),
        stored=True,
        required=True,
        searchable=True,
        form=QT_TRANSLATE_NOOP("AgreementDialog", "Date &signed:"),
        #: Caption in the agreement's detail panel: the date the agreement was signed.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Date signed:"),
        #: Column heading of the agreements table: the date of signature.
        view=QT_TRANSLATE_NOOP("AgreementTableModel", "Date signed"),
    ),
    field(
        "areas",
        "list",
        #: Heading of a CSV report's column: the agreement's areas of cooperation.
        column=QT_TRANSLATE_NOOP("csv", "Areas"),
        #: A field of an agreement: its areas of cooperation.
        label=QT_TRANSLATE_NOOP("fields", "Areas of cooperation"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Areas"),
        sql="a.areas",
        stored=True,
        searchable=True,
        form=QT_TRANSLATE_NOOP("AgreementDialog", "&Areas of cooperation:"),
        #: Caption in the agreement's detail panel: the areas of cooperation (culture, tourism...).
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Areas:"),
    ),
    field(
        "documents",
        "documents",
        #: Heading of a CSV report's column: the file names of the agreement's documents.
        column=QT_TRANSLATE_NOOP("csv", "Documents"),
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
        searchable=True,
        form=QT_TRANSLATE_NOOP("AgreementDialog", "N&otes:"),
        #: Caption in the agreement's detail panel: free notes on the agreement.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Notes:"),
        hide_empty=True,
    ),
    field(
        "partner_local_name",
        "text",
        #: Heading of a CSV report's column: the partner's name in its own script.
        column=QT_TRANSLATE_NOOP("csv", "Local name"),
        sql="CASE WHEN p.deleted_at IS NULL THEN p.local_name ELSE '' END",
        partner="local_name",
    ),
    field(
        "expires_on",
        "date",
        #: Heading of a CSV report's column: the last day the agreement is in force (before
        #: Accord 0.7 "Valid until", which an import still reads).
        column=QT_TRANSLATE_NOOP("csv", "Expires on"),
        #: A field of an agreement: the last day it is in force.
        label=QT_TRANSLATE_NOOP("fields", "Expires on"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Expires on"),
        stored=True,
        searchable=True,
        form=QT_TRANSLATE_NOOP("AgreementDialog", "E&xpires on:"),
        form_tip=QT_TRANSLATE_NOOP(
            "AgreementDialog", "Leave empty if the agreement has no end date"
        ),
        #: Caption in the agreement's detail panel: the date the agreement expires.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Expires on:"),
        hide_empty=True,
    ),
    field(
        "supersedes_id",
        "id",
        #: Heading of a CSV report's column: the ID of the earlier agreement this one replaces.
        column=QT_TRANSLATE_NOOP("csv", "Supersedes"),
        #: A field of an agreement: the earlier agreement it replaces.
        label=QT_TRANSLATE_NOOP("fields", "Supersedes"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Supersedes"),
        read=id_reader("agreement"),
        # A link to an agreement in the trash reads as none (as db.agreements lists it).
        sql="CASE WHEN s.deleted_at IS NULL THEN coalesce(CAST(a.supersedes_id AS TEXT), '') "
        "ELSE '' END",
        stored=True,
        #: Caption in the agreement's detail panel: the older agreement this one replaces.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Supersedes:"),
        hide_empty=True,
    ),
    field(
        "partner_office_name",
        "text",
        #: Heading of a CSV report's column: the partner's name in the office's own language.
        column=QT_TRANSLATE_NOOP("csv", "Office-language name"),
        sql="CASE WHEN p.deleted_at IS NULL THEN p.office_name ELSE '' END",
        partner="office_name",
    ),
)

# The form's rows, in order (the partner, title, type, date signed, areas and notes have
# widgets of their own; an optional date gets a date field).
FORM = ("partner_id", "title", "type", "date_signed", "expires_on", "areas", "notes")
# The detail panel's rows, in order (its title is the panel's heading).
PANEL = ("partner_id", "type", "date_signed", "expires_on", "areas", "supersedes_id", "notes")
# The table view's columns, in order (the number of documents follows them).
VIEW = ("title", "partner_id", "type", "date_signed")

# -- derived, once ----------------------------------------------------------------

# The report's columns, in order (English headings).
AGREEMENT_COLUMNS: tuple[str, ...] = tuple(f.column for f in AGREEMENT_FIELDS if f.column)
# The agreement's own fields (columns of its table), in report order.
STORED: tuple[RecordField, ...] = tuple(f for f in AGREEMENT_FIELDS if f.stored)
# Report column -> the agreement's field it writes (Partner -> partner_id...).
FIELD_OF_COLUMN: dict[str, str] = {f.column: f.name for f in STORED if f.column}
# Report column -> the partner's field it shows (Country -> country...).
PARTNER_DETAILS: dict[str, str] = {
    f.column: f.partner for f in AGREEMENT_FIELDS if f.column and f.partner
}
# What an added agreement holds when a file lacks the column (AgreementBase's defaults).
DEFAULTS = base_defaults(AgreementBase, STORED)
# The fields whose values are dates, and those whose values are labels (for the history).
DATES = frozenset(f.name for f in STORED if f.kind == "date")
LABELS = {f.name: f.enum for f in STORED if f.enum is not None}
FORM_FIELDS = in_order(AGREEMENT_FIELDS, FORM)
PANEL_FIELDS = in_order(AGREEMENT_FIELDS, PANEL)
VIEW_FIELDS = in_order(AGREEMENT_FIELDS, VIEW)
