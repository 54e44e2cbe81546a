"""Messages that come up from ``db/`` and the command line are Japanese through and through:
the labels they list, the dates they spell out, the options they name."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from db.agreements import list_agreements, update_agreement
from db.dates import parse_date
from db.enums import AgreementType
from db.errors import DateError
from db.i18n import translate as i18n
from db.opening import open_library
from db.schemas import AgreementUpdate
from desktop.cli.main import main

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    """``--language`` chooses the language of the process: give the next test English."""
    yield
    i18n.set_language("en")


@pytest.fixture
def japanese() -> Iterator[None]:
    i18n.set_language("ja")
    try:
        yield
    finally:
        i18n.set_language("en")


@pytest.mark.usefixtures("japanese")
def test_an_unknown_type_is_refused_in_japanese_with_japanese_labels() -> None:
    with pytest.raises(ValueError, match="「謎の種類」は次のいずれでもありません") as refused:
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


def test_history_names_types_and_dates_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    library = open_library(library_dir)
    agreement = list_agreements(library)[0]
    update_agreement(
        library,
        agreement.id,
        AgreementUpdate(type=AgreementType.MEMORANDUM_OF_UNDERSTANDING, expires_on=None),
    )
    update_agreement(
        library,
        agreement.id,
        AgreementUpdate(type=AgreementType.JOINT_STATEMENT, expires_on=dt.date(2124, 5, 1)),
    )
    library.close()
    args = ["--library", str(library_dir), "history", str(agreement.id)]
    assert main(["--language", "ja", *args]) == 0
    out = capsys.readouterr().out
    assert "「覚書」→「共同声明」" in out
    assert "「」→「2124/05/01」" in out
    assert "Memorandum" not in out
    assert main(["--language", "en", *args]) == 0
    out = capsys.readouterr().out
    assert "“Memorandum of understanding” → “Joint statement”" in out
    assert "“” → “2124-05-01”" in out


def test_the_import_preview_names_a_matched_partner_in_the_chosen_language(
    library_dir: Path, tmp_path: Path
) -> None:
    from db.csv.importer import plan_import
    from db.partners import find_partner

    library = open_library(library_dir)
    try:
        seoul = find_partner(library, "Seoul")
        assert seoul is not None
        agreement = next(a for a in list_agreements(library) if a.partner_id == seoul.id)
        path = tmp_path / "in.csv"
        path.write_text(
            "ID,Partner,Agreement,Date signed,Notes\n"
            f"{agreement.id},Seoul,{agreement.title},{agreement.date_signed},新しいメモ\n",
            encoding="utf-8-sig",
        )
        i18n.set_language("ja")
        [row] = plan_import(library, path).rows
        assert row.summary.startswith("ソウル特別市 — ")
        i18n.set_language("en")
        [row] = plan_import(library, path).rows
        assert row.summary.startswith("Seoul — ")
    finally:
        library.close()


def test_an_unknown_accord_language_is_one_warning_then_the_system_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from db.i18n import ui_language

    monkeypatch.setenv("ACCORD_LANGUAGE", "xx")
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    choice = ui_language.set_up(["check"])
    assert choice.code == "ja"
    assert capsys.readouterr().err == (
        "accord: ACCORD_LANGUAGE の値「xx」は Accord が話せる言語（en、ja）ではないため、"
        "無視します。\n"
    )
    ui_language.set_up(["--language", "en", "check"])
    assert capsys.readouterr().err == ""
    monkeypatch.setenv("ACCORD_LANGUAGE", "ja")
    ui_language.set_up(["check"])
    assert capsys.readouterr().err == ""


def test_usage_errors_end_with_one_full_stop_and_no_stacked_brackets(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--language", "ja", "history", "abc"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "accord history: 引数 AGREEMENT_ID: 「abc」は記録の ID（整数）ではありません。"
        "「accord history --help」を参照してください。\n"
    )


@pytest.mark.usefixtures("japanese")
@pytest.mark.parametrize(
    ("context", "source", "wording"),
    [
        ("cli", "Dry run: nothing was written.", "確認のみのため、何も書き込んでいません。"),
        ("import", "Rejected", "取込不可"),
        ("ImportPlanModel", "Rejected", "取込不可"),
        ("history", "Supersedes", "置き換え前の協定"),
        ("fields", "Title", "協定名"),
        ("PartnerDialog", "&Name:", "英語名(&N):"),
        ("check", "database: integrity_check and foreign_key_check", "データベースの整合性"),
        (
            "import",
            "The file holds a NUL byte (binary data) at offset {offset}; it is not CSV text.",
            "先頭から {offset} バイトの位置に NUL 文字があります。CSV ファイルではありません。",
        ),
        (
            "cli",
            "list what was deleted; --restore or --purge KIND ID, or --empty",
            "ごみ箱の中身を表示します。--restore／--purge KIND ID で復元・完全削除、"
            "--empty で空にします。",
        ),
    ],
)
def test_the_japanese_wording_the_tester_asked_for(context: str, source: str, wording: str) -> None:
    assert i18n.translate(context, source) == wording


@pytest.mark.usefixtures("japanese")
def test_rejected_rows_are_torikomi_fuka_in_the_command_line_summary() -> None:
    from desktop.cli.commands.import_csv import REJECTED_ROWS

    assert "取込不可" in i18n.translate("cli", REJECTED_ROWS, None, 2)


def test_export_columns_accept_japanese_headings(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    args = ["--library", str(library_dir), "export", "-o", "-", "--columns", "ID,提携先,締結日"]
    assert main(args) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.lstrip("\ufeff") == "ID,Partner,Date signed"


def test_an_unknown_export_column_points_to_export_help(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    args = ["--library", str(library_dir), "export", "-o", "-", "--columns", "ID,謎"]
    assert main(["--language", "ja", *args]) == 2
    err = capsys.readouterr().err
    assert "「謎」" in err
    assert "提携先、" in err
    assert "Partner" not in err
    assert err.endswith("「accord export --help」を参照してください。\n")
    assert main(["--language", "en", *args]) == 2
    err = capsys.readouterr().err
    assert "the columns are ID, Partner, " in err
    assert err.endswith("(see “accord export --help”).\n")


def test_rejections_name_the_columns_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        "提携先,協定名,種類,締結日\nParis,謎,謎の種類,2021-07-08\nParis,日付,覚書,08/07/2021\n",
        encoding="utf-8-sig",
    )
    assert main(["--language", "ja", "--library", str(library_dir), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "2 行目、列 種類: 「謎の種類」は次のいずれでもありません: 覚書、" in err
    assert "3 行目、列 締結日: 「08/07/2021」" in err
    assert "Date signed" not in err
    assert "Type" not in err


def test_a_headerless_file_is_told_the_headings_of_the_chosen_language(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text("Paris,謎,2021-07-08\n", encoding="utf-8-sig")
    assert main(["--language", "ja", "--library", str(library_dir), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "（ID、提携先、協定名、締結日 など）" in err


def test_verbose_update_lines_give_field_and_type_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    library = open_library(library_dir)
    try:
        agreement = next(
            a
            for a in list_agreements(library)
            if a.type is AgreementType.MEMORANDUM_OF_UNDERSTANDING
        )
    finally:
        library.close()
    path = tmp_path / "in.csv"
    path.write_text(
        f"ID,種類\n{agreement.id},共同声明\n",
        encoding="utf-8-sig",
    )
    args = ["--library", str(library_dir), "import", str(path), "--dry-run"]
    assert main(["--language", "ja", *args]) == 0
    out = capsys.readouterr().out
    assert "    種類: 「覚書」→「共同声明」\n" in out


def _import_paris_row(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path, header: str, row: str
) -> str:
    path = tmp_path / "in.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8-sig")
    args = ["--language", "ja", "--library", str(library_dir), "import", str(path), "--dry-run"]
    assert main(args) == 0
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_the_office_name_notice_names_the_field_in_japanese(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    shown = _import_paris_row(
        capsys,
        library_dir,
        tmp_path,
        "提携先,協定名,締結日,日本語名",
        "Paris,新しい協定,2021-07-08,",
    )
    assert "ライブラリでは パリ市 の日本語名は「パリ市」です。" in shown
    assert "office-language" not in shown


def test_a_file_without_the_office_name_column_raises_no_notice_about_it(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    shown = _import_paris_row(
        capsys, library_dir, tmp_path, "提携先,協定名,締結日", "Paris,新しい協定,2021-07-08"
    )
    assert "日本語名" not in shown


def test_unknown_columns_are_quoted_the_japanese_way(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    shown = _import_paris_row(
        capsys, library_dir, tmp_path, "提携先,協定名,締結日,色", "Paris,新しい協定,2021-07-08,赤"
    )
    assert "「色」" in shown
    assert "“" not in shown
