"""Japanese era dates (db.i18n.eras) and dates in each language's forms (db.i18n.date_display)."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING

import pytest

from db.i18n import eras
from db.i18n import translate as i18n
from db.i18n.date_display import DateForm, format_date
from db.i18n.eras import era_date, era_named, era_of, era_table, era_year, from_era

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

D = dt.date


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(1989, 1, 7), "昭和64年1月7日"),  # the last day of Shōwa
        (D(1989, 1, 8), "平成元年1月8日"),  # Heisei began the next day
        (D(2019, 4, 30), "平成31年4月30日"),  # the last day of Heisei
        (D(2019, 5, 1), "令和元年5月1日"),
        (D(2014, 7, 23), "平成26年7月23日"),
        (D(2024, 5, 14), "令和6年5月14日"),
        (D(1926, 12, 24), "大正15年12月24日"),
        (D(1926, 12, 25), "昭和元年12月25日"),
        (D(1912, 7, 29), "明治45年7月29日"),
        (D(1912, 7, 30), "大正元年7月30日"),
        (D(1873, 1, 1), "明治6年1月1日"),  # the first Gregorian day in Japan
    ],
)
def test_era_dates_at_every_boundary(day: dt.date, expected: str) -> None:
    assert era_date(day) == expected


def test_the_table_is_the_five_modern_eras_with_their_first_days() -> None:
    table = {era.name: (era.first_day, era.last_day) for era in eras.eras()}
    assert table == {
        "明治": (D(1868, 1, 25), D(1912, 7, 29)),
        "大正": (D(1912, 7, 30), D(1926, 12, 24)),
        "昭和": (D(1926, 12, 25), D(1989, 1, 7)),
        "平成": (D(1989, 1, 8), D(2019, 4, 30)),
        "令和": (D(2019, 5, 1), None),
    }


def test_no_era_date_before_the_gregorian_calendar_or_the_first_era() -> None:
    assert era_date(D(1872, 12, 31)) is None  # lunisolar months: no Gregorian era date
    assert era_year(D(1872, 12, 31)) is None
    assert era_of(D(1868, 1, 24)) is None
    assert era_of(D(1868, 1, 25)).name == "明治"  # type: ignore[union-attr]


def test_an_era_is_named_in_kanji_latin_letters_or_its_letter() -> None:
    assert era_named("平成") is era_named("heisei") is era_named("H") is era_named("h")
    assert era_named("Shōwa") is era_named("Showa") is era_named("S")
    with pytest.raises(LookupError):
        era_named("慶応")


def test_from_era_reads_back_what_era_date_wrote() -> None:
    assert from_era(era_named("令和"), 6, 5, 14) == D(2024, 5, 14)
    assert from_era(era_named("平成"), 1, 1, 8) == D(1989, 1, 8)
    assert from_era(era_named("昭和"), 64, 1, 7) == D(1989, 1, 7)


@pytest.mark.parametrize(
    ("era", "year", "month", "day", "message"),
    [
        ("平成", 31, 5, 1, "The Heisei era ended on 2019-04-30."),
        ("平成", 1, 1, 7, "The Heisei era began on 1989-01-08."),
        ("昭和", 64, 1, 8, "The Shōwa era ended on 1989-01-07."),
        ("令和", 0, 5, 1, "There is no year 0 of Reiwa."),
        ("明治", 5, 12, 1, "Japan used its old lunisolar calendar before 1873."),
    ],
)
def test_from_era_refuses_a_day_outside_its_era(
    era: str, year: int, month: int, day: int, message: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(message)) as raised:
        from_era(era_named(era), year, month, day)
    assert str(raised.value) == message


def test_from_era_explains_in_japanese() -> None:
    i18n.set_language("ja")
    with pytest.raises(ValueError, match="^平成は2019-04-30に終わりました。$"):
        from_era(era_named("平成"), 31, 5, 1)


def test_a_new_era_is_a_line_of_data(tmp_path: Path) -> None:
    data = json.loads(eras.ERA_TABLE.read_text(encoding="utf-8"))
    data["eras"].append(
        {"name": "未来", "romaji": "Mirai", "letter": "X", "first_day": "2101-01-01"}
    )
    path = tmp_path / "eras.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    table = era_table(path).eras
    assert table[-2].name == "令和"
    assert table[-2].last_day == D(2100, 12, 31)
    assert table[-1].name == "未来"
    assert table[-1].year_of(D(2101, 6, 1)) == 1


def test_eras_out_of_order_are_refused(tmp_path: Path) -> None:
    data = json.loads(eras.ERA_TABLE.read_text(encoding="utf-8"))
    data["eras"].reverse()
    path = tmp_path / "eras.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="oldest first"):
        era_table(path)


# --- dates in the language's own forms ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "form", "era", "day", "expected"),
    [
        ("en", DateForm.TABLE, False, D(2014, 7, 23), "2014-07-23"),
        ("en", DateForm.LONG, False, D(2014, 7, 23), "23 July 2014"),
        ("en", DateForm.LONG, True, D(2014, 7, 23), "23 July 2014 (Heisei 26)"),
        ("en", DateForm.LONG, True, D(2019, 5, 1), "1 May 2019 (Reiwa 1)"),
        ("ja", DateForm.TABLE, False, D(2014, 7, 23), "2014/07/23"),
        ("ja", DateForm.TABLE, True, D(2014, 7, 23), "2014/07/23"),  # tables stay narrow
        ("ja", DateForm.LONG, False, D(2014, 7, 23), "2014年7月23日"),
        ("ja", DateForm.LONG, True, D(2014, 7, 23), "2014年7月23日（平成26年）"),
        ("ja", DateForm.LONG, True, D(2019, 5, 1), "2019年5月1日（令和元年）"),
        ("ja", DateForm.LONG, True, D(1989, 1, 7), "1989年1月7日（昭和64年）"),
        ("ja", DateForm.LONG, True, D(1872, 12, 31), "1872年12月31日"),  # no era form
        ("ja", DateForm.LONG, False, None, ""),
    ],
)
def test_dates_in_each_language(
    language: str, form: DateForm, era: bool, day: dt.date | None, expected: str
) -> None:
    i18n.set_language(language)
    assert format_date(day, form, era=era) == expected
