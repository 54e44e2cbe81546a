"""Accord 0.3: record versions, the trash, and the history of every change.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Only columns are added to ``partner``, ``agreement`` and ``document``
(SQLite's own ``ALTER TABLE ADD COLUMN``; batch mode does not copy the
tables): copying a table that others refer to would, with foreign keys on,
cascade its drop to the documents and pages. The unique name of a partner
and the unique file of an agreement therefore stay as they were, so a
record in the trash still holds its name (see :mod:`db.trash`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_TABLES = ("partner", "agreement", "document")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
            batch.add_column(sa.Column("deleted_by", sa.String(200), nullable=True))
            batch.add_column(sa.Column("trash_batch", sa.String(36), nullable=True))
        op.create_index(f"ix_{table}_trash_batch", table, ["trash_batch"])
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("record_kind", sa.String(20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("field", sa.String(100), nullable=True),
        sa.Column("old_value", sa.String(), nullable=True),
        sa.Column("new_value", sa.String(), nullable=True),
    )
    op.create_index("ix_history_record", "history", ["record_kind", "record_id"])


def downgrade() -> None:
    """Back to 0002: the history goes, and records in the trash become ordinary records again."""
    op.drop_index("ix_history_record", table_name="history")
    op.drop_table("history")
    for table in reversed(_TABLES):
        op.drop_index(f"ix_{table}_trash_batch", table_name=table)
        # ALTER TABLE DROP COLUMN (SQLite 3.35+), not a batch copy of the table.
        for column in ("trash_batch", "deleted_by", "deleted_at", "version"):
            op.drop_column(table, column)
