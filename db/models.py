"""The schema: SQLModel tables for partners, agreements and documents.

Dates (date of affiliation, date signed, valid until) are ``datetime.date``:
no time, no time zone. ``created_at``/``updated_at``/``added_at`` are UTC
timestamps set by the use cases. Partners, agreements and documents also
carry a ``version`` (1 when created, one more on every change, so that
two windows never overwrite each other's changes unseen) and, while in the trash, ``deleted_at``,
``deleted_by`` and ``trash_batch`` (see :mod:`db.trash`); every change to
them is kept in :class:`History` (see :mod:`db.history.read`). The schema itself is
created and versioned by the Alembic migrations in :mod:`db.migrations`; ``metadata.create_all`` is
never run on a user's file. What forms produce and what views receive are
the separate models of :mod:`db.schemas`.

Partners and agreements also keep ``search_text``, their folded haystack for
the search field (:mod:`db.search.terms`), filled by :mod:`db.search.index` on every
ORM write (a bulk insert fills it itself; the engine factory installs the hook)
and indexed with the filters and sorts of the views (:mod:`db.agreement_query`, migration 0004).

No ``from __future__ import annotations`` here: SQLModel resolves the
relationship annotations when the classes are created.
"""

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import AutoString, Field, Relationship, SQLModel

from db.enums import AgreementType, DocumentRole, EventKind, PartnerKind, Renewal
from db.enums import Relationship as PartnerRelationship


def utcnow() -> dt.datetime:
    """Return the current time as an aware UTC datetime."""
    return dt.datetime.now(dt.UTC)


