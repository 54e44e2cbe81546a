"""The lives of agreements and partners, read in bulk with plain SQL (no ORM objects).

One query reads every agreement in use (or one partner's, or some by ID) with what
:func:`db.lifecycle.life.status` needs, one more their events, and one the agreements
that supersede them: three queries whatever the number of agreements, so that the
upcoming dates of 100,000 agreements cost about what reading them costs. Agreements
and events in the trash are left out; a link from or to an agreement in the trash
reads as none (as :func:`db.agreements.list_agreements` has it).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from db.enums import AgreementStatus, AgreementType, EventKind, Relationship, Renewal
from db.lifecycle.life import DEFAULT_LEAD_DAYS, AgreementLife, LifeEvent, status

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from db.library import Library


@dataclass(frozen=True)
class PartnerLife:
    """A partner as a timeline and the anniversaries need it."""

    id: int
    name: str
    office_name: str
    local_name: str
    relationship: Relationship
    date_of_affiliation: dt.date | None


@dataclass(frozen=True)
class Lives:
    """Partners (by ID) and their agreements' lives, each partner's in signing order;
    ``types`` gives each agreement's type by ID (for the per-type count)."""

    partners: dict[int, PartnerLife]
    agreements: tuple[AgreementLife, ...]
    types: dict[int, AgreementType]

    def of_partner(self, partner_id: int) -> tuple[AgreementLife, ...]:
        """The lives of one partner's agreements, in signing order."""
        return tuple(a for a in self.agreements if a.partner_id == partner_id)


def _date(value: object) -> dt.date | None:
    # SQLite gives ISO text, PostgreSQL a date.
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def read_lives(
    library: Library,
    *,
    partner_ids: Collection[int] | None = None,
    agreement_ids: Sequence[int] | None = None,
    with_partners: bool = True,
) -> Lives:
    """Read the lives of the agreements in use (only those of ``partner_ids`` or with
    ``agreement_ids``, if given) and, unless not ``with_partners``, of every partner in use.

    Raises :class:`db.errors.LibraryError` when the library cannot be read.
    """
    where = ""
    superseded = ""
    if partner_ids is not None:
        where += f" AND a.partner_id IN ({', '.join(str(int(i)) for i in partner_ids) or 'NULL'})"
    if agreement_ids is not None:
        listed = ", ".join(str(int(i)) for i in agreement_ids) or "NULL"
        where += f" AND a.id IN ({listed})"
        superseded = f" AND a.supersedes_id IN ({listed})"
    with library.session() as session:
        connection = session.connection()
        partner_rows = (
            connection.execute(
                sa.text(
                    "SELECT id, name, office_name, local_name, relationship, "
                    "date_of_affiliation FROM partner WHERE deleted_at IS NULL"
                )
            ).all()
            if with_partners
            else []
        )
        rows = connection.execute(
            sa.text(
                "SELECT a.id, a.partner_id, a.title, a.date_signed, a.effective_from, "
                "a.expires_on, a.renewal, a.renewal_term, a.notice_period, "
                "CASE WHEN s.deleted_at IS NULL THEN a.supersedes_id END, a.type "
                "FROM agreement a JOIN partner p ON p.id = a.partner_id "
                "LEFT JOIN agreement s ON s.id = a.supersedes_id "
                f"WHERE a.deleted_at IS NULL AND p.deleted_at IS NULL{where} "
                "ORDER BY a.partner_id, a.date_signed, a.id"
            )
        ).all()
        superseding = connection.execute(
            sa.text(
                "SELECT a.id, a.supersedes_id, a.effective_from, a.date_signed FROM agreement a "
                f"WHERE a.deleted_at IS NULL AND a.supersedes_id IS NOT NULL{superseded}"
            )
        ).all()
        event_rows = connection.execute(
            sa.text(
                "SELECT e.agreement_id, e.kind, e.date, e.new_expiry, e.note, e.automatic "
                "FROM agreement_event e JOIN agreement a ON a.id = e.agreement_id "
                f"WHERE a.deleted_at IS NULL{where} ORDER BY e.agreement_id, e.date, e.id"
            )
        ).all()
    partners = {
        int(r[0]): PartnerLife(
            int(r[0]), r[1], r[2] or "", r[3] or "", Relationship(r[4]), _date(r[5])
        )
        for r in partner_rows
    }
    events: dict[int, list[LifeEvent]] = defaultdict(list)
    for aid, kind, date, new_expiry, note, automatic in event_rows:
        events[int(aid)].append(
            LifeEvent(EventKind(kind), _date(date), _date(new_expiry), note or "", bool(automatic))  # type: ignore[arg-type]
        )
    lives: dict[int, AgreementLife] = {}
    types: dict[int, AgreementType] = {}
    for aid, pid, title, signed, effective, expires, renewal, term, notice, sup, kind in rows:
        lives[int(aid)] = AgreementLife(
            id=int(aid),
            partner_id=int(pid),
            title=title,
            date_signed=_date(signed),  # type: ignore[arg-type]
            effective_from=_date(effective),
            expires_on=_date(expires),
            renewal=Renewal(renewal),
            renewal_term=term or "",
            notice_period=notice or "",
            events=tuple(events.get(int(aid), ())),
            supersedes_id=None if sup is None else int(sup),
        )
        types[int(aid)] = AgreementType(kind)
    _link_superseding(lives, superseding)
    return Lives(partners, tuple(lives.values()), types)


def _link_superseding(lives: dict[int, AgreementLife], superseding: Sequence[Any]) -> None:
    """Give each superseded agreement the first agreement in use that took its place (the
    earliest entry into force; ``superseding`` rows are (id, supersedes_id, effective
    from, date signed) of every agreement in use that supersedes one)."""
    first: dict[int, tuple[dt.date, int]] = {}
    for new_id, old_id, effective, signed in superseding:
        if int(old_id) not in lives:
            continue
        start = _date(effective) or _date(signed)
        assert start is not None
        known = first.get(int(old_id))
        if known is None or (start, int(new_id)) < known:
            first[int(old_id)] = (start, int(new_id))
    for old, (start, new_id) in first.items():
        lives[old] = replace(lives[old], superseded_by=new_id, superseded_on=start)


def agreement_status(
    library: Library, agreement_id: int, today: dt.date, lead_days: int = DEFAULT_LEAD_DAYS
) -> AgreementStatus | None:
    """The status of one agreement in use on ``today``; ``None`` if it is not in use."""
    return statuses(library, [agreement_id], today, lead_days).get(agreement_id)


def statuses(
    library: Library,
    agreement_ids: Sequence[int],
    today: dt.date,
    lead_days: int = DEFAULT_LEAD_DAYS,
) -> dict[int, AgreementStatus]:
    """The status on ``today`` of each of ``agreement_ids`` in use (a page of a table: four
    indexed queries, whatever the library's size), by ID."""
    lives = read_lives(library, agreement_ids=agreement_ids, with_partners=False)
    return {life.id: status(life, today, lead_days) for life in lives.agreements}
