"""An agreement's events as text (history, CSV cell), their rules, and writing them.

The text form is one event a line, in date order::

    2024-03-31 Renewed → 2029-03-31
    2025-01-10 Amended: Article 3 extended to tourism
    2026-02-01 Terminated: replaced by the 2026 memorandum

a date (ISO 8601, whatever the report's date style: a date inside a text cell is never
read by Excel), the event's label (English or the report's heading language:
``更新``, ``自動更新``, ``改正``, ``終了``), for a renewal an arrow and the new expiry,
and after ``": "`` the note. :func:`events_text` writes it, :func:`parse_events` reads
it back exactly (and the arrow as ``->``, a full-width colon, any case), so a CSV report
round-trips; the export's SQL writes the same lines (:mod:`db.csv.export_query`).

Rules (:func:`events_refusal`): no event before the date signed; a renewal gives its
new expiry, not before its date; at most one termination, and nothing after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from db.dates import parse_date
from db.enums import EventKind
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate, translate_into
from db.i18n.ui_language import LANGUAGES
from db.models import Agreement, AgreementEvent, History, utcnow
from db.schemas import EventData
from db.storage.history_recorder import user_of
from db.text import clean, fold

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from sqlmodel import Session

# Each event's label by (kind, made automatically), English, in context "lifecycle".
EVENT_LABELS = {
    #: An event in a CSV cell or history line: the agreement was renewed (by both sides).
    (EventKind.RENEWED, False): QT_TRANSLATE_NOOP("lifecycle", "Renewed"),
    #: An event in a CSV cell or history line: renewed by its own terms, automatically.
    (EventKind.RENEWED, True): QT_TRANSLATE_NOOP("lifecycle", "Renewed automatically"),
    #: An event in a CSV cell or history line: the agreement's text was amended.
    (EventKind.AMENDED, False): QT_TRANSLATE_NOOP("lifecycle", "Amended"),
    #: An event in a CSV cell or history line: the agreement was ended.
    (EventKind.TERMINATED, False): QT_TRANSLATE_NOOP("lifecycle", "Terminated"),
}
ARROW = "→"
_LINE = re.compile(
    r"(?P<date>\S+)\s+(?P<label>[^:：→]+?)\s*(?:(?:→|->)\s*(?P<expiry>[^:：]+?))?\s*(?:[:：]\s*(?P<note>.*))?"
)


def event_label(event: EventData, language: str = "en") -> str:
    """The label of ``event`` in ``language`` (``"Renewed automatically"``)."""
    key = (event.kind, event.automatic and event.kind is EventKind.RENEWED)
    return translate_into(language, "lifecycle", EVENT_LABELS[key])


def event_line(event: EventData, language: str = "en") -> str:
    """One event as the text form writes it (see the module)."""
    line = f"{event.date.isoformat()} {event_label(event, language)}"
    if event.new_expiry is not None:
        line += f" {ARROW} {event.new_expiry.isoformat()}"
    if event.note:
        line += f": {event.note}"
    return line


def events_text(events: Sequence[EventData], language: str = "en") -> str:
    """The events one a line (``"\\n"``), as given (callers keep date order)."""
    return "\n".join(event_line(event, language) for event in events)


def _labels() -> dict[str, tuple[EventKind, bool]]:
    found: dict[str, tuple[EventKind, bool]] = {}
    for code in LANGUAGES:
        for key, label in EVENT_LABELS.items():
            found.setdefault(fold(translate_into(code, "lifecycle", label)), key)
    for kind in EventKind:
        found.setdefault(kind.value, (kind, False))
    return found


def parse_events(text: str) -> list[EventData]:
    """Read the text form back, sorted by date; ``""`` is none.

    Raises ``ValueError`` with one sentence naming the line for a line that is not an
    event (a date, a known label, a renewal's new expiry as a date).
    """
    labels = _labels()
    events: list[EventData] = []
    for number, raw in enumerate((text or "").replace("\r\n", "\n").split("\n"), start=1):
        line = clean(raw)
        if not line:
            continue
        match = _LINE.fullmatch(line)
        key = labels.get(fold(match.group("label"))) if match else None
        if match is None or key is None:
            raise ValueError(
                fill(
                    translate(
                        "lifecycle",
                        "Line {number} (“{line}”) is not an event: write it as "
                        "“2025-04-01 Renewed → 2030-03-31” or “2026-02-01 Terminated: reason”.",
                    ),
                    number=number,
                    line=line,
                )
            )
        try:
            date = parse_date(match.group("date"))
            expiry = match.group("expiry")
            new_expiry = parse_date(expiry) if expiry else None
        except ValueError as exc:
            raise ValueError(
                fill(
                    translate("lifecycle", "Line {number}: {reason}"),
                    number=number,
                    reason=str(exc),
                )  # fmt: skip
            ) from exc
        kind, automatic = key
        events.append(
            EventData(
                kind=kind,
                date=date,
                new_expiry=new_expiry,
                note=match.group("note") or "",
                automatic=automatic,
            )  # fmt: skip
        )
    return sorted(events, key=lambda e: e.date)


def events_refusal(events: Sequence[EventData], date_signed: dt.date | None) -> str | None:
    """Why ``events`` cannot be an agreement's (signed on ``date_signed``), one sentence;
    ``None`` if they can (see the module's rules)."""
    terminated = [e for e in events if e.kind is EventKind.TERMINATED]
    if len(terminated) > 1:
        return translate("lifecycle", "An agreement can be terminated only once.")
    for event in events:
        if date_signed is not None and event.date < date_signed:
            return fill(
                translate(
                    "lifecycle",
                    "The event of {date} is earlier than the date signed ({signed}).",
                ),
                date=event.date.isoformat(),
                signed=date_signed.isoformat(),
            )
        if event.kind is EventKind.RENEWED:
            if event.new_expiry is None:
                return fill(
                    translate("lifecycle", "The renewal of {date} needs its new expiry date."),
                    date=event.date.isoformat(),
                )
            if event.new_expiry < event.date:  # a one-day term ends the day it starts
                return fill(
                    translate("lifecycle", "The renewal of {date} cannot end before {date}."),
                    date=event.date.isoformat(),
                )
        elif event.new_expiry is not None:
            return fill(
                translate("lifecycle", "Only a renewal has a new expiry date ({date})."),
                date=event.date.isoformat(),
            )
        if terminated and event.date > terminated[0].date:
            return fill(
                translate(
                    "lifecycle", "The event of {date} comes after the termination of {ended}."
                ),
                date=event.date.isoformat(),
                ended=terminated[0].date.isoformat(),
            )
    return None


def events_of(agreement: Agreement) -> list[EventData]:
    """The events of an agreement (ORM) as values, in date order."""
    return [
        EventData(
            kind=e.kind, date=e.date, new_expiry=e.new_expiry, note=e.note, automatic=e.automatic
        )  # fmt: skip
        for e in sorted(agreement.events, key=lambda e: (e.date, e.id or 0))
    ]


def renewed_expiry(events: Sequence[EventData], expires_on: dt.date | None) -> dt.date | None:
    """The expiry the latest renewal set, if it is later than ``expires_on``."""
    renewals = [e.new_expiry for e in events if e.new_expiry is not None]
    latest = max(renewals, default=None)
    if latest is None or (expires_on is not None and latest <= expires_on):
        return expires_on
    return latest


def set_events(
    session: Session, agreement: Agreement, events: Sequence[EventData], *, keep_expiry: bool
) -> bool:
    """Make ``events`` the agreement's events, in the session; return whether they changed.

    A change is kept in the agreement's history as its field ``events`` (the text form of
    :func:`db.lifecycle.events.events_text`, old and new) and counts as a change of the
    agreement (its version goes up). A new renewal running past the agreement's expiry
    moves the expiry to its new one, unless ``keep_expiry`` (the same change sets it).
    """
    old = events_of(agreement)
    new = sorted(events, key=lambda e: e.date)
    if [e.model_dump() for e in old] == [e.model_dump() for e in new]:
        return False
    agreement.events = [AgreementEvent(**e.model_dump()) for e in new]
    added = [e for e in new if e.model_dump() not in [o.model_dump() for o in old]]
    if not keep_expiry:
        agreement.expires_on = renewed_expiry(added, agreement.expires_on)
    agreement.updated_at = utcnow()  # a change of the agreement: its version goes up
    session.add(
        History(
            record_kind="agreement",
            record_id=agreement.id,  # type: ignore[arg-type]
            action="changed",
            field="events",
            old_value=events_text(old),
            new_value=events_text(new),
            user=user_of(session),
        )
    )
    return True
