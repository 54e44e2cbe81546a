"""``accord import``: summary, problems as row/column/sentence, exit codes, whole or nothing."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

import pytest

from db.agreements import list_agreements
from db.opening import open_library
from db.partners import find_partner
from desktop.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def titles(library_dir: Path) -> set[str]:
    library = open_library(library_dir)
    try:
        return {a.title for a in list_agreements(library)}
    finally:
        library.close()


HEADER = ["Partner", "Country", "Agreement", "Date signed", "Colour"]


def test_import_adds_and_prints_a_summary(capsys, library_dir: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "in.csv",
        [HEADER, ["Paris", "", "Culture", "2014/7/23", "red"],
         ["リヨン市", "France", "Arts", "2015/1/2", ""]],
        encoding="cp932",
    )  # fmt: skip
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path))
    assert code == 1
    assert "--create-partners" in err
    code, out, err = run(
        capsys, "--library", str(library_dir), "import", str(path), "--create-partners"
    )
    assert (code, err) == (0, "")
    assert f"{path}: agreements, cp932, comma-separated." in out
    assert "2 to add, 0 to update, 0 unchanged, 0 rejected." in out
    assert "Columns not imported (unknown): “Colour”." in out
    assert "New partners: リヨン市." in out
    assert "Imported: 2 added, 0 updated, 0 unchanged, 1 partner created." in out
    assert {"Culture", "Arts"} <= titles(library_dir)


def test_new_partners_need_the_option(capsys, library_dir: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "in.csv", [HEADER, ["Lima", "Peru", "MoU", "2020-01-01", ""]])
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path))
    assert code == 1
    assert "New partners: Lima." in out
    assert err == (
        "accord: The file names 1 partner the library does not have; nothing was imported "
        "(use --create-partners to create them).\n"
    )
    assert "MoU" not in titles(library_dir)


def test_rejected_rows_on_stderr_and_nothing_written(
    capsys, library_dir: Path, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "in.csv",
        [HEADER, ["Paris", "", "Good", "2020-01-01", ""], ["Paris", "", "Bad", "July 23", ""],
         ["Paris", "", "", "08/07/2021", ""]],
    )  # fmt: skip
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path))
    assert code == 1
    assert "1 to add, 0 to update, 0 unchanged, 2 rejected." in out
    assert err.splitlines() == [
        "row 3, column Date signed: “July 23” has no year.",
        "row 4, column Agreement: An agreement needs a title.",
        "row 4, column Date signed: “08/07/2021” could be 8 July or August 7; "
        "choose the day/month order.",
        "To read all-number dates one way, give --date-order dmy (day first) or "
        "--date-order mdy (month first).",
        "accord: 2 rows of the file are rejected; nothing was imported.",
    ]
    assert "Good" not in titles(library_dir)


def test_dry_run_writes_nothing(capsys, library_dir: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "in.csv", [HEADER[:4], ["Paris", "", "Dry", "08/07/2021"]])
    code, out, err = run(
        capsys, "--library", str(library_dir), "import", str(path), "--dry-run",
        "--date-order", "dmy",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "1 to add" in out
    assert "Dry run: nothing was written." in out
    assert "Dry" not in titles(library_dir)


def test_export_then_import_is_unchanged(capsys, library_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    assert run(capsys, "--library", str(library_dir), "export", "-o", str(report))[0] == 0
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(report))
    assert (code, err) == (0, "")
    assert "0 to add, 0 to update, 21 unchanged, 0 rejected." in out


def test_partners_file_and_kept_damaged_cells(capsys, library_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "partners.csv"
    run(capsys, "--library", str(library_dir), "export", "--partners", "-o", str(report))
    rows = list(csv.reader(io.StringIO(report.read_bytes().decode("utf-8-sig"))))
    seoul = next(row for row in rows if row[1] == "Seoul")
    seoul[2] = "?????"  # 서울특별시 as Excel's Shift_JIS leaves it
    seoul[8] = "Updated."
    path = write_csv(tmp_path / "back.csv", [rows[0], seoul], encoding="cp932")
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path))
    assert (code, err) == (0, "")
    assert "partners, cp932" in out  # Seoul's office-language name ソウル特別市: cp932
    assert "0 to add, 1 to update, 0 unchanged, 0 rejected." in out
    assert (
        "row 2, column Local name: “?????” looks damaged (characters lost to ?); "
        "the library's “서울특별시” is kept." in out
    )
    library = open_library(library_dir)
    partner = find_partner(library, "Seoul")
    library.close()
    assert partner is not None
    assert (partner.local_name, partner.notes) == ("서울특별시", "Updated.")


def test_unreadable_file_is_one_sentence(capsys, library_dir: Path, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(tmp_path / "no.csv"))
    assert (code, out) == (1, "")
    assert err == f"accord: There is no file {tmp_path / 'no.csv'}.\n"
    code, _, err = run(capsys, "--library", str(library_dir), "import", "x", "--date-order", "ymd")
    assert code == 2
    assert "invalid choice" in err


def excel_cp932(path: Path, target: Path, edit: tuple[str, str] | None = None,
                drop: str | None = None) -> Path:  # fmt: skip
    """Re-save an export as Excel on Japanese Windows does (cp932: é, Hangul, Thai, Arabic
    become ?), with one text edit and a column dropped."""
    text = path.read_bytes().decode("utf-8-sig")
    if edit is not None:
        assert edit[0] in text
        text = text.replace(edit[0], edit[1])
    rows = list(csv.reader(io.StringIO(text.encode("cp932", errors="replace").decode("cp932"))))
    if drop is not None:
        place = rows[0].index(drop)
        rows = [row[:place] + row[place + 1 :] for row in rows]
    return write_csv(target, rows, encoding="cp932")


def test_a_damaged_cell_the_user_edited_gets_its_characters_back(
    capsys, library_dir: Path, tmp_path: Path
) -> None:
    report = tmp_path / "l.csv"
    assert run(capsys, "--library", str(library_dir), "export", "-o", str(report))[0] == 0
    edit = ("Communiqué of the Governor of Tokyo", "Communiqué of the governor of Tokyo")
    path = excel_cp932(report, tmp_path / "l_edit.csv", edit)
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path), "-v")
    assert (code, err) == (0, "")
    assert "0 to add, 1 to update, 20 unchanged, 0 rejected." in out
    assert "row 17: update ID 11" in out
    assert (
        "    Agreement: “Joint Communiqué of the Governor of Tokyo and the Mayor of Paris” → "
        "“Joint Communiqué of the governor of Tokyo and the Mayor of Paris”" in out
    )
    assert "row 17, column Agreement: “?” put back as “é” from the library." in out
    assert "Joint Communiqué of the governor of Tokyo and the Mayor of Paris" in titles(library_dir)
    assert not any("?" in title for title in titles(library_dir))


def test_without_ids_the_edited_damaged_title_updates_not_duplicates(
    capsys, library_dir: Path, tmp_path: Path
) -> None:
    report = tmp_path / "l.csv"
    run(capsys, "--library", str(library_dir), "export", "-o", str(report))
    edit = ("Communiqué of the Governor of Tokyo", "Communiqué of the governor of Tokyo")
    path = excel_cp932(report, tmp_path / "l_edit.csv", edit, drop="ID")
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path))
    assert (code, err) == (0, "")
    assert "0 to add, 1 to update, 20 unchanged, 0 rejected." in out
    library = open_library(library_dir)
    found = [a.title for a in list_agreements(library)]
    library.close()
    assert len(found) == 21
    assert not any("?" in title for title in found)
    assert "Joint Communiqué of the governor of Tokyo and the Mayor of Paris" in found


def test_a_question_mark_that_cannot_be_explained_rejects_the_row(
    capsys, library_dir: Path, tmp_path: Path
) -> None:
    report = tmp_path / "l.csv"
    run(capsys, "--library", str(library_dir), "export", "-o", str(report))
    edit = ("Joint Communiqué of the Governor", "Joint Communiqué?? of the Governor")
    path = excel_cp932(report, tmp_path / "l_edit.csv", edit)
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path))
    assert code == 1
    assert err.splitlines() == [
        "row 17, column Agreement: “Joint Communiqu??? of the Governor of To …” has “?” "
        "where the library holds characters this file cannot carry; type them again or "
        "export as UTF-8.",
        "accord: 1 row of the file is rejected; nothing was imported.",
    ]


def test_verbose_lists_additions_and_dry_run_implies_it(
    capsys, library_dir: Path, tmp_path: Path
) -> None:
    library = open_library(library_dir)
    first = next(a for a in list_agreements(library) if a.id == 1)
    library.close()
    path = write_csv(
        tmp_path / "in.csv",
        [["ID", "Partner", "Agreement", "Date signed", "Notes"],
         ["", "Paris", "Culture", "2014/7/23", ""],
         ["1", "Seoul", first.title, "2014-07-23", "line one\nline two"]],
    )  # fmt: skip
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path), "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[1:6] == [
        "1 to add, 1 to update, 0 unchanged, 0 rejected.",
        "row 2: add “Paris” — “Culture” — “2014-07-23”",
        "row 3: update ID 1",
        "    Notes: (empty) → “line one↵line two”",
        "Dry run: nothing was written.",
    ]
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path))
    assert "row 2: add" not in out
    assert "Imported: 1 added, 1 updated, 0 unchanged." in out
    assert "Culture" in titles(library_dir)


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"", "The file is empty: it has no header row."),
        (
            b"Partner,Notes,notes\r\nParis,a,b\r\n",
            "The header has the column “Notes” twice (“Notes” and “notes”); keep one.",
        ),
    ],
)
def test_a_refused_file_prints_no_summary_first(
    capsys, library_dir: Path, tmp_path: Path, data: bytes, sentence: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path))
    assert (code, out, err) == (1, "", f"accord: {sentence}\n")


def test_many_equal_notices_are_one_line(capsys, library_dir: Path, tmp_path: Path) -> None:
    rows = [["Partner", "Agreement", "Date signed", "Documents"]]
    rows += [["Paris", f"Agreement {n}", "2020-01-01", "signed.pdf"] for n in range(8)]
    path = write_csv(tmp_path / "in.csv", rows)
    code, out, err = run(capsys, "--library", str(library_dir), "import", str(path), "--dry-run")
    assert code == 0
    assert (
        "rows 2, 3, 4 and 5 more rows, column Documents: Documents are not imported; attach "
        "PDFs in the window or with accord attach." in out.splitlines()
    )
