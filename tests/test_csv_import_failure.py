"""An import the database refuses half-way writes nothing: no partner, agreement, history
entry or search text is left behind, whichever write fails."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import add_agreement
from db.csv.import_plan import RowAction
from db.csv.importer import apply_import, plan_import
from db.errors import CsvImportError
from db.partners import find_partner
from db.schemas import AgreementCreate
from tests.test_csv_import import csv_bytes

if TYPE_CHECKING:
    from db.library import Library

#: SQLite triggers that refuse one write of the import, as a full disk, a constraint or a
#: server gone would: each fails after the new partner (and some rows) were written.
FAILURES = {
    "an added agreement": "BEFORE INSERT ON agreement WHEN NEW.title = 'Refused'",
    "its history entry": "BEFORE INSERT ON history WHEN NEW.record_kind = 'agreement'",
    "an updated agreement": "BEFORE UPDATE ON agreement WHEN NEW.notes = 'Refused'",
}


def _everything(library: Library) -> list[str]:
    """Every row of every table, as SQL (the database's whole content)."""
    raw = library.engine.raw_connection()
    try:
        return list(raw.driver_connection.iterdump())  # type: ignore[union-attr]
    finally:
        raw.close()


@pytest.mark.parametrize("failure", FAILURES)
def test_a_write_refused_half_way_leaves_nothing(library: Library, failure: str) -> None:
    paris = find_partner(library, "Paris")
    assert paris is not None
    existing = add_agreement(
        library,
        AgreementCreate(partner_id=paris.id, title="Existing", date_signed=dt.date(2020, 1, 1)),
    )
    with library.engine.begin() as connection:
        connection.execute(
            sa.text(f"CREATE TRIGGER refuse {FAILURES[failure]} "
                    "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
        )  # fmt: skip
    before = _everything(library)
    data = csv_bytes(
        [
            ["ID", "Partner", "Country", "Agreement", "Date signed", "Notes"],
            ["", "Nowhere City", "Nowhere", "First", "2021-01-01", ""],
            ["", "Paris", "", "Second", "2021-01-02", ""],
            ["", "Nowhere City", "Nowhere", "Refused", "2021-01-03", ""],
            [str(existing.id), "Paris", "", "Existing", "2020-01-01", "Refused"],
        ]
    )
    plan = plan_import(library, data)
    assert plan.new_partners == ("Nowhere City",)
    assert [row.action for row in plan.rows] == [RowAction.ADD] * 3 + [RowAction.UPDATE]
    with pytest.raises(CsvImportError, match=r"^Nothing was imported\. "):
        apply_import(library, plan, create_partners=True)
    assert _everything(library) == before
    assert find_partner(library, "Nowhere City") is None
