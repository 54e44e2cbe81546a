"""The boundaries of the date rules (db.dates) that the mutation run
(docs/mutation-testing.md) found untested: 12 and 13 in an all-number date, an impossible
date in every all-number and era form quoted as typed, the first year, a bracket that is
no weekday."""

from __future__ import annotations

import datetime as dt

import pytest

from db.dates import DateOrder, parse_date
from db.errors import DateError


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("13/05/2021", dt.date(2021, 5, 13)),  # 13 is no month: day first
        ("05/13/2021", dt.date(2021, 5, 13)),  # month first
        ("13/12/2021", dt.date(2021, 12, 13)),  # December, day first
        ("12/13/2021", dt.date(2021, 12, 13)),  # December, month first
        ("12/12/2021", dt.date(2021, 12, 12)),  # the same either way
    ],
)
def test_an_all_number_date_that_reads_one_way_only(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("12/05/2021", "“12/05/2021” could be 12 May or December 5; choose the day/month order."),
        ("05/12/2021", "“05/12/2021” could be 5 December or May 12; choose the day/month order."),
        (
            "12/01/2021",
            "“12/01/2021” could be 12 January or December 1; choose the day/month order.",
        ),
    ],
)
def test_twelve_is_a_month_so_the_date_is_ambiguous(text: str, sentence: str) -> None:
    with pytest.raises(DateError) as refused:
        parse_date(text)
    assert str(refused.value) == sentence


@pytest.mark.parametrize(
    ("text", "order", "sentence"),
    [
        ("31/02/2021", None, "31/02/2021 is not a date: February 2021 has 28 days."),
        ("02/31/2021", None, "02/31/2021 is not a date: February 2021 has 28 days."),
        ("30/02/2021", DateOrder.DAY_FIRST, "30/02/2021 is not a date: February 2021 has 28 days."),
        (
            "02/30/2021",
            DateOrder.MONTH_FIRST,
            "02/30/2021 is not a date: February 2021 has 28 days.",
        ),
        ("30 February 2021", None, "30 February 2021 is not a date: February 2021 has 28 days."),
        ("平成3年2月30日", None, "平成3年2月30日 is not a date: February 1991 has 28 days."),
    ],
)
def test_an_impossible_date_is_quoted_as_typed_in_every_form(
    text: str, order: DateOrder | None, sentence: str
) -> None:
    with pytest.raises(DateError) as refused:
        parse_date(text, order=order)
    assert str(refused.value) == sentence


def test_the_first_year_is_a_year() -> None:
    assert parse_date("0001-01-01") == dt.date(1, 1, 1)
    assert parse_date("1 January 0001") == dt.date(1, 1, 1)


def test_a_bracket_after_the_date_that_is_no_weekday_is_refused_in_a_sentence() -> None:
    with pytest.raises(DateError) as refused:
        parse_date("2014-07-23 (Draft)")
    assert str(refused.value) == (
        "“2014-07-23 (Draft)” is not a date in a form Accord reads "
        "(such as 2014-07-23, 2014/7/23, July 23, 2014 or 2014年7月23日)."
    )


def test_a_refused_cell_of_sixty_characters_is_quoted_whole_and_a_longer_one_cut_at_a_word() -> (
    None
):
    with pytest.raises(DateError) as whole:
        parse_date("x" * 60)
    assert str(whole.value).startswith(f"“{'x' * 60}” is not a date")
    with pytest.raises(DateError) as cut:
        parse_date("x" * 59 + " " + "y" * 10)
    assert str(cut.value).startswith(f"“{'x' * 59} …” is not a date")