def _enum_column(
    enum: type, *, index: bool = False, server_default: str | None = None
) -> sa.Column:
    # Stored as the member's value (e.g. "joint_communique"), not its name,
    # in a VARCHAR on both SQLite and PostgreSQL: no native ENUM type to migrate.
    return sa.Column(
        sa.Enum(
            enum,
            native_enum=False,
            length=40,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
        nullable=False,
        index=index,
        server_default=server_default,
    )


def _text(length: int) -> Any:
    # The column's length, and no length check in the schemas that share the base: the
    # use cases refuse a longer name or title with a sentence of their own.
    return AutoString(length=length)


def _live_only() -> dict[str, Any]:
    """Keyword arguments making an index partial: rows not in the trash (SQLite, PostgreSQL)."""
    where = sa.text("deleted_at IS NULL")
    return {"sqlite_where": where, "postgresql_where": where}


class Tracked(SQLModel):
    """Columns shared by the records that have a version, a trash and a history.

    ``deleted_at`` (UTC) is set while the record is in the trash, with the
    operating-system user who moved it there; everything one action moved
    to the trash shares one ``trash_batch`` (a UUID as 32 hex digits).
    """

    version: int = Field(default=1, nullable=False, sa_column_kwargs={"server_default": "1"})
    deleted_at: dt.datetime | None = Field(default=None, sa_type=sa.DateTime(timezone=True))
    deleted_by: str | None = Field(default=None, max_length=200)
    trash_batch: str | None = Field(default=None, max_length=36, index=True)


class PartnerBase(SQLModel):
    """The fields of a partner a person gives: declared once, for the table and the schemas.

    :class:`Partner` (the table) and :class:`db.schemas.PartnerCreate`,
    ``PartnerUpdate`` and ``PartnerRead`` derive from it (SQLModel's
    ``HeroBase`` pattern); how each field is read, written, labelled and shown
    is its entry in :data:`db.partner_fields.PARTNER_FIELDS`.
    """

    name: str = Field(sa_type=_text(200), description="English name")
    local_name: str = Field(default="", sa_type=_text(200), description="Name in its own script")
    # The name in the office's own language (ソウル特別市 for a Japanese office), beside
    # the English and the local name; "" when none is recorded (migration 0005).
    office_name: str = Field(
        default="", sa_type=_text(200), description="Name in the office's language",
        sa_column_kwargs={"server_default": ""},
    )  # fmt: skip
    country: str = Field(sa_type=_text(200))
    kind: PartnerKind = Field(default=PartnerKind.CITY, sa_column=_enum_column(PartnerKind))
    relationship: PartnerRelationship = Field(
        default=PartnerRelationship.COOPERATION_PARTNER,
        sa_column=_enum_column(PartnerRelationship),
    )
    date_of_affiliation: dt.date | None = None
    notes: str = Field(default="")


class Partner(PartnerBase, Tracked, table=True):
    """A city, state or region the office has a relationship with."""

    __tablename__ = "partner"
    __table_args__ = (sa.UniqueConstraint("name", name="uq_partner_name"),)

    id: int | None = Field(default=None, primary_key=True)
    created_at: dt.datetime = Field(
        default_factory=utcnow, sa_type=sa.DateTime(timezone=True), nullable=False
    )
    updated_at: dt.datetime = Field(
        default_factory=utcnow, sa_type=sa.DateTime(timezone=True), nullable=False
    )
    #: ``db.search.terms.partner_search_text`` of name, local name, country,
    #: relationship label and office-language name, without the notes (what an
    #: agreement's search joins).
    search_text: str = Field(default="", sa_column_kwargs={"server_default": ""})

    agreements: list["Agreement"] = Relationship(back_populates="partner")


class AgreementBase(SQLModel):
    """The fields of an agreement a person gives: declared once, for the table and the schemas.

    :class:`Agreement` (the table) and :class:`db.schemas.AgreementCreate`,
    ``AgreementUpdate`` and ``AgreementRead`` derive from it (SQLModel's
    ``HeroBase`` pattern); how each field is read, written, labelled and shown
    is its entry in :data:`db.agreement_fields.AGREEMENT_FIELDS`.
    """

    partner_id: int = Field(foreign_key="partner.id", ondelete="RESTRICT", index=True)
    title: str = Field(sa_type=_text(1000))
    type: AgreementType = Field(
        default=AgreementType.MEMORANDUM_OF_UNDERSTANDING,
        sa_column=_enum_column(AgreementType, index=True),
    )
    date_signed: dt.date = Field(index=True)
    areas: list[str] = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False))
    notes: str = Field(default="")
    # The last day in force ("" none: no end, usual for memoranda); called "valid until"
    # before migration 0007. A renewal moves it (db.lifecycle).
    expires_on: dt.date | None = None
    supersedes_id: int | None = Field(
        default=None, foreign_key="agreement.id", ondelete="SET NULL", index=True
    )
    # -- its life (migration 0007; db.lifecycle derives status and deadlines) ------
    # The day it entered into force; none: the date signed.
    effective_from: dt.date | None = None
    renewal: Renewal = Field(
        default=Renewal.NONE, sa_column=_enum_column(Renewal, server_default="none")
    )
    # Terms as ISO 8601 durations of one unit ("P12M", "P90D"; "" none: db.periods).
    renewal_term: str = Field(
        default="", sa_type=_text(12), sa_column_kwargs={"server_default": ""}
    )
    notice_period: str = Field(
        default="", sa_type=_text(12), sa_column_kwargs={"server_default": ""}
    )
    # Who signed for each side: [{"name": ..., "title": ...}] (db.lifecycle.signatories).
    office_signatories: list[dict[str, str]] = Field(
        default_factory=list,
        sa_column=sa.Column(sa.JSON, nullable=False, server_default="[]"),
    )
    partner_signatories: list[dict[str, str]] = Field(
        default_factory=list,
        sa_column=sa.Column(sa.JSON, nullable=False, server_default="[]"),
    )
    place_signed: str = Field(
        default="", sa_type=_text(200), sa_column_kwargs={"server_default": ""}
    )
    responsible_staff: str = Field(
        default="", sa_type=_text(200), sa_column_kwargs={"server_default": ""}
    )


