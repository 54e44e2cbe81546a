"""The life of an agreement: periods, status, events, automatic renewals (real libraries)."""

from __future__ import annotations

import datetime as dt

import pytest

from db.agreements import add_agreement, get_agreement, update_agreement
from db.enums import AgreementStatus, EventKind, Renewal
from db.errors import ValidationError
from db.history.read import record_history
from db.lifecycle.events import events_refusal, events_text, parse_events
from db.lifecycle.life import AgreementLife, LifeEvent, status
from db.lifecycle.lives import read_lives
from db.lifecycle.renewals import RENEWAL_USER, apply_automatic_renewals, renewals_due
from db.opening import open_library
from db.periods import Period, add_months, anniversary, parse_period
from db.schemas import AgreementCreate, AgreementUpdate, EventData

pytestmark = pytest.mark.backends


D = dt.date


# -- periods: exact month-end and leap-day arithmetic -----------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2024, 2, 29), 12, D(2025, 2, 28)),  # a 12-month term from 29 February
        (D(2024, 2, 29), 48, D(2028, 2, 29)),  # ...and four years on, a leap day again
        (D(2025, 1, 31), 1, D(2025, 2, 28)),  # a 1-month term from 31 January
        (D(2024, 1, 31), 1, D(2024, 2, 29)),  # ...in a leap year
        (D(2025, 1, 31), 2, D(2025, 3, 31)),  # counted from the start, not step by step
        (D(2025, 5, 31), -3, D(2025, 2, 28)),  # a notice of 3 months before 31 May
        (D(2025, 3, 31), -1, D(2025, 2, 28)),
        (D(2025, 12, 15), 1, D(2026, 1, 15)),  # over the year's end
        (D(2026, 1, 15), -1, D(2025, 12, 15)),
    ],
)
def test_add_months_keeps_the_day_or_takes_the_month_end(start, months, expected) -> None:
    assert add_months(start, months) == expected


def test_add_months_refuses_to_leave_the_calendar() -> None:
    with pytest.raises(OverflowError):
        add_months(D(9999, 12, 1), 1)


def test_anniversary_of_a_leap_day() -> None:
    assert anniversary(D(1996, 2, 29), 30) == D(2026, 2, 28)
    assert anniversary(D(1996, 2, 29), 32) == D(2028, 2, 29)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("3 months", Period(3, "months")),
        ("1 month", Period(1, "months")),
        ("90 days", Period(90, "days")),
        ("P3M", Period(3, "months")),
        ("p90d", Period(90, "days")),
        ("1 year", Period(12, "months")),
        ("３か月", Period(3, "months")),
        ("90日", Period(90, "days")),
        ("2年", Period(24, "months")),
    ],
)
def test_periods_read_in_every_written_form(text, period) -> None:
    assert parse_period(text) == period
    assert parse_period(period.written("en")) == period
    assert parse_period(period.written("ja")) == period
    assert parse_period(period.iso) == period


@pytest.mark.parametrize("text", ["3", "months", "0 days", "1201 months", "3 weeks", "-3 months"])
def test_a_bad_period_is_refused_with_a_sentence(text) -> None:
    with pytest.raises(ValueError, match="period"):
        parse_period(text)


# -- status, derived from the fields, the events and the day ---------------------------


def _life(**fields) -> AgreementLife:
    base = {"id": 1, "partner_id": 1, "title": "T", "date_signed": D(2020, 4, 1)}
    return AgreementLife(**{**base, **fields})


