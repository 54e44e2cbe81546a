"""What only a library on a PostgreSQL server has (``ACCORD_TEST_DATABASE_URL``).

The records, search and CSV test modules run on both backends (``pytest.mark.backends``,
tests/conftest.py); here: making and reopening a server library, a newer schema refused,
the change watcher, documents (kept in files until the server holds them), and
exports and lives compared byte for byte with SQLite's. Each test has a database of its
own (tests/server_db.py). Skipped without that variable; ``.ci/run`` starts a throwaway
PostgreSQL 15 server and sets it, so CI runs these.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.agreements import (
    add_agreement,
    get_agreement,
    list_agreements,
    update_agreement,
)
from db.csv.export import export_agreements
from db.documents import attach_document, document_file, remove_document
from db.errors import DuplicateError, LibraryError
from db.models import SQLModel
from db.opening import open_library
from db.partners import find_partner, list_partners
from db.safekeeping.check import check_library
from db.schemas import AgreementCreate, AgreementUpdate
from db.server.schema import outside_models
from db.storage import migrate
from db.trash import purge
from db.watch import ChangeWatcher
from tests import server_db, stored_files

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.library import Library

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The address of a new, empty database of the test's own (no tables yet)."""
    with server_db.database(empty=True) as url:
        yield url


@pytest.fixture
def pg_library(tmp_path: Path, pg_url: str) -> Iterator[Library]:
    """A library made by Accord in ``pg_url`` (the migrations and built-in records)."""
    library = open_library(tmp_path / "library", database_url=pg_url)
    yield library
    library.close()


def test_new_server_library_gets_schema_and_builtin_records(pg_library: Library) -> None:
    assert pg_library.engine.dialect.name == "postgresql"
    assert migrate.current_revision(pg_library.engine) == migrate.head_revision()
    with pg_library.engine.connect() as conn:
        assert (
            compare_metadata(
                MigrationContext.configure(conn, opts={"include_name": outside_models}),
                SQLModel.metadata,
            )
            == []
        )
    assert len(list_partners(pg_library)) == 20
    assert len(list_agreements(pg_library)) == 21
    assert pg_library.database_path is None


def test_reopening_does_not_load_the_records_twice(
    pg_library: Library, pg_url: str, tmp_path: Path
) -> None:
    again = open_library(tmp_path / "library", database_url=pg_url)
    assert len(list_partners(again)) == 20
    again.close()


def test_records_documents_and_export_on_the_server(
    pg_library: Library, tmp_path: Path, samples: Path
) -> None:
    seoul = find_partner(pg_library, "서울특별시")
    assert seoul is not None
    added = add_agreement(
        pg_library,
        AgreementCreate(
            partner_id=seoul.id,
            title="환경 협력 양해각서",
            date_signed=dt.date(2026, 3, 1),
            areas=["environment"],
        ),
    )
    with pytest.raises(DuplicateError):
        add_agreement(
            pg_library,
            AgreementCreate(
                partner_id=seoul.id, title="환경 협력 양해각서", date_signed=dt.date(2026, 3, 1)
            ),
        )
    document = attach_document(pg_library, added.id, samples / "jo.pdf")
    assert document_file(pg_library, document.id).read_bytes() == (samples / "jo.pdf").read_bytes()
    assert check_library(pg_library).ok
    out = tmp_path / "seoul.csv"
    assert export_agreements(pg_library, out, partner="Seoul") == 3
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[-1]["Agreement"] == "환경 협력 양해각서"
    assert rows[-1]["Documents"] == "jo.pdf"
    remove_document(pg_library, document.id)
    kept = f"db:{document.sha256}"  # a server library's files are in the database
    assert kept in stored_files.stored(pg_library)  # in the trash: the file stays
    purge(pg_library, "document", document.id)
    assert kept not in stored_files.stored(pg_library)
    assert not any(pg_library.attachments_dir.rglob("*.pdf"))


def test_a_newer_schema_on_the_server_is_refused(
    pg_library: Library, pg_url: str, tmp_path: Path
) -> None:
    with pg_library.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(LibraryError, match="newer version"):
        open_library(tmp_path / "library", database_url=pg_url)


def test_the_watcher_sees_a_change_on_the_server(pg_library: Library) -> None:
    agreement = list_agreements(pg_library)[0]
    watcher = ChangeWatcher(pg_library)
    try:
        assert not watcher.changed()
        update_agreement(pg_library, agreement.id, AgreementUpdate(notes="on the server"))
        assert watcher.changed()
        assert not watcher.changed()
    finally:
        watcher.close()


def test_csv_export_on_the_server_equals_sqlites(pg_library: Library, library: Library) -> None:
    """The server's export of the built-in records equals SQLite's byte for byte."""
    from db.csv.export import export_partners

    def exported(lib: Library) -> tuple[bytes, bytes]:
        agreements, partners = io.BytesIO(), io.BytesIO()
        export_agreements(lib, agreements)
        export_partners(lib, partners)
        return agreements.getvalue(), partners.getvalue()

    assert exported(pg_library) == exported(library)


#: Every way a cell can start like a formula (after any apostrophes), and near misses.
FORMULA_CELLS = [
    *(prefix + start + "x" for prefix in ("", "'", "''") for start in "=+-@\t\r"),
    "'plain", "'''", "x=y", "-", "@",
]  # fmt: skip


