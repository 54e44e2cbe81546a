"""What forms produce and what views receive, apart from the tables.

Names, titles and areas are stored as :func:`db.text.clean` gives them, notes
as :func:`db.text.clean_notes` does (no byte-order mark or surrounding white
space): by every path (a form, an update, an import, which says so in its
preview), so that an export imports back exactly.

``*Create``/``*Update`` are validated inputs of the use cases; ``*Read`` are
plain, fully loaded values returned by them, safe to keep after the session
that made them has closed (no lazy loading in a view).
"""

from __future__ import annotations

import datetime as dt

from pydantic import field_validator
from sqlmodel import SQLModel

from db.enums import AgreementType, DocumentRole, EventKind, PartnerKind, Relationship, Renewal
from db.i18n.languages import language_name
from db.models import AgreementBase, PartnerBase
from db.periods import parse_period
from db.text import clean, clean_notes


class EventData(SQLModel):
    """An event in an agreement's life as a form, a CSV cell or a read gives it (see
    :class:`db.models.AgreementEvent`); ``note`` is one line."""

    kind: EventKind
    date: dt.date
    new_expiry: dt.date | None = None
    note: str = ""
    automatic: bool = False

    @field_validator("note", mode="before")
    @classmethod
    def _clean_note(cls, value: str | None) -> str:
        return clean(value or "")


def _stored_period(value: str | None) -> str:
    """A period as stored (``"P3M"``) from any form :func:`db.periods.parse_period` reads;
    raises ``ValueError`` (a sentence) for text that is not one."""
    period = parse_period(value or "")
    return "" if period is None else period.iso


def _clean_signatories(value: list | None) -> list[dict[str, str]]:
    """Signatories as ``{"name", "title"}`` dicts, cleaned, blank ones dropped (a string
    item is a name without a title)."""
    found: list[dict[str, str]] = []
    for item in value or []:
        if isinstance(item, str):
            item = {"name": item, "title": ""}
        name, title = clean(item.get("name") or ""), clean(item.get("title") or "")
        if name or title:
            found.append({"name": name, "title": title})
    return found


class PartnerCreate(PartnerBase):
    """The fields of a partner as a form or a CSV row gives them."""

    @field_validator("name", "local_name", "office_name", "country", mode="before")
    @classmethod
    def _clean_line(cls, value: str | None) -> str:
        return clean(value)

    @field_validator("notes", mode="before")
    @classmethod
    def _clean_notes(cls, value: str | None) -> str:
        return clean_notes(value or "")


class PartnerUpdate(PartnerBase):
    """A change to a partner: only the fields that are set are changed.

    Every field is optional: the ones the base declares without a default are
    declared again here as optional; the others keep the base's declaration
    (their defaults are never written: only the fields set are).
    """

    name: str | None = None  # type: ignore[assignment]
    local_name: str | None = None  # type: ignore[assignment]
    office_name: str | None = None  # type: ignore[assignment]
    country: str | None = None  # type: ignore[assignment]
    kind: PartnerKind | None = None  # type: ignore[assignment]
    relationship: Relationship | None = None  # type: ignore[assignment]
    notes: str | None = None  # type: ignore[assignment]

    @field_validator("name", "local_name", "office_name", "country", mode="before")
    @classmethod
    def _clean_line(cls, value: str | None) -> str | None:
        return None if value is None else clean(value)

    @field_validator("notes", mode="before")
    @classmethod
    def _clean_notes(cls, value: str | None) -> str | None:
        return None if value is None else clean_notes(value)


class PartnerRead(PartnerBase):
    """A partner with the number of its agreements."""

    id: int
    agreement_count: int = 0
    created_at: dt.datetime
    updated_at: dt.datetime
    # 1 when created, one more on every change (pass it back as ``expected_version``).
    version: int = 1
    # When it was moved to the trash (UTC); ``None`` for a record in use.
    deleted_at: dt.datetime | None = None


