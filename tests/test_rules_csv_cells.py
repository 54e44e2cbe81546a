"""Rules of imported cells (db.csv.cells, db.csv.import_plan.Problem) that the mutation run
(docs/mutation-testing.md) found untested: Excel's ``??`` for one character outside the
BMP, a mended cell keeping the user's own edits, how a refused cell is quoted, the order
of a row's problems and how a problem names its place."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from db.csv.cells import damaged, in_file_order, parse_id, repair
from db.csv.import_plan import ImportKind, Problem, RowAction
from db.csv.importer import plan_import
from db.errors import CellError

if TYPE_CHECKING:
    from db.library import Library


pytestmark = pytest.mark.backends


def test_two_question_marks_for_one_character_outside_the_bmp_are_excels_damage() -> None:
    assert damaged("??", "𠮷")  # U+20BB7: Excel saving as cp932 writes "??"
    assert damaged("??田", "𠮷田")
    assert not damaged("??", "?!")  # typed question marks, nothing cp932 cannot carry


def test_a_mended_cell_puts_back_the_lost_characters_and_keeps_the_users_edits() -> None:
    # The user changed the ASCII letters between two characters cp932 cannot carry.
    mended = repair("?b?", "éaê")
    assert mended is not None
    assert mended.value == "ébê"
    assert mended.put_back == (("?", "é"), ("?", "ê"))
    mended = repair("?x", "éy")
    assert mended is not None
    assert mended.value == "éx"
    assert repair("Caf? au lait", "Café au lait").value == "Café au lait"  # type: ignore[union-attr]


def test_a_refused_id_is_quoted_whole_up_to_forty_characters_then_cut_at_a_word() -> None:
    with pytest.raises(CellError) as whole:
        parse_id("x" * 40)
    assert str(whole.value) == f"“{'x' * 40}” is not an agreement ID (a whole number)."
    with pytest.raises(CellError) as cut:
        parse_id("x" * 39 + " " + "y" * 10, "partner")
    assert str(cut.value) == f"“{'x' * 39} …” is not a partner ID (a whole number)."


def _problem(column: str) -> Problem:
    return Problem(row=2, column=column, reason=f"{column or 'row'} is wrong")


def test_a_rows_problems_come_in_file_order_its_own_and_missing_columns_first() -> None:
    columns: list[str | None] = ["Partner", None, "Date signed"]
    found = in_file_order(
        [_problem("Date signed"), _problem("Partner"), _problem(""), _problem("Type")],
        columns,
    )
    assert [p.column for p in found] == ["", "Type", "Partner", "Date signed"]
    found = in_file_order(
        [_problem("Date signed"), _problem("Type"), _problem("Partner"), _problem("")],
        columns,
    )
    assert [p.column for p in found] == ["Type", "", "Partner", "Date signed"]


def test_a_problem_names_its_row_and_column_in_one_sentence() -> None:
    assert str(Problem(row=7, column="Date signed", reason="no year")) == (
        "Row 7, column “Date signed”: no year"
    )
    assert str(Problem(row=12, column="", reason="too many cells")) == ("Row 12: too many cells")


def test_a_partners_row_with_a_stray_cell_is_rejected_at_its_row(library: Library) -> None:
    rows = [
        ["Partner", "Country", "Kind"],
        ["Lyon", "France", "City"],
        ["Porto", "Portugal", "City", "stray"],
    ]
    plan = plan_import(library, "\r\n".join(",".join(row) for row in rows).encode())
    assert plan.kind is ImportKind.PARTNERS
    [problem] = plan.problems
    assert (problem.row, problem.column) == (3, "")
    assert problem.reason.startswith("The row has 4 cells but the header names 3 columns")


def test_an_id_is_read_from_full_width_digits_and_spaces_up_to_the_largest_id() -> None:
    assert parse_id("１２") == 12
    assert parse_id("１") == parse_id("1") == 1
    with pytest.raises(CellError, match="is not a partner ID"):
        parse_id("０", "partner")
    assert parse_id(" 9223372036854775807 ") == 2**63 - 1
    assert parse_id("00009223372036854775807\u200b") == 2**63 - 1
    with pytest.raises(CellError, match="is not an agreement ID"):
        parse_id(" 9223372036854775808")


def test_a_partners_file_names_a_partner_once_and_reads_missing_trailing_cells_as_empty(
    library: Library,
) -> None:
    text = (
        "Partner,Country,Kind,Relationship,Notes\r\n"
        "Rome,Italy,City,Cooperation partner,first\r\n"
        "rome,Italy,City,Cooperation partner,second\r\n"
        "Lyon,France,City\r\n"
    )
    plan = plan_import(library, text.encode())
    rome, again, lyon = plan.rows
    assert rome.values["notes"] == "first"
    assert [str(p) for p in again.problems] == ["Row 3: Row 2 already imports this partner."]
    assert lyon.action is RowAction.ADD
    assert (lyon.values["name"], lyon.values["notes"]) == ("Lyon", "")
