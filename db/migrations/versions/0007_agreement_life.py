"""Accord 0.7: the life of an agreement (term, renewal, notice, signatories, events).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07

``agreement.valid_until`` becomes ``expires_on`` with every value kept (SQLite's
``ALTER TABLE ... RENAME COLUMN``, 3.25 and later, and PostgreSQL's: no table is
copied, see 0003). The agreement gains ``effective_from`` (none: the date signed),
``renewal`` (``none``), ``renewal_term`` and ``notice_period`` (ISO 8601 durations,
``""`` none), ``office_signatories`` and ``partner_signatories`` (JSON lists, ``[]``),
``place_signed`` and ``responsible_staff`` (``""``); each is added with its default, so
an existing agreement reads exactly as before: in force from its signing, with the end
it had. ``agreement_event`` keeps renewals, amendments and terminations
(:class:`db.models.AgreementEvent`). No history row is written (an upgrade, not an
edit); history rows written before keep naming the field ``valid_until``, which the
history reads as "Expires on" (:mod:`db.history.labels`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _enum(*values: str) -> sa.Enum:
    # As db.models._enum_column: the member's value in a VARCHAR(40), no native ENUM.
    return sa.Enum(*values, native_enum=False, length=40, create_constraint=False)


def upgrade() -> None:
    """Rename the end date, add the new fields with their defaults, create the events."""
    op.execute("ALTER TABLE agreement RENAME COLUMN valid_until TO expires_on")
    columns: tuple[sa.Column, ...] = (
        sa.Column("effective_from", sa.Date(), nullable=True),
        sa.Column(
            "renewal",
            _enum("none", "automatic", "by_agreement"),
            nullable=False,
            server_default="none",
        ),
        sa.Column("renewal_term", sa.String(12), nullable=False, server_default=""),
        sa.Column("notice_period", sa.String(12), nullable=False, server_default=""),
        sa.Column("office_signatories", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("partner_signatories", sa.JSON(), nullable=False, server_default="[]"),
        sa.Column("place_signed", sa.String(200), nullable=False, server_default=""),
        sa.Column("responsible_staff", sa.String(200), nullable=False, server_default=""),
    )
    for column in columns:
        op.add_column("agreement", column)
    op.create_table(
        "agreement_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "agreement_id",
            sa.Integer(),
            sa.ForeignKey("agreement.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", _enum("renewed", "amended", "terminated"), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("new_expiry", sa.Date(), nullable=True),
        sa.Column("note", sa.String(1000), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_agreement_event_agreement", "agreement_event", ["agreement_id", "date"])


def downgrade() -> None:
    """Back to 0006: the events and the new fields go, ``expires_on`` is ``valid_until`` again
    (``DROP COLUMN``: SQLite 3.35 and later)."""
    op.drop_index("ix_agreement_event_agreement", table_name="agreement_event")
    op.drop_table("agreement_event")
    for name in (
        "responsible_staff", "place_signed", "partner_signatories", "office_signatories",
        "notice_period", "renewal_term", "renewal", "effective_from",
    ):  # fmt: skip
        op.drop_column("agreement", name)
    op.execute("ALTER TABLE agreement RENAME COLUMN expires_on TO valid_until")
