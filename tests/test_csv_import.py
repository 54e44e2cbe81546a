"""CSV import: files as Excel writes them, matching, kept damaged cells, whole-or-nothing,
and every rejection with its row, column and sentence."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import TYPE_CHECKING, Any

import pytest

from db.agreements import add_agreement, get_agreement, list_agreements, update_agreement
from db.csv.import_plan import FieldChange, ImportKind, KeptValue, Problem, RowAction
from db.csv.importer import apply_import, plan_import
from db.dates import DateOrder
from db.errors import CsvImportError
from db.partners import find_partner, get_partner, list_partners
from db.schemas import AgreementCreate, AgreementUpdate

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library

pytestmark = pytest.mark.backends


HEADER = ["ID", "Partner", "Agreement", "Type", "Date signed", "Notes"]
SEOUL_MOU = (
    "Memorandum of Understanding on Exchange and Cooperation Between the Tokyo "
    "Metropolitan Government and the Seoul Metropolitan Government"
)


def csv_bytes(
    rows: list[list[str]],
    *,
    encoding: str = "utf-8-sig",
    delimiter: str = ",",
    newline: str = "\r\n",
) -> bytes:
    """Return a CSV file as a spreadsheet writes it (RFC 4180 quoting)."""
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return text.getvalue().encode(encoding)


def state(library: Library) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every field of every agreement and partner, to compare a library before and after."""
    return (
        [a.model_dump() for a in list_agreements(library)],
        [p.model_dump() for p in list_partners(library)],
    )


def seoul_mou(library: Library):
    return next(a for a in list_agreements(library) if a.title == SEOUL_MOU)


# --- Files as Excel writes them --------------------------------------------------------


