"""Accord 0.6: one search index of partners, agreements and document pages.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

``search_unit`` holds a row per partner, per agreement and per page that
has words: the folded text the search looks in (:mod:`db.search.units`),
removed with its record or page by ``ON DELETE CASCADE``. On SQLite an
FTS5 trigram table indexes it (:mod:`db.search.fts5`, when this SQLite has
FTS5 and trigram), on PostgreSQL a pg_trgm GIN index
(:mod:`db.search.trigram`, when the server has pg_trgm). Every existing
record and page is indexed (:func:`db.search.rebuild.rebuild_units`, with
the upgrade's progress when one was given: ``config.attributes["progress"]``),
and ``search_text`` is made again with the search key that reads katakana
as hiragana and Arabic letter variants as one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context, op

from db.search import fts5, trigram
from db.search.rebuild import rebuild_units

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``search_unit`` and its text index, and index every record and page."""
    op.create_table(
        "search_unit",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("page_number", sa.Integer(), nullable=True),
        sa.Column("head_length", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("text", sa.String(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], ondelete="CASCADE",
            name="fk_search_unit_partner_id_partner",
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], ondelete="CASCADE",
            name="fk_search_unit_agreement_id_agreement",
        ),
        sa.ForeignKeyConstraint(
            ["document_id", "page_number"],
            ["document_page.document_id", "document_page.page_number"],
            ondelete="CASCADE",
            name="fk_search_unit_page",
        ),
    )  # fmt: skip
    op.create_index("ix_search_unit_partner_id", "search_unit", ["partner_id"])
    op.create_index("ix_search_unit_agreement_id", "search_unit", ["agreement_id"])
    op.create_index("ix_search_unit_page", "search_unit", ["document_id", "page_number"])
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        fts5.create(connection)
    elif connection.dialect.name == "postgresql":
        trigram.create(connection)
    rebuild_units(connection, context.config.attributes.get("progress"))


def downgrade() -> None:
    """Back to 0005: the index goes (``search_text`` keeps the newer fold)."""
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        fts5.drop(connection)
    op.drop_table("search_unit")