def _formula_records(lib: Library) -> list[int]:
    """Give ``lib`` agreements and partners whose typed cells hold every formula start
    (written with SQL: the forms trim a leading tab or carriage return); return their IDs."""
    from db.models import Agreement, Partner
    from db.partners import add_partner
    from db.schemas import PartnerCreate

    agreements, partners = Agreement.__table__, Partner.__table__  # type: ignore[attr-defined]
    ids = []
    for n, cell in enumerate(FORMULA_CELLS):
        partner = add_partner(lib, PartnerCreate(name=f"Formula {n}", country="Somewhere"))
        added = add_agreement(
            lib,
            AgreementCreate(partner_id=partner.id, title=f"T{n}", date_signed=dt.date(2021, 1, 1)),
        )
        ids.append(added.id)
        with lib.engine.begin() as conn:
            conn.execute(
                sa.update(partners).where(partners.c.id == partner.id)
                .values(name=f"{cell} {n}", country=cell, local_name=cell, notes=cell)
            )  # fmt: skip
            conn.execute(
                sa.update(agreements).where(agreements.c.id == added.id)
                .values(title=cell, notes=cell, areas=[cell, "Culture"])
            )  # fmt: skip
    return ids


def test_formula_cells_are_neutralised_alike_on_the_server(
    pg_library: Library, library: Library
) -> None:
    """Every formula start (= + - @ tab CR, after apostrophes or not) is neutralised by the
    server's export query exactly as by SQLite's, in every export form."""
    from db.csv.choices import CsvFormat
    from db.csv.export import export_partners, neutralise

    ids = _formula_records(library)
    assert _formula_records(pg_library) == ids
    forms = [
        {},
        {"csv_format": CsvFormat(delimiter=";", date_style="slash",
                                 columns=("Notes", "Agreement", "Areas", "Partner", "ID"))},
        {"agreement_ids": list(reversed(ids))},
        {"agreement_ids": ids, "csv_format": CsvFormat(columns=("Local name", "Country"))},
        {"csv_format": CsvFormat(header_language="ja", encoding="utf-8")},  # 覚書, ソウル特別市
    ]  # fmt: skip

    def exported(lib: Library) -> list[bytes]:
        files = []
        for form in forms:
            out = io.BytesIO()
            export_agreements(lib, out, **form)  # type: ignore[arg-type]
            files.append(out.getvalue())
        out, japanese = io.BytesIO(), io.BytesIO()
        export_partners(lib, out)
        export_partners(lib, japanese, csv_format=CsvFormat(header_language="ja"))
        return [*files, out.getvalue(), japanese.getvalue()]

    on_server = exported(pg_library)
    assert on_server == exported(library)
    assert "覚書".encode() in on_server[4]
    assert "ソウル特別市".encode() in on_server[4]
    rows = list(csv.DictReader(io.StringIO(on_server[0].decode("utf-8-sig"), newline="")))
    by_id = {int(row["ID"]): row for row in rows}
    for agreement_id, cell in zip(ids, FORMULA_CELLS, strict=True):
        row = by_id[agreement_id]
        assert (row["Agreement"], row["Notes"], row["Country"], row["Local name"]) == (
            neutralise(cell),) * 4  # fmt: skip
        assert row["Areas"] == neutralise(f"{cell}; Culture")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_names_in_every_script_export_alike_on_the_server(
    pg_library: Library, library: Library, language: str
) -> None:
    """With the window's collation (QCollator, desktop.support.collation) the server's exports equal
    SQLite's byte for byte: the order is made in Python, never by a database's collation."""
    from db.csv.export import export_partners
    from desktop.support.collation import name_key
    from tests.gui.test_name_collation import NAMES, add_named

    def exported(lib: Library) -> tuple[bytes, bytes]:
        agreements, partners = io.BytesIO(), io.BytesIO()
        export_agreements(lib, agreements, name_key=name_key(language))
        export_partners(lib, partners, name_key=name_key(language))
        return agreements.getvalue(), partners.getvalue()

    for lib in (pg_library, library):
        add_named(lib, NAMES)
    on_server = exported(pg_library)
    assert on_server == exported(library)
    for data in on_server:  # agreements (ranked in db.csv.export_query), partners
        rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig")))
        names = list(dict.fromkeys(row["Partner"] for row in rows))
        assert names == sorted(names, key=name_key(language)) != sorted(names)


def test_statuses_renewals_and_what_is_coming_alike_on_the_server(
    tmp_path: Path, pg_url: str
) -> None:
    import datetime as dt

    from db.lifecycle.lives import read_lives, statuses
    from db.lifecycle.renewals import apply_automatic_renewals
    from db.lifecycle.upcoming import upcoming
    from tests.life_library import EXPECTED, TODAY, make_life_library

    found = []
    for url in (None, pg_url):
        library, ids = make_life_library(tmp_path / ("pg" if url else "sqlite"), url)
        try:
            renewed = apply_automatic_renewals(library, TODAY)
            assert renewed == [ids["auto"]]
            by_key = statuses(library, list(ids.values()), TODAY)
            assert {key: by_key[i] for key, i in ids.items()} == EXPECTED
            lives = read_lives(library)
            coming = [(i.kind, i.date, i.key) for i in upcoming(lives, TODAY, 180)]
            found.append((coming, get_agreement(library, ids["auto"]).expires_on))
        finally:
            library.close()
    assert found[0] == found[1]
    assert found[0][1] == dt.date(2027, 2, 28)
