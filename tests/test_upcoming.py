"""What is coming (db.lifecycle.upcoming): each kind of date, its boundaries, and its key.

Built from plain lives (no library) so that each rule is seen alone; the last tests read
the same from a real library, where terminations and supersessions are stored records.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from db.agreements import add_agreement, update_agreement
from db.enums import AgreementType, EventKind, Relationship
from db.lifecycle.life import AgreementLife, LifeEvent
from db.lifecycle.lives import Lives, PartnerLife, read_lives
from db.lifecycle.upcoming import RECENT_DAYS, ItemKind, UpcomingItem, is_milestone, upcoming
from db.lifecycle.upcoming_text import Section, grouped, ordinal, summary, what
from db.schemas import AgreementCreate, AgreementUpdate, EventData

if TYPE_CHECKING:
    from db.library import Library

pytestmark = pytest.mark.backends


TODAY = dt.date(2026, 12, 7)


def life(ident: int = 1, **fields: object) -> AgreementLife:
    values: dict = {"partner_id": 1, "title": f"Agreement {ident}",
                    "date_signed": dt.date(2023, 6, 15)}  # fmt: skip
    values.update(fields)
    return AgreementLife(id=ident, **values)


def lives_of(*agreements: AgreementLife, affiliated: dt.date | None = None) -> Lives:
    partner = PartnerLife(1, "Paris", "パリ市", "", Relationship.SISTER_FRIENDSHIP, affiliated)
    return Lives({1: partner}, tuple(agreements), {})


def kinds(items: list[UpcomingItem]) -> list[tuple[ItemKind, dt.date]]:
    return [(item.kind, item.date) for item in items]


def test_an_expiry_is_listed_from_today_to_day_n_and_not_the_day_after() -> None:
    for offset, listed in ((0, True), (1, True), (90, True), (91, False)):
        end = TODAY + dt.timedelta(days=offset)
        found = upcoming(lives_of(life(expires_on=end)), TODAY, 90)
        assert ((ItemKind.EXPIRY, end) in kinds(found)) is listed, offset


def test_the_window_follows_the_days_asked() -> None:
    end = TODAY + dt.timedelta(days=150)
    assert kinds(upcoming(lives_of(life(expires_on=end)), TODAY, 180)) == [(ItemKind.EXPIRY, end)]
    assert upcoming(lives_of(life(expires_on=end)), TODAY, 149) == []
    assert kinds(upcoming(lives_of(life(expires_on=TODAY)), TODAY, 0)) == [(ItemKind.EXPIRY, TODAY)]


def test_a_notice_deadline_is_the_end_less_the_notice_period_month_end_kept() -> None:
    found = upcoming(lives_of(life(expires_on=dt.date(2027, 3, 31), notice_period="P3M")), TODAY)
    # 31 March less three months is 31 December; the expiry itself is 114 days away.
    assert kinds(found) == [(ItemKind.NOTICE_DEADLINE, dt.date(2026, 12, 31))]
    found = upcoming(lives_of(life(expires_on=dt.date(2027, 1, 5), notice_period="P30D")), TODAY)
    assert kinds(found) == [(ItemKind.EXPIRY, dt.date(2027, 1, 5))]  # its deadline (6 Dec) passed


def test_a_notice_deadline_today_is_listed_and_comes_before_its_expiry() -> None:
    end = TODAY + dt.timedelta(days=30)
    found = upcoming(lives_of(life(expires_on=end, notice_period="P30D")), TODAY)
    assert kinds(found) == [(ItemKind.NOTICE_DEADLINE, TODAY), (ItemKind.EXPIRY, end)]


def test_expired_is_listed_for_thirty_days_back_and_not_thirty_one() -> None:
    for back, listed in ((1, True), (RECENT_DAYS, True), (RECENT_DAYS + 1, False)):
        end = TODAY - dt.timedelta(days=back)
        found = upcoming(lives_of(life(expires_on=end, notice_period="P3M")), TODAY)
        assert kinds(found) == ([(ItemKind.EXPIRED, end)] if listed else []), back


def test_terminated_and_superseded_agreements_have_no_deadline() -> None:
    end = TODAY + dt.timedelta(days=20)
    ended = LifeEvent(EventKind.TERMINATED, TODAY - dt.timedelta(days=1))
    terminated = life(1, expires_on=end, notice_period="P10D", events=(ended,))
    superseded = life(2, expires_on=end, notice_period="P10D", superseded_by=3,
                      superseded_on=TODAY - dt.timedelta(days=5))  # fmt: skip
    assert upcoming(lives_of(terminated, superseded), TODAY) == []


def test_a_termination_ahead_is_the_expiry_and_takes_away_the_notice_deadline() -> None:
    ahead = TODAY + dt.timedelta(days=10)
    terminating = life(expires_on=TODAY + dt.timedelta(days=60), notice_period="P50D",
                       events=(LifeEvent(EventKind.TERMINATED, ahead),))  # fmt: skip
    assert kinds(upcoming(lives_of(terminating), TODAY)) == [(ItemKind.EXPIRY, ahead)]


def test_milestones_are_5_to_30_by_five_then_every_tenth_year() -> None:
    assert [n for n in range(1, 61) if is_milestone(n)] == [5, 10, 15, 20, 25, 30, 40, 50, 60]


def test_a_40th_anniversary_is_listed_and_a_35th_is_not() -> None:
    forty = life(1, date_signed=dt.date(1987, 3, 1))
    thirty_five = life(2, date_signed=dt.date(1992, 3, 1))
    found = upcoming(lives_of(forty, thirty_five), TODAY)
    assert [(i.kind, i.date, i.years, i.agreement_id) for i in found] == [
        (ItemKind.AGREEMENT_ANNIVERSARY, dt.date(2027, 3, 1), 40, 1)
    ]


def test_anniversaries_run_from_today_to_the_day_before_the_same_day_next_year() -> None:
    on_today = life(1, date_signed=dt.date(2016, 12, 7))  # 10th, today
    next_year = life(2, date_signed=dt.date(2017, 12, 7))  # 10th, in a year: not yet
    yesterday = life(3, date_signed=dt.date(2016, 12, 6))  # 10th, yesterday: gone
    found = upcoming(lives_of(on_today, next_year, yesterday), TODAY)
    assert [(i.agreement_id, i.date) for i in found] == [(1, TODAY)]


def test_a_29_february_anniversary_falls_on_28_february_in_a_common_year() -> None:
    leap = lives_of(life(date_signed=dt.date(1996, 2, 29)))
    found = upcoming(leap, dt.date(2026, 2, 28))
    assert [(i.kind, i.date, i.years) for i in found] == [
        (ItemKind.AGREEMENT_ANNIVERSARY, dt.date(2026, 2, 28), 30)
    ]
    assert upcoming(leap, dt.date(2026, 3, 1)) == []  # passed; the next is the 31st
    assert [i.date for i in upcoming(leap, dt.date(2025, 3, 1))] == [dt.date(2026, 2, 28)]


def test_an_affiliation_anniversary_names_the_partner_only() -> None:
    assert upcoming(lives_of(affiliated=dt.date(1982, 7, 14)), TODAY) == []  # the 45th
    found = upcoming(lives_of(affiliated=dt.date(1977, 7, 14)), TODAY)
    assert found == [UpcomingItem(ItemKind.PARTNER_ANNIVERSARY, dt.date(2027, 7, 14), 1, years=50)]
    assert found[0].key == "affiliation-anniversary-50-partner-1"


def test_keys_name_what_not_when() -> None:
    early = upcoming(lives_of(life(12, expires_on=TODAY + dt.timedelta(days=5))), TODAY)
    later = upcoming(lives_of(life(12, expires_on=TODAY + dt.timedelta(days=50))), TODAY)
    assert early[0].key == later[0].key == "expiry-agreement-12"
    deadline = upcoming(lives_of(life(12, expires_on=TODAY + dt.timedelta(days=50),
                                      notice_period="P1M")), TODAY)  # fmt: skip
    assert [i.key for i in deadline] == ["notice-agreement-12", "expiry-agreement-12"]


def test_words_for_people() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 30, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "30th",
        "101st", "111th",
    ]  # fmt: skip
    partner = UpcomingItem(ItemKind.PARTNER_ANNIVERSARY, TODAY, 1, years=30)
    assert summary(partner, "Paris") == "30th anniversary of the affiliation with Paris"
    deadline = UpcomingItem(ItemKind.NOTICE_DEADLINE, TODAY, 1, 4, "MoU")
    assert summary(deadline, "Paris") == "Notice deadline: MoU (Paris)"
    assert what(UpcomingItem(ItemKind.AGREEMENT_ANNIVERSARY, TODAY, 1, 4, "MoU", 5)) == (
        "5th anniversary of signing"
    )
    sections = grouped([partner, deadline])
    assert [(s, len(listed)) for s, listed in sections] == [
        (Section.DUE, 1), (Section.EXPIRED, 0), (Section.ANNIVERSARIES, 1),
    ]  # fmt: skip


# -- from a real library ---------------------------------------------------------------------


def agreement(library: Library, title: str, **fields: object) -> int:
    values: dict = {"partner_id": 1, "title": title, "date_signed": dt.date(2024, 1, 10),
                    "type": AgreementType.MEMORANDUM_OF_UNDERSTANDING}  # fmt: skip
    values.update(fields)
    return add_agreement(library, AgreementCreate(**values)).id


@pytest.fixture
def stocked(library: Library) -> tuple[Library, dict[str, int]]:
    end = TODAY + dt.timedelta(days=40)
    ids = {
        "plain": agreement(library, "Plain", expires_on=end, notice_period="P1M"),
        "terminated": agreement(library, "Terminated", expires_on=end, notice_period="P1M"),
        "old": agreement(library, "Old", expires_on=end, notice_period="P1M"),
    }
    ids["new"] = agreement(library, "New", supersedes_id=ids["old"],
                           effective_from=TODAY - dt.timedelta(days=3))  # fmt: skip
    update_agreement(
        library, ids["terminated"],
        AgreementUpdate(events=[EventData(kind=EventKind.TERMINATED, date=TODAY)]),
    )  # fmt: skip
    return library, ids


def test_a_library_gives_no_deadline_for_terminated_or_superseded(stocked) -> None:  # noqa: ANN001
    library, ids = stocked
    found = [i for i in upcoming(read_lives(library), TODAY) if i.kind in
             (ItemKind.NOTICE_DEADLINE, ItemKind.EXPIRY)]  # fmt: skip
    assert {(i.agreement_id, i.kind) for i in found} == {
        (ids["plain"], ItemKind.NOTICE_DEADLINE), (ids["plain"], ItemKind.EXPIRY),
    }  # fmt: skip


def test_reading_only_the_candidates_gives_every_date(library: Library) -> None:
    """read_upcoming narrows the agreements read in SQL; what it finds must be exactly
    what the dates of every agreement give, on ordinary days, month ends and 29 February."""
    import random

    import sqlalchemy as sa

    from db.lifecycle.upcoming import read_upcoming
    from db.models import Agreement, AgreementEvent

    rng = random.Random(20261207)
    base = dt.date(2026, 6, 1)
    agreements, events = [], []
    for number in range(400):
        if number % 10 == 0:  # 28 or 29 February, 1 March of some year
            signed = dt.date(rng.choice((1976, 1977, 1996, 1997, 2000, 2016, 2017)), 2, 28)
            signed += dt.timedelta(days=rng.randint(0, 2))
        else:
            signed = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 77))
        expires = base + dt.timedelta(days=rng.randrange(-400, 1200))
        ident = 1000 + number
        agreements.append({
            "id": ident, "partner_id": rng.randint(1, 20), "title": f"Agreement {number}",
            "type": AgreementType.OTHER.value, "date_signed": min(signed, expires),
            "expires_on": expires if rng.random() < 0.6 else None,
            "notice_period": rng.choice(("", "", "P3M", "P1M", "P30D", "P90D", "P24M")),
            "supersedes_id": rng.randrange(1000, ident) if number and rng.random() < 0.1 else None,
            "effective_from": expires - dt.timedelta(days=30) if rng.random() < 0.05 else None,
            "areas": [], "notes": "", "version": 1, "search_text": "",
            "created_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            "updated_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        })  # fmt: skip
        if rng.random() < 0.08:
            ended = max(min(signed, expires), base + dt.timedelta(days=rng.randrange(-200, 900)))
            events.append({"agreement_id": ident, "kind": EventKind.TERMINATED.value,
                           "date": ended, "note": "", "automatic": False})  # fmt: skip
    # Inserted as a bulk import leaves them (Core, no ORM objects).
    tables = Agreement.__table__, AgreementEvent.__table__  # type: ignore[attr-defined]
    with library.engine.begin() as connection:
        connection.execute(sa.insert(tables[0]), agreements)
        connection.execute(sa.insert(tables[1]), events)
    every = read_lives(library)
    days_tried = (dt.date(2026, 12, 7), dt.date(2027, 2, 28), dt.date(2028, 2, 29),
                  dt.date(2026, 3, 1), dt.date(2026, 1, 31))  # fmt: skip
    for today in days_tried:
        for days in (0, 30, 90, 180, 3650):
            narrowed = read_upcoming(library, today, days)[1]
            assert narrowed == upcoming(every, today, days), (today, days)
    assert any(i.kind is ItemKind.NOTICE_DEADLINE for i in upcoming(every, days_tried[0], 180))
