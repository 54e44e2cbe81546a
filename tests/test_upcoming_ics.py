"""The calendar file of what is coming (db.lifecycle.ics), read back with ``icalendar``.

RFC 5545's shape (CRLF, lines of at most 75 octets, all-day events), and what makes a
second import update the first: the same UIDs after an edit moves a date, a higher
SEQUENCE, and UIDs no other library shares.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from icalendar import Calendar

from db.agreements import add_agreement, get_agreement, update_agreement
from db.enums import AgreementType
from db.errors import ExportError
from db.lifecycle.ics import library_identity, write_ics
from db.lifecycle.upcoming import ItemKind, read_upcoming
from db.opening import open_library
from db.schemas import AgreementCreate, AgreementUpdate
from tests import server_db

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library

pytestmark = pytest.mark.backends


TODAY = dt.date.today()
# Long enough, and in a script of three bytes a character, to be folded several times.
TITLE = "東京都とソウル特別市との間の環境・文化・観光分野における友好交流に関する合意書; a, b\\c"


def add_expiring(library: Library) -> int:
    data = AgreementCreate(
        partner_id=1, title=TITLE, type=AgreementType.MEMORANDUM_OF_UNDERSTANDING,
        date_signed=dt.date(2016, 1, 1), expires_on=TODAY + dt.timedelta(days=60),
        notice_period="P1M",
    )  # fmt: skip
    return add_agreement(library, data).id


def export(library: Library, path: Path, days: int = 90) -> tuple[bytes, Calendar]:
    lives, items = read_upcoming(library, TODAY, days)
    assert write_ics(library, items, lives, path) == len(items)
    raw = path.read_bytes()
    return raw, Calendar.from_ical(raw)


def events(calendar: Calendar) -> dict[str, dict]:
    return {
        str(event["UID"]): {
            "start": event.decoded("DTSTART"),
            "end": event.decoded("DTEND"),
            "summary": str(event["SUMMARY"]),
            "sequence": int(event["SEQUENCE"]),
            "stamp": event.decoded("DTSTAMP"),
        }
        for event in calendar.walk("VEVENT")
    }


def test_the_file_is_rfc_5545_all_day_events_crlf_and_75_octets(
    library: Library, tmp_path: Path
) -> None:
    ident = add_expiring(library)
    raw, calendar = export(library, tmp_path / "upcoming.ics")
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n")
    assert raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # no bare line feed
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long title was folded
    for line in lines:
        line.decode("utf-8")  # never folded inside a character
    assert [c.errors for c in calendar.walk() if c.errors] == []  # parsed without an error
    assert (str(calendar["VERSION"]), str(calendar["CALSCALE"])) == ("2.0", "GREGORIAN")
    assert str(calendar["PRODID"]).startswith("-//Accord//")
    found = events(calendar)
    expiry = found[f"expiry-agreement-{ident}@{library_identity(library)}"]
    assert expiry["start"] == TODAY + dt.timedelta(days=60)
    assert expiry["end"] == expiry["start"] + dt.timedelta(days=1)
    assert expiry["summary"] == f"Expires: {TITLE} (New York City)"
    deadline = found[f"notice-agreement-{ident}@{library_identity(library)}"]
    assert deadline["summary"] == f"Notice deadline: {TITLE} (New York City)"
    for event in calendar.walk("VEVENT"):
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert str(event["TRANSP"]) == "TRANSPARENT"
        assert isinstance(event.decoded("DTSTAMP"), dt.datetime)
        assert TITLE.split(";")[0] in str(event["DESCRIPTION"]) or event["UID"].startswith(
            ("signing", "affiliation")
        )


def test_a_moved_expiry_keeps_its_uid_with_a_higher_sequence(
    library: Library, tmp_path: Path
) -> None:
    ident = add_expiring(library)
    _, first = export(library, tmp_path / "first.ics")
    agreement = get_agreement(library, ident)
    moved = TODAY + dt.timedelta(days=80)
    update_agreement(library, ident, AgreementUpdate(expires_on=moved),
                     expected_version=agreement.version)  # fmt: skip
    _, second = export(library, tmp_path / "second.ics")
    before, after = events(first), events(second)
    assert set(before) == set(after)  # the same events: re-importing updates them
    uid = f"expiry-agreement-{ident}@{library_identity(library)}"
    assert (before[uid]["start"], after[uid]["start"]) == (TODAY + dt.timedelta(days=60), moved)
    assert after[uid]["sequence"] > before[uid]["sequence"]
    assert after[uid]["stamp"] >= before[uid]["stamp"]
    # Unchanged records give the same bytes again.
    again, _ = export(library, tmp_path / "third.ics")
    assert again == (tmp_path / "second.ics").read_bytes()


def test_an_expiry_that_passed_keeps_the_uid_of_the_expiry(
    library: Library, tmp_path: Path
) -> None:
    ident = add_expiring(library)
    identity = library_identity(library)
    lives, items = read_upcoming(library, TODAY + dt.timedelta(days=61), 90)
    assert [i.kind for i in items if i.agreement_id == ident] == [ItemKind.EXPIRED]
    write_ics(library, items, lives, tmp_path / "later.ics")
    later = events(Calendar.from_ical((tmp_path / "later.ics").read_bytes()))
    assert later[f"expiry-agreement-{ident}@{identity}"]["summary"].startswith("Expires: ")


def test_two_libraries_never_share_uids(library: Library, tmp_path: Path) -> None:
    other = open_library(tmp_path / "other")
    try:
        assert library_identity(library) != library_identity(other)
        assert library_identity(other) == library_identity(other)  # and it is stable
    finally:
        other.close()


def test_a_file_that_cannot_be_written_is_one_sentence_and_leaves_the_old(
    library: Library, tmp_path: Path
) -> None:
    add_expiring(library)
    lives, items = read_upcoming(library, TODAY, 90)
    with pytest.raises(ExportError, match=r"cannot be written: .*\.$"):
        write_ics(library, items, lives, tmp_path / "no such folder" / "u.ics")
    target = tmp_path / "kept.ics"
    target.write_bytes(b"old")
    with pytest.raises(ExportError):
        write_ics(library, items, lives, tmp_path)  # a folder
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".accord-")] == []


@pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)
def test_a_server_library_gives_the_same_dates_and_calendar(tmp_path: Path) -> None:
    """On PostgreSQL the candidates' SQL (dates bound as dates), the dates and the calendar
    come out as on SQLite (the UIDs' library part aside: two libraries)."""
    from db.lifecycle.lives import read_lives
    from db.lifecycle.upcoming import upcoming
    from tests.life_library import TODAY, make_life_library

    found = []
    with server_db.database(empty=True) as server_url:
        for url in (None, server_url):
            name = "pg" if url else "sqlite"
            library, _ids = make_life_library(tmp_path / name, url)
            try:
                lives, items = read_upcoming(library, TODAY, 180)
                assert items == upcoming(read_lives(library), TODAY, 180)
                write_ics(library, items, lives, tmp_path / f"{name}.ics")
            finally:
                library.close()
            calendar = Calendar.from_ical((tmp_path / f"{name}.ics").read_bytes())
            found.append(
                sorted(
                    (
                        str(e["UID"]).split("@")[0],
                        e.decoded("DTSTART"),
                        str(e["SUMMARY"]),
                        int(e["SEQUENCE"]),
                    )
                    for e in calendar.walk("VEVENT")
                )  # fmt: skip
            )
    assert found[0] == found[1]
    assert found[0]
