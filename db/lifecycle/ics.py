"""What is coming as an iCalendar file (RFC 5545), for Outlook, Google or Apple Calendar.

One ``VCALENDAR`` (``PRODID``, ``VERSION:2.0``, ``CALSCALE:GREGORIAN``) with one all-day
``VEVENT`` per :class:`~db.lifecycle.upcoming.UpcomingItem`: ``DTSTART;VALUE=DATE`` on
its date, ``DTEND`` the next day (RFC 5545 3.6.1: an all-day event ends, exclusive, on
the following date), ``SUMMARY`` and ``DESCRIPTION`` in the chosen language
(:mod:`db.lifecycle.upcoming_text`), ``TRANSP:TRANSPARENT`` (a date to remember, not
busy time). The ``icalendar`` package writes the lines: CRLF ends, folding at 75
octets (never inside a UTF-8 character), TEXT escaping.

Importing the file again updates what an earlier import added instead of adding it twice:

- ``UID`` is the item's stable key (:attr:`UpcomingItem.key`, which names what the
  date is about, never the date) ``@`` the library's identity (:func:`library_identity`).
  An expiry keeps its UID once it has passed (the "expired" item is the same event).
- ``SEQUENCE`` is the ``version`` of the record the date comes from (the agreement, or
  the partner for an affiliation's anniversary): every change to it counts one more, so
  a moved expiry comes with a higher sequence, as RFC 5545 3.8.7.4 asks of a revision.
- ``DTSTAMP`` is that record's ``updated_at`` (UTC): for a file without ``METHOD`` it
  says when the information was last revised (RFC 5545 3.8.7.2); an unchanged library
  gives the same bytes again.

A date that is no longer coming (an agreement terminated) is not in a new file, and a
calendar keeps what an earlier import added: the file cannot name what it no longer holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.errors import ExportError
from db.i18n.translate import fill, translate
from db.lifecycle.upcoming import ItemKind, UpcomingItem
from db.lifecycle.upcoming_text import partner_name, summary, what
from db.storage.files import atomic_write, reason

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Sequence

    from db.library import Library
    from db.lifecycle.lives import Lives

PRODID = "-//Accord//Upcoming dates//EN"
# IDs per IN list when reading versions (well under SQLite's and PostgreSQL's limits).
_CHUNK = 900


def library_identity(library: Library) -> str:
    """A stable name of ``library`` for calendar UIDs: ``"accord-"`` and 16 hex digits.

    Accord's libraries carry no identity of their own, so it is derived from the moment
    their records began: the earliest ``created_at`` of any partner or agreement (in the
    trash or not), hashed. Two libraries made at different moments (to the microsecond)
    never share it; a backup, a copy or a move of a library keeps it (the same records,
    the same events). Purging that oldest record for good changes it. A library without
    records (nothing to put in a calendar) is named by its folder.
    """
    with library.session() as session:
        first = (
            session.connection()
            .execute(
                sa.text(
                    "SELECT MIN(created_at) FROM ("
                    "SELECT created_at FROM partner UNION ALL SELECT created_at FROM agreement) t"
                )
            )
            .scalar()
        )
    seed = f"created:{_utc_text(first)}" if first is not None else f"folder:{library.root}"
    return "accord-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]


def _utc_text(value: object) -> str:
    """A stored timestamp as the same text on SQLite (ISO text) and PostgreSQL (aware)."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat(sep=" ", timespec="microseconds")


def uid(item: UpcomingItem, identity: str) -> str:
    """The calendar UID of ``item`` (see the module): an expired item keeps its expiry's."""
    key = item.key
    if item.kind is ItemKind.EXPIRED:
        key = UpcomingItem(ItemKind.EXPIRY, item.date, item.partner_id, item.agreement_id).key
    return f"{key}@{identity}"