def test_utf8_with_bom_adds_an_agreement(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(
        csv_bytes(
            [
                [" id ", "PARTNER", "Agreement", "Type", "Date signed", "Areas"],
                [
                    "",
                    "서울특별시",
                    "Letter on youth sport",
                    "letter of intent",
                    "2019/4/1",
                    "Sports; Youth",
                ],
            ]
        )  # fmt: skip
    )
    plan = plan_import(library, path)
    assert (plan.kind, plan.encoding, plan.delimiter) == (ImportKind.AGREEMENTS, "utf-8-sig", ",")
    assert plan.source == str(path)
    assert [row.action for row in plan.rows] == [RowAction.ADD]
    assert plan.can_apply
    assert plan.problems == ()
    result = apply_import(library, plan)
    added = get_agreement(library, result.added[0])
    assert (added.partner_name, added.title, added.date_signed) == (
        "Seoul", "Letter on youth sport", dt.date(2019, 4, 1),
    )  # fmt: skip
    assert added.type.label == "Letter of intent"
    assert added.areas == ["Sports", "Youth"]


def test_cp932_crlf_with_japanese_names_and_excel_dates(library: Library) -> None:
    notes = "担当: 髙橋\r\n① 協定書 ㈱"
    data = csv_bytes(
        [
            ["Partner", "Local name", "Country", "Agreement", "Date signed", "Notes"],
            ["釜山広域市", "ﾌﾟｻﾝ", "大韓民国", "友好交流に関する合意書", "2014/7/23", notes],
            ["東京", "", "日本", "覚書", "２０１５年２月３日", ""],
        ],
        encoding="cp932",
    )
    plan = plan_import(library, data)
    assert plan.encoding == "cp932"
    assert plan.source == ""
    assert plan.new_partners == ("釜山広域市", "東京")
    with pytest.raises(CsvImportError) as caught:
        apply_import(library, plan)
    assert str(caught.value) == (
        "The file names 2 partners the library does not have (釜山広域市, 東京); "
        "allow creating them."
    )
    result = apply_import(library, plan, create_partners=True)
    assert len(result.partners_created) == 2
    assert len(result.added) == 2
    first = get_agreement(library, result.added[0])
    assert (first.partner_name, first.title, first.date_signed, first.notes) == (
        "釜山広域市", "友好交流に関する合意書", dt.date(2014, 7, 23), notes,
    )  # fmt: skip
    partner = get_partner(library, first.partner_id)
    assert (partner.local_name, partner.country, partner.kind.value) == ("ﾌﾟｻﾝ", "大韓民国", "city")
    assert get_agreement(library, result.added[1]).date_signed == dt.date(2015, 2, 3)


def test_semicolons_and_quoted_cells_with_crlf_quotes_and_commas(library: Library) -> None:
    notes = 'Signed at "City Hall",\r\nroom 3; see annex = B'
    data = csv_bytes(
        [["Partner", "Agreement", "Date signed", "Notes"],
         ["Paris", 'Accord "Culture, Arts"', "23 July 2014", notes]],
        delimiter=";",
    )  # fmt: skip
    plan = plan_import(library, data)
    assert plan.delimiter == ";"
    (row,) = plan.rows
    assert row.row == 2
    assert row.action is RowAction.ADD
    added = get_agreement(library, apply_import(library, plan).added[0])
    assert (added.title, added.notes) == ('Accord "Culture, Arts"', notes)


def test_one_bad_row_imports_nothing_and_names_it(library: Library) -> None:
    before = state(library)
    data = csv_bytes(
        [
            HEADER,
            ["", "Paris", "Good one", "", "2020-01-02", ""],
            ["", "Paris", "Other good one", "", "2020-01-03", "two\nlines"],
            ["", "Paris", "Bad one", "", "July 23", ""],
            ["", "Paris", "Good again", "", "2020-01-05", ""],
        ]
    )
    plan = plan_import(library, data)
    assert not plan.can_apply
    assert plan.problems == (Problem(4, "Date signed", "“July 23” has no year."),)
    with pytest.raises(CsvImportError) as caught:
        apply_import(library, plan, create_partners=True)
    assert (
        str(caught.value)
        == "1 row of the file is rejected (the first is row 4); nothing was imported."
    )
    assert state(library) == before


# --- Matching ------------------------------------------------------------------------


def test_update_by_id_changes_only_the_columns_present(library: Library) -> None:
    mou = seoul_mou(library)
    data = csv_bytes([["Notes", "ID"], ["Renewed in 2024.", str(mou.id)]])
    plan = plan_import(library, data)
    (row,) = plan.rows
    assert (row.action, row.record_id) == (RowAction.UPDATE, mou.id)
    assert row.changes == (FieldChange("Notes", "", "Renewed in 2024."),)
    assert apply_import(library, plan).updated == (mou.id,)
    after = get_agreement(library, mou.id)
    assert after.notes == "Renewed in 2024."
    assert (after.title, after.type, after.date_signed) == (mou.title, mou.type, mou.date_signed)


def test_match_by_partner_title_and_date_ignoring_case_and_accents(library: Library) -> None:
    before = state(library)
    data = csv_bytes(
        [
            ["Partner", "Agreement", "Date signed"],
            ["서울특별시", SEOUL_MOU, "July 23, 2014"],
            ["São Paulo (State)", "Memorandum X", "2020-01-01"],
        ]
    )
    plan = plan_import(library, data)
    assert [r.action for r in plan.rows] == [RowAction.UNCHANGED, RowAction.ADD]
    assert plan.new_partners == ()
    data = csv_bytes(
        [["Partner", "Agreement", "Date signed"], ["SEOUL", SEOUL_MOU.upper(), "July 23, 2014"]]
    )
    plan = plan_import(library, data)
    (row,) = plan.rows
    # Matched (case ignored), and the file spells the title differently: an update that shows it.
    assert (row.action, row.record_id) == (RowAction.UPDATE, seoul_mou(library).id)
    assert row.changes == (FieldChange("Agreement", SEOUL_MOU, SEOUL_MOU.upper()),)
    assert state(library) == before


def test_export_reimported_is_unchanged(library: Library) -> None:
    from db.csv.export import export_agreements

    out = io.BytesIO()
    export_agreements(library, out)
    plan = plan_import(library, out.getvalue())
    assert {r.action for r in plan.rows} == {RowAction.UNCHANGED}
    assert plan.unknown_columns == ()
    assert plan.notices == ()


def test_added_rows_keep_free_ids_and_supersede_each_other(library: Library) -> None:
    data = csv_bytes(
        [
            ["ID", "Partner", "Agreement", "Date signed", "Supersedes"],
            ["900", "Paris", "Second", "2021-01-01", "901"],
            ["901", "Paris", "First", "2020-01-01", ""],
            ["", "Paris", "Third", "2022-01-01", "900"],
        ]
    )
    result = apply_import(library, plan_import(library, data))
    assert result.added[:2] == (900, 901)
    assert get_agreement(library, 900).supersedes_id == 901
    assert get_agreement(library, result.added[2]).supersedes_id == 900


def test_unknown_columns_reported_documents_never_imported(library: Library) -> None:
    mou = seoul_mou(library)
    data = csv_bytes([["ID", "Documents", "Colour"], [str(mou.id), "other.pdf", "blue"]])
    plan = plan_import(library, data)
    assert plan.unknown_columns == ("Colour",)
    assert [r.action for r in plan.rows] == [RowAction.UNCHANGED]


def test_partner_details_that_differ_are_noticed_not_applied(library: Library) -> None:
    before = state(library)
    data = csv_bytes(
        [
            ["Partner", "Country", "Relationship", "Agreement", "Date signed"],
            ["Seoul", "Korea", "Cooperation partner", SEOUL_MOU, "2014-07-23"],
        ]
    )
    plan = plan_import(library, data)
    assert [r.action for r in plan.rows] == [RowAction.UNCHANGED]
    assert plan.notices == (
        Problem(2, "Country", "Seoul's country in the library is “Republic of Korea”; "
                "partner details are changed by importing a partners file."),
        Problem(2, "Relationship", "Seoul's relationship in the library is “Sister/friendship”; "
                "partner details are changed by importing a partners file."),
    )  # fmt: skip
    apply_import(library, plan)
    assert state(library) == before


# --- Cells Excel damaged -------------------------------------------------------------


def test_damaged_cells_keep_the_library_value(library: Library) -> None:
    mou = seoul_mou(library)
    update_agreement(library, mou.id, AgreementUpdate(notes="서울 visit 🎉 planned"))
    # Excel saving as Shift_JIS: hangul → ?, the emoji (outside the BMP) → ??.
    data = csv_bytes(
        [
            ["ID", "Partner", "Agreement", "Date signed", "Notes"],
            [str(mou.id), "Seoul", mou.title, "2014/7/23", "?? visit ?? planned"],
            ["", "S?o Paulo (state)", "New one", "2023-03-03", "?"],
        ],
        encoding="cp932",
    )
    plan = plan_import(library, data)
    assert plan.kept == (
        KeptValue(2, "Notes", "?? visit ?? planned", "서울 visit 🎉 planned"),
        KeptValue(3, "Partner", "S?o Paulo (state)", "São Paulo (state)"),
    )
    assert [r.action for r in plan.rows] == [RowAction.UNCHANGED, RowAction.ADD]
    assert plan.new_partners == ()
    result = apply_import(library, plan)
    assert get_agreement(library, mou.id).notes == "서울 visit 🎉 planned"
    added = get_agreement(library, result.added[0])
    assert (added.partner_name, added.notes) == ("São Paulo (state)", "?")


def test_a_real_change_beside_a_question_mark_is_a_change(library: Library) -> None:
    mou = seoul_mou(library)
    update_agreement(library, mou.id, AgreementUpdate(notes="서울"))
    # A "?" where the library holds nothing was typed; one in place of 서울 cannot be told
    # from damage, and is refused rather than written over the Korean.
    data = csv_bytes([["ID", "Notes"], [str(mou.id), "서울. Why?"], [str(mou.id), "Why?"]])
    plan = plan_import(library, data)
    assert plan.rows[0].action is RowAction.UPDATE
    assert plan.rows[0].kept == ()
    assert plan.rows[1].problems == (
        Problem(3, "Notes", "“Why?” has “?” where the library holds characters this file "
                "cannot carry; type them again or export as UTF-8."),
    )  # fmt: skip


# --- Whole or nothing ----------------------------------------------------------------


def test_library_changed_since_the_preview(library: Library) -> None:
    data = csv_bytes([["Partner", "Agreement", "Date signed"], ["Paris", "New", "2020-02-02"]])
    plan = plan_import(library, data)
    mou = seoul_mou(library)
    update_agreement(library, mou.id, AgreementUpdate(notes="changed meanwhile"))
    with pytest.raises(CsvImportError) as caught:
        apply_import(library, plan)
    assert str(caught.value) == "The library changed since the preview; review the import again."
    assert not any(a.title == "New" for a in list_agreements(library))


def test_unreadable_files(library: Library, tmp_path: Path) -> None:
    with pytest.raises(CsvImportError, match="There is no file"):
        plan_import(library, tmp_path / "missing.csv")
    with pytest.raises(CsvImportError, match="is a folder"):
        plan_import(library, tmp_path)
    with pytest.raises(CsvImportError, match="not CSV text"):
        plan_import(library, b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")


def test_file_problems(library: Library) -> None:
    plan = plan_import(library, b"")
    assert plan.file_problems == ("The file is empty: it has no header row.",)
    plan = plan_import(library, csv_bytes([["Colour", "Size"], ["red", "L"]]))
    assert plan.file_problems[0].startswith("The header names none of the columns")
    assert plan.unknown_columns == ("Colour", "Size")
    plan = plan_import(library, csv_bytes([["Partner", "Agreement", "partner"]]))
    assert plan.file_problems == (
        "The header has the column “Partner” twice (“Partner” and “partner”); keep one.",
    )
    assert not plan.can_apply
    with pytest.raises(CsvImportError, match="twice"):
        apply_import(library, plan)


# --- Every rejection -----------------------------------------------------------------

COLUMNS = ["ID", "Partner", "Agreement", "Type", "Date signed", "Expires on", "Supersedes",
           "Relationship"]  # fmt: skip


def _row(**cells: str) -> list[str]:
    names = {"id": "ID", "partner": "Partner", "title": "Agreement", "type": "Type",
             "signed": "Date signed", "until": "Expires on", "supersedes": "Supersedes",
             "relationship": "Relationship"}  # fmt: skip
    values = {"Partner": "Paris", "Agreement": "Culture", "Date signed": "2020-01-01"}
    values.update({names[key]: value for key, value in cells.items()})
    return [values.get(column, "") for column in COLUMNS]


REJECTIONS = [
    (_row(signed="July 23"), "Date signed", "“July 23” has no year."),
    (_row(signed="08/07/2021"), "Date signed",
     "“08/07/2021” could be 8 July or August 7; choose the day/month order."),
    (_row(signed="2021-02-30"), "Date signed",
     "2021-02-30 is not a date: February 2021 has 28 days."),
    (_row(signed=""), "Date signed", "An agreement needs the date it was signed."),
    (_row(title="  "), "Agreement", "An agreement needs a title."),
    (_row(title="x" * 1001), "Agreement",
     "An agreement's title can have at most 1000 characters."),
    (_row(partner=""), "Partner", "An agreement needs a partner."),
    (_row(type="Treaty"), "Type",
     "“Treaty” is not one of: Memorandum of understanding, Joint statement, "
     "Joint communiqué, Joint declaration, Letter of intent, Other."),
    (_row(relationship="Twin"), "Relationship",
     "“Twin” is not one of: Sister/friendship, Cooperation partner."),
    (_row(id="12a"), "ID", "“12a” is not an agreement ID (a whole number)."),
    (_row(id="-3"), "ID", "“-3” is not an agreement ID (a whole number)."),
    (_row(supersedes="x"), "Supersedes", "“x” is not an agreement ID (a whole number)."),
    (_row(id="9223372036854775808"), "ID",
     "“9223372036854775808” is not an agreement ID (a whole number)."),
    (_row(id="7" * 5000), "ID",  # past int()'s own limit of 4,300 digits
     f"“{'7' * 40} …” is not an agreement ID (a whole number)."),
    (_row(supersedes="１" * 25), "Supersedes",
     f"“{'１' * 25}” is not an agreement ID (a whole number)."),
    (_row(supersedes="9999"), "Supersedes", "There is no agreement with ID 9999 to supersede."),
    (_row(id="950", supersedes="950"), "Supersedes", "An agreement cannot supersede itself."),
    (_row(until="2019-12-31"), "Expires on",
     "“Expires on” (2019-12-31) cannot be earlier than the date signed (2020-01-01)."),
    (_row(until="someday"), "Expires on",
     "“someday” is not a date in a form Accord reads "
     "(such as 2014-07-23, 2014/7/23, July 23, 2014 or 2014年7月23日)."),
    (_row() + ["extra"], "",
     "The row has 9 cells but the header names 8 columns; a cell may hold an unquoted "
     "delimiter."),
    (_row(partner="Atlantis"), "Country", "“Atlantis” is a new partner and needs a country."),
]  # fmt: skip


@pytest.mark.parametrize(("row", "column", "reason"), REJECTIONS)
def test_every_rejection_names_row_column_and_reason(
    library: Library, row: list[str], column: str, reason: str
) -> None:
    good = _row(title="Fine", signed="2020-05-05")
    plan = plan_import(library, csv_bytes([COLUMNS, good, row], encoding="utf-8"))
    assert plan.rows[0].action is RowAction.ADD
    assert plan.problems == (Problem(3, column, reason),)
    assert plan.rows[1].action is RowAction.REJECTED
    assert plan.rows[1].values == {}


def test_rejections_that_need_the_library(library: Library) -> None:
    mou = seoul_mou(library)
    nsw = sorted(
        (a for a in list_agreements(library) if a.partner_name == "New South Wales"),
        key=lambda a: a.date_signed,
    )
    data = csv_bytes(
        [
            ["ID", "Partner", "Agreement", "Date signed"],
            [str(mou.id), "Paris", "Something else", "1999-01-01"],  # 2: from another library
            ["", "Paris", "Culture", "2020-01-01"],  # 3: fine
            ["", "paris", "CULTURE", "2020-01-01"],  # 4: same as row 3
            ["960", "Paris", "Sports", "2020-01-01"],  # 5: fine
            ["960", "Paris", "Music", "2020-01-01"],  # 6: ID of row 5 again
            ["", "Paris", "", "2020-01-01"],  # 7: empty title
        ]
    )
    assert mou.partner_name != "Paris"
    plan = plan_import(library, data)
    assert plan.problems == (
        Problem(2, "ID", f"ID {mou.id} in the library is “{mou.title}” of Seoul signed on "
                "2014-07-23, and this row differs in partner, title and date; the ID probably "
                "comes from another library."),
        Problem(4, "", "Row 3 already imports this agreement."),
        Problem(6, "ID", "Row 5 already has ID 960."),
        Problem(7, "Agreement", "An agreement needs a title."),
    )  # fmt: skip
    # Moving an agreement onto another's partner, title and date would make a duplicate.
    data = csv_bytes([["ID", "Date signed"], [str(nsw[1].id), "2015/5/19"]])
    assert plan_import(library, data).problems == (
        Problem(2, "", f"New South Wales already has “{nsw[0].title}” signed on 2015-05-19 "
                f"(ID {nsw[0].id})."),
    )  # fmt: skip


def test_new_agreement_needs_its_columns(library: Library) -> None:
    plan = plan_import(library, csv_bytes([["ID", "Agreement"], ["", "Culture"]]))
    assert plan.problems == (
        Problem(2, "Partner", "A new agreement needs a “Partner” cell."),
        Problem(2, "Date signed", "A new agreement needs a “Date signed” cell."),
    )


def test_date_order_chosen_by_the_user(library: Library) -> None:
    data = csv_bytes([["Partner", "Agreement", "Date signed"], ["Paris", "X", "08/07/2021"]])
    plan = plan_import(library, data, date_order=DateOrder.DAY_FIRST)
    assert plan.rows[0].values["date_signed"] == dt.date(2021, 7, 8)


def test_progress_is_reported(library: Library) -> None:
    rows = [["Partner", "Agreement", "Date signed"]] + [
        ["Paris", f"Item {i}", "2020-01-01"] for i in range(2500)
    ]
    calls: list[tuple[int, int]] = []
    plan = plan_import(library, csv_bytes(rows), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1000, 2500), (2000, 2500), (2500, 2500)]
    calls.clear()
    result = apply_import(library, plan, progress=lambda d, t: calls.append((d, t)))
    assert len(result.added) == 2500
    assert calls == [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]


# --- Partners files ------------------------------------------------------------------


def test_partners_file_updates_adds_and_refuses(library: Library) -> None:
    seoul = find_partner(library, "Seoul")
    assert seoul is not None
    data = csv_bytes(
        [
            ["ID", "Partner", "Local name", "Country", "Kind", "Relationship",
             "Date of affiliation", "Agreements", "Notes"],
            [str(seoul.id), "Seoul", "서울특별시", "Republic of Korea", "City",
             "Sister/friendship", "1988/9/3", "99", "Sister city since 1988."],
            ["77", "Lima", "", "Peru", "city", "cooperation partner", "", "0", ""],
            ["", "Oslo", "", "", "City", "", "", "", ""],
            ["", "Quito", "", "Ecuador", "Village", "", "", "", ""],
        ]
    )  # fmt: skip
    plan = plan_import(library, data)
    assert plan.kind is ImportKind.PARTNERS
    assert [r.action for r in plan.rows] == [
        RowAction.UPDATE, RowAction.ADD, RowAction.REJECTED, RowAction.REJECTED,
    ]  # fmt: skip
    assert plan.rows[0].changes == (FieldChange("Notes", "", "Sister city since 1988."),)
    assert plan.problems == (
        Problem(4, "Country", "A partner needs a country."),
        Problem(5, "Kind", "“Village” is not one of: City, State, Region, Province, Country, "
                "Other."),
    )  # fmt: skip
    good = csv_bytes(
        [list(map(str, r)) for r in csv.reader(io.StringIO(data.decode("utf-8-sig")))][:3]
    )
    result = apply_import(library, plan_import(library, good))
    assert result.added == (77,)
    assert result.updated == (seoul.id,)
    lima = get_partner(library, 77)
    assert (lima.name, lima.country, lima.relationship.label) == (
        "Lima",
        "Peru",
        "Cooperation partner",
    )
    assert get_partner(library, seoul.id).notes == "Sister city since 1988."


def test_agreements_of_a_new_partner_created_with_its_details(library: Library) -> None:
    data = csv_bytes(
        [
            ["Partner", "Country", "Relationship", "Local name", "Agreement", "Date signed"],
            ["Lima", "Peru", "Cooperation partner", "", "MoU", "2020-01-01"],
            ["lima", "Perú", "", "", "Statement", "2021-01-01"],
        ]
    )
    plan = plan_import(library, data)
    assert plan.new_partners == ("Lima",)
    assert plan.notices == (
        Problem(
            3, "Country", "Lima's country is “Peru” in an earlier row; the first value is used."
        ),
    )
    result = apply_import(library, plan, create_partners=True)
    lima = get_partner(library, result.partners_created[0])
    assert (lima.name, lima.country, lima.agreement_count) == ("Lima", "Peru", 2)


def test_added_agreement_never_duplicates(library: Library) -> None:
    mou = seoul_mou(library)
    add_agreement(library, AgreementCreate(partner_id=mou.partner_id, title="Extra",
                                           date_signed=dt.date(2020, 1, 1)))  # fmt: skip
    data = csv_bytes([["Partner", "Agreement", "Date signed"], ["seoul", " Extra ", "2020/1/1"]])
    assert [r.action for r in plan_import(library, data).rows] == [RowAction.UNCHANGED]
    data = csv_bytes([["Partner", "Agreement", "Date signed"], ["Seoul", "EXTRA", "2020/1/1"]])
    (row,) = plan_import(library, data).rows
    assert row.action is RowAction.UPDATE
    assert row.changes == (FieldChange("Agreement", "Extra", "EXTRA"),)


def test_an_id_held_by_the_trash_is_not_reused(library: Library) -> None:
    from db.agreements import delete_agreement

    mou = seoul_mou(library)
    delete_agreement(library, mou.id)
    data = csv_bytes(
        [
            ["ID", "Partner", "Agreement", "Date signed", "Supersedes"],
            [str(mou.id), "Paris", "Takes a trashed ID", "2020-01-01", ""],
            ["", "Paris", "Renews it", "2021-01-01", str(mou.id)],
        ]
    )
    plan = plan_import(library, data)
    assert [r.action for r in plan.rows] == [RowAction.ADD, RowAction.ADD]
    first, second = apply_import(library, plan).added
    assert first != mou.id
    assert get_agreement(library, first).title == "Takes a trashed ID"
    assert get_agreement(library, second).supersedes_id == first


@pytest.mark.parametrize(
    "rows",
    [
        [
            ["Partner", "Country", "Agreement", "Date signed"],
            ["cairo", "Egypt", "New", "2026-01-01"],
        ],
        [
            ["Partner", "Country", "Kind", "Relationship"],
            ["Cairo", "Egypt", "City", "Sister/friendship"],
        ],
    ],
    ids=["agreements file", "partners file"],
)
def test_a_new_partner_cannot_take_the_name_of_one_in_the_trash(
    library: Library, rows: list[list[str]]
) -> None:
    from db.partners import delete_partner

    cairo = find_partner(library, "Cairo")
    assert cairo is not None
    delete_partner(library, cairo.id, with_agreements=True)
    before = state(library)

    plan = plan_import(library, csv_bytes(rows))

    assert [r.action for r in plan.rows] == [RowAction.REJECTED]
    assert plan.problems == (
        Problem(
            2,
            "Partner",
            "A partner named “Cairo” is in the trash; restore it from there, "
            "or delete it for good first.",
        ),
    )
    with pytest.raises(CsvImportError):
        apply_import(library, plan, create_partners=True)
    assert state(library) == before


# --- Damaged cells the user also edited; damaged names ----------------------------------


def test_a_damaged_and_edited_cell_gets_the_library_characters_back(library: Library) -> None:
    mou = seoul_mou(library)
    update_agreement(library, mou.id, AgreementUpdate(notes="서울 visit 🎉 planned"))
    data = csv_bytes(
        [["ID", "Notes"], [str(mou.id), "?? visit ?? planned for May"]], encoding="cp932"
    )
    plan = plan_import(library, data)
    (row,) = plan.rows
    assert row.action is RowAction.UPDATE
    assert row.kept == ()
    assert row.values == {"notes": "서울 visit 🎉 planned for May"}
    assert plan.notices == (
        Problem(2, "Notes", "“??” put back as “서울”, “??” put back as “🎉” from the library."),
    )
    apply_import(library, plan)
    assert get_agreement(library, mou.id).notes == "서울 visit 🎉 planned for May"


def test_unexplained_question_marks_reject_the_row_and_write_nothing(library: Library) -> None:
    mou = seoul_mou(library)
    update_agreement(library, mou.id, AgreementUpdate(notes="서울 visit"))
    before = state(library)
    data = csv_bytes([["ID", "Notes"], [str(mou.id), "? visit"]], encoding="cp932")
    plan = plan_import(library, data)
    assert plan.problems == (
        Problem(2, "Notes", "“? visit” has “?” where the library holds characters this file "
                "cannot carry; type them again or export as UTF-8."),
    )  # fmt: skip
    with pytest.raises(CsvImportError):
        apply_import(library, plan)
    assert state(library) == before


def test_a_damaged_partner_name_that_could_be_two_partners_is_refused(library: Library) -> None:
    from db.partners import add_partner
    from db.schemas import PartnerCreate

    add_partner(library, PartnerCreate(name="Busan", local_name="부산광역시", country="Korea"))
    data = csv_bytes(
        [["Partner", "Country", "Agreement", "Date signed"],
         ["?????", "Korea", "Youth exchange", "2020-01-01"],
         ["T?ky? Bay", "Japan", "Port exchange", "2020-01-02"]],
        encoding="cp932",
    )  # fmt: skip
    plan = plan_import(library, data)
    assert plan.problems == (
        Problem(2, "Partner", "“?????” looks damaged and could be Busan or Seoul."),
        Problem(3, "Partner", "“T?ky? Bay” is not a partner of the library and looks like a "
                "name a spreadsheet damaged (“?” in place of characters); type the name again."),
    )  # fmt: skip
    assert plan.new_partners == ()
    with pytest.raises(CsvImportError):
        apply_import(library, plan, create_partners=True)
    assert find_partner(library, "?????") is None


def test_a_damaged_name_in_a_partners_file_matches_or_is_refused(library: Library) -> None:
    from db.partners import add_partner
    from db.schemas import PartnerCreate

    add_partner(library, PartnerCreate(name="Busan", local_name="부산광역시", country="Korea"))
    header = ["Partner", "Country", "Kind", "Notes"]
    rows = [header, ["?????", "Korea", "", "x"], ["S?o Paulo (state)", "Brazil", "", "y"]]
    data = csv_bytes(rows, encoding="cp932")
    plan = plan_import(library, data)
    assert plan.rows[0].problems == (
        Problem(2, "Partner", "“?????” looks damaged and could be Busan or Seoul."),
    )
    assert plan.rows[1].action is RowAction.UPDATE
    assert plan.rows[1].values == {"country": "Brazil", "notes": "y"}
    assert plan.rows[1].kept == (KeptValue(3, "Partner", "S?o Paulo (state)", "São Paulo (state)"),)


# --- Columns without a header, Documents, control characters, type aliases --------------


def test_a_column_without_a_header_holding_data_is_reported(library: Library) -> None:
    data = csv_bytes(
        [["Partner", "", "Agreement", "Type", "Date signed", ""],
         ["Paris", "", "Culture", "MoU", "2014/7/23", ""],
         ["Paris", "Unterm", "Arts", "MoU", "2014/7/24", ""]],
    )  # fmt: skip
    plan = plan_import(library, data)
    assert plan.unknown_columns == ("column 2 (no header)",)  # column 6 is empty: padding
    assert plan.notices == (
        Problem(3, "", "Column 2 has no header, so its cells (such as “Unterm”) are not "
                "imported; name the column."),
    )  # fmt: skip
    assert [r.action for r in plan.rows] == [RowAction.ADD, RowAction.ADD]


def test_documents_that_differ_are_noticed_never_imported(library: Library) -> None:
    mou = seoul_mou(library)
    data = csv_bytes([["ID", "Documents"], [str(mou.id), "other.pdf"], ["2", ""]])
    plan = plan_import(library, data)
    assert [r.action for r in plan.rows] == [RowAction.UNCHANGED, RowAction.UNCHANGED]
    assert plan.notices == (
        Problem(2, "Documents", "Documents are not imported; attach PDFs in the window or "
                "with accord attach."),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("column", "text", "label"),
    [
        ("Agreement", "Ring\athe bell", "U+0007 (BEL)"),
        ("Notes", "\x1b[31mred\x1b[0m", "U+001B (ESC)"),
        ("Notes", "page one\fpage two", "U+000C (form feed)"),
        ("Partner", "Par\x85is", "U+0085"),
    ],
)
def test_control_characters_are_refused(
    library: Library, column: str, text: str, label: str
) -> None:
    cells = {"Partner": "Paris", "Agreement": "Culture", "Date signed": "2014/7/23",
             "Notes": "tab\there\r\nand lines"}  # fmt: skip
    cells[column] = text
    plan = plan_import(library, csv_bytes([list(cells), list(cells.values())]))
    assert plan.problems == (
        Problem(2, column, f"The cell holds {label}, a control character no one can type; "
                "remove it."),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("MoU", "memorandum_of_understanding"),
        ("MOU", "memorandum_of_understanding"),
        ("覚書", "memorandum_of_understanding"),
        ("共同声明", "joint_statement"),
        ("共同コミュニケ", "joint_communique"),
        ("共同宣言", "joint_declaration"),
        ("意向書", "letter_of_intent"),
        ("趣意書", "letter_of_intent"),
    ],
)
def test_type_aliases(library: Library, label: str, value: str) -> None:
    data = csv_bytes([["Partner", "Agreement", "Type", "Date signed"],
                      ["Paris", "Culture", label, "令和元年5月1日"]], encoding="cp932")  # fmt: skip
    (row,) = plan_import(library, data).rows
    assert row.action is RowAction.ADD
    assert (row.values["type"], row.values["date_signed"]) == (value, dt.date(2019, 5, 1))