class Agreement(AgreementBase, Tracked, table=True):
    """An instrument signed with a partner: MoU, joint statement, communiqué..."""

    __tablename__ = "agreement"
    __table_args__ = (
        sa.Index("ix_agreement_live_date", "date_signed", "title", **_live_only()),
        sa.Index(
            "ix_agreement_live_partner",
            "partner_id",
            "date_signed",
            "title",
            **_live_only(),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    created_at: dt.datetime = Field(
        default_factory=utcnow, sa_type=sa.DateTime(timezone=True), nullable=False
    )
    updated_at: dt.datetime = Field(
        default_factory=utcnow, sa_type=sa.DateTime(timezone=True), nullable=False
    )
    #: ``db.search.terms.agreement_search_text`` of title, type label, dates, notes, areas.
    search_text: str = Field(default="", sa_column_kwargs={"server_default": ""})

    partner: "Partner" = Relationship(back_populates="agreements")
    documents: list["Document"] = Relationship(
        back_populates="agreement",
        sa_relationship_kwargs={"order_by": "Document.id", "passive_deletes": True},
    )
    events: list["AgreementEvent"] = Relationship(
        back_populates="agreement",
        sa_relationship_kwargs={
            "order_by": "(AgreementEvent.date, AgreementEvent.id)",
            "passive_deletes": True,
            "cascade": "all, delete-orphan",
        },
    )


class AgreementEvent(SQLModel, table=True):
    """Something that happened to an agreement: renewed, amended or terminated, on ``date``.

    A renewal gives the expiry it set (``new_expiry``, none: open-ended from then); a
    termination or amendment may say why (``note``, one line). Signing, entry into force
    and supersession are the agreement's own fields (:class:`db.enums.EventKind`). Events
    are changed with their agreement, whose history keeps them as its field ``events``
    (:mod:`db.lifecycle.events`); ``automatic`` marks a renewal Accord made by the
    agreement's own terms (:func:`db.lifecycle.renewals.apply_automatic_renewals`).
    """

    __tablename__ = "agreement_event"
    __table_args__ = (sa.Index("ix_agreement_event_agreement", "agreement_id", "date"),)

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE")
    kind: EventKind = Field(sa_column=_enum_column(EventKind))
    date: dt.date
    new_expiry: dt.date | None = None
    note: str = Field(default="", sa_type=_text(1000))
    automatic: bool = Field(default=False)

    agreement: "Agreement" = Relationship(back_populates="events")


class Document(Tracked, table=True):
    """A file (the signed text, a translation...) attached to an agreement.

    ``stored_path`` is relative to the library folder, with forward slashes
    (e.g. ``attachments/3f/3fa9...e1.pdf``), so a moved library keeps working.
    ``size`` is in bytes; ``sha256`` is the lowercase hex digest of the file.
    """

    __tablename__ = "document"
    __table_args__ = (
        sa.UniqueConstraint("agreement_id", "sha256", name="uq_document_file"),
        sa.Index("ix_document_live_agreement", "agreement_id", **_live_only()),
    )

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", index=True)
    original_name: str = Field(max_length=1000)
    stored_path: str = Field(max_length=500, index=True)
    size: int = Field(sa_type=sa.BigInteger)
    sha256: str = Field(max_length=64, index=True)
    language: str = Field(default="", max_length=8, description="ISO 639-1 code")
    role: DocumentRole = Field(
        default=DocumentRole.SIGNED_ORIGINAL, sa_column=_enum_column(DocumentRole)
    )
    page_count: int | None = None
    title: str = Field(default="", max_length=1000, description="the PDF's own title")
    encrypted: bool = Field(default=False, description="password-protected")
    added_at: dt.datetime = Field(
        default_factory=utcnow, sa_type=sa.DateTime(timezone=True), nullable=False
    )
    created_at: dt.datetime = Field(
        default_factory=utcnow, sa_type=sa.DateTime(timezone=True), nullable=False
    )
    updated_at: dt.datetime = Field(
        default_factory=utcnow, sa_type=sa.DateTime(timezone=True), nullable=False
    )

    agreement: "Agreement" = Relationship(back_populates="documents")


class DocumentPage(SQLModel, table=True):
    """The text of one page of a document (1-based ``page_number``), for search."""

    __tablename__ = "document_page"

    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", primary_key=True)
    page_number: int = Field(primary_key=True)
    text: str = Field(default="")


class SearchUnit(SQLModel, table=True):
    """One row of the search index: the folded text of a partner, an agreement or a page.

    ``kind`` is ``partner`` (``partner_id`` set), ``agreement`` (``agreement_id``)
    or ``page`` (``document_id`` and ``page_number``, removed with its
    :class:`DocumentPage`); ``id`` encodes the same (:func:`db.search.units.unit_id`).
    ``text`` is :func:`db.text.search_key` of the record's
    searchable fields, one field a line, or of the page's words; its first
    ``head_length`` characters are the names or the title, which rank first
    (:mod:`db.search.units`). SQLite indexes ``text`` with FTS5 (trigram), PostgreSQL
    with pg_trgm (:mod:`db.search.fts5`, :mod:`db.search.trigram`).
    """

    __tablename__ = "search_unit"
    __table_args__ = (
        sa.ForeignKeyConstraint(
            ["document_id", "page_number"],
            ["document_page.document_id", "document_page.page_number"],
            ondelete="CASCADE",
            name="fk_search_unit_page",
        ),
        sa.Index("ix_search_unit_page", "document_id", "page_number"),
    )

    #: :func:`db.search.units.unit_id`: says what the unit indexes (beyond 2**31: BIGINT).
    id: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=False,
        ),
    )
    kind: str = Field(max_length=10)
    partner_id: int | None = Field(
        default=None, foreign_key="partner.id", ondelete="CASCADE", index=True
    )
    agreement_id: int | None = Field(
        default=None, foreign_key="agreement.id", ondelete="CASCADE", index=True
    )
    document_id: int | None = None
    page_number: int | None = None
    head_length: int = Field(default=0)
    text: str = Field(default="")


