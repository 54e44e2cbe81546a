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

pytestmark = pytest.mark.backends

#: Triggers that refuse one write of the import, as a full disk, a constraint or a server
#: gone would: each fails after the new partner (and some rows) were written.
#: (event, table, condition).
FAILURES = {
    "an added agreement": ("INSERT", "agreement", "NEW.title = 'Refused'"),
    "its history entry": ("INSERT", "history", "NEW.record_kind = 'agreement'"),
    "an updated agreement": ("UPDATE", "agreement", "NEW.notes = 'Refused'"),
}


def _refuse(connection: sa.Connection, failure: str) -> None:
    """Create the trigger of ``failure`` in the library's own SQL (SQLite or PostgreSQL)."""
    event, table, condition = FAILURES[failure]
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            f"CREATE TRIGGER refuse BEFORE {event} ON {table} WHEN {condition} "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
        return
    connection.exec_driver_sql(
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"
    )
    connection.exec_driver_sql(
        f"CREATE TRIGGER refuse BEFORE {event} ON {table} FOR EACH ROW "
        f"WHEN ({condition}) EXECUTE FUNCTION refuse()"
    )


def _everything(library: Library) -> list[str]:
    """Every row of every table, as SQL or as text (the database's whole content)."""
    if library.engine.dialect.name == "sqlite":
        raw = library.engine.raw_connection()
        try:
            return list(raw.driver_connection.iterdump())  # type: ignore[union-attr]
        finally:
            raw.close()
    with library.engine.connect() as connection:
        tables = sa.inspect(connection).get_table_names()
        return [
            f"{table}: {row}"
            for table in sorted(tables)
            for row in connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1").all()
        ]


@pytest.mark.parametrize("failure", FAILURES)
def test_a_write_refused_half_way_leaves_nothing(library: Library, failure: str) -> None:
    paris = find_partner(library, "Paris")
    assert paris is not None
    existing = add_agreement(
        library,
        AgreementCreate(partner_id=paris.id, title="Existing", date_signed=dt.date(2020, 1, 1)),
    )
    with library.engine.begin() as connection:
        _refuse(connection, failure)
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
