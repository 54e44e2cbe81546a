"""Accord 0.1: partners, agreements, documents.

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("local_name", sa.String(200), nullable=False),
        sa.Column("country", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("relationship", sa.String(40), nullable=False),
        sa.Column("date_of_affiliation", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        *_timestamps(),
        sa.UniqueConstraint("name", name="uq_partner_name"),
    )
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "partner_id",
            sa.Integer(),
            sa.ForeignKey("partner.id", ondelete="RESTRICT", name="fk_agreement_partner"),
            nullable=False,
        ),
        sa.Column("title", sa.String(1000), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("date_signed", sa.Date(), nullable=False),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column(
            "supersedes_id",
            sa.Integer(),
            sa.ForeignKey("agreement.id", ondelete="SET NULL", name="fk_agreement_supersedes"),
            nullable=True,
        ),
        *_timestamps(),
    )
    op.create_index("ix_agreement_partner_id", "agreement", ["partner_id"])
    op.create_index("ix_agreement_type", "agreement", ["type"])
    op.create_index("ix_agreement_date_signed", "agreement", ["date_signed"])
    op.create_index("ix_agreement_supersedes_id", "agreement", ["supersedes_id"])
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "agreement_id",
            sa.Integer(),
            sa.ForeignKey("agreement.id", ondelete="CASCADE", name="fk_document_agreement"),
            nullable=False,
        ),
        sa.Column("original_name", sa.String(1000), nullable=False),
        sa.Column("stored_path", sa.String(500), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        *_timestamps(),
        sa.UniqueConstraint("agreement_id", "sha256", name="uq_document_file"),
    )
    op.create_index("ix_document_agreement_id", "document", ["agreement_id"])
    op.create_index("ix_document_stored_path", "document", ["stored_path"])
    op.create_index("ix_document_sha256", "document", ["sha256"])


def downgrade() -> None:
    op.drop_table("document")
    op.drop_table("agreement")
    op.drop_table("partner")