class DocumentReplacement(SQLModel, table=True):
    """A record that a document's stored file was replaced by a different file.

    Written when a user "locates" a missing or changed file and confirms a
    file whose SHA-256 differs from the one recorded; ``replaced_by`` is the
    operating-system user name.
    """

    __tablename__ = "document_replacement"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", ondelete="CASCADE", index=True)
    replaced_at: dt.datetime = Field(
        default_factory=utcnow, sa_type=sa.DateTime(timezone=True), nullable=False
    )
    replaced_by: str = Field(default="", max_length=200)
    old_sha256: str = Field(max_length=64)
    new_sha256: str = Field(max_length=64)
    old_size: int = Field(sa_type=sa.BigInteger)
    new_size: int = Field(sa_type=sa.BigInteger)
    original_name: str = Field(default="", max_length=1000)


class History(SQLModel, table=True):
    """One entry of a record's history: append-only, never changed or deleted by Accord.

    ``at`` is UTC; ``user`` the operating-system user name; ``record_kind``
    is ``partner``, ``agreement`` or ``document`` (no foreign key: the
    history outlives a record deleted for good); ``action`` one of
    :data:`db.storage.history_recorder.ACTIONS`; ``field`` the attribute name for
    ``created``/``changed`` rows; values are text as shown to a person
    (dates ISO, enums by label, lists joined with ``"; "``).
    """

    __tablename__ = "history"
    __table_args__ = (sa.Index("ix_history_record", "record_kind", "record_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(
        default_factory=utcnow, sa_type=sa.DateTime(timezone=True), nullable=False
    )
    user: str = Field(default="", max_length=200)
    record_kind: str = Field(max_length=20)
    record_id: int
    action: str = Field(max_length=40)
    field: str | None = Field(default=None, max_length=100)
    old_value: str | None = None
    new_value: str | None = None
