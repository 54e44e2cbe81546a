"""Dates as people and spreadsheets write them: every accepted form, every refusal's sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from db.dates import DateError, parse_date
from db.import_plan import DateOrder

JULY_23 = dt.date(2014, 7, 23)


@pytest.mark.parametrize(
    "text",
    [
        "2014-07-23",
        "2014-7-23",
        "2014/7/23",
        "2014/07/23",
        "2014.7.23",
        "July 23, 2014",
        "july 23, 2014",
        "JULY 23 2014",
        "Jul 23, 2014",
        "Jul. 23, 2014",
        "July 23rd, 2014",
        "23 July 2014",
        "23 jul 2014",
        "23-Jul-2014",
        "2014年7月23日",
        "2014 年 7 月 23 日",
        "２０１４年７月２３日",  # full-width digits
        "２０１４／７／２３",  # full-width slashes
        "\ufeff2014-07-23",  # a BOM glued to the cell
        "2014-\u200b07-23\u200d",  # zero-width space and joiner
        "\u20602014/7/23\u200c",  # word joiner, non-joiner
        "  2014-07-23  ",
        "July 23, 2014 / PDF",
        "2014-07-23(PDF)",
        "2014年7月23日（PDF）",  # full-width brackets, NFKC
        "2014/7/23 PDF",
        "2014/7/23 0:00",  # Excel's date cell formatted with a time
        "23/07/2014",  # can only be day first
        "07/23/2014",  # can only be month first
    ],
)
def test_accepted_forms(text: str) -> None:
    assert parse_date(text) == JULY_23


def test_leap_day_and_same_day_and_month() -> None:
    assert parse_date("2020-02-29") == dt.date(2020, 2, 29)
    assert parse_date("07/07/2021") == dt.date(2021, 7, 7)
    assert parse_date("Sept 3, 2014") == dt.date(2014, 9, 3)


def test_chosen_order_reads_an_ambiguous_date() -> None:
    assert parse_date("08/07/2021", order=DateOrder.DAY_FIRST) == dt.date(2021, 7, 8)
    assert parse_date("08/07/2021", order=DateOrder.MONTH_FIRST) == dt.date(2021, 8, 7)
    assert parse_date("8.7.2021", order=DateOrder.DAY_FIRST) == dt.date(2021, 7, 8)
    assert parse_date("2021-08-07", order=DateOrder.DAY_FIRST) == dt.date(2021, 8, 7)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("08/07/2021", "“08/07/2021” could be 8 July or August 7; choose the day/month order."),
        ("July 23", "“July 23” has no year."),
        ("23 July", "“23 July” has no year."),
        ("7月23日", "“7月23日” has no year."),
        ("7/23", "“7/23” has no year."),
        ("July 2014", "“July 2014” has no day."),
        ("July 2014 / PDF", "“July 2014 / PDF” has no day."),
        ("2014年7月", "“2014年7月” has no day."),
        ("14/7/23", "“14/7/23” has a two-digit year; write the year in full."),
        ("23/07/14", "“23/07/14” has a two-digit year; write the year in full."),
        ("July 23, 14", "“July 23, 14” has a two-digit year; write the year in full."),
        ("2021-02-30", "2021-02-30 is not a date: February 2021 has 28 days."),
        ("2020/2/30", "2020/2/30 is not a date: February 2020 has 29 days."),
        ("2014-13-01", "2014-13-01 is not a date: there is no month 13."),
        ("2014-04-31", "2014-04-31 is not a date: April 2014 has 30 days."),
        ("2014-07-00", "2014-07-00 is not a date: there is no day 0."),
        ("June 31, 2014", "June 31, 2014 is not a date: June 2014 has 30 days."),
        ("0000-01-01", "0000-01-01 is not a date: there is no year 0."),
        ("13/14/2014", "13/14/2014 is not a date: neither 13 nor 14 is a month."),
        ("", "No date was given."),
        ("\u200b ", "No date was given."),
        (
            "soon",
            "“soon” is not a date in a form Accord reads "
            "(such as 2014-07-23, 2014/7/23, July 23, 2014 or 2014年7月23日).",
        ),
        (
            "Juli 23, 2014",
            "“Juli 23, 2014” is not a date in a form Accord reads "
            "(such as 2014-07-23, 2014/7/23, July 23, 2014 or 2014年7月23日).",
        ),
        (
            "2014-07-23 / Word",
            "“2014-07-23 / Word” is not a date in a form Accord reads "
            "(such as 2014-07-23, 2014/7/23, July 23, 2014 or 2014年7月23日).",
        ),
    ],
)
def test_refusals_are_one_sentence_naming_the_text(text: str, sentence: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert str(caught.value) == sentence


def test_order_does_not_make_an_impossible_date_possible() -> None:
    with pytest.raises(DateError, match="there is no month 23"):
        parse_date("07/23/2014", order=DateOrder.DAY_FIRST)


def test_date_error_is_a_value_error() -> None:
    assert issubclass(DateError, ValueError)
