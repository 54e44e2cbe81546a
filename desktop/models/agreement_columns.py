"""The agreement table's columns: what each shows and how it sorts, from the field table.

The columns are the fields :data:`db.agreement_fields.VIEW` puts in the table, then the
number of documents and the status (derived for today); :func:`display` gives a cell's
text and :func:`sort_key` a value that sorts as the column means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.agreement_fields import VIEW_FIELDS
from db.partner_names import display_name
from db.text import fold
from desktop.support.date_settings import table_date
from desktop.support.labels import enum_label

if TYPE_CHECKING:
    from db.agreement_query import AgreementRow

# The columns: the fields the field table puts in the view (db.agreement_fields.VIEW), then
# the number of documents; the attribute of AgreementRow each shows, and its kind, which
# says how it is shown (db.record_fields.Kind).
COLUMNS = (*(f.name for f in VIEW_FIELDS), "document_count", "status")
KINDS = (*(f.kind for f in VIEW_FIELDS), "count", "status")
# The database's sort of a column, where it is not named as the field (AgreementQuery.sort).
SORTS = {"partner_id": "partner", "document_count": "documents"}


def display(agreement: AgreementRow, column: int) -> str:
    """The text of ``agreement``'s cell in ``column``."""
    kind = KINDS[column]
    if kind == "status":
        return enum_label(agreement.status) if agreement.status is not None else ""
    if kind == "partner":
        return display_name(agreement.partner_name, agreement.partner_office_name)
    value = getattr(agreement, COLUMNS[column])
    if kind == "label":
        return enum_label(value)
    if kind == "date":
        return table_date(value)
    return str(value)


def sort_key(agreement: AgreementRow, column: int) -> str | int:
    """A value of ``agreement``'s cell in ``column`` that sorts as the column means."""
    kind = KINDS[column]
    if kind == "status":
        return agreement.status.label if agreement.status is not None else ""
    if kind == "partner":
        return fold(display_name(agreement.partner_name, agreement.partner_office_name))
    value = getattr(agreement, COLUMNS[column])
    if kind == "label":
        return str(value.label)
    if kind == "date":
        return str(value.isoformat())
    if kind == "count":
        return int(value)
    return fold(value)
