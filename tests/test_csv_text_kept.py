"""Text is kept as typed, and an import says whenever it stores a cell other than as written;
labels Excel damaged are read back when they can be only one label."""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

import pytest

from db.agreements import add_agreement, get_agreement, list_agreements, update_agreement
from db.csv.cells import parse_label
from db.csv.choices import CsvFormat
from db.csv.export import export_agreements
from db.csv.import_plan import Problem, RowAction
from db.csv.importer import apply_import, plan_import
from db.enums import AgreementType, LabelledEnum, PartnerKind, Relationship
from db.errors import CellError
from db.partners import add_partner, find_partner, get_partner, update_partner
from db.schemas import AgreementCreate, AgreementUpdate, PartnerCreate, PartnerUpdate
from db.text import clean, fold
from tests.test_csv_import import csv_bytes

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library

pytestmark = pytest.mark.backends

#: Persian "I want" (zero-width non-joiner), a family emoji (joiners), Hindi "kṣa" with a
#: joiner, a word joiner, Thai (Phuket town) with a zero-width space between its words.
KEPT = (
    "می\u200cخواهم",
    "👨\u200d👩\u200d👧",
    "क्\u200dष",
    "Tokyo\u2060Metropolis",
    "ภูเก็ต\u200bเมือง",
)


@pytest.mark.parametrize("text", KEPT)
def test_joiners_and_breaks_are_kept_from_the_form(library: Library, text: str) -> None:
    assert clean(f" {text} ") == text
    partner = add_partner(library, PartnerCreate(name=text, country=text, local_name=text))
    kept = get_partner(library, partner.id)
    assert (kept.name, kept.local_name, kept.country) == (text, text, text)
    seoul = find_partner(library, "Seoul")
    assert seoul is not None
    added = add_agreement(
        library,
        AgreementCreate(
            partner_id=seoul.id, title=text, date_signed=dt.date(2020, 1, 1), areas=[text, "x"]
        ),
    )
    got = get_agreement(library, added.id)
    assert (got.title, got.areas) == (text, [text, "x"])
    # Search still ignores them: the name is found typed without them.
    assert fold(text.replace("\u200c", "").replace("\u200d", "")) == fold(text)


def test_only_the_byte_order_mark_and_outer_white_space_go() -> None:
    assert clean("\ufeffSeoul\ufeff") == "Seoul"
    assert clean("\u00a0Paris\u3000") == "Paris"
    assert clean(" \u200b\u200d ") == ""  # nothing to join or break: no name


@pytest.mark.parametrize("text", KEPT)
def test_joiners_and_breaks_are_kept_from_csv(library: Library, text: str) -> None:
    data = csv_bytes(
        [
            ["Partner", "Country", "Agreement", "Date signed", "Areas", "Notes"],
            [text, text, text, "2020-01-01", f"{text}; x", text],
        ]
    )
    plan = plan_import(library, data)
    assert plan.notices == ()
    assert plan.problems == ()
    result = apply_import(library, plan, create_partners=True)
    got = get_agreement(library, result.added[0])
    assert (got.partner_name, got.partner_country, got.title) == (text, text, text)
    assert (got.areas, got.notes) == ([text, "x"], text)


# --- Nothing is changed silently ----------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "stored", "said"),
    [
        ("\ttabbed", "tabbed", "the tab at the start removed"),
        ("Title  ", "Title", "the spaces at the end removed"),
        ("\u00a0Title", "Title", "the no-break space at the start removed"),
        ("Title\r\n", "Title", "the line break at the end removed"),
        ("\ufeffTitle", "Title", "the byte-order mark (U+FEFF) removed"),
        ("Cafe\u0301", "Café", "its accents composed (Unicode NFC), which looks the same"),
    ],
)
def test_every_cell_stored_other_than_written_gets_a_notice(
    library: Library, cell: str, stored: str, said: str
) -> None:
    data = csv_bytes(
        [["Partner", "Agreement", "Date signed", "Notes"], ["Paris", cell, "2020-01-01", cell]]
    )
    plan = plan_import(library, data)
    assert plan.problems == ()
    notice = f"Read as “{stored}”: {said}."
    # Notes keep everything but surrounding white space and byte-order marks (the rule of
    # every text cell): a decomposed accent stays.
    notes_kept = cell.strip() == cell and "\ufeff" not in cell
    assert plan.notices == (Problem(2, "Agreement", notice),) + (
        () if notes_kept else (Problem(2, "Notes", notice),)
    )
    added = get_agreement(library, apply_import(library, plan).added[0])
    assert (added.title, added.notes) == (stored, cell if notes_kept else stored)


