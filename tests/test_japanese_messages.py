"""Messages that come up from ``db/`` and the command line are Japanese through and through:
the labels they list, the dates they spell out, the options they name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db import i18n
from db.dates import DateError, parse_date
from db.enums import AgreementType
from desktop.cli import main


@pytest.fixture
def japanese() -> Iterator[None]:
    i18n.set_language("ja")
    try:
        yield
    finally:
        i18n.set_language("en")


@pytest.mark.usefixtures("japanese")
def test_an_unknown_type_is_refused_in_japanese_with_japanese_labels() -> None:
    with pytest.raises(ValueError) as refused:
        AgreementType.from_label("謎の種類")
    assert str(refused.value).startswith("「謎の種類」は次のいずれでもありません: 覚書、共同声明、")
    assert "Memorandum" not in str(refused.value)


def test_an_unknown_type_is_refused_in_english_as_before() -> None:
    with pytest.raises(ValueError, match="“Treaty” is not one of: Memorandum of understanding, "):
        AgreementType.from_label("Treaty")


@pytest.mark.usefixtures("japanese")
def test_an_ambiguous_date_names_its_two_readings_in_japanese() -> None:
    with pytest.raises(DateError) as refused:
        parse_date("08/07/2021")
    assert str(refused.value) == (
        "「08/07/2021」は7月8日とも8月7日とも読めます。日と月の順序を選んでください。"
    )


def test_an_ambiguous_date_reads_in_english_as_before() -> None:
    with pytest.raises(DateError) as refused:
        parse_date("08/07/2021")
    assert str(refused.value) == (
        "“08/07/2021” could be 8 July or August 7; choose the day/month order."
    )


def test_the_command_line_names_date_order_for_an_ambiguous_date(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text("提携先,協定名,締結日\nParis,曖昧,08/07/2021\n", encoding="utf-8-sig")
    code = main(["--language", "ja", "--library", str(library_dir), "import", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "「08/07/2021」は7月8日とも8月7日とも読めます。" in err
    assert "--date-order dmy（日が先）または --date-order mdy（月が先）" in err
