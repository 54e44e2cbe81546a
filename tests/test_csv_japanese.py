"""Reports for Japanese colleagues: Japanese headings and labels, read back in either language.

The headings and labels are the catalogue's (contexts ``csv`` and
``enums``), whatever language Accord itself runs in; dates keep the CSV
contract (ISO unless the slash style is chosen).
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

import pytest

from db.csv.choices import AGREEMENT_COLUMNS, CsvFormat, english_column
from db.csv.export import export_agreements, export_partners
from db.enums import AgreementType, PartnerKind, Relationship
from db.errors import ExportError

if TYPE_CHECKING:
    from db.library import Library

pytestmark = pytest.mark.backends


AGREEMENT_HEADINGS = [
    "ID", "提携先", "国", "関係", "協定名", "種類", "締結日", "協力分野", "文書", "備考",
    "現地名", "有効期限", "旧協定", "日本語名",
    # an agreement's life (Accord 0.7), at the end as the CSV contract has new columns
    "発効日", "更新方法", "更新期間", "予告期間", "署名者（当方）", "署名者（相手方）", "署名地",
    "担当者", "経過",
]  # fmt: skip
PARTNER_HEADINGS = [
    "ID", "提携先", "現地名", "国", "区分", "関係", "提携日", "協定数", "備考", "日本語名",
]  # fmt: skip


def _rows(data: bytes, encoding: str = "utf-8-sig") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp932"])
def test_agreements_report_in_japanese(library: Library, encoding: str) -> None:
    out = io.BytesIO()
    # Every column but the local name: cp932 cannot carry Seoul's Korean one.
    columns = tuple(c for c in AGREEMENT_COLUMNS if c != "Local name")
    csv_format = CsvFormat(header_language="ja", encoding=encoding, columns=columns)
    export_agreements(library, out, partner="Seoul", csv_format=csv_format)
    header, *rows = _rows(out.getvalue(), encoding)
    assert header == [h for h in AGREEMENT_HEADINGS if h != "現地名"]
    seoul = next(row for row in rows if row[1] == "Seoul")
    assert seoul[3] == "姉妹友好都市"
    assert seoul[5] == "覚書"
    assert seoul[6] == "2014-07-23"  # ISO, as the CSV contract says
    assert seoul[header.index("日本語名")] == "ソウル特別市"


def test_the_full_japanese_header_and_slash_dates(library: Library) -> None:
    out = io.BytesIO()
    export_agreements(library, out, csv_format=CsvFormat(header_language="ja", date_style="slash"))
    header, *rows = _rows(out.getvalue())
    assert header == AGREEMENT_HEADINGS
    assert next(row for row in rows if row[1] == "Seoul")[6] == "2014/07/23"


def test_partners_report_in_japanese(library: Library) -> None:
    out = io.BytesIO()
    export_partners(library, out, csv_format=CsvFormat(header_language="ja"))
    header, *rows = _rows(out.getvalue())
    assert header == PARTNER_HEADINGS
    nsw = next(row for row in rows if row[1] == "New South Wales")
    assert (nsw[4], nsw[5], nsw[9]) == ("州", "姉妹友好都市", "ニューサウスウェールズ州")
    bangkok = next(row for row in rows if row[1] == "Bangkok")
    assert bangkok[5] == "協力関係都市"


def test_english_stays_the_default(library: Library) -> None:
    out = io.BytesIO()
    export_partners(library, out)
    assert _rows(out.getvalue())[0][:3] == ["ID", "Partner", "Local name"]


def test_an_unknown_heading_language_is_refused() -> None:
    with pytest.raises(ExportError, match="“fr” is not a language of column headings"):
        CsvFormat(header_language="fr")


def test_japanese_headings_and_labels_are_read_back() -> None:
    assert english_column("締結日") == "Date signed"
    assert english_column("協定数") == "Agreements"
    assert english_column("Notes") == "Notes"
    assert Relationship.from_label("姉妹友好都市") is Relationship.SISTER_FRIENDSHIP
    assert Relationship.from_label("協力関係都市") is Relationship.COOPERATION_PARTNER
    assert PartnerKind.from_label("州") is PartnerKind.STATE
    assert AgreementType.from_label("共同コミュニケ") is AgreementType.JOINT_COMMUNIQUE
    assert AgreementType.JOINT_COMMUNIQUE.written("cp932", "ja") == "共同コミュニケ"
    assert AgreementType.JOINT_COMMUNIQUE.written("cp932") == "Joint communique"


def test_the_command_line_writes_japanese_headings(capsysbinary, library_dir, tmp_path) -> None:
    from desktop.cli.main import main

    lib = ["--library", str(library_dir)]
    assert main([*lib, "export", "--header-language", "ja", "--partner", "Paris"]) == 0
    header = _rows(capsysbinary.readouterr().out)[0]
    assert header == AGREEMENT_HEADINGS
    target = tmp_path / "partners.csv"
    assert main([*lib, "export", "--partners", "--header-language", "ja", "-o", str(target)]) == 0
    assert _rows(target.read_bytes())[0] == PARTNER_HEADINGS
    assert main([*lib, "import", str(target), "--dry-run"]) == 0
    assert "20 unchanged, 0 rejected" in capsysbinary.readouterr().out.decode()
