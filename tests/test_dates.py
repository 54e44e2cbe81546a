"""Dates as people and spreadsheets write them: every accepted form, every refusal's sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from db.dates import DateOrder, parse_date
from db.errors import DateError

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
        # Japanese eras (和暦): kanji, 元年, letters, the ㍻ ligature
        "平成26年7月23日",
        "平成 26 年 7 月 23 日",
        "H26.7.23",
        "h26/7/23",
        "H.26.07.23",
        "平成26.7.23",
        "㍻26年7月23日",
        # a weekday after the date, checked
        "2014年7月23日(水)",
        "2014/7/23(水)",
        "2014/7/23（水）",
        "2014/7/23 (水曜日)",
        "2014年7月23日 水曜日",
        "2014-07-23 (Wed)",
        "July 23, 2014 (Wednesday)",
        # dashes that look like a hyphen, spaces around separators
        "2014\u201007\u201023",
        "2014\u201107\u201123",
        "2014\u201207\u201223",
        "2014\u201307\u201323",
        "2014\u221207\u221223",
        "2014\u30fc07\u30fc23",
        "2014\uff0d07\uff0d23",
        "2014 / 7 / 23",
        "2014 - 07 - 23",
        # any time: the date part is what counts
        "2014/7/23 12:00:00",
        "2014/7/23 12:00",
        "2014/7/23 23:59:59.123",
        "2014-07-23T10:00:00",
        "2014/7/23 午後1:00",
        "July 23, 2014 3:00 PM",
        "2014/7/23(水) 9:30",
    ],
)
def test_accepted_forms(text: str) -> None:
    assert parse_date(text) == JULY_23


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("令和6年5月1日", dt.date(2024, 5, 1)),
        ("令和元年5月1日", dt.date(2019, 5, 1)),
        ("R6.5.1", dt.date(2024, 5, 1)),
        ("R元.5.1", dt.date(2019, 5, 1)),
        ("平成元年1月8日", dt.date(1989, 1, 8)),
        ("平成31年4月30日", dt.date(2019, 4, 30)),
        ("S63.1.7", dt.date(1988, 1, 7)),
        ("昭和64年1月7日", dt.date(1989, 1, 7)),
        ("昭和元年12月25日", dt.date(1926, 12, 25)),
        ("大正元年7月30日", dt.date(1912, 7, 30)),
        ("T15.12.24", dt.date(1926, 12, 24)),
        ("明治45年7月29日", dt.date(1912, 7, 29)),
        ("M6.1.1", dt.date(1873, 1, 1)),
        # every boundary of the era table, and 元年 in each form
        ("S64.1.7", dt.date(1989, 1, 7)),
        ("H元.1.8", dt.date(1989, 1, 8)),
        ("h1/1/8", dt.date(1989, 1, 8)),
        ("H31.4.30", dt.date(2019, 4, 30)),
        ("r1-5-1", dt.date(2019, 5, 1)),
        ("令和6年5月14日", dt.date(2024, 5, 14)),
        ("令和６年５月１４日", dt.date(2024, 5, 14)),
    ],
)
def test_japanese_eras(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


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
        ("平成31年5月1日", "平成31年5月1日 is not a date: the Heisei era ended on 2019-04-30."),
        ("H31.5.1", "H31.5.1 is not a date: the Heisei era ended on 2019-04-30."),
        ("令和元年4月30日", "令和元年4月30日 is not a date: the Reiwa era began on 2019-05-01."),
        ("昭和64年1月8日", "昭和64年1月8日 is not a date: the Shōwa era ended on 1989-01-07."),
        ("昭和元年12月24日", "昭和元年12月24日 is not a date: the Shōwa era began on 1926-12-25."),
        ("大正元年7月29日", "大正元年7月29日 is not a date: the Taishō era began on 1912-07-30."),
        ("明治元年1月24日", "明治元年1月24日 is not a date: the Meiji era began on 1868-01-25."),
        (
            "明治元年10月22日",
            "明治元年10月22日 is in Japan's old lunisolar calendar (before 1873); write the date "
            "in the Western calendar.",
        ),
        ("平成元年1月7日", "平成元年1月7日 is not a date: the Heisei era began on 1989-01-08."),
        (
            "明治5年12月2日",
            "明治5年12月2日 is in Japan's old lunisolar calendar (before 1873); write the date "
            "in the Western calendar.",
        ),
        ("令和0年5月1日", "令和0年5月1日 is not a date: there is no year 0 of Reiwa."),
        ("2014/7/23(木)", "“2014/7/23(木)” says Thursday, but 2014-07-23 is a Wednesday."),
        ("2014-07-23 (Mon)", "“2014-07-23 (Mon)” says Monday, but 2014-07-23 is a Wednesday."),
        # Shown as typed, never as normalised (a U+2010 hyphen, full-width digits).
        ("2021\u201002\u201030", "2021\u201002\u201030 is not a date: February 2021 has 28 days."),
        ("２０２１／２／３０", "２０２１／２／３０ is not a date: February 2021 has 28 days."),
        (
            "2014\u201407\u201423",  # an em dash is no hyphen
            "“2014\u201407\u201423” is not a date in a form Accord reads "
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


def test_a_refused_cell_far_longer_than_a_date_is_quoted_by_its_start() -> None:
    with pytest.raises(DateError) as refused:
        parse_date("9" * 5000 + "-01-01")
    assert str(refused.value).startswith(f"“{'9' * 60} …” is not a date in a form Accord reads")
    assert len(str(refused.value)) < 200


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("13/05/2021", dt.date(2021, 5, 13)),
        ("05/13/2021", dt.date(2021, 5, 13)),
        ("12/12/2021", dt.date(2021, 12, 12)),
        ("13/12/2021", dt.date(2021, 12, 13)),
        ("12/13/2021", dt.date(2021, 12, 13)),
        ("31/12/2021", dt.date(2021, 12, 31)),
        ("12/31/2021", dt.date(2021, 12, 31)),
        ("01/01/2021", dt.date(2021, 1, 1)),
    ],
)
def test_an_all_number_date_that_reads_one_way_is_read(text: str, date: dt.date) -> None:
    """The edges of the ambiguity rule: a number over 12 can only be the day."""
    assert parse_date(text) == date


@pytest.mark.parametrize(
    "text", ["12/05/2021", "05/12/2021", "12/01/2021", "01/12/2021", "12/11/2021", "11/12/2021"]
)
def test_an_all_number_date_with_both_numbers_up_to_12_is_ambiguous(text: str) -> None:
    with pytest.raises(DateError, match="could be .*; choose the day/month order"):
        parse_date(text)


def test_an_all_number_date_with_no_month_is_refused() -> None:
    with pytest.raises(DateError, match="neither 13 nor 14 is a month"):
        parse_date("13/14/2021")
    with pytest.raises(DateError, match="there is no month 13"):
        parse_date("13/13/2021")
