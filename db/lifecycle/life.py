"""An agreement's life on a given day: its status, current expiry and notice deadline.

:class:`AgreementLife` holds what the derivation needs (read in bulk by
:mod:`db.lifecycle.lives`); :func:`status` derives where the agreement stands. The
status is never typed or stored: it follows from the agreement's fields, its events and
the day asked about, by these rules in this order (the first that applies):

1. **Terminated**: a termination dated on or before the day.
2. **Superseded**: an agreement in use names it as superseded and is in force (its
   entry into force is on or before the day).
3. **Expired**: it has an end date and the day is past it.
4. **Not yet in force**: its entry into force (or, without one, its signing) is ahead.
5. **Expiring**: its notice deadline, or without a notice period its end date, falls
   within ``lead_days`` of the day (or the deadline has passed and the end has not).
6. **Renewed**: it has been renewed.
7. **In force** otherwise.

The notice deadline is the end date minus the notice period (months by
:func:`db.periods.add_months`); a later termination date acts as the end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from db.enums import AgreementStatus, EventKind, Renewal
from db.periods import Period, period_from_iso

# Days ahead within which a coming notice deadline or end makes an agreement "Expiring",
# unless the user chose another lead time (the window's settings).
DEFAULT_LEAD_DAYS = 90


@dataclass(frozen=True)
class LifeEvent:
    """One stored event: ``kind``, ``date``, a renewal's ``new_expiry``, a ``note``, and
    whether Accord made it by the agreement's terms (``automatic``)."""

    kind: EventKind
    date: dt.date
    new_expiry: dt.date | None = None
    note: str = ""
    automatic: bool = False


@dataclass(frozen=True)
class AgreementLife:
    """What an agreement's status and dates are derived from.

    ``expires_on`` is the current end date (a renewal moves it); ``superseded_on`` the
    entry into force of the newest agreement in use that supersedes it, with its ID in
    ``superseded_by``; ``events`` in date order.
    """

    id: int
    partner_id: int
    title: str
    date_signed: dt.date
    effective_from: dt.date | None = None
    expires_on: dt.date | None = None
    renewal: Renewal = Renewal.NONE
    renewal_term: str = ""
    notice_period: str = ""
    events: tuple[LifeEvent, ...] = field(default=())
    superseded_by: int | None = None
    superseded_on: dt.date | None = None
    supersedes_id: int | None = None

    @property
    def in_force_from(self) -> dt.date:
        """The day it entered (or enters) into force: ``effective_from``, else signed."""
        return self.effective_from or self.date_signed

    @property
    def terminated_on(self) -> dt.date | None:
        """The date of its (last) termination, none if it was never terminated."""
        dates = [e.date for e in self.events if e.kind is EventKind.TERMINATED]
        return max(dates) if dates else None

    @property
    def renewals(self) -> tuple[LifeEvent, ...]:
        """Its renewals, in date order."""
        return tuple(e for e in self.events if e.kind is EventKind.RENEWED)

    @property
    def notice(self) -> Period | None:
        """Its notice period, none if none is recorded."""
        return period_from_iso(self.notice_period)

    @property
    def term(self) -> Period | None:
        """The term an automatic renewal adds, none if none is recorded."""
        return period_from_iso(self.renewal_term)

    @property
    def notice_deadline(self) -> dt.date | None:
        """The last day to give notice: the end date minus the notice period; none without
        an end date or a notice period."""
        notice = self.notice
        if self.expires_on is None or notice is None:
            return None
        try:
            return notice.added_to(self.expires_on, -1)
        except OverflowError:
            return None


def status(
    life: AgreementLife, today: dt.date, lead_days: int = DEFAULT_LEAD_DAYS
) -> AgreementStatus:
    """Return where ``life`` stands on ``today`` by the module's rules; ``lead_days``
    (>= 0) is how near a deadline makes it "Expiring"."""
    terminated = life.terminated_on
    if terminated is not None and terminated <= today:
        return AgreementStatus.TERMINATED
    if life.superseded_on is not None and life.superseded_on <= today:
        return AgreementStatus.SUPERSEDED
    if life.expires_on is not None and life.expires_on < today:
        return AgreementStatus.EXPIRED
    if life.in_force_from > today:
        return AgreementStatus.NOT_YET_IN_FORCE
    horizon = today + dt.timedelta(days=max(lead_days, 0))
    due = life.notice_deadline or life.expires_on
    if due is not None and due <= horizon:
        return AgreementStatus.EXPIRING
    if terminated is not None and terminated <= horizon:
        return AgreementStatus.EXPIRING
    if life.renewals:
        return AgreementStatus.RENEWED
    return AgreementStatus.IN_FORCE
