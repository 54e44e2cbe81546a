"""The cells of an agreement's life that speak the report's heading language beyond labels.

A period is written as a person reads it (``"3 months"``, ``"3か月"``:
:meth:`db.periods.Period.written`) and events one a line with their labels
(:func:`db.lifecycle.events.events_text`), both in the heading language. The field
tables leave the events' writer to this room (:mod:`db.record_fields` stays below
:mod:`db.lifecycle`); :func:`retold` turns the English cells the export's query gives
by default (:class:`~db.csv.export_query.ExportAgreement`) into another language's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db.agreement_fields import AGREEMENT_COLUMNS, AGREEMENT_FIELDS
from db.lifecycle.events import events_text, parse_events
from db.periods import parse_period

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from db.record_fields import CellFormat
    from db.schemas import EventData


def write_events(events: Sequence[EventData], csv_format: CellFormat) -> str:
    """An agreement's events one a line in the report's heading language."""
    return events_text(events, csv_format.header_language)


# The writers of the kinds the field tables leave to the CSV room.
KIND_WRITERS: dict[str, Callable[[Any, CellFormat], str]] = {"events": write_events}

# The cells told in the heading language (by AGREEMENT_COLUMNS number), and their kinds.
_TOLD = tuple(
    (AGREEMENT_COLUMNS.index(f.column), f.kind)
    for f in AGREEMENT_FIELDS
    if f.column and f.kind in ("period", "events")
)


def retold(cells: list[str], language: str) -> list[str]:
    """Return an agreement row's cells (every column, English) with its periods and events
    in ``language`` (``"3 months"`` → ``"3か月"``), as a report in it writes them; changes
    ``cells`` in place."""
    for n, kind in _TOLD:
        if cells[n]:
            if kind == "period":
                period = parse_period(cells[n])
                cells[n] = period.written(language) if period else ""
            else:
                cells[n] = events_text(parse_events(cells[n]), language)
    return cells
