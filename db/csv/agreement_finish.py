"""The checks and the result of planning an agreements file once every row is read: rows
that import one agreement twice, Supersedes links, and each row's :class:`PlannedRow`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from db.csv.agreement_life import same_events
from db.csv.agreement_snapshot import FIELDS, Key, Snapshot, match_key, shown_value
from db.csv.cells import Claims, RowState
from db.csv.import_plan import FieldChange, PlannedRow, RowAction
from db.i18n.translate import fill, translate
from db.partner_names import display_name


def _final_key(row: RowState, snapshot: Snapshot, folds: Any) -> Key:
    existing = snapshot.agreements.get(row.record_id) if row.record_id else None
    values = row.values
    partner = values.get("partner_id", existing.partner_id if existing else None)
    title = values.get("title", existing.title if existing else "")
    signed = values.get("date_signed", existing.date_signed if existing else None)
    assert partner is not None
    assert signed is not None
    return match_key(partner, title, signed, folds)


def refuse_repeats(states: list[RowState], snapshot: Snapshot, folds: Any) -> None:
    """Reject a later row that imports the same agreement, reuses an ID, or makes a duplicate."""
    claims = Claims("agreement")
    by_key: dict[Key, int] = {}
    moved = {row.record_id for row in states if not row.problems and row.record_id}
    for row in states:
        if row.problems or not claims.take(row):
            continue
        key = _final_key(row, snapshot, folds)
        if key in by_key:
            row.reject(
                "",
                fill(
                    translate("import", "Row {by_key} already imports this agreement."),
                    by_key=by_key[key],
                ),
            )
            continue
        other = snapshot.by_key.get(key)
        if other is not None and other != row.record_id and other not in moved:
            found = snapshot.agreements[other]
            row.reject(
                "",
                fill(
                    translate(
                        "import", "{partner} already has “{title}” signed on {date} (ID {id})."
                    ),
                    partner=found.partner_name,
                    title=found.title,
                    date=found.date_signed.isoformat(),
                    id=other,
                ),
            )
            continue
        by_key[key] = row.number


def check_supersedes(states: list[RowState], snapshot: Snapshot) -> None:
    """Reject a Supersedes that names no agreement of the library or of the file."""
    file_ids = {row.file_id for row in states if not row.problems and row.file_id}
    for row in states:
        target = row.values.get("supersedes_id")
        if row.problems or target is None:
            continue
        own = row.record_id or row.file_id
        if target == own:
            row.reject("Supersedes", translate("import", "An agreement cannot supersede itself."))
        elif target not in snapshot.agreements and target not in file_ids:
            row.reject(
                "Supersedes",
                fill(
                    translate("import", "There is no agreement with ID {target} to supersede."),
                    target=target,
                ),
            )


def finish(row: RowState, snapshot: Snapshot, new_names: dict[str, str]) -> PlannedRow:
    """Return the :class:`PlannedRow` of a row whose matching and checks are done."""
    cells = row.cells
    if row.problems:
        summary = _cells_summary(cells) or f"ID {cells.get('ID', '')}".strip()
        return PlannedRow(row.number, RowAction.REJECTED, summary, problems=tuple(row.problems))
    if row.record_id is None:
        signed = row.values.get("date_signed")
        if isinstance(signed, dt.date):  # the date and title as read and stored
            summary = (
                " — ".join(
                    part for part in (cells.get("Partner", ""), row.values.get("title")) if part
                )
                + f" — {signed.isoformat()}"
            )
        else:
            summary = _cells_summary(cells)
        return PlannedRow(
            row.number, RowAction.ADD, summary, values=dict(row.values), kept=tuple(row.kept)
        )
    existing = snapshot.agreements[row.record_id]
    changes: list[FieldChange] = []
    writes: dict[str, Any] = {}
    for column, name in FIELDS.items():
        if name not in row.values:
            continue
        new, old = row.values[name], snapshot.held(existing, name)
        if new != old if name != "events" else not same_events(new, old):
            writes[name] = new
            changes.append(
                FieldChange(
                    column,
                    shown_value(name, old, snapshot, new_names),
                    shown_value(name, new, snapshot, new_names),
                )
            )
    partner = snapshot.partners.get(existing.partner_id)
    shown = display_name(partner.name, partner.office_name) if partner else existing.partner_name
    summary = f"{shown} — {existing.title} — {existing.date_signed.isoformat()}"
    action = RowAction.UPDATE if changes else RowAction.UNCHANGED
    return PlannedRow(
        row.number,
        action,
        summary,
        record_id=row.record_id,
        values=writes,
        changes=tuple(changes),
        kept=tuple(row.kept),
    )


def _cells_summary(cells: dict[str, str]) -> str:
    """Return a row's Partner, Agreement and Date signed cells as the preview names it."""
    return " — ".join(
        part
        for part in (
            cells.get("Partner", ""),
            cells.get("Agreement", ""),
            cells.get("Date signed", ""),
        )
        if part.strip()
    )
