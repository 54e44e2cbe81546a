"""CSV export as DESIGN's contract fixes it, read back with the csv module."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from db.agreements import add_agreement, list_agreements
from db.csv_export import (
    AGREEMENT_COLUMNS,
    PARTNER_COLUMNS,
    export_agreements,
    export_partners,
    neutralise,
)
from db.documents import attach_document
from db.errors import ExportError
from db.library import Library
from db.partners import find_partner
from db.schemas import AgreementCreate


def _read(path: Path, encoding: str = "utf-8-sig") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def test_all_agreements_with_bom_crlf_and_english_header(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    assert export_agreements(library, out) == 21
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfID,Partner,Country,Relationship,Agreement,Type,")
    assert raw.count(b"\r\n") == 22 and b"\n" not in raw.replace(b"\r\n", b"")
    rows = _read(out)
    assert tuple(rows[0]) == AGREEMENT_COLUMNS
    assert AGREEMENT_COLUMNS[:10] == (
        "ID", "Partner", "Country", "Relationship", "Agreement", "Type",
        "Date signed", "Areas", "Documents", "Notes",
    )  # fmt: skip
    seoul = [r for r in rows if r["Partner"] == "Seoul"]
    assert [r["Date signed"] for r in seoul] == ["2014-07-23", "2015-02-03"]
    assert {r["Relationship"] for r in rows} == {"Sister/friendship", "Cooperation partner"}
    assert {r["Type"] for r in rows} >= {"Memorandum of understanding", "Joint communique"}
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
    with pytest.raises(ExportError, match=r"agreement with ID \d+ \(Abu Dhabi\).*Shift_JIS"):
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
    assert counts["Paris"] == 3 and counts["New York City"] == 0
    assert sum(counts.values()) == 21
    assert {r["Partner"]: r["Date of affiliation"] for r in rows}["Seoul"] == "1988-09-03"