class AgreementCreate(AgreementBase):
    """The fields of an agreement as a form or a CSV row gives them, with its events."""

    events: list[EventData] = []

    @field_validator("place_signed", "responsible_staff", mode="before")
    @classmethod
    def _clean_line(cls, value: str | None) -> str:
        return clean(value or "")

    @field_validator("renewal_term", "notice_period", mode="before")
    @classmethod
    def _period(cls, value: str | None) -> str:
        return _stored_period(value)

    @field_validator("office_signatories", "partner_signatories", mode="before")
    @classmethod
    def _signatories(cls, value: list | None) -> list[dict[str, str]]:
        return _clean_signatories(value)

    @field_validator("title", mode="before")
    @classmethod
    def _clean_title(cls, value: str | None) -> str:
        return clean(value)

    @field_validator("notes", mode="before")
    @classmethod
    def _clean_notes(cls, value: str | None) -> str:
        return clean_notes(value or "")

    @field_validator("areas", mode="before")
    @classmethod
    def _clean_areas(cls, value: list[str] | None) -> list[str]:
        return clean_areas(value or [])


class AgreementUpdate(AgreementBase):
    """A change to an agreement: only the fields that are set are changed.

    As :class:`PartnerUpdate`: the fields the base declares without a default,
    and those whose ``None`` means "unchanged" rather than "none", are declared
    again as optional; an optional field (``expires_on``) is the base's own.
    """

    partner_id: int | None = None  # type: ignore[assignment]
    title: str | None = None  # type: ignore[assignment]
    type: AgreementType | None = None  # type: ignore[assignment]
    date_signed: dt.date | None = None  # type: ignore[assignment]
    areas: list[str] | None = None  # type: ignore[assignment]
    notes: str | None = None  # type: ignore[assignment]
    renewal: Renewal | None = None  # type: ignore[assignment]
    renewal_term: str | None = None  # type: ignore[assignment]
    notice_period: str | None = None  # type: ignore[assignment]
    office_signatories: list[dict[str, str]] | None = None  # type: ignore[assignment]
    partner_signatories: list[dict[str, str]] | None = None  # type: ignore[assignment]
    place_signed: str | None = None  # type: ignore[assignment]
    responsible_staff: str | None = None  # type: ignore[assignment]
    # The events as they are to be (all of them); None: unchanged.
    events: list[EventData] | None = None

    @field_validator("place_signed", "responsible_staff", mode="before")
    @classmethod
    def _clean_line(cls, value: str | None) -> str | None:
        return None if value is None else clean(value)

    @field_validator("renewal_term", "notice_period", mode="before")
    @classmethod
    def _period(cls, value: str | None) -> str | None:
        return None if value is None else _stored_period(value)

    @field_validator("office_signatories", "partner_signatories", mode="before")
    @classmethod
    def _signatories(cls, value: list | None) -> list[dict[str, str]] | None:
        return None if value is None else _clean_signatories(value)

    @field_validator("title", mode="before")
    @classmethod
    def _clean_title(cls, value: str | None) -> str | None:
        return None if value is None else clean(value)

    @field_validator("notes", mode="before")
    @classmethod
    def _clean_notes(cls, value: str | None) -> str | None:
        return None if value is None else clean_notes(value)

    @field_validator("areas", mode="before")
    @classmethod
    def _clean_areas(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else clean_areas(value)


class DocumentRead(SQLModel):
    """A document of an agreement; ``stored_path`` is relative to the library."""

    id: int
    agreement_id: int
    original_name: str
    stored_path: str
    size: int
    sha256: str
    language: str
    role: DocumentRole
    page_count: int | None
    title: str
    encrypted: bool
    added_at: dt.datetime
    version: int = 1
    deleted_at: dt.datetime | None = None

    @property
    def language_name(self) -> str:
        """English name of the language ("Korean"), "" when none is set."""
        return language_name(self.language)


class AgreementRead(AgreementBase):
    """An agreement with its partner's main fields and its documents."""

    id: int
    partner_name: str
    partner_country: str
    relationship: Relationship
    partner_office_name: str = ""
    documents: list[DocumentRead] = []
    events: list[EventData] = []
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int = 1
    deleted_at: dt.datetime | None = None

    @property
    def document_count(self) -> int:
        """Number of documents attached."""
        return len(self.documents)


def clean_areas(areas: list[str] | str) -> list[str]:
    """Return areas of cooperation cleaned: trimmed, empty ones and repeats dropped.

    A string is split on ``;`` (the CSV list separator) first. Order is kept;
    repeats are judged without regard to case.
    """
    if isinstance(areas, str):
        areas = areas.split(";")
    seen: set[str] = set()
    result: list[str] = []
    for area in areas:
        text = clean(area)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            result.append(text)
    return result
