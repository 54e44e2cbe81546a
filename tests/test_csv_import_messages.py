"""Import sentences: a refusal is one sentence, notices name what was changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from db.csv.importer import apply_import, plan_import
from db.errors import CsvImportError
from db.library import Library
from db.opening import open_library
from db.storage import sqlite

if TYPE_CHECKING:
    from pathlib import Path


pytestmark = pytest.mark.backends


def test_an_import_into_a_read_only_library_is_refused_in_one_sentence(library_dir: Path) -> None:
    open_library(library_dir).close()
    data = b"Partner,Agreement,Date signed\r\nSeoul,New one,2021-01-01\r\n"
    engine = sqlite.read_only_engine(library_dir / "accord.sqlite3")
    library = Library(root=library_dir.resolve(), engine=engine, read_only=True)
    try:
        plan = plan_import(library, data)
        with pytest.raises(CsvImportError) as caught:
            apply_import(library, plan)
    finally:
        library.close()
    message = str(caught.value)
    assert message.startswith("Nothing was imported: the library is read-only"), message
    assert message.count(". ") == 0
    assert ": The" not in message


def _csv(rows: list[list[str]]) -> bytes:
    import csv
    import io

    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    return text.getvalue().encode("utf-8-sig")


def test_a_removed_apostrophe_before_a_formula_start_is_noticed(library: Library) -> None:
    from db.csv.import_plan import Problem

    data = _csv(
        [["Partner", "Agreement", "Date signed", "Notes"],
         ["Seoul", "'@home", "2021-01-01", "'=x"]]
    )  # fmt: skip
    plan = plan_import(library, data)
    assert plan.rows[0].values["title"] == "@home"
    assert plan.rows[0].values["notes"] == "=x"
    removed = "the apostrophe that keeps a spreadsheet from running it as a formula removed."
    assert plan.notices == (
        Problem(2, "Agreement", f"Read as “@home”: {removed}"),
        Problem(2, "Notes", f"Read as “=x”: {removed}"),
    )


def test_an_export_read_back_says_nothing_of_its_apostrophes(library: Library) -> None:
    import io

    from db.agreements import list_agreements, update_agreement
    from db.csv.export import export_agreements
    from db.csv.import_plan import RowAction
    from db.schemas import AgreementUpdate

    first = list_agreements(library)[0]
    update_agreement(library, first.id, AgreementUpdate(notes="=SUM(1)", title="-minus"))
    out = io.BytesIO()
    export_agreements(library, out)
    assert b"'=SUM(1)" in out.getvalue()
    plan = plan_import(library, out.getvalue())
    assert plan.notices == ()
    assert plan.problems == ()
    assert {row.action for row in plan.rows} == {RowAction.UNCHANGED}


def test_a_partners_file_notices_a_removed_apostrophe_too(library: Library) -> None:
    from db.csv.import_plan import Problem

    data = _csv([["Partner", "Country", "Kind", "Notes"], ["Seoul", "Korea", "", "'-x"]])
    plan = plan_import(library, data)
    assert plan.notices == (
        Problem(2, "Notes", "Read as “-x”: the apostrophe that keeps a spreadsheet from "
                "running it as a formula removed."),
    )  # fmt: skip


def test_white_space_removed_is_named_in_the_plural_when_there_is_more_than_one() -> None:
    from db.csv.stored import stored_notice

    assert stored_notice("  two spaces lead", "two spaces lead") == (
        "Read as “two spaces lead”: the spaces at the start removed."
    )
    assert stored_notice("x\r\n", "x") == "Read as “x”: the line break at the end removed."
    assert stored_notice("\t x", "x") == "Read as “x”: the tab and space at the start removed."


def test_an_added_row_is_summarised_with_the_title_as_stored(library: Library) -> None:
    data = _csv(
        [["Partner", "Agreement", "Date signed"], ["Paris", "\tTabbed title", "2021-01-01"]]
    )
    (row,) = plan_import(library, data).rows
    assert row.summary == "Paris — Tabbed title — 2021-01-01"


def test_a_byte_order_mark_inside_a_cell_is_removed_from_notes_as_from_a_title(
    library: Library,
) -> None:
    from db.csv.import_plan import Problem

    data = _csv([["Partner", "Agreement", "Date signed", "Notes"],
                 ["Paris", "Ti\ufefftle", "2021-01-01", "No\ufefftes"]])  # fmt: skip
    plan = plan_import(library, data)
    assert plan.rows[0].values["title"] == "Title"
    assert plan.rows[0].values["notes"] == "Notes"
    bom = "the byte-order mark (U+FEFF) removed."
    assert plan.notices == (
        Problem(2, "Agreement", f"Read as “Title”: {bom}"),
        Problem(2, "Notes", f"Read as “Notes”: {bom}"),
    )