def test_a_tab_inside_a_cell_and_a_line_break_in_a_title_are_kept(library: Library) -> None:
    title = "First line\r\nsecond\tcolumn"
    data = csv_bytes([["Partner", "Agreement", "Date signed"], ["Paris", title, "2020-01-01"]])
    plan = plan_import(library, data)
    assert plan.notices == ()
    assert get_agreement(library, apply_import(library, plan).added[0]).title == title


def test_an_export_neutralised_tab_cell_comes_back_with_a_notice(library: Library) -> None:
    data = csv_bytes(
        [["Partner", "Agreement", "Date signed"], ["Paris", "'\ttabbed", "2020-01-01"]]
    )
    plan = plan_import(library, data)
    assert plan.notices == (
        Problem(2, "Agreement", "Read as “tabbed”: the apostrophe that keeps a spreadsheet "
                "from running it as a formula removed, the tab at the start removed."),
    )  # fmt: skip


def test_areas_named_twice_are_noticed_not_the_separator_spacing(library: Library) -> None:
    data = csv_bytes(
        [
            ["Partner", "Agreement", "Date signed", "Areas"],
            ["Paris", "A", "2020-01-01", "Culture;Sports"],
            ["Paris", "B", "2020-01-02", "Culture; culture"],
        ]
    )
    plan = plan_import(library, data)
    assert plan.notices == (
        Problem(3, "Areas", "Read as “Culture”: an area named twice kept once."),
    )


def test_a_partners_file_notices_trimmed_names(library: Library) -> None:
    data = csv_bytes([["Partner", "Country", "Kind"], ["Oslo ", "Norway", "City"]])
    plan = plan_import(library, data)
    assert plan.notices == (Problem(2, "Partner", "Read as “Oslo”: the space at the end removed."),)


# --- Labels Excel damaged -------------------------------------------------------------


def _types(library: Library, encoding: str, *types: str) -> list[AgreementType]:
    rows = [["Partner", "Agreement", "Date signed", "Type"]]
    rows += [["Paris", f"T{n}", f"2020-01-{n + 1:02}", t] for n, t in enumerate(types)]
    plan = plan_import(library, csv_bytes(rows, encoding=encoding))
    assert plan.problems == ()
    return [AgreementType(str(row.values["type"])) for row in plan.rows]


def test_a_label_excel_damaged_is_read_back_with_a_notice(library: Library) -> None:
    types = _types(library, "cp932", "Joint communiqu?", "JOINT COMMUNIQU?", "joint communique")
    assert types == [AgreementType.JOINT_COMMUNIQUE] * 3
    plan = plan_import(
        library,
        csv_bytes(
            [["Partner", "Agreement", "Date signed", "Type"],
             ["Paris", "T", "2020-01-01", "Joint communiqu?"]],
            encoding="cp932",
        ),
    )  # fmt: skip
    assert plan.notices == (
        Problem(
            2,
            "Type",
            "“Joint communiqu?” was read as “Joint communiqué”: the “?” stand for characters "
            "the file could not carry.",
        ),
    )
    assert [r.action for r in plan.rows] == [RowAction.ADD]


def test_every_spelling_of_a_label_is_read(library: Library) -> None:
    spellings = ("Joint communiqué", "Joint communique", "joint_communique", "共同コミュニケ")
    assert _types(library, "utf-8", *spellings) == [AgreementType.JOINT_COMMUNIQUE] * 4