def test_a_note_of_200000_characters_round_trips(library: Library) -> None:
    from db.csv.export import export_agreements

    mou = seoul_mou(library)
    note = ("長い注記 " * 40_000)[:200_000].strip()
    update_agreement(library, mou.id, AgreementUpdate(notes=note))
    out = io.BytesIO()
    export_agreements(library, out)
    update_agreement(library, mou.id, AgreementUpdate(notes="short"))
    plan = plan_import(library, out.getvalue())
    assert plan.can_apply
    assert len(plan.of(RowAction.UPDATE)) == 1
    apply_import(library, plan)
    assert get_agreement(library, mou.id).notes == note


def test_documents_as_exported_are_no_notice(library: Library, samples: Path) -> None:
    from db.csv.export import export_agreements
    from db.documents import attach_document

    mou = seoul_mou(library)
    pdf = next(iter(sorted(samples.glob("*.pdf"))))
    attach_document(library, mou.id, pdf)
    out = io.BytesIO()
    export_agreements(library, out)
    plan = plan_import(library, out.getvalue())
    assert pdf.name in out.getvalue().decode("utf-8-sig")
    assert plan.notices == ()
    assert {r.action for r in plan.rows} == {RowAction.UNCHANGED}
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    place = rows[0].index("Documents")
    changed = [row[:place] + ["renamed.pdf"] + row[place + 1 :] for row in rows[1:]
               if row[0] == str(mou.id)]  # fmt: skip
    plan = plan_import(library, csv_bytes([rows[0], *changed]))
    assert [n.column for n in plan.notices] == ["Documents"]
