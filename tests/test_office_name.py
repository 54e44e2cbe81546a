"""A partner's name in the office's own language (``office_name``): stored, searched, shown.

The built-in partners carry the names the Tokyo Metropolitan Government
writes in Japanese; migration 0005 gives them to existing libraries (see
tests/test_upgrade.py); the field goes through forms' values, history,
undo-able updates, search and CSV like the local name.
"""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from db.builtin import BUILTIN_DATA
from db.csv.export import export_agreements, export_partners
from db.csv.importer import apply_import, plan_import
from db.errors import ValidationError
from db.history.read import record_history
from db.opening import open_library
from db.partner_names import display_name, names_line
from db.partner_rows import partner_list_rows
from db.partners import add_partner, find_partner, list_partners, update_partner
from db.schemas import PartnerCreate, PartnerUpdate
from db.search.terms import matches, search_terms

if TYPE_CHECKING:
    from collections.abc import Iterator

    from db.library import Library

pytestmark = pytest.mark.backends


MIGRATION = Path(__file__).parents[1] / "db/migrations/versions/0005_partner_office_name.py"


@pytest.fixture
def empty_library(tmp_path: Path, bare_database_url: str | None) -> Iterator[Library]:
    lib = open_library(tmp_path / "empty", database_url=bare_database_url, builtin=False)
    yield lib
    lib.close()


def _partner(library: Library, name: str):  # noqa: ANN202
    return next(p for p in list_partners(library) if p.name == name)


def test_builtin_partners_have_their_japanese_names(library: Library) -> None:
    names = {p.name: p.office_name for p in list_partners(library)}
    assert names["Seoul"] == "ソウル特別市"
    assert names["Paris"] == "パリ市"
    assert names["New York City"] == "ニューヨーク市"
    assert names["Beijing"] == "北京市"
    assert all(names.values())
    assert len(names) == 20
    data = json.loads(BUILTIN_DATA.read_text(encoding="utf-8"))
    assert "東京都" in data["office_name_source"]


def test_the_migration_fills_what_the_builtin_data_holds() -> None:
    """0005 keeps a frozen copy of the names: it must be the data file's, exactly."""
    spec = importlib.util.spec_from_file_location("m0005", MIGRATION)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = json.loads(BUILTIN_DATA.read_text(encoding="utf-8"))
    from_data = {(p["name"], p["country"]): p["office_name"] for p in data["partners"]}
    assert from_data == module.BUILTIN_OFFICE_NAMES


def test_search_finds_a_partner_by_its_office_language_name(library: Library) -> None:
    rows = partner_list_rows(library)
    found = [row.name for row in rows if matches(search_terms("ソウル"), row.search_text)]
    assert found == ["Seoul"]
    assert find_partner(library, "ソウル特別市").name == "Seoul"
    seoul = _partner(library, "Seoul")
    update_partner(library, seoul.id, PartnerUpdate(office_name="ソウル"),
                   expected_version=seoul.version)  # fmt: skip
    rows = partner_list_rows(library)
    assert [r.name for r in rows if matches(search_terms("ソウル特別市"), r.search_text)] == []


def test_an_edit_is_in_the_history_and_cleaned(library: Library) -> None:
    paris = _partner(library, "Paris")
    changed = update_partner(
        library, paris.id, PartnerUpdate(office_name="  パリ "),
        expected_version=paris.version,
    )  # fmt: skip
    assert changed.office_name == "パリ"
    (entry,) = [e for e in record_history(library, "partner", paris.id) if e.field]
    assert (entry.field_label, entry.old_value, entry.new_value) == (
        "Office-language name", "パリ市", "パリ",
    )  # fmt: skip


def test_a_too_long_office_name_is_refused(library: Library) -> None:
    with pytest.raises(ValidationError) as raised:
        add_partner(library, PartnerCreate(name="Osaka", country="Japan", office_name="大" * 201))
    assert raised.value.field == "office_name"


def test_csv_carries_the_office_name_both_ways(library: Library, empty_library: Library) -> None:
    partners, agreements = io.BytesIO(), io.BytesIO()
    export_partners(library, partners)
    export_agreements(library, agreements)
    header = partners.getvalue().decode("utf-8-sig").splitlines()[0]
    assert header.endswith(",Notes,Office-language name")
    assert "ソウル特別市" in agreements.getvalue().decode("utf-8-sig")
    for data in (partners.getvalue(), agreements.getvalue()):
        plan = plan_import(empty_library, data)
        assert plan.problems == ()
        assert plan.notices == ()
        apply_import(empty_library, plan)
    assert _partner(empty_library, "Seoul").office_name == "ソウル特別市"


def test_an_agreement_row_naming_a_partner_by_office_name_finds_it(library: Library) -> None:
    before = find_partner(library, "Seoul").agreement_count
    data = "Partner,Agreement,Date signed\r\nソウル特別市,Accord,2024-05-14\r\n".encode()
    plan = plan_import(library, data)
    assert plan.new_partners == ()
    assert plan.problems == ()
    apply_import(library, plan)
    assert find_partner(library, "Seoul").agreement_count == before + 1


@pytest.mark.parametrize(
    ("code", "shown", "line"),
    [
        ("ja", "ソウル特別市", "ソウル特別市 · Seoul · 서울특별시"),
        ("en", "Seoul", "Seoul · 서울특별시 · ソウル特別市"),
    ],
)
def test_the_window_shows_the_office_name_in_the_office_language(code, shown, line) -> None:
    assert display_name("Seoul", "ソウル特別市", code) == shown
    assert names_line("Seoul", "서울특별시", "ソウル特別市", code) == line
    assert display_name("Osaka", "", "ja") == "Osaka"
    assert names_line("Osaka", "", "", "ja") == "Osaka"