class _Demo(LabelledEnum):
    CAFE = "café"
    CAFE_GRAVE = "cafè"
    SEOUL_OFFICE = "서울_office"
    NAIVE_CAFE = "naïve_café"


def test_damage_of_every_kind_in_any_label_column() -> None:
    assert parse_label("?? office", _Demo) is _Demo.SEOUL_OFFICE  # two ? for two hangul
    assert parse_label("na?ve caf?", _Demo) is _Demo.NAIVE_CAFE  # several ?
    # "y" and "s" are carried by cp932: a "?" there is no damage Excel does.
    with pytest.raises(CellError, match="“Cit\\?” is not one of"):
        parse_label("Cit?", PartnerKind)
    with pytest.raises(CellError, match="Sister/friendship"):
        parse_label("Sister/friend?hip", Relationship)


def test_a_damaged_label_that_could_be_two_is_refused_naming_them() -> None:
    with pytest.raises(CellError) as caught:
        parse_label("Caf?", _Demo)
    assert str(caught.value) == (
        "“Caf?” looks like a label a spreadsheet damaged (“?” in place of characters) and "
        "could be Café or Cafè; type it again."
    )


# --- One spelling per label ------------------------------------------------------------


def test_export_writes_the_accented_label_and_cp932_the_plain_one(
    library: Library, tmp_path: Path
) -> None:
    paris = find_partner(library, "Paris")
    assert paris is not None
    ids = [
        a.id
        for a in list_agreements(library, partner_id=paris.id)
        if a.type is AgreementType.JOINT_COMMUNIQUE
    ]
    assert ids
    for encoding, label in (("utf-8-sig", "Joint communiqué"), ("utf-8", "Joint communiqué"),
                            ("cp932", "Joint communique")):  # fmt: skip
        out = tmp_path / f"{encoding}.csv"
        # Only the type column: titles and local names hold characters cp932 cannot carry.
        export_agreements(
            library, out, csv_format=CsvFormat(encoding=encoding, columns=("ID", "Type"))
        )
        text = out.read_bytes().decode(encoding)
        assert f"{ids[0]},{label}\r\n" in text
        assert "Joint communiqu" + ("e" if encoding == "cp932" else "é") in text


def test_notes_with_a_leading_tab_round_trip_whatever_path_wrote_them(library: Library) -> None:
    """Every path stores notes alike (no surrounding white space), so an export of anything
    the library holds imports back unchanged, a neutralised tab cell included."""
    paris = find_partner(library, "Paris")
    assert paris is not None
    agreement = list_agreements(library, partner_id=paris.id)[0]
    changed = update_agreement(library, agreement.id, AgreementUpdate(notes="\ttabbed\n"))
    assert changed.notes == "tabbed"
    assert update_partner(library, paris.id, PartnerUpdate(notes=" \tx ")).notes == "x"
    out = io.BytesIO()
    export_agreements(library, out)
    plan = plan_import(library, out.getvalue())
    assert {row.action for row in plan.rows} == {RowAction.UNCHANGED}
    assert plan.notices == ()


def test_accord_import_prints_every_label_read_back_and_cell_trimmed(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    from desktop.cli.main import main

    path = tmp_path / "damaged.csv"
    path.write_bytes(
        csv_bytes(
            [["Partner", "Agreement", "Date signed", "Type"],
             ["Paris", " Culture ", "2021-01-01", "Joint communiqu?"],
             ["Paris", "Sports", "2021-01-02", "Caf?"]],
            encoding="cp932",
        )
    )  # fmt: skip
    code = main(["--library", str(library_dir), "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 1  # row 3's type is no label, damaged or not
    assert (
        "row 2, column Type: “Joint communiqu?” was read as “Joint communiqué”: the “?” stand "
        "for characters the file could not carry."
    ) in out
    assert "row 2, column Agreement: Read as “Culture”: the space at the start removed" in out
    assert "row 3, column Type: “Caf?” is not one of:" in err
