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

from db.enums import AgreementType, Relationship, Renewal
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
    # -- its life (Accord 0.7; DESIGN's CSV contract: new columns at the end). The form
    # edits them on a page of its own (desktop.dialogs.agreement_life_form), not from FORM.
    field(
        "effective_from",
        "date",
        #: Heading of a CSV report's column: the day the agreement entered into force.
        column=QT_TRANSLATE_NOOP("csv", "Effective from"),
        #: A field of an agreement: the day it entered into force.
        label=QT_TRANSLATE_NOOP("fields", "Effective from"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Effective from"),
        stored=True,
        #: Caption in the agreement's detail panel: the day it entered into force.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Effective from:"),
        hide_empty=True,
    ),
    field(
        "renewal",
        "label",
        enum=Renewal,
        #: Heading of a CSV report's column: how it is renewed (no, automatic, by agreement).
        column=QT_TRANSLATE_NOOP("csv", "Renewal"),
        #: A field of an agreement: how it is renewed when it expires.
        label=QT_TRANSLATE_NOOP("fields", "Renewal"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Renewal"),
        stored=True,
        #: Caption in the agreement's detail panel: how it is renewed when it expires.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Renewal:"),
    ),
    field(
        "renewal_term",
        "period",
        #: Heading of a CSV report's column: how long each renewal runs ("12 months").
        column=QT_TRANSLATE_NOOP("csv", "Renewal term"),
        #: A field of an agreement: how long each renewal runs.
        label=QT_TRANSLATE_NOOP("fields", "Renewal term"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Renewal term"),
        stored=True,
        #: Caption in the agreement's detail panel: how long each renewal runs.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Renewal term:"),
        hide_empty=True,
    ),
    field(
        "notice_period",
        "period",
        #: Heading of a CSV report's column: how long before the expiry notice is due.
        column=QT_TRANSLATE_NOOP("csv", "Notice period"),
        #: A field of an agreement: how long before its expiry notice must be given.
        label=QT_TRANSLATE_NOOP("fields", "Notice period"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Notice period"),
        stored=True,
        #: Caption in the agreement's detail panel: how long before the expiry notice is due.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Notice period:"),
        hide_empty=True,
    ),
    field(
        "office_signatories",
        "signatories",
        #: Heading of a CSV report's column: who signed for the office ("Name (Title); ...").
        column=QT_TRANSLATE_NOOP("csv", "Signatories (office)"),
        #: A field of an agreement: who signed it for the office.
        label=QT_TRANSLATE_NOOP("fields", "Signatories (office)"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Signatories (office)"),
        stored=True,
        #: Caption in the agreement's detail panel: who signed it for the office.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Signed for the office by:"),
        hide_empty=True,
    ),
    field(
        "partner_signatories",
        "signatories",
        #: Heading of a CSV report's column: who signed for the partner ("Name (Title); ...").
        column=QT_TRANSLATE_NOOP("csv", "Signatories (partner)"),
        #: A field of an agreement: who signed it for the partner.
        label=QT_TRANSLATE_NOOP("fields", "Signatories (partner)"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Signatories (partner)"),
        stored=True,
        #: Caption in the agreement's detail panel: who signed it for the partner.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Signed for the partner by:"),
        hide_empty=True,
    ),
    field(
        "place_signed",
        "text",
        #: Heading of a CSV report's column: where the agreement was signed.
        column=QT_TRANSLATE_NOOP("csv", "Place signed"),
        #: A field of an agreement: where it was signed.
        label=QT_TRANSLATE_NOOP("fields", "Place signed"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Place signed"),
        stored=True,
        #: Caption in the agreement's detail panel: where it was signed.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Place signed:"),
        hide_empty=True,
    ),
    field(
        "responsible_staff",
        "text",
        #: Heading of a CSV report's column: the office's staff member in charge of it.
        column=QT_TRANSLATE_NOOP("csv", "Responsible staff"),
        #: A field of an agreement: the office's staff member in charge of it.
        label=QT_TRANSLATE_NOOP("fields", "Responsible staff"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Responsible staff"),
        stored=True,
        #: Caption in the agreement's detail panel: the staff member in charge of it.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Responsible staff:"),
        hide_empty=True,
    ),
    field(
        "events",
        "events",
        #: Heading of a CSV report's column: the agreement's renewals, amendments, termination.
        column=QT_TRANSLATE_NOOP("csv", "Events"),
        #: A field of an agreement: its renewals, amendments and termination.
        label=QT_TRANSLATE_NOOP("fields", "Events"),
        #: a field of a record, as a history line names it
        history=QT_TRANSLATE_NOOP("history", "Events"),
        #: Caption in the agreement's detail panel: its renewals, amendments and termination.
        panel=QT_TRANSLATE_NOOP("AgreementDetail", "Events:"),
        hide_empty=True,
    ),
)

# The form's rows, in order (the partner, title, type, date signed, areas and notes have
# widgets of their own; an optional date gets a date field).
FORM = ("partner_id", "title", "type", "date_signed", "expires_on", "areas", "notes")
# The detail panel's rows, in order (its title is the panel's heading).
PANEL = (
    "partner_id", "type", "date_signed", "expires_on", "effective_from", "renewal",
    "renewal_term", "notice_period", "events", "areas", "office_signatories",
    "partner_signatories", "place_signed", "responsible_staff", "supersedes_id", "notes",
)  # fmt: skip
# The table view's columns, in order (the number of documents follows them).
VIEW = ("title", "partner_id", "type", "date_signed")

# -- derived, once ----------------------------------------------------------------

# The report's columns, in order (English headings).
AGREEMENT_COLUMNS: tuple[str, ...] = tuple(f.column for f in AGREEMENT_FIELDS if f.column)
# The agreement's own fields (columns of its table), in report order.
STORED: tuple[RecordField, ...] = tuple(f for f in AGREEMENT_FIELDS if f.stored)
# Report column -> the agreement's field it writes (Partner -> partner_id...).
FIELD_OF_COLUMN: dict[str, str] = {f.column: f.name for f in STORED if f.column}
# Report column -> what an import writes besides the stored fields (Events -> events).
WRITTEN_WITH = {f.column: f.name for f in AGREEMENT_FIELDS if f.column and f.kind == "events"}
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
