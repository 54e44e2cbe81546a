"""Accord 0.2: document role, PDF title and encryption, page texts, replacements.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.add_column(
            sa.Column("role", sa.String(40), nullable=False, server_default="signed_original")
        )
        batch.add_column(sa.Column("title", sa.String(1000), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("encrypted", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "document_page",
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey("document.id", ondelete="CASCADE", name="fk_document_page_document"),
            primary_key=True,
        ),
        sa.Column("page_number", sa.Integer(), primary_key=True),
        sa.Column("text", sa.String(), nullable=False),
    )
    op.create_table(
        "document_replacement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer(),
            sa.ForeignKey(
                "document.id", ondelete="CASCADE", name="fk_document_replacement_document"
            ),
            nullable=False,
        ),
        sa.Column("replaced_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("replaced_by", sa.String(200), nullable=False),
        sa.Column("old_sha256", sa.String(64), nullable=False),
        sa.Column("new_sha256", sa.String(64), nullable=False),
        sa.Column("old_size", sa.BigInteger(), nullable=False),
        sa.Column("new_size", sa.BigInteger(), nullable=False),
        sa.Column("original_name", sa.String(1000), nullable=False),
    )
    op.create_index("ix_document_replacement_document_id", "document_replacement", ["document_id"])


def downgrade() -> None:
    op.drop_table("document_replacement")
    op.drop_table("document_page")
    with op.batch_alter_table("document") as batch:
        batch.drop_column("encrypted")
        batch.drop_column("title")
        batch.drop_column("role")
