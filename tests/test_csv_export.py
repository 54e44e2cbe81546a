"""CSV export as DESIGN's contract fixes it, read back with the csv module."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import TYPE_CHECKING

import pytest

from db.agreements import add_agreement, list_agreements
from db.csv.choices import resolve_columns
from db.csv.export import (
    AGREEMENT_COLUMNS,
    PARTNER_COLUMNS,
    CsvFormat,
    export_agreements,
    export_partners,
    neutralise,
    preview_rows,
    unencodable_records,
    unneutralise,
)
from db.documents import attach_document
from db.errors import Cancelled, ExportError
from db.partners import find_partner
from db.schemas import AgreementCreate
from desktop.cli.main import main

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


pytestmark = pytest.mark.backends


def _read(path: Path, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def test_all_agreements_with_bom_crlf_and_english_header(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    assert export_agreements(library, out) == 21
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfID,Partner,Country,Relationship,Agreement,Type,")
    assert raw.count(b"\r\n") == 22
    assert b"\n" not in raw.replace(b"\r\n", b"")
    rows = _read(out)
    assert tuple(rows[0]) == AGREEMENT_COLUMNS
    assert AGREEMENT_COLUMNS[:10] == (
        "ID", "Partner", "Country", "Relationship", "Agreement", "Type",
        "Date signed", "Areas", "Documents", "Notes",
    )  # fmt: skip
    seoul = [r for r in rows if r["Partner"] == "Seoul"]
    assert [r["Date signed"] for r in seoul] == ["2014-07-23", "2015-02-03"]
    assert {r["Relationship"] for r in rows} == {"Sister/friendship", "Cooperation partner"}
    assert {r["Type"] for r in rows} >= {"Memorandum of understanding", "Joint communiqué"}
    assert next(r for r in rows if r["Partner"] == "Bangkok")["Local name"] == "กรุงเทพมหานคร"


def test_one_partner_by_name_or_local_name(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "paris.csv"
    assert export_agreements(library, out, partner="paris") == 3
    assert {r["Partner"] for r in _read(out)} == {"Paris"}
    assert export_agreements(library, out, partner="서울특별시") == 2
    with pytest.raises(ExportError, match="no partner named"):
        export_agreements(library, out, partner="Atlantis")


def test_exactly_the_given_agreements_in_the_given_order(library: Library, tmp_path: Path) -> None:
    ids = [a.id for a in list_agreements(library)][:5][::-1]
    out = tmp_path / "some.csv"
    assert export_agreements(library, out, agreement_ids=ids) == 5
    assert [int(r["ID"]) for r in _read(out)] == ids


def test_tricky_cells_survive_and_formulas_are_neutralised(
    library: Library, tmp_path: Path, samples: Path
) -> None:
    seoul = find_partner(library, "Seoul")
    assert seoul is not None
    notes = 'He said "yes", then; left\r\nSecond line, with comma'
    added = add_agreement(
        library,
        AgreementCreate(
            partner_id=seoul.id,
            title='=HYPERLINK("http://evil")',
            date_signed=dt.date(2025, 5, 5),
            areas=["-sports", "culture"],
            notes=notes,
        ),
    )
    attach_document(library, added.id, samples / "jo.pdf")
    attach_document(library, added.id, samples / "habibi.pdf")
    out = tmp_path / "tricky.csv"
    export_agreements(library, out, agreement_ids=[added.id])
    (row,) = _read(out)
    assert row["Agreement"] == '\'=HYPERLINK("http://evil")'
    assert row["Areas"] == "'-sports; culture"
    assert row["Documents"] == "jo.pdf; habibi.pdf"
    assert row["Notes"] == notes


@pytest.mark.parametrize("cell", ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_formula_starts(cell: str) -> None:
    assert neutralise(cell) == "'" + cell
    assert neutralise("plain " + cell) == "plain " + cell


def test_cp932_refuses_korean_naming_the_record_and_writes_nothing(
    library: Library, tmp_path: Path
) -> None:
    out = tmp_path / "sjis.csv"
    with pytest.raises(ExportError, match=r"^6 agreements .* Shift_JIS .*ID \d+ \(Abu Dhabi\)"):
        export_agreements(library, out, encoding="cp932")
    assert not out.exists()
    berlin = [a.id for a in list_agreements(library) if a.partner_name == "Berlin"]
    # Berlin's records are plain ASCII: cp932 carries them. (Paris's "Communiqué" it cannot.)
    export_agreements(library, out, agreement_ids=berlin, encoding="cp932")
    assert len(_read(out, "cp932")) == 2
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_cp932_carries_japanese_that_shift_jis_cannot(library: Library, tmp_path: Path) -> None:
    paris = find_partner(library, "Paris")
    assert paris is not None
    added = add_agreement(
        library,
        AgreementCreate(
            partner_id=paris.id, title="髙橋 ①号 ㈱ 覚書", date_signed=dt.date(2020, 1, 1)
        ),
    )
    out = tmp_path / "cp932.csv"
    export_agreements(library, out, agreement_ids=[added.id], encoding="cp932")
    assert _read(out, "cp932")[0]["Agreement"] == "髙橋 ①号 ㈱ 覚書"


def test_a_failed_export_leaves_the_old_file_and_no_partial_file(
    library: Library, tmp_path: Path
) -> None:
    out = tmp_path / "report.csv"
    out.write_bytes(b"old report")
    with pytest.raises(ExportError):
        export_agreements(library, out, encoding="cp932")
    assert out.read_bytes() == b"old report"
    assert not any(p.name.endswith(".part") for p in tmp_path.iterdir())
    with pytest.raises(ExportError, match="cannot be written"):
        export_agreements(library, tmp_path / "no-such-folder" / "x.csv")


def test_export_to_a_stream(library: Library) -> None:
    buffer = io.BytesIO()
    export_agreements(library, buffer, encoding="utf-8")
    assert not buffer.getvalue().startswith(b"\xef\xbb\xbf")
    assert len(list(csv.reader(io.StringIO(buffer.getvalue().decode("utf-8"))))) == 22


def test_partners_one_row_each_with_counts(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "partners.csv"
    assert export_partners(library, out) == 20
    rows = _read(out)
    assert tuple(rows[0]) == PARTNER_COLUMNS
    counts = {r["Partner"]: int(r["Agreements"]) for r in rows}
    assert counts["Paris"] == 3
    assert counts["New York City"] == 0
    assert sum(counts.values()) == 21
    assert {r["Partner"]: r["Date of affiliation"] for r in rows}["Seoul"] == "1988-09-03"


# -- options ------------------------------------------------------------------------


def _rows(path: Path, encoding: str = "utf-8-sig", delimiter: str = ",") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def test_chosen_columns_in_the_chosen_order(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "some-columns.csv"
    choice = CsvFormat(columns=("Date signed", "ID", "Partner"))
    export_agreements(library, out, partner="Seoul", csv_format=choice)
    rows = _rows(out)
    assert rows[0] == ["Date signed", "ID", "Partner"]
    assert [(r[0], r[2]) for r in rows[1:]] == [("2014-07-23", "Seoul"), ("2015-02-03", "Seoul")]


@pytest.mark.parametrize(
    ("delimiter", "raw"), [(";", b"ID;Partner;Notes\r\n"), ("\t", b"ID\tPartner\tNotes\r\n")]
)
def test_semicolon_and_tab_delimiters_quote_cells_holding_them(
    library: Library, tmp_path: Path, delimiter: str, raw: bytes
) -> None:
    berlin = find_partner(library, "Berlin")
    assert berlin is not None
    notes = f"a{delimiter}b, c"
    added = add_agreement(
        library,
        AgreementCreate(
            partner_id=berlin.id, title="T", date_signed=dt.date(2020, 1, 2), notes=notes
        ),
    )
    out = tmp_path / "delimited.csv"
    choice = CsvFormat(delimiter=delimiter, columns=("ID", "Partner", "Notes"))
    export_agreements(library, out, agreement_ids=[added.id], csv_format=choice)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf" + raw)
    assert _rows(out, delimiter=delimiter)[1] == [str(added.id), "Berlin", notes]
    assert f'"{notes}"'.encode() in out.read_bytes()


def test_slash_dates_for_every_date_column(library: Library, tmp_path: Path) -> None:
    seoul = find_partner(library, "Seoul")
    assert seoul is not None
    added = add_agreement(
        library,
        AgreementCreate(
            partner_id=seoul.id,
            title="Renewal",
            date_signed=dt.date(2021, 3, 4),
            expires_on=dt.date(2026, 3, 3),
        ),
    )
    out = tmp_path / "slash.csv"
    slash = CsvFormat(date_style="slash")
    export_agreements(library, out, agreement_ids=[added.id], csv_format=slash)
    (row,) = _read(out)
    assert (row["Date signed"], row["Expires on"]) == ("2021/03/04", "2026/03/03")
    export_partners(library, out, csv_format=slash)
    assert {r["Partner"]: r["Date of affiliation"] for r in _read(out)}["Seoul"] == "1988/09/03"


def test_partners_with_every_option(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "partners.csv"
    choice = CsvFormat(
        encoding="utf-8", delimiter=";", date_style="slash", columns=("Partner", "Agreements")
    )
    assert export_partners(library, out, csv_format=choice) == 20
    raw = out.read_bytes()
    assert raw.startswith(b"Partner;Agreements\r\n")
    assert "Paris;3\r\n" in raw.decode("utf-8")
    with pytest.raises(ExportError, match="“Date signed” is not a column; the columns are ID, "):
        export_partners(library, out, csv_format=CsvFormat(columns=("Date signed",)))
    assert out.read_bytes() == raw


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"encoding": "latin-1"}, "“latin-1” is not one of the encodings"),
        ({"delimiter": "|"}, "“|” is not a delimiter"),
        ({"date_style": "us"}, "“us” is not a date format; use iso or slash."),
        ({"columns": ("ID", "ID")}, "A column can be chosen only once."),
    ],
)
def test_bad_options_are_one_sentence(options: dict, message: str) -> None:
    with pytest.raises(ExportError, match=message) as caught:
        CsvFormat(**options)
    assert str(caught.value).count(".") >= 1
    assert "\n" not in str(caught.value)


def test_typed_column_names_ignore_case_and_spaces() -> None:
    assert resolve_columns([" id", "DATE SIGNED ", "partner"], AGREEMENT_COLUMNS) == (
        "ID",
        "Date signed",
        "Partner",
    )
    with pytest.raises(ExportError, match="“Title” is not a column; the columns are ID, Partner"):
        resolve_columns(["ID", "Title"], AGREEMENT_COLUMNS)
    with pytest.raises(ExportError, match="named twice"):
        resolve_columns(["ID", "id"], AGREEMENT_COLUMNS)


def test_unencodable_records_names_every_one_with_its_characters(library: Library) -> None:
    found = unencodable_records(library, encoding="cp932")
    by_name = {f.name: f for f in found}
    assert len(found) == 6
    assert {"Abu Dhabi", "Bangkok", "Paris"} <= set(by_name)
    assert "é" in by_name["Paris"].characters  # "Communiqué"
    assert set(by_name["Bangkok"].characters) <= set("กรุงเทพมหานคร")
    assert all(f.characters and len(set(f.characters)) == len(f.characters) for f in found)
    # Only the chosen columns count: without titles and local names Paris is plain.
    plain = CsvFormat(encoding="cp932", columns=("ID", "Partner", "Date signed"))
    assert unencodable_records(library, plain) == [] == unencodable_records(library)
    partners = unencodable_records(library, encoding="cp932", partners=True)
    assert "Bangkok" in {f.name for f in partners}
    assert "Paris" not in {f.name for f in partners}


def test_preview_is_the_start_of_the_file(library: Library, tmp_path: Path) -> None:
    choice = CsvFormat(
        delimiter="\t", date_style="slash", columns=("Partner", "Agreement", "Date signed")
    )
    preview = preview_rows(library, choice, limit=3)
    out = tmp_path / "preview.csv"
    export_agreements(library, out, csv_format=choice)
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith(preview)
    assert preview.count("\r\n") == 4
    assert preview.startswith("Partner\tAgreement\tDate signed\r\n")


def test_cancel_midway_leaves_no_file_and_the_old_one_unchanged(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import db.csv.export

    monkeypatch.setattr(db.csv.export, "PROGRESS_STEP", 5)  # so 21 rows report midway
    seen: list[tuple[int, int]] = []

    def cancel_at_ten(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 10

    reports = tmp_path / "reports"
    reports.mkdir()
    out = reports / "cancelled.csv"
    with pytest.raises(Cancelled, match="cancelled; no file was written"):
        export_agreements(library, out, progress=cancel_at_ten)
    assert seen == [(0, 21), (5, 21), (10, 21)]
    assert list(reports.iterdir()) == []
    out.write_bytes(b"old report")

    def raise_cancelled(done: int, total: int) -> None:
        if done:
            raise Cancelled("stop")

    with pytest.raises(Cancelled):
        export_partners(library, out, progress=raise_cancelled)
    assert out.read_bytes() == b"old report"
    assert [p.name for p in reports.iterdir()] == ["cancelled.csv"]
    counted: list[tuple[int, int]] = []
    export_agreements(library, out, progress=lambda d, t: counted.append((d, t)) is None)
    assert counted[0] == (0, 21)
    assert counted[-1] == (21, 21)


def test_neutralised_cells_restore_to_the_original(library: Library, tmp_path: Path) -> None:
    for cell in ["=1", "'=1", "''+x", "plain", "'quoted", "@a", ""]:
        assert unneutralise(neutralise(cell)) == cell


def test_many_agreement_ids_keep_their_order(library: Library, tmp_path: Path) -> None:
    ids = [a.id for a in list_agreements(library)][::-1]
    many = ids + list(range(10_000, 12_000))  # beyond one SQL IN; unknown IDs left out
    out = tmp_path / "many.csv"
    assert export_agreements(library, out, agreement_ids=many) == 21
    assert [int(r["ID"]) for r in _read(out)] == ids


# -- command line ----------------------------------------------------------------------


def _cli(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    code = main(list(argv))
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def test_cli_columns_delimiter_and_date_format(capsysbinary, library_dir: Path) -> None:
    code, out, err = _cli(
        capsysbinary, "--library", str(library_dir), "export", "--partner", "Seoul",
        "--columns", "date signed, ID ,PARTNER", "--delimiter", "semicolon",
        "--date-format", "slash",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert (
        out == b"\xef\xbb\xbfDate signed;ID;Partner\r\n2014/07/23;1;Seoul\r\n2015/02/03;2;Seoul\r\n"
    )
    code, out, err = _cli(
        capsysbinary, "--library", str(library_dir), "export", "--partners",
        "--columns", "partner,agreements", "--delimiter", "tab", "--encoding", "utf-8",
    )  # fmt: skip
    assert code == 0
    assert out.startswith(b"Partner\tAgreements\r\nAbu Dhabi\t1\r\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--columns", "ID,Title"),
            "--columns: “Title” is not a column; the columns are ID, Partner",
        ),
        (
            ("--partners", "--columns", "Date signed"),
            "“Date signed” is not a column; the columns are ID, Partner, Local name",
        ),
        (("--columns", " , "), "--columns: no column was named"),
        (("--columns", "ID,id"), "named twice"),
        (("--delimiter", "pipe"), "invalid choice: 'pipe'"),
        (("--date-format", "us"), "invalid choice: 'us'"),
    ],
)
def test_cli_bad_options_are_usage_errors(capsysbinary, library_dir: Path, args, message) -> None:
    code, out, err = _cli(capsysbinary, "--library", str(library_dir), "export", *args)
    assert (code, out) == (2, b"")
    assert message in err
    assert err.count("\n") == 1


def test_cli_cp932_names_how_many_and_the_first_records(
    capsysbinary, library_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "sjis.csv"
    code, out, err = _cli(
        capsysbinary, "--library", str(library_dir), "export", "--encoding", "cp932",
        "-o", str(target),
    )  # fmt: skip
    assert (code, out) == (1, b"")
    assert err.startswith("accord: 6 agreements hold characters that Shift_JIS (cp932) cannot")
    assert "ID 19 (Abu Dhabi), ID 21 (Bangkok) and ID 13 (Brussels-Capital Region)" in err
    lines = err.splitlines()
    assert lines[0].endswith("export them as UTF-8 with BOM instead.")
    # Then EVERY record, one a line: ID, name and the characters cp932 cannot carry.
    assert len(lines) == 7
    # each character once, quoted on its own: never run together into a word
    assert lines[1] == "  ID 19 (Abu Dhabi): “أ”, “ب”, “و”, “ظ”, “ي”"
    assert "  ID 11 (Paris): “é”" in lines
    assert {line.split(" (")[0] for line in lines[1:]} == {
        "  ID 19", "  ID 21", "  ID 13", "  ID 11", "  ID 1", "  ID 2"
    }  # fmt: skip
    assert not target.exists()
    code, out, err = _cli(
        capsysbinary, "--library", str(library_dir), "export", "--encoding", "cp932",
        "--columns", "ID,Partner,Date signed",
    )  # fmt: skip
    assert code == 0
    assert out.decode("cp932").startswith("ID,Partner,Date signed\r\n")


def test_characters_an_encoding_lacks_are_listed_one_by_one() -> None:
    """Combining marks stand on a dotted circle, invisible characters are named by code point:
    accents of different words never stack on one letter."""
    from db.csv.rows import listed

    assert listed("Ẹ\u0304ǹ\u0301é\u0308") == "“Ẹ”, “◌̄”, “ǹ”, “◌́”, “é”, “◌̈”"
    assert listed("a\u200b\u00a0") == "“a”, U+200B, U+00A0"
