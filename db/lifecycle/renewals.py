"""Automatic renewals: an agreement that renews by its own terms is renewed once its end passes.

For an agreement in use whose renewal is automatic, with a term and an end date before
the day asked about, and neither terminated nor superseded by then,
:func:`apply_automatic_renewals` adds one renewal event per term that has run out, each
marked ``automatic``, and moves the end date to the last one's new expiry: the first
end date on or after the day. The renewal events are dated the day after the end they
continue from, and each new expiry is counted from the first end of the series, never
step by step (:mod:`db.periods`): a one-month term ending 31 January runs to
28 (or 29) February, then 31 March. The history says so: the agreement's ``events`` and
``expires_on`` changed, by :data:`RENEWAL_USER`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import col, select

from db.enums import EventKind, Renewal
from db.lifecycle.events import events_of, set_events
from db.models import Agreement
from db.periods import period_from_iso
from db.schemas import EventData
from db.server.roles import Action, Role, may

if TYPE_CHECKING:
    from db.library import Library

# The user the history names for a renewal Accord made by an agreement's own terms.
RENEWAL_USER = "Accord (automatic renewal)"


def _series_start(events: list[EventData], expires_on: dt.date) -> tuple[dt.date, int]:
    """The end the current series of automatic renewals counts from, and how many terms
    it has run: the trailing automatic renewals' first end (its date minus a day)."""
    count = 0
    start = expires_on
    for event in reversed(events):
        if event.kind is not EventKind.RENEWED or not event.automatic:
            break
        count += 1
        start = event.date - dt.timedelta(days=1)
    return start, count


def renewals_due(
    expires_on: dt.date, term_iso: str, events: list[EventData], today: dt.date
) -> list[EventData]:
    """The automatic renewals an agreement ending ``expires_on``, renewing for ``term_iso``
    (``"P12M"``), needs so that it is in force on ``today``; none if it already is.

    At most 1,000 terms are added at once (a daily term left for years would otherwise
    write thousands of events); raises nothing (a term that runs past year 9999 stops).
    """
    term = period_from_iso(term_iso)
    if term is None or expires_on >= today:
        return []
    anchor, done = _series_start(events, expires_on)
    added: list[EventData] = []
    end = expires_on
    while end < today and len(added) < 1000:
        try:
            new_end = term.added_to(anchor, done + len(added) + 1)
        except OverflowError:
            break
        added.append(
            EventData(
                kind=EventKind.RENEWED,
                date=end + dt.timedelta(days=1),
                new_expiry=new_end,
                automatic=True,
            )
        )
        end = new_end
    return added


def apply_automatic_renewals(library: Library, today: dt.date | None = None) -> list[int]:
    """Renew every agreement due for an automatic renewal on ``today`` (default: the
    local date), in one transaction; return their IDs. A read-only library, and a server
    library opened by a reader, is left as it is (nothing is returned).

    Raises :class:`db.errors.LibraryError` when the library cannot be written.
    """
    today = today or dt.date.today()
    if getattr(library, "read_only", False) or not may(
        getattr(library, "role", Role.EDITOR), Action.EDIT
    ):
        return []  # a reader's window renews nothing: an editor's will
    with library.session(write=True) as session:
        session.info["user"] = RENEWAL_USER
        superseding = (
            select(Agreement.supersedes_id)
            .where(col(Agreement.deleted_at).is_(None))
            .where(col(Agreement.supersedes_id).is_not(None))
            .where(sa.func.coalesce(Agreement.effective_from, Agreement.date_signed) <= today)
        )
        due = session.exec(
            select(Agreement)
            .where(col(Agreement.deleted_at).is_(None))
            .where(Agreement.renewal == Renewal.AUTOMATIC)
            .where(col(Agreement.expires_on) < today)
            .where(Agreement.renewal_term != "")
            .where(col(Agreement.id).not_in(superseding))
        ).all()
        renewed: list[int] = []
        for agreement in due:
            events = events_of(agreement)
            if any(e.kind is EventKind.TERMINATED for e in events):
                continue
            assert agreement.expires_on is not None
            added = renewals_due(agreement.expires_on, agreement.renewal_term, events, today)
            if added and set_events(session, agreement, events + added, keep_expiry=False):
                renewed.append(agreement.id)  # type: ignore[arg-type]
        session.commit()
    return renewed