TODAY = D(2026, 12, 7)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, AgreementStatus.IN_FORCE),
        ({"expires_on": D(2030, 1, 1)}, AgreementStatus.IN_FORCE),
        ({"expires_on": TODAY}, AgreementStatus.EXPIRING),  # its last day
        ({"expires_on": TODAY - dt.timedelta(days=1)}, AgreementStatus.EXPIRED),
        ({"expires_on": TODAY + dt.timedelta(days=90)}, AgreementStatus.EXPIRING),
        ({"expires_on": TODAY + dt.timedelta(days=91)}, AgreementStatus.IN_FORCE),
        # the notice deadline, not the expiry, is what comes due
        ({"expires_on": D(2027, 5, 31), "notice_period": "P3M"}, AgreementStatus.EXPIRING),
        ({"expires_on": D(2027, 6, 30), "notice_period": "P3M"}, AgreementStatus.IN_FORCE),
        ({"effective_from": TODAY + dt.timedelta(days=1)}, AgreementStatus.NOT_YET_IN_FORCE),
        ({"events": (LifeEvent(EventKind.TERMINATED, TODAY),)}, AgreementStatus.TERMINATED),
        ({"events": (LifeEvent(EventKind.TERMINATED, D(2027, 1, 5)),)}, AgreementStatus.EXPIRING),
        ({"superseded_by": 2, "superseded_on": TODAY}, AgreementStatus.SUPERSEDED),
        ({"superseded_by": 2, "superseded_on": D(2027, 6, 1)}, AgreementStatus.IN_FORCE),
        (
            {
                "expires_on": D(2030, 3, 31),
                "events": (LifeEvent(EventKind.RENEWED, D(2025, 4, 1), D(2030, 3, 31)),),
            },
            AgreementStatus.RENEWED,
        ),  # fmt: skip
    ],
)
def test_status_follows_its_rules(fields, expected) -> None:
    assert status(_life(**fields), TODAY) == expected


def test_notice_deadline_is_the_expiry_minus_the_notice_period() -> None:
    assert _life(expires_on=D(2027, 5, 31), notice_period="P3M").notice_deadline == D(2027, 2, 28)
    assert _life(expires_on=D(2027, 5, 31), notice_period="P30D").notice_deadline == D(2027, 5, 1)
    assert _life(expires_on=D(2027, 5, 31)).notice_deadline is None


# -- events: text form, rules, history ---------------------------------------------------


def test_events_text_round_trips_exactly_in_both_languages() -> None:
    events = [
        EventData(kind=EventKind.RENEWED, date=D(2024, 3, 1), new_expiry=D(2029, 2, 28)),
        EventData(kind=EventKind.RENEWED, date=D(2029, 3, 1), new_expiry=D(2030, 2, 28),
                  automatic=True),
        EventData(kind=EventKind.AMENDED, date=D(2025, 1, 10), note="Art. 3: tourism → added"),
        EventData(kind=EventKind.TERMINATED, date=D(2030, 2, 1), note="서울: 합의 종료"),
    ]  # fmt: skip
    ordered = sorted(events, key=lambda e: e.date)
    for language in ("en", "ja"):
        assert parse_events(events_text(ordered, language)) == ordered


@pytest.mark.parametrize("line", ["2024-03-01 Exploded", "yesterday Renewed → 2029-01-01",
                                  "2024-03-01 Renewed → someday"])  # fmt: skip
def test_a_bad_event_line_is_refused_with_its_line(line) -> None:
    with pytest.raises(ValueError, match="Line 1"):
        parse_events(line)


@pytest.fixture
def library(tmp_path, database_url):
    """A library with the built-in records, on the module's backend (closed afterwards)."""
    lib = open_library(tmp_path / "lib", database_url=database_url)
    yield lib
    lib.close()


def _partner_id(library) -> int:
    return next(iter(read_lives(library).partners))


def test_a_renewal_moves_the_expiry_and_the_history_keeps_the_events(library) -> None:
    made = add_agreement(library, AgreementCreate(
        partner_id=_partner_id(library), title="MoU", date_signed=D(2020, 4, 1),
        expires_on=D(2025, 3, 31), notice_period="3 months"))  # fmt: skip
    assert made.notice_period == "P3M"
    renewal = EventData(kind=EventKind.RENEWED, date=D(2025, 3, 20), new_expiry=D(2030, 3, 31))
    changed = update_agreement(library, made.id, AgreementUpdate(events=[renewal]),
                               expected_version=made.version)  # fmt: skip
    assert changed.expires_on == D(2030, 3, 31)
    assert changed.events == [renewal]
    assert changed.version == made.version + 1
    history = record_history(library, "agreement", made.id)
    lines = {(e.field, e.old_value, e.new_value) for e in history}
    assert ("events", "", "2025-03-20 Renewed → 2030-03-31") in lines
    assert ("expires_on", "2025-03-31", "2030-03-31") in lines


