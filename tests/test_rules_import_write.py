"""Writing an import (db.csv.import_write): what the mutation run (docs/mutation-testing.md)
found untested. The file's IDs kept and the others numbered next in file order, new
partners numbered in order with no local name, an update that sets Supersedes, and a
partners file mixing rows with and without an ID."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import add_agreement, get_agreement, list_agreements
from db.csv.import_plan import RowAction
from db.csv.importer import apply_import, plan_import
from db.enums import Relationship
from db.partners import delete_partner, find_partner
from db.schemas import AgreementCreate
from db.trash import restore

if TYPE_CHECKING:
    from db.library import Library


pytestmark = pytest.mark.backends


def _csv(rows: list[list[str]]) -> bytes:
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    return text.getvalue().encode("utf-8-sig")


def _max_id(library: Library, table: str) -> int:
    with library.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT max(id) FROM {table}")).scalar_one()


def test_added_agreements_keep_the_files_ids_and_the_rest_follow_in_file_order(
    library: Library,
) -> None:
    top = _max_id(library, "agreement")
    partners = _max_id(library, "partner")
    plan = plan_import(
        library,
        _csv(
            [
                ["ID", "Partner", "Country", "Agreement", "Date signed"],
                ["", "Lyon", "France", "Letter on museums", "2024-03-01"],
                [str(top + 50), "Paris", "France", "Letter on libraries", "2024-03-02"],
                ["", "Porto", "Portugal", "Letter on ports", "2024-03-03"],
            ]
        ),
    )
    assert plan.can_apply, plan.problems
    apply_import(library, plan, create_partners=True)

    by_title = {a.title: a for a in list_agreements(library)}
    assert by_title["Letter on libraries"].id == top + 50
    # the others take the next free IDs past every ID, in file order
    assert by_title["Letter on museums"].id == top + 51
    assert by_title["Letter on ports"].id == top + 52
    lyon, porto = find_partner(library, "Lyon"), find_partner(library, "Porto")
    assert lyon is not None
    assert porto is not None
    assert (lyon.id, porto.id) == (partners + 1, partners + 2)
    assert (lyon.local_name, porto.local_name) == ("", "")
    assert by_title["Letter on museums"].partner_id == lyon.id
    # and the next agreement added by hand follows them (PostgreSQL: the sequence moved)
    later = add_agreement(
        library,
        AgreementCreate(partner_id=porto.id, title="Later", date_signed=dt.date(2024, 5, 1)),
    )
    assert later.id == top + 53


def test_an_added_agreement_can_supersede_one_in_the_library_and_starts_at_version_1(
    library: Library,
) -> None:
    old = list_agreements(library)[0]
    plan = plan_import(
        library,
        _csv(
            [
                ["Partner", "Agreement", "Date signed", "Supersedes"],
                [old.partner_name, "Renewed agreement", "2024-05-01", str(old.id)],
            ]
        ),
    )
    assert plan.can_apply, plan.problems
    apply_import(library, plan)
    [added] = [a for a in list_agreements(library) if a.title == "Renewed agreement"]
    assert added.supersedes_id == old.id
    assert added.version == 1


def test_a_partners_file_row_with_the_id_of_a_partner_in_the_trash_gets_a_new_id(
    library: Library,
) -> None:
    rome = find_partner(library, "Rome")
    assert rome is not None
    delete_partner(library, rome.id)
    plan = plan_import(
        library,
        _csv(
            [
                ["ID", "Partner", "Country", "Kind", "Relationship"],
                [str(rome.id), "Roma Capitale", "Italy", "City", "Cooperation partner"],
            ]
        ),
    )
    assert plan.can_apply, plan.problems
    apply_import(library, plan)
    roma = find_partner(library, "Roma Capitale")
    assert roma is not None
    assert roma.id != rome.id
    restore(library, "partner", rome.id)  # the trashed partner keeps its ID
    assert find_partner(library, "Rome").id == rome.id  # type: ignore[union-attr]


def test_an_update_can_set_what_an_agreement_supersedes(library: Library) -> None:
    old, newer = list_agreements(library)[:2]
    assert newer.supersedes_id is None
    plan = plan_import(
        library,
        _csv([["ID", "Supersedes"], [str(newer.id), str(old.id)]]),
    )
    assert [row.action for row in plan.rows] == [RowAction.UPDATE], plan.problems
    apply_import(library, plan)
    assert get_agreement(library, newer.id).supersedes_id == old.id


def test_a_partners_file_gives_the_files_id_first_and_numbers_the_rest_after(
    library: Library,
) -> None:
    top = _max_id(library, "partner")
    plan = plan_import(
        library,
        _csv(
            [
                ["ID", "Partner", "Country", "Kind", "Relationship"],
                ["", "Lyon", "France", "City", "Cooperation partner"],
                [str(top + 1), "Porto", "Portugal", "City", "Cooperation partner"],
            ]
        ),
    )
    assert plan.can_apply, plan.problems
    apply_import(library, plan)
    lyon, porto = find_partner(library, "Lyon"), find_partner(library, "Porto")
    assert lyon is not None
    assert porto is not None
    assert porto.id == top + 1  # the file's ID, although Lyon comes first
    assert lyon.id == top + 2


def test_a_partners_file_without_a_relationship_column_adds_its_partners(
    library: Library,
) -> None:
    plan = plan_import(library, _csv([["Partner", "Country", "Kind"], ["Lyon", "France", "City"]]))
    assert plan.can_apply
    apply_import(library, plan)
    lyon = find_partner(library, "Lyon")
    assert lyon is not None
    assert lyon.relationship is Relationship.COOPERATION_PARTNER
