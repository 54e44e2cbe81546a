"""What planning an agreements file knows of the library: its agreements and partners,
loaded once and indexed for matching (:class:`Snapshot`), and how the preview shows a
field's value."""

from __future__ import annotations

import datetime as dt
from collections import namedtuple
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

import sqlalchemy as sa

from db.agreement_fields import AGREEMENT_FIELDS, FIELD_OF_COLUMN, STORED, WRITTEN_WITH
from db.enums import LabelledEnum
from db.i18n.translate import language
from db.lifecycle.events import events_text
from db.models import Agreement, Partner
from db.partner_names import display_name
from db.record_fields import LIST_SEPARATOR
from db.storage.bulk import fetch_rows
from db.text import Folds, fold

# Column → field of an agreement, for the columns an agreement row writes (its events too).
FIELDS = {**FIELD_OF_COLUMN, **WRITTEN_WITH}
# How the preview shows a field of a kind that a writer of its own writes (periods...).
_WRITERS = {f.name: f.write for f in AGREEMENT_FIELDS if f.kind in ("period", "signatories")}
# What planning knows of an agreement: its ID, its partner's ID and name, every field of
# the agreement (AGREEMENT_FIELDS) and when it last changed, in that order.
FACTS = ("id", "partner_id", "partner_name",
         *(f.name for f in STORED if f.name != "partner_id"), "updated_at")  # fmt: skip

if TYPE_CHECKING:
    from sqlmodel import Session

    from db.schemas import EventData, PartnerRead

    class AgreementFacts(NamedTuple):
        """What planning an import needs of an agreement in use (no ORM, no pydantic):
        the fields of :data:`FACTS` (those named here, and every other field)."""

        id: int
        partner_id: int
        partner_name: str
        title: str
        date_signed: dt.date
        updated_at: dt.datetime

        def __getattr__(self, name: str) -> Any: ...

else:
    AgreementFacts = namedtuple("AgreementFacts", FACTS)  # noqa: PYI024 - built from the table


PartnerRef = int | str  # an existing partner's ID, or the folded name of a new one
Key = tuple[PartnerRef, str, dt.date]


@dataclass
class Snapshot:
    """The library's agreements and partners, loaded once and indexed for matching."""

    agreements: dict[int, AgreementFacts]
    partners: dict[int, PartnerRead]
    by_key: dict[Key, int] = field(default_factory=dict)
    by_partner_date: dict[tuple[int, dt.date], list[int]] = field(default_factory=dict)
    partner_by_name: dict[str, PartnerRead] = field(default_factory=dict)
    # Names of partners in the trash, folded: a new partner cannot take one.
    trashed_partners: dict[str, str] = field(default_factory=dict)
    # Names of each agreement's documents in use, by agreement ID (only when the file has
    # a Documents column: its cells are compared, never imported).
    documents: dict[int, list[str]] = field(default_factory=dict)
    # Each agreement's events, by agreement ID (only when the file has an Events column).
    events: dict[int, list[EventData]] = field(default_factory=dict)

    def held(self, existing: AgreementFacts, name: str) -> Any:
        """The value of field ``name`` the library holds for the agreement ``existing``."""
        if name == "events":
            return self.events.get(existing.id, [])
        return getattr(existing, name)

    def __post_init__(self) -> None:
        folds = Folds()  # titles repeat
        for agreement in self.agreements.values():
            key = match_key(agreement.partner_id, agreement.title, agreement.date_signed, folds)
            self.by_key[key] = agreement.id
            pair = (agreement.partner_id, agreement.date_signed)
            self.by_partner_date.setdefault(pair, []).append(agreement.id)
        for partner in self.partners.values():
            for other_name in (partner.local_name, partner.office_name):
                if other_name:
                    self.partner_by_name.setdefault(fold(other_name), partner)
        for partner in self.partners.values():
            self.partner_by_name[fold(partner.name)] = partner


def match_key(partner: PartnerRef, title: str, date: dt.date, folds: Any = None) -> Key:
    """The key an agreement is matched by: partner, title folded and trimmed, date signed
    (``folds``: a :class:`~db.text.Folds` that remembers titles, for bulk runs)."""
    return (partner, fold(title.strip()) if folds is None else folds[title.strip()], date)


def shown_value(field_name: str, value: Any, snapshot: Snapshot, new_names: dict[str, str]) -> str:
    """Return a field's value as the preview shows it."""
    if value is None:
        return ""
    if field_name == "partner_id":
        if isinstance(value, str):
            return new_names.get(value, value)
        partner = snapshot.partners[value]
        return display_name(partner.name, partner.office_name)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, LabelledEnum):
        return value.label_in(language())
    if field_name == "events":
        return events_text(value, language())
    if field_name in _WRITERS:
        return _WRITERS[field_name](value, _Shown())  # type: ignore[misc]
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return str(value)


class _Shown:
    """The report format a preview writes a period or signatories in (the window's
    language)."""

    encoding = "utf-8"

    @property
    def header_language(self) -> str:
        return language()

    def date(self, value: dt.date | None) -> str:
        return "" if value is None else value.isoformat()


def agreement_facts(session: Session) -> list[AgreementFacts]:
    """Return every agreement in use with one Core query (fast for 100,000).

    A Supersedes naming an agreement in the trash reads as none, as
    :func:`db.agreements.list_agreements` gives it.
    """
    a, p = Agreement.__table__, Partner.__table__  # type: ignore[attr-defined]
    s = a.alias("s")
    columns = {
        "partner_name": p.c.name,
        "supersedes_id": sa.case((s.c.deleted_at.is_(None), a.c.supersedes_id)),
    }
    query = (
        sa.select(*(columns[name] if name in columns else a.c[name] for name in FACTS))
        .join(p, p.c.id == a.c.partner_id)
        .outerjoin(s, s.c.id == a.c.supersedes_id)
        .where(a.c.deleted_at.is_(None))
    )
    facts = []
    make = AgreementFacts
    if not _LISTS:
        return [make(*row) for row in fetch_rows(session.connection(), query)]
    for row in fetch_rows(session.connection(), query):
        values = list(row)
        for n in _LISTS:  # its own list: a JSON value is shared by equal rows
            values[n] = list(values[n] or [])
        facts.append(make(*values))
    return facts


# The facts that are lists (areas), by position.
_LISTS = tuple(FACTS.index(f.name) for f in STORED if f.kind in ("list", "signatories"))