@pytest.mark.parametrize(
    ("events", "match"),
    [
        ([EventData(kind=EventKind.RENEWED, date=D(2024, 1, 1))], "new expiry"),
        ([EventData(kind=EventKind.AMENDED, date=D(2019, 1, 1))], "earlier than the date signed"),
        ([EventData(kind=EventKind.TERMINATED, date=D(2024, 1, 1)),
          EventData(kind=EventKind.TERMINATED, date=D(2024, 2, 1))], "only once"),
        ([EventData(kind=EventKind.TERMINATED, date=D(2024, 1, 1)),
          EventData(kind=EventKind.AMENDED, date=D(2024, 2, 1))], "after the termination"),
    ],
)  # fmt: skip
def test_bad_events_are_refused_and_nothing_is_written(library, events, match) -> None:
    made = add_agreement(library, AgreementCreate(
        partner_id=_partner_id(library), title="MoU", date_signed=D(2020, 4, 1)))  # fmt: skip
    with pytest.raises(ValidationError, match=match):
        update_agreement(library, made.id, AgreementUpdate(events=events))
    assert get_agreement(library, made.id) == made


def test_an_automatic_renewal_needs_a_term_and_an_end(library) -> None:
    with pytest.raises(ValidationError, match="term"):
        add_agreement(library, AgreementCreate(
            partner_id=_partner_id(library), title="MoU", date_signed=D(2020, 4, 1),
            renewal=Renewal.AUTOMATIC, expires_on=D(2021, 3, 31)))  # fmt: skip


# -- automatic renewals -----------------------------------------------------------------


def test_renewals_due_count_from_the_first_end_of_the_series() -> None:
    added = renewals_due(D(2025, 1, 31), "P1M", [], D(2025, 3, 15))
    assert [(e.date, e.new_expiry) for e in added] == [
        (D(2025, 2, 1), D(2025, 2, 28)),
        (D(2025, 3, 1), D(2025, 3, 31)),  # not 28 March
    ]
    # ...and a later run goes on from the same first end.
    more = renewals_due(D(2025, 3, 31), "P1M", added, D(2025, 4, 2))
    assert [(e.date, e.new_expiry) for e in more] == [(D(2025, 4, 1), D(2025, 4, 30))]
    assert renewals_due(D(2024, 2, 29), "P12M", [], D(2025, 3, 1))[-1].new_expiry == D(2026, 2, 28)
    assert renewals_due(D(2025, 1, 31), "P1M", [], D(2025, 1, 31)) == []


def test_apply_automatic_renewals_renews_once_and_says_so(library) -> None:
    pid = _partner_id(library)
    auto = add_agreement(library, AgreementCreate(
        partner_id=pid, title="Auto", date_signed=D(2023, 3, 1), expires_on=D(2024, 2, 29),
        renewal=Renewal.AUTOMATIC, renewal_term="12 months"))  # fmt: skip
    manual = add_agreement(library, AgreementCreate(
        partner_id=pid, title="Manual", date_signed=D(2023, 3, 1), expires_on=D(2024, 2, 29),
        renewal=Renewal.BY_AGREEMENT, renewal_term="12 months"))  # fmt: skip
    assert apply_automatic_renewals(library, D(2026, 3, 1)) == [auto.id]
    renewed = get_agreement(library, auto.id)
    assert renewed.expires_on == D(2027, 2, 28)
    assert [(e.date, e.new_expiry, e.automatic) for e in renewed.events] == [
        (D(2024, 3, 1), D(2025, 2, 28), True),
        (D(2025, 3, 1), D(2026, 2, 28), True),
        (D(2026, 3, 1), D(2027, 2, 28), True),
    ]
    assert get_agreement(library, manual.id).expires_on == D(2024, 2, 29)
    users = {e.user for e in record_history(library, "agreement", auto.id) if e.field == "events"}
    # On a server the database user is named inside: "Accord (automatic renewal, alice)".
    server_user = f"{RENEWAL_USER[:-1]}, {library.engine.url.username})"
    assert users == {RENEWAL_USER if library.engine.dialect.name == "sqlite" else server_user}
    assert apply_automatic_renewals(library, D(2026, 3, 1)) == []  # nothing twice
    lives = {a.id: a for a in read_lives(library).agreements}
    assert status(lives[auto.id], D(2026, 3, 1)) is AgreementStatus.RENEWED
    assert status(lives[manual.id], D(2026, 3, 1)) is AgreementStatus.EXPIRED


