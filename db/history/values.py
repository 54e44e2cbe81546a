"""A history value as a person reading the chosen language reads it.

The history keeps values as they were shown when the change was made, in the
source language: enumerations by English label (``Memorandum of understanding``)
and dates in ISO form (``2014-07-23``), so what is stored never depends on the
language. :func:`history_value` gives such a value in the chosen language: the label in
that language (覚書) and the date in its table form (``2014/07/23``). Any other
value, or one that no longer reads as its field's kind, is given as stored.
"""

from __future__ import annotations

import datetime as dt

from db import agreement_fields, partner_fields
from db.enums import DocumentRole, LabelledEnum
from db.i18n.date_display import format_date
from db.i18n.translate import language
from db.lifecycle.events import events_text, parse_events
from db.periods import period_from_iso

# The fields whose values are labels of an enumeration.
ENUM_FIELDS: dict[str, type[LabelledEnum]] = {
    **partner_fields.LABELS,
    **agreement_fields.LABELS,
    "role": DocumentRole,
}
# The fields whose values are dates (an agreement's end date by its name before 0.7 too).
DATE_FIELDS = partner_fields.DATES | agreement_fields.DATES | {"valid_until"}
# The fields whose values are periods, kept as ISO 8601 durations ("P3M").
PERIOD_FIELDS = frozenset({"renewal_term", "notice_period"})


def history_value(field: str | None, value: str | None) -> str:
    """Return ``value`` of ``field`` as kept in the history, in the chosen language."""
    if not value or field is None:
        return value or ""
    enum = ENUM_FIELDS.get(field)
    if enum is not None:
        try:
            return enum.from_label(value).label_in(language())
        except ValueError:
            return value
    if field in DATE_FIELDS:
        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value
    try:
        if field in PERIOD_FIELDS:
            period = period_from_iso(value)
            return period.written(language()) if period else value
        if field == "events":  # kept in English, one a line: shown in the chosen language
            return events_text(parse_events(value), language())
    except ValueError:
        return value
    return value
