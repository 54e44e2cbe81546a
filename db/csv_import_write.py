"""Writing a planned import through ORM objects in the caller's session (one transaction).

Records are written as ORM objects, not raw SQL, so that session events
(history, versions) see every change. An added record keeps the file's ID
unless a record in the trash holds it (the plan sees records in use only).
Rows that keep the file's ID are inserted first, then PostgreSQL's sequence
is moved past them, then the others; Supersedes links are set after every
row exists, so that a row may name one that comes later in the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from db.csv_cells import PROGRESS_EVERY, Progress
from db.enums import Relationship
from db.import_plan import PlannedRow, RowAction
from db.models import Agreement, Partner, utcnow


def write_agreements(
    session: Session,
    rows: Iterable[PlannedRow],
    new_partners: dict[str, Any],
    agreements: dict[int, Agreement],
    progress: Progress | None = None,
) -> tuple[list[int], list[int], list[int]]:
    """Write planned agreement rows; return the IDs added, updated, and of partners created.

    ``new_partners`` maps a new partner's folded name (as rows name it) to
    its fields; ``agreements`` are the session's agreements by ID.
    """
    created: dict[str, Partner] = {}
    for key, details in new_partners.items():
        fields: dict[str, Any] = {
            "relationship": Relationship.COOPERATION_PARTNER,
            "local_name": "",
            **details,
        }
        created[key] = Partner(**fields)
    session.add_all(created.values())
    session.flush()

    def partner_id(value: int | str) -> int:
        return value if isinstance(value, int) else created[value].id  # type: ignore[return-value]

    links: list[tuple[Agreement, int | None]] = []
    by_file_id: dict[int, Agreement] = {}
    added_with_id: list[Agreement] = []
    added: list[Agreement] = []
    updated: list[int] = []
    rows = list(rows)
    for done, row in enumerate(rows, start=1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(rows))
        values: dict[str, Any] = dict(row.values)
        supersedes = values.pop("supersedes_id", None)
        if "partner_id" in values:
            values["partner_id"] = partner_id(values["partner_id"])
        if row.action is RowAction.ADD:
            file_id = values.pop("id", None)
            agreement = Agreement(**values)
            if file_id is not None:
                by_file_id[file_id] = agreement
                if file_id not in agreements:  # else a record in the trash holds it
                    agreement.id = file_id
            (added_with_id if agreement.id is not None else added).append(agreement)
            if supersedes is not None:
                links.append((agreement, supersedes))
        elif row.action is RowAction.UPDATE:
            assert row.record_id is not None
            agreement = agreements[row.record_id]
            for name, value in values.items():
                setattr(agreement, name, value)
            agreement.updated_at = utcnow()
            updated.append(row.record_id)
            if "supersedes_id" in row.values:
                links.append((agreement, supersedes))
    session.add_all(added_with_id)
    session.flush()
    if added_with_id:
        _advance_sequence(session, "agreement")
    session.add_all(added)
    session.flush()
    for agreement, target in links:
        agreement.supersedes_id = by_file_id[target].id if target in by_file_id else target
    session.flush()
    ids = [a.id for a in added_with_id + added if a.id is not None]
    return ids, updated, [p.id for p in created.values() if p.id is not None]


def _advance_sequence(session: Session, table: str) -> None:
    """Move PostgreSQL's ID sequence of ``table`` past IDs inserted explicitly (SQLite's
    INTEGER PRIMARY KEY always takes the largest ID plus one, so it needs nothing)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT MAX(id) FROM {table}))"
            )
        )


def write_partners(
    session: Session,
    rows: Iterable[PlannedRow],
    partners: dict[int, Partner],
    progress: Progress | None = None,
) -> tuple[list[int], list[int]]:
    """Write planned partner rows through ORM objects; return IDs added and updated."""
    with_id: list[Partner] = []
    without_id: list[Partner] = []
    updated: list[int] = []
    rows = list(rows)
    for done, row in enumerate(rows, start=1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(rows))
        if row.action is RowAction.ADD:
            values: dict[str, Any] = dict(row.values)
            file_id = values.pop("id", None)
            partner = Partner(**values)
            if file_id is not None and file_id not in partners:  # else the trash holds it
                partner.id = file_id
            (with_id if partner.id is not None else without_id).append(partner)
        elif row.action is RowAction.UPDATE:
            assert row.record_id is not None
            partner = partners[row.record_id]
            for name, value in row.values.items():
                setattr(partner, name, value)
            partner.updated_at = utcnow()
            updated.append(row.record_id)
    session.add_all(with_id)
    session.flush()
    if with_id:
        _advance_sequence(session, "partner")
    session.add_all(without_id)
    session.flush()
    return [p.id for p in with_id + without_id if p.id is not None], updated