def test_builtin_library_is_all_in_force(library) -> None:
    lives = read_lives(library)
    assert len(lives.agreements) == 21
    assert {status(a, TODAY) for a in lives.agreements} == {AgreementStatus.IN_FORCE}


def test_a_superseded_agreement_reads_so_from_the_newer_ones_entry_into_force(library) -> None:
    from db.lifecycle.lives import agreement_status

    pid = _partner_id(library)
    old = add_agreement(library, AgreementCreate(
        partner_id=pid, title="Old", date_signed=D(2010, 1, 1)))  # fmt: skip
    new = add_agreement(library, AgreementCreate(
        partner_id=pid, title="New", date_signed=D(2026, 1, 10), effective_from=D(2026, 4, 1),
        supersedes_id=old.id))  # fmt: skip
    assert agreement_status(library, old.id, D(2026, 3, 31)) is AgreementStatus.IN_FORCE
    assert agreement_status(library, old.id, D(2026, 4, 1)) is AgreementStatus.SUPERSEDED
    assert agreement_status(library, new.id, D(2026, 3, 31)) is AgreementStatus.NOT_YET_IN_FORCE
    lives = {a.id: a for a in read_lives(library).agreements}
    assert (lives[old.id].superseded_by, lives[old.id].superseded_on) == (new.id, D(2026, 4, 1))


def test_history_shows_periods_events_and_the_old_end_date_in_the_chosen_language() -> None:
    from db.history.labels import FIELD_LABELS
    from db.history.values import history_value
    from db.i18n import translate as i18n

    try:
        i18n.set_language("ja")
        assert history_value("notice_period", "P3M") == "3か月"
        assert history_value("renewal_term", "P90D") == "90日"
        assert history_value(
            "events", "2025-03-20 Renewed → 2030-03-31\n2026-01-05 Amended: x"
        ) == ("2025-03-20 更新 → 2030-03-31\n2026-01-05 改正: x")
        assert history_value("valid_until", "2019-07-22") == "2019/07/22"
        assert i18n.translate("history", FIELD_LABELS["valid_until"]) == "有効期限"
    finally:
        i18n.set_language("en")
    assert history_value("notice_period", "P1M") == "1 month"


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"partner_signatories": [{"name": "Anne (Maire)", "title": ""}]}, "signatory"),
        ({"office_signatories": [{"name": "Koike", "title": "Governor; Tokyo"}]}, "signatory"),
        ({"place_signed": "P" * 201}, "at most 200"),
        ({"events": [EventData(kind=EventKind.AMENDED, date=D(2021, 1, 1), note="n" * 1001)]},
         "at most 1000"),
    ],
)  # fmt: skip
def test_values_a_report_could_not_give_back_are_refused(library, fields, match) -> None:
    data = AgreementCreate(
        partner_id=_partner_id(library), title="MoU", date_signed=D(2020, 4, 1), **fields
    )
    with pytest.raises(ValidationError, match=match):
        add_agreement(library, data)


def test_a_one_day_automatic_term_writes_renewals_that_read_back(library) -> None:
    added = renewals_due(D(2025, 1, 31), "P1D", [], D(2025, 2, 3))
    days = [D(2025, 2, 1), D(2025, 2, 2), D(2025, 2, 3)]
    assert [(e.date, e.new_expiry) for e in added] == [(day, day) for day in days]
    assert events_refusal(added, D(2025, 1, 1)) is None  # a one-day term ends the day it starts
    later = [EventData(kind=EventKind.RENEWED, date=D(2025, 2, 2), new_expiry=D(2025, 2, 1))]
    assert "cannot end before" in (events_refusal(later, D(2025, 1, 1)) or "")
