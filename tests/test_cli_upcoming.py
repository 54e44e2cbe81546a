"""``accord upcoming [--days N] [--ics FILE]``: sections, lines, counts, exit codes, cp932."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from icalendar import Calendar

from db.agreements import add_agreement
from db.enums import AgreementType, PartnerKind, Relationship
from db.opening import open_library
from db.partners import add_partner
from db.schemas import AgreementCreate, PartnerCreate
from desktop.cli.main import main
from tests.test_cli_console import BUSAN, accord

if TYPE_CHECKING:
    from pathlib import Path

TODAY = dt.date.today()


@pytest.fixture
def coming(tmp_path: Path) -> Path:
    """A library whose Busan (named in Hangul) has a deadline, an expiry and one just past."""
    folder = tmp_path / "library"
    library = open_library(folder)
    try:
        busan = add_partner(
            library,
            PartnerCreate(name="부산", country="Republic of Korea", kind=PartnerKind.CITY,
                          relationship=Relationship.SISTER_FRIENDSHIP),
        )  # fmt: skip
        for title, expires, notice in (
            ("부산 협정 — culture", TODAY + dt.timedelta(days=40), "P1M"),
            ("Ports", TODAY - dt.timedelta(days=5), ""),
            ("Far", TODAY + dt.timedelta(days=200), ""),
        ):
            add_agreement(
                library,
                AgreementCreate(partner_id=busan.id, title=title, date_signed=dt.date(2021, 1, 4),
                                type=AgreementType.JOINT_STATEMENT, expires_on=expires,
                                notice_period=notice),
            )  # fmt: skip
    finally:
        library.close()
    return folder


def test_sections_lines_and_counts_on_a_cp932_console(coming: Path) -> None:
    code, out, err, _ = accord(coming, "upcoming")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    due = lines.index("Notice deadlines and expiries in the next 90 days")
    expired = lines.index("Expired in the last 30 days")
    anniversaries = lines.index("Anniversaries in the next 12 months")
    assert due < expired < anniversaries
    listed = lines[due + 1 : expired]
    assert len(listed) == 2
    assert listed[0].startswith("  ")
    assert "\tNotice deadline\t" in listed[0]
    assert f"\t{BUSAN}\t22\t{BUSAN} \\ud611\\uc815 \\u2014 culture" in listed[0]
    assert listed[1].startswith(f"  {(TODAY + dt.timedelta(days=40)).isoformat()}\tExpires\t")
    assert listed == sorted(listed)  # earliest first
    assert lines[expired + 1].startswith(f"  {(TODAY - dt.timedelta(days=5)).isoformat()}\tExpired")
    assert "\tFar" not in out  # 200 days ahead: not within 90
    assert lines[-1].startswith("2 due in the next 90 days, 1 expired in the last 30 days, ")


def test_days_chooses_the_window(capsys: pytest.CaptureFixture[str], coming: Path) -> None:
    assert main(["--library", str(coming), "upcoming", "--days", "365"]) == 0
    out = capsys.readouterr().out
    assert "\tFar" in out
    assert "in the next 365 days" in out
    assert main(["--library", str(coming), "upcoming", "--days", "0"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1] == "  (none)"


@pytest.mark.parametrize("days", ["3651", "-1", "ninety", "1.5"])
def test_days_out_of_range_is_bad_usage_in_one_sentence(
    capsys: pytest.CaptureFixture[str], coming: Path, days: str
) -> None:
    assert main(["--library", str(coming), "upcoming", "--days", days]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert f"“{days}” is not a number of days from 0 to 3650" in captured.err


def test_ics_writes_the_same_dates_and_says_so(coming: Path, tmp_path: Path) -> None:
    target = tmp_path / "予定.ics"
    code, out, err, _ = accord(coming, "upcoming", "--ics", str(target))
    assert (code, err) == (0, "")
    # Busan's three and the built-in library's two anniversaries of signing.
    assert out.splitlines()[-1].startswith("Wrote 5 dates to ")
    calendar = Calendar.from_ical(target.read_bytes())
    summaries = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT") if "부산" in e["SUMMARY"])
    assert summaries == [
        "Expires: Ports (부산)", "Expires: 부산 협정 — culture (부산)",
        "Notice deadline: 부산 협정 — culture (부산)",
    ]  # fmt: skip


def test_an_ics_that_cannot_be_written_fails_with_one_sentence(
    capsys: pytest.CaptureFixture[str], coming: Path, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "u.ics"
    assert main(["--library", str(coming), "upcoming", "--ics", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot be written" in err


def test_automatic_renewals_come_first(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An agreement that renews by its terms and ended five days ago is renewed, not listed
    as expired (as the window renews at start-up)."""
    from db.agreements import get_agreement
    from db.enums import Renewal

    folder = tmp_path / "library"
    library = open_library(folder)
    try:
        renewing = add_agreement(
            library,
            AgreementCreate(partner_id=1, title="Renews", date_signed=dt.date(2020, 1, 1),
                            type=AgreementType.OTHER, expires_on=TODAY - dt.timedelta(days=5),
                            renewal=Renewal.AUTOMATIC, renewal_term="P12M"),
        ).id  # fmt: skip
    finally:
        library.close()
    assert main(["--library", str(folder), "upcoming"]) == 0
    out = capsys.readouterr().out
    assert "\tRenews" not in out.split("Expired in the last 30 days")[1].split("Anniversaries")[0]
    library = open_library(folder)
    try:
        assert get_agreement(library, renewing).expires_on > TODAY
    finally:
        library.close()
