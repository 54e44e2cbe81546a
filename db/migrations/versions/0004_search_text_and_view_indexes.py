"""Accord 0.4: folded search text on partners and agreements, indexes of the views.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05

``search_text`` (TEXT NOT NULL DEFAULT '') is added to ``partner`` and
``agreement`` (SQLite's own ``ALTER TABLE ADD COLUMN``; see 0003 for why the
tables are never copied) and filled for the rows already there with the
functions of :mod:`db.search.terms`, so that the search runs in SQL
(:mod:`db.agreement_query`). The indexes serve the views' filters and sorts
and skip rows in the trash (partial indexes, on SQLite and PostgreSQL):

- ``ix_agreement_live_date`` (date signed, title): every agreement, newest
  first, read in index order (no sort);
- ``ix_agreement_live_partner`` (partner, date signed, title): one
  partner's agreements in the same order, and the agreement count of every
  partner by one GROUP BY;
- ``ix_document_live_agreement`` (agreement): the document count of a row.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from db.enums import AgreementType, Relationship
from db.search.terms import agreement_search_text, partner_search_text

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_LIVE = sa.text("deleted_at IS NULL")
_INDEXES = (
    ("ix_agreement_live_date", "agreement", ["date_signed", "title"]),
    ("ix_agreement_live_partner", "agreement", ["partner_id", "date_signed", "title"]),
    ("ix_document_live_agreement", "document", ["agreement_id"]),
)
#: Rows filled per UPDATE batch.
_BATCH = 1000


def upgrade() -> None:
    for table in ("partner", "agreement"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("search_text", sa.String(), nullable=False, server_default="")
            )
    _fill_search_text()
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, sqlite_where=_LIVE, postgresql_where=_LIVE)


def _fill_search_text() -> None:
    """Fill ``search_text`` of every partner and agreement (trash included)."""
    conn = op.get_bind()
    partners = conn.execute(
        sa.text("SELECT id, name, local_name, country, relationship FROM partner")
    ).all()
    _update(
        conn,
        "partner",
        [
            (pid, partner_search_text(name, local or "", country, _label(Relationship, rel)))
            for pid, name, local, country, rel in partners
        ],
    )
    agreements = conn.execute(
        sa.text("SELECT id, title, type, date_signed, valid_until, notes, areas FROM agreement")
    ).all()
    _update(
        conn,
        "agreement",
        [
            (
                aid,
                agreement_search_text(
                    title,
                    _label(AgreementType, kind),
                    str(signed or ""),
                    str(until or ""),
                    notes or "",
                    _areas(areas),
                ),
            )
            for aid, title, kind, signed, until, notes, areas in agreements
        ],
    )


def _update(conn: sa.Connection, table: str, rows: list[tuple[int, str]]) -> None:
    statement = sa.text(f"UPDATE {table} SET search_text = :text WHERE id = :id")
    for start in range(0, len(rows), _BATCH):
        chunk = rows[start : start + _BATCH]
        conn.execute(statement, [{"id": row_id, "text": text} for row_id, text in chunk])


def _label(enum: type[AgreementType] | type[Relationship], value: str) -> str:
    try:
        return enum(value).label
    except ValueError:
        return value


def _areas(value: object) -> list[str]:
    if isinstance(value, str):
        text = value
        try:
            value = json.loads(text)
        except ValueError:
            return [text]
    return [str(area) for area in value] if isinstance(value, list) else []


def downgrade() -> None:
    """Back to 0003: the indexes and the search columns go (ALTER TABLE DROP COLUMN)."""
    for name, table, _columns in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
    for table in ("agreement", "partner"):
        op.drop_column(table, "search_text")
