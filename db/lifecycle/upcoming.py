"""What is coming: notice deadlines, expiries and anniversaries ahead, and recent expiries.

:func:`upcoming` turns the lives read by :func:`db.lifecycle.lives.read_lives` into
:class:`UpcomingItem` values, earliest first:

- **notice deadlines** and **expiries** of agreements in force within the next ``days``
  days (today included), and a termination dated ahead, as an expiry;
- **expired**: agreements whose end date fell in the last :data:`RECENT_DAYS` days;
- **anniversaries** within the next twelve months (today included, up to the same day
  next year excluded): the 5th, 10th, 15th, 20th, 25th, 30th, then every 10th
  (40th, 50th...) year of each partner's affiliation and of each agreement's signing
  (:data:`MILESTONES`); 29 February's falls on 28 February in a common year.

An agreement terminated, superseded or expired gets no deadline; an anniversary of
signing is kept for every agreement in use (a relationship's history outlives the
instrument). Each item has a stable ``key`` (:attr:`UpcomingItem.key`) naming what it is
about, not its date, so that a calendar updates a moved expiry instead of adding one,
and a reminder silenced for it stays silenced.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.enums import AgreementStatus
from db.lifecycle.life import AgreementLife, status
from db.lifecycle.lives import read_lives
from db.periods import anniversary

if TYPE_CHECKING:
    from db.library import Library
    from db.lifecycle.lives import Lives

# Days back within which an agreement that expired is still shown.
RECENT_DAYS = 30
# The lead times the view offers, in days.
LEAD_CHOICES = (30, 90, 180)


def is_milestone(years: int) -> bool:
    """Whether the ``years``-th anniversary is one the office marks: 5, 10, ... 30, then
    every tenth year (40, 50, ...)."""
    return years > 0 and (years % 5 == 0 if years <= 30 else years % 10 == 0)


MILESTONES = tuple(n for n in range(1, 201) if is_milestone(n))


class ItemKind(enum.StrEnum):
    """What an upcoming date is."""

    NOTICE_DEADLINE = "notice"
    EXPIRY = "expiry"
    EXPIRED = "expired"
    AGREEMENT_ANNIVERSARY = "signing-anniversary"
    PARTNER_ANNIVERSARY = "affiliation-anniversary"


@dataclass(frozen=True)
class UpcomingItem:
    """One date ahead (or just past, for :attr:`ItemKind.EXPIRED`).

    ``agreement_id`` is set for an agreement's date, ``partner_id`` always; ``years`` is an
    anniversary's number (30 for the 30th); ``title`` the agreement's title, or "" for a
    partner's anniversary.
    """

    kind: ItemKind
    date: dt.date
    partner_id: int
    agreement_id: int | None = None
    title: str = ""
    years: int = 0

    @property
    def key(self) -> str:
        """A stable name of what the item is about (not its date): ``"expiry-agreement-12"``,
        ``"signing-anniversary-30-agreement-12"``, ``"affiliation-anniversary-30-partner-3"``.
        The calendar's UID and the reminder's silencing use it."""
        if self.kind in (ItemKind.AGREEMENT_ANNIVERSARY, ItemKind.PARTNER_ANNIVERSARY):
            target = (
                f"agreement-{self.agreement_id}"
                if self.agreement_id is not None
                else f"partner-{self.partner_id}"
            )
            return f"{self.kind.value}-{self.years}-{target}"
        return f"{self.kind.value}-agreement-{self.agreement_id}"


_ENDED = frozenset(
    {AgreementStatus.TERMINATED, AgreementStatus.SUPERSEDED, AgreementStatus.EXPIRED}
)


def _next_milestone(day: dt.date, today: dt.date) -> tuple[int, dt.date] | None:
    """The milestone anniversary of ``day`` in [today, today + 1 year), if one falls there."""
    for years in (today.year - day.year, today.year - day.year + 1):
        if not is_milestone(years):
            continue
        try:
            when = anniversary(day, years)
        except OverflowError:
            continue
        if today <= when < anniversary(today, 1):
            return years, when
    return None


def _agreement_items(life: AgreementLife, today: dt.date, horizon: dt.date) -> list[UpcomingItem]:
    found: list[UpcomingItem] = []
    where = {"partner_id": life.partner_id, "agreement_id": life.id, "title": life.title}
    state = status(life, today)
    end = life.expires_on
    terminated = life.terminated_on
    if state is AgreementStatus.EXPIRED and end is not None:
        if end >= today - dt.timedelta(days=RECENT_DAYS):
            found.append(UpcomingItem(ItemKind.EXPIRED, end, **where))  # type: ignore[arg-type]
    elif state not in _ENDED:
        if terminated is not None and terminated > today:
            end = terminated if end is None else min(end, terminated)
        if end is not None and today <= end <= horizon:
            found.append(UpcomingItem(ItemKind.EXPIRY, end, **where))  # type: ignore[arg-type]
        deadline = life.notice_deadline
        if deadline is not None and today <= deadline <= horizon and end == life.expires_on:
            found.append(UpcomingItem(ItemKind.NOTICE_DEADLINE, deadline, **where))  # type: ignore[arg-type]
    milestone = _next_milestone(life.date_signed, today)
    if milestone is not None:
        years, when = milestone
        found.append(UpcomingItem(ItemKind.AGREEMENT_ANNIVERSARY, when, years=years, **where))  # type: ignore[arg-type]
    return found


def upcoming(lives: Lives, today: dt.date, days: int = 90) -> list[UpcomingItem]:
    """Return what is coming in the next ``days`` days (>= 0) from ``today``, with recent
    expiries and the next twelve months' anniversaries, by date, then kind, then
    partner and agreement ID."""
    horizon = today + dt.timedelta(days=max(days, 0))
    found: list[UpcomingItem] = []
    for life in lives.agreements:
        found.extend(_agreement_items(life, today, horizon))
    for partner in lives.partners.values():
        if partner.date_of_affiliation is None:
            continue
        milestone = _next_milestone(partner.date_of_affiliation, today)
        if milestone is not None:
            years, when = milestone
            found.append(UpcomingItem(ItemKind.PARTNER_ANNIVERSARY, when, partner.id, years=years))
    order = list(ItemKind)
    found.sort(key=lambda i: (i.date, order.index(i.kind), i.partner_id, i.agreement_id or 0))
    return found


def read_upcoming(
    library: Library, today: dt.date, days: int = 90
) -> tuple[Lives, list[UpcomingItem]]:
    """Return the lives of ``library`` that can have a date ahead, and what is coming
    (:func:`upcoming` of them): the same dates as ``upcoming(read_lives(library), ...)``.

    Only the agreements that can give one are read whole (:func:`candidate_ids`, in
    SQL): of 100,000 agreements, those that end near ``today``, have a notice period and
    an end ahead, a termination ahead, or a milestone anniversary in the next year; every
    partner. Raises :class:`~db.errors.LibraryError`
    when the library cannot be read.
    """
    lives = read_lives(library, agreement_ids=candidate_ids(library, today, days))
    return lives, upcoming(lives, today, days)


def _anniversary_ranges(today: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Dates whose milestone anniversary falls in [today, today + 1 year): one range per
    milestone, a day wider on each side (29 February's falls on the 28th)."""
    end = anniversary(today, 1)
    day = dt.timedelta(days=1)
    ranges = []
    for years in MILESTONES:
        try:
            ranges.append((anniversary(today, -years) - day, anniversary(end, -years) + day))
        except OverflowError:
            continue
    return ranges


