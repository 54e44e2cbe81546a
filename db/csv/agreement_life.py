"""An agreements file's cells of an agreement's life, beyond reading each cell: the rules
between fields, the events the library holds, and writing a row's events.

Reading a cell is :mod:`db.csv.readers`' (a period, signatories, the events' text of
:mod:`db.lifecycle.events`). Here, once a row is matched
(:mod:`db.csv.import_agreements`): :func:`mend_damage` puts back what Excel saving as
Shift_JIS replaced with ``?`` in signatories and events' notes; :func:`check_life`
refuses what the use cases refuse (:mod:`db.rules`,
:func:`db.lifecycle.events.events_refusal`) against the fields as they are to be (the
row's over the library's), naming the cell. :func:`stored_events` loads every
agreement's events for comparing; :func:`event_rows` gives an addition's rows
(inserted in bulk; an update's go through :func:`db.lifecycle.events.set_events`,
with its history).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from db.agreement_fields import AGREEMENT_FIELDS, DEFAULTS
from db.csv.damage import has_lost
from db.lifecycle.events import events_refusal, renewed_expiry
from db.models import AgreementEvent
from db.rules import effective_from_refusal, line_refusal, renewal_refusal
from db.schemas import EventData

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from db.csv.cells import RowState
    from db.library import Library

# Field -> its report column, for naming a refused cell.
_COLUMN = {f.name: f.column for f in AGREEMENT_FIELDS if f.column}
# The columns of an event row, as inserted.
EVENT_COLUMNS = ("agreement_id", "kind", "date", "new_expiry", "note", "automatic")


def _refuse(row: RowState, names: Sequence[str], reason: str) -> None:
    """Refuse ``row`` naming the first of ``names``' columns the file has (else none)."""
    column = next((_COLUMN[n] for n in names if _COLUMN[n] in row.cells), "")
    row.reject(column, reason)


def check_life(row: RowState, existing: Any, events: dict[int, list[EventData]]) -> None:
    """Refuse ``row`` (matched to ``existing``, ``None`` for an addition) if the fields it
    gives, over the library's, break a rule of an agreement's life: entering into force
    before signing, renewing automatically with no expiry or term, events that cannot be
    (before signing, a renewal without a later new expiry, two terminations...), text
    longer than its column holds.
    ``events`` are the library's, by agreement ID (an Events column's row is compared)."""
    values = row.values

    def held(name: str) -> Any:
        if name in values:
            return values[name]
        return getattr(existing, name) if existing is not None else DEFAULTS.get(name)

    signed = held("date_signed")
    refusal = effective_from_refusal(signed, held("effective_from"))
    if refusal is not None:
        _refuse(row, ("effective_from", "date_signed"), refusal)
    refusal = renewal_refusal(held("renewal"), held("renewal_term"), held("expires_on"))
    if refusal is not None:
        _refuse(row, ("renewal", "renewal_term", "expires_on"), refusal)
    if "events" in values:
        refusal = events_refusal(values["events"], signed)
    elif existing is not None and "date_signed" in values and existing.id in events:
        refusal = events_refusal(events[existing.id], signed)
    else:
        refusal = None
    if refusal is not None:
        _refuse(row, ("events", "date_signed"), refusal)
    for name in ("place_signed", "responsible_staff"):
        if (refusal := line_refusal(name, values.get(name))) is not None:
            _refuse(row, (name,), refusal)
    for event in values.get("events") or ():
        if (refusal := line_refusal("event_note", event.note)) is not None:
            _refuse(row, ("events",), refusal)
            break
    if existing is not None and "events" in values and not row.problems:
        _move_expiry(values, existing, events.get(existing.id, []))


def _move_expiry(values: dict[str, Any], existing: Any, old: Sequence[EventData]) -> None:
    """A renewal the row adds moves the expiry (as the form and
    :func:`db.lifecycle.events.set_events` do) unless the row sets another: the moved
    expiry goes into ``values``, so the preview shows it and the import writes it."""
    if values.get("expires_on", existing.expires_on) != existing.expires_on:
        return  # the row gives its own expiry
    before = [e.model_dump() for e in old]
    added = [e for e in values["events"] if e.model_dump() not in before]
    moved = renewed_expiry(added, existing.expires_on)
    if moved != existing.expires_on:
        values["expires_on"] = moved


def stored_events(library: Library) -> dict[int, list[EventData]]:
    """Return every agreement's events (in date order, then as added), by agreement ID."""
    e = AgreementEvent.__table__  # type: ignore[attr-defined]
    query = sa.select(*(e.c[name] for name in EVENT_COLUMNS)).order_by(
        e.c.agreement_id, e.c.date, e.c.id
    )
    found: dict[int, list[EventData]] = {}
    with library.session() as session:
        for agreement_id, *fields in session.connection().execute(query):
            kind, date, new_expiry, note, automatic = fields
            event = EventData(kind=kind, date=date, new_expiry=new_expiry, note=note or "",
                              automatic=bool(automatic))  # fmt: skip
            found.setdefault(agreement_id, []).append(event)
    return found


def same_events(new: Sequence[EventData], old: Sequence[EventData]) -> bool:
    """Whether two lists of events are the same events in the same order."""
    return [e.model_dump() for e in new] == [e.model_dump() for e in old]


def event_rows(agreement_id: int, events: Iterable[EventData]) -> list[tuple[Any, ...]]:
    """Return the ``agreement_event`` rows (:data:`EVENT_COLUMNS`) of an added agreement."""
    return [(agreement_id, e.kind, e.date, e.new_expiry, e.note, e.automatic) for e in events]


def added_expiry(values: dict[str, Any], events: Sequence[EventData]) -> None:
    """Give an added agreement's ``values`` the expiry its latest renewal set, when later
    (as :func:`db.agreements.add_agreement` does)."""
    expiry = renewed_expiry(events, values.get("expires_on"))
    if expiry is not None:
        values["expires_on"] = expiry


def mend_damage(row: RowState, existing: Any, events: dict[int, list[EventData]]) -> None:
    """Put back in ``row``'s signatories and events the characters Excel saving as
    Shift_JIS replaced with ``?`` where the library holds them (as text cells are mended:
    :meth:`~db.csv.cells.RowState.mend`): each name, title and note against the library's
    at the same place (signatories in order; events of the same date and kind), so that a
    damaged cell never overwrites what the library holds. The values read are shared by
    the cells of the same text: they are replaced, never changed."""
    if existing is None:
        return
    values = row.values
    for name in _SIGNATORIES:
        new = values.get(name) or []
        if not any(has_lost(text) for signatory in new for text in signatory.values()):
            continue
        old = list(getattr(existing, name) or [])
        values[name] = [
            {key: _mended(row, name, text, old[n].get(key, "")) for key, text in one.items()}
            if n < len(old) else one
            for n, one in enumerate(new)
        ]  # fmt: skip
    if any(has_lost(event.note) for event in values.get("events") or ()):
        held = {(e.date, e.kind): e for e in events.get(existing.id, [])}
        values["events"] = [
            event.model_copy(update={"note": _mended(row, "events", event.note, was.note)})
            if (was := held.get((event.date, event.kind))) is not None else event
            for event in values["events"]
        ]  # fmt: skip


def _mended(row: RowState, name: str, text: str, old: str) -> str:
    return row.mend(_COLUMN[name], text, old) if has_lost(text) else text


_SIGNATORIES = tuple(f.name for f in AGREEMENT_FIELDS if f.kind == "signatories")