def _revisions(
    library: Library, items: Sequence[UpcomingItem]
) -> dict[tuple[str, int], tuple[int, dt.datetime]]:
    """``(version, updated_at)`` of the agreements and partners ``items`` are about."""
    wanted = {
        "agreement": sorted({i.agreement_id for i in items if i.agreement_id is not None}),
        "partner": sorted({i.partner_id for i in items if i.kind is ItemKind.PARTNER_ANNIVERSARY}),
    }
    found: dict[tuple[str, int], tuple[int, dt.datetime]] = {}
    with library.session() as session:
        connection = session.connection()
        for table, ids in wanted.items():
            for start in range(0, len(ids), _CHUNK):
                listed = ", ".join(str(int(i)) for i in ids[start : start + _CHUNK])
                rows = connection.execute(
                    sa.text(f"SELECT id, version, updated_at FROM {table} WHERE id IN ({listed})")
                )
                for ident, version, updated in rows:
                    moment = dt.datetime.fromisoformat(_utc_text(updated)).replace(tzinfo=dt.UTC)
                    found[(table, int(ident))] = (int(version or 1), moment)
    return found


def _description(item: UpcomingItem, partner: str) -> str:
    lines = [what(item)]
    #: A line of a calendar event's description: the partner's name.
    lines.append(fill(translate("upcoming", "Partner: {partner}"), partner=partner))
    if item.agreement_id is not None:
        #: A line of a calendar event's description: the agreement's ID and title.
        agreement = translate("upcoming", "Agreement {id}: {title}")
        lines.append(fill(agreement, id=item.agreement_id, title=item.title))
    #: The last line of a calendar event's description: where it came from.
    lines.append(translate("upcoming", "From Accord's records."))
    return "\n".join(lines)


def calendar_bytes(
    items: Iterable[UpcomingItem],
    *,
    lives: Lives,
    identity: str,
    revisions: dict[tuple[str, int], tuple[int, dt.datetime]] | None = None,
) -> bytes:
    """The iCalendar file of ``items`` (see the module), partners named from ``lives``;
    ``revisions`` gives each record's ``(version, updated_at)`` (default: 0 and the epoch)."""
    from icalendar import Calendar, Event  # 0.15 s to import: only when a file is made

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    #: The name a calendar application gives the imported calendar.
    calendar.add("x-wr-calname", translate("upcoming", "Accord: upcoming dates"))
    epoch = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    for item in items:
        shown = item
        if item.kind is ItemKind.EXPIRED:  # the same event as its expiry, and the same words
            shown = UpcomingItem(
                ItemKind.EXPIRY, item.date, item.partner_id, item.agreement_id, item.title
            )
        partner = partner_name(lives, item.partner_id)
        record = (
            ("agreement", item.agreement_id)
            if item.agreement_id is not None
            else ("partner", item.partner_id)
        )
        version, stamp = (revisions or {}).get(record, (0, epoch))
        event = Event()
        event.add("uid", uid(item, identity))
        event.add("dtstamp", stamp)
        event.add("sequence", version)
        event.add("dtstart", item.date)
        event.add("dtend", item.date + dt.timedelta(days=1))
        event.add("summary", summary(shown, partner))
        event.add("description", _description(shown, partner))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def write_ics(
    library: Library,
    items: Sequence[UpcomingItem],
    lives: Lives,
    destination: str | os.PathLike[str],
) -> int:
    """Write ``items`` as an iCalendar file at ``destination`` (replaced atomically:
    :func:`db.storage.files.atomic_write`); return how many events it holds.

    Raises :class:`~db.errors.ExportError` when the file cannot be written (it is then
    left as it was) and :class:`~db.errors.LibraryError` when the library cannot be read.
    """
    from pathlib import Path

    target = Path(destination)
    if not str(destination).strip():
        raise ExportError(translate("upcoming", "No file name was given for the calendar."))
    data = calendar_bytes(
        items,
        lives=lives,
        identity=library_identity(library),
        revisions=_revisions(library, items),
    )
    try:
        atomic_write(target, data)
    except OSError as exc:
        raise ExportError(
            fill(
                translate("upcoming", "{target} cannot be written: {reason}."),
                target=target,
                reason=reason(exc),
            )
        ) from exc
    return len(items)