def candidate_ids(library: Library, today: dt.date, days: int = 90) -> list[int]:
    """The IDs of the agreements in use that may have a date in :func:`upcoming` (a
    superset: :func:`upcoming` decides). Which agreement supersedes them
    :func:`~db.lifecycle.lives.read_lives` reads whatever the IDs."""
    import sqlalchemy as sa

    from db.enums import EventKind
    from db.models import Agreement, AgreementEvent

    a, e = Agreement.__table__.c, AgreementEvent.__table__.c  # type: ignore[attr-defined]
    horizon = today + dt.timedelta(days=max(days, 0))
    recent = today - dt.timedelta(days=RECENT_DAYS)
    ending = sa.select(e.agreement_id).where(
        e.kind == EventKind.TERMINATED, e.date >= today, e.date <= horizon
    )
    live = a.deleted_at.is_(None)
    ends = sa.and_(a.expires_on >= recent, sa.or_(a.expires_on <= horizon, a.notice_period != ""))
    parts = [sa.select(a.id).where(live, sa.or_(ends, a.id.in_(ending)))]
    # One range per milestone, each read through the index on date_signed: a UNION of
    # them takes half the time of one scan testing every range (SQLite, 100,000 rows).
    parts += [
        sa.select(a.id).where(live, a.date_signed.between(low, high))
        for low, high in _anniversary_ranges(today)
    ]
    query = sa.union(*parts)
    with library.session() as session:
        return [int(ident) for ident in session.connection().execute(query).scalars()]
