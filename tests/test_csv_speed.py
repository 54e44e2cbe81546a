"""The fast CSV paths give exactly what the slow ones gave: bytes, records, history.

The slow export is rebuilt here from its parts (pydantic agreements from
:func:`db.agreements.list_agreements`, sorted by folded partner name, made
into cells by :func:`db.csv.rows.agreement_row`); the fast one reads one SQL
query (:mod:`db.csv.export_query`). The data: the built-in library, and a
generated one with every script, quoting, line breaks, formula starts,
documents (one in the trash), a trashed agreement and Supersedes links.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import add_agreement, delete_agreement, list_agreements, update_agreement
from db.csv.export import (
    AGREEMENT_COLUMNS,
    CsvFormat,
    agreement_table,
    export_agreements,
    preview_rows,
    preview_text,
    render,
    select_agreements,
    unencodable_records,
    unencodable_rows,
)
from db.csv.importer import apply_import, plan_import
from db.errors import ExportError
from db.history.read import record_history
from db.models import Agreement, Document, Partner
from db.opening import open_library
from db.partners import list_partners
from db.schemas import AgreementCreate, AgreementUpdate
from db.search.index import agreement_text, partner_text
from db.text import fold
from tests.benchmarks.csv_data import fill_library

if TYPE_CHECKING:
    from db.library import Library

pytestmark = pytest.mark.backends


FORMATS = [
    CsvFormat(),
    CsvFormat(encoding="utf-8", delimiter=";", date_style="slash"),
    CsvFormat(delimiter="\t", columns=("Notes", "Agreement", "Expires on", "ID")),
    CsvFormat(columns=("Areas",)),
    CsvFormat(header_language="ja", date_style="slash"),
]
FORMAT_IDS = ["default", "semicolon-slash", "tab", "one", "japanese"]


def _slow(library: Library, csv_format: CsvFormat, **scope: object) -> bytes:
    """The export as it was made before the fast paths: pydantic records, sorted in Python."""
    partner_id = scope.get("partner_id")
    ids = scope.get("agreement_ids")
    agreements = list_agreements(library, partner_id=partner_id)  # type: ignore[arg-type]
    if ids is None:
        agreements.sort(key=lambda a: (fold(a.partner_name), a.date_signed, a.id))
    else:
        by_id = {a.id: a for a in agreements}
        agreements = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]  # type: ignore[attr-defined]
    partners = list_partners(library)
    local_names = {p.id: p.local_name for p in partners}
    office_names = {p.id: p.office_name for p in partners}
    return render(agreement_table(agreements, local_names, csv_format, office_names))


def _fast(library: Library, tmp_path: Path, csv_format: CsvFormat, **scope: object) -> bytes:
    out = tmp_path / "fast.csv"
    export_agreements(
        library,
        out,
        csv_format=csv_format,
        partner=scope.get("partner_id"),  # type: ignore[arg-type]
        agreement_ids=scope.get("agreement_ids"),  # type: ignore[arg-type]
    )
    return out.read_bytes()


@pytest.fixture
def generated(library_dir: Path) -> Library:
    """An empty library filled with 400 generated agreements, a trashed one and links."""
    library = open_library(library_dir, builtin=False)
    fill_library(library.database_path, 400, documents=120)  # type: ignore[arg-type]
    with library.engine.begin() as connection:
        now = dt.datetime(2026, 1, 1)
        connection.execute(sa.update(Agreement.__table__).where(  # type: ignore[attr-defined]
            Agreement.__table__.c.id == 49).values(deleted_at=now))  # type: ignore[attr-defined]  # fmt: skip
        connection.execute(sa.update(Document.__table__).where(  # type: ignore[attr-defined]
            Document.__table__.c.id == 7).values(deleted_at=now))  # type: ignore[attr-defined]  # fmt: skip
    yield library
    library.close()


@pytest.mark.parametrize("csv_format", FORMATS, ids=FORMAT_IDS)
def test_fast_export_is_byte_identical_on_the_builtin_library(
    library: Library, tmp_path: Path, csv_format: CsvFormat
) -> None:
    add_agreement(library, AgreementCreate(partner_id=1, title="=1+1, \"quoted\"\nnext",
                                           date_signed=dt.date(999, 1, 2), notes="@x",
                                           areas=["Culture", "環境"]))  # fmt: skip
    assert _fast(library, tmp_path, csv_format) == _slow(library, csv_format)
    assert _fast(library, tmp_path, csv_format, partner_id=1) == _slow(
        library, csv_format, partner_id=1
    )


@pytest.mark.parametrize("csv_format", FORMATS, ids=FORMAT_IDS)
def test_fast_export_is_byte_identical_on_generated_data(
    generated: Library, tmp_path: Path, csv_format: CsvFormat
) -> None:
    fast = _fast(generated, tmp_path, csv_format)
    assert fast == _slow(generated, csv_format)
    ids = [399, 5, 49, 5, 123456, 250, 1]  # repeats, one in the trash, one unknown
    assert _fast(generated, tmp_path, csv_format, agreement_ids=ids) == _slow(
        generated, csv_format, agreement_ids=ids
    )
    assert len(select_agreements(generated, agreement_ids=ids)) == 4
    assert _fast(generated, tmp_path, csv_format, partner_id=3) == _slow(
        generated, csv_format, partner_id=3
    )


def test_generated_data_has_what_the_comparison_needs(generated: Library, tmp_path: Path) -> None:
    text = _fast(generated, tmp_path, CsvFormat()).decode("utf-8-sig")
    for needle in ("서울", "大阪", "Новосибирск", "กรุงเทพมหานคร", "القاهرة", "São Paulo",
                   "'=SUM", "'-minus", "'@mention", "''=quoted", '""green""', "one\nline two",
                   "signed-"):  # fmt: skip
        assert needle in text


def test_shift_jis_check_and_preview_are_the_slow_paths(generated: Library) -> None:
    cp932 = CsvFormat(encoding="cp932")
    agreements = list_agreements(generated)
    agreements.sort(key=lambda a: (fold(a.partner_name), a.date_signed, a.id))
    local_names = {p.id: p.local_name for p in list_partners(generated)}
    slow = agreement_table(agreements, local_names, cp932)
    assert unencodable_records(generated, cp932) == unencodable_rows(slow)
    assert preview_rows(generated, cp932, limit=7) == preview_text(slow, 7)
    with pytest.raises(ExportError) as slow_refused:
        render(slow)
    with pytest.raises(ExportError) as refused:
        export_agreements(generated, Path(generated.root) / "x.csv", csv_format=cp932)
    assert not (Path(generated.root) / "x.csv").exists()
    assert str(refused.value) == str(slow_refused.value)


def test_import_of_an_export_into_an_empty_library_gives_it_back(
    generated: Library, tmp_path: Path
) -> None:
    exported = _fast(generated, tmp_path, CsvFormat())
    target = open_library(tmp_path / "empty", builtin=False)
    try:
        plan = plan_import(target, exported)
        assert plan.can_apply, plan.problems[:3]
        result = apply_import(target, plan, create_partners=True)
        assert len(result.added) == 399
        assert len(result.partners_created) == 80
        assert _fast(target, tmp_path, CsvFormat(columns=_NO_DOCUMENTS)) == _fast(
            generated, tmp_path, CsvFormat(columns=_NO_DOCUMENTS)
        )
        with target.session() as session:
            for agreement in session.exec(sa.select(Agreement)).scalars():
                assert agreement.version == 1
                assert agreement.search_text == agreement_text(
                    agreement.title, agreement.type, agreement.date_signed,
                    agreement.expires_on, agreement.notes, agreement.areas,
                )  # fmt: skip
            for partner in session.exec(sa.select(Partner)).scalars():
                assert partner.search_text == partner_text(
                    partner.name, partner.local_name, partner.country, partner.relationship
                )
    finally:
        target.close()


#: Every agreement column but Documents (file names are informative, never imported).
_NO_DOCUMENTS = tuple(c for c in AGREEMENT_COLUMNS if c != "Documents")


def _entries(library: Library, kind: str, record_id: int) -> list[tuple]:
    return [
        (e.user, e.action, e.field, e.old_value, e.new_value)
        for e in record_history(library, kind, record_id)
    ]


def test_import_history_equals_what_the_orm_path_records(library: Library) -> None:
    seoul = next(p for p in list_partners(library) if p.name == "Seoul")
    by_hand = AgreementCreate(
        partner_id=seoul.id, title="By hand", date_signed=dt.date(2020, 1, 2), areas=["Sports"]
    )
    by_orm = add_agreement(library, by_hand)
    csv = (
        "ID,Partner,Country,Agreement,Date signed,Areas,Notes,Supersedes\r\n"
        f",Seoul,Korea,By import,2020-01-03,Sports,,{by_orm.id}\r\n"
        ",Hanoi,Vietnam,New partner's,2021/7/3,,note,\r\n"
    ).encode()
    plan = plan_import(library, csv)
    result = apply_import(library, plan, create_partners=True)
    assert _entries(library, "agreement", result.added[0]) == _entries(
        library, "agreement", by_orm.id
    )
    assert _entries(library, "agreement", result.added[0])[0][1:] == ("created", None, None, None)
    assert len(_entries(library, "agreement", result.added[1])) == 1
    assert _entries(library, "partner", result.partners_created[0])[0][1] == "created"
    imported = list_agreements(library, agreement_ids=result.added)
    assert {a.supersedes_id for a in imported} == {by_orm.id, None}

    # An update by import records what the use case records for the same change.
    update_agreement(library, by_orm.id, AgreementUpdate(notes="Changed", title="By hand 2"))
    plan = plan_import(
        library, f"ID,Agreement,Notes\r\n{result.added[0]},By import 2,Changed\r\n".encode()
    )
    apply_import(library, plan)
    by_hand, by_import = (
        _entries(library, "agreement", by_orm.id)[1:],
        _entries(library, "agreement", result.added[0])[1:],
    )
    assert [e[1:3] for e in by_hand] == [e[1:3] for e in by_import] == [
        ("changed", "title"), ("changed", "notes"),
    ]  # fmt: skip


def test_a_trashed_agreement_keeps_its_id_from_an_import(library: Library) -> None:
    agreement = list_agreements(library)[0]
    delete_agreement(library, agreement.id)
    csv = f"ID,Partner,Agreement,Date signed\r\n{agreement.id},Seoul,Again,2020-01-01\r\n"
    result = apply_import(library, plan_import(library, csv.encode()))
    assert result.added
    assert result.added[0] != agreement.id
    assert result.added[0] == max(a.id for a in list_agreements(library))


#: Cells at the edge of the formula rule (db.csv.export.neutralise), for SQL to get right.
AWKWARD = ["'=x", "''", "'", "=", "\tx", "\rx", "'''+x", "-", "@", "x=", "'x", "''@", "+1",
           "", "''=", "=1", "\t"]  # fmt: skip


@pytest.mark.parametrize("csv_format", FORMATS, ids=FORMAT_IDS)
def test_sql_neutralises_exactly_as_python(
    generated: Library, tmp_path: Path, csv_format: CsvFormat
) -> None:
    tables = {name: Model.__table__ for name, Model in  # type: ignore[attr-defined]
              (("agreement", Agreement), ("partner", Partner), ("document", Document))}  # fmt: skip
    with generated.engine.begin() as connection:
        for n, cell in enumerate(AWKWARD, start=1):
            agreement, partner, document = (
                tables["agreement"],
                tables["partner"],
                tables["document"],
            )
            connection.execute(sa.update(agreement).where(agreement.c.id == n).values(
                title=cell + f" {n}", notes=cell, areas=[cell, "=second"]))  # fmt: skip
            connection.execute(sa.update(agreement).where(agreement.c.id == 100 + n).values(
                title=f"t{n}", areas=[cell]))  # fmt: skip
            connection.execute(sa.update(partner).where(partner.c.id == n).values(
                name=cell + f" {n}", local_name=cell, country=cell))  # fmt: skip
            connection.execute(sa.update(document).where(document.c.id == 20 + n).values(
                original_name=cell))  # fmt: skip
    fast = _fast(generated, tmp_path, csv_format)
    assert fast == _slow(generated, csv_format)
    if csv_format == CsvFormat():
        text = fast.decode("utf-8-sig")
        for written in ("''=x", "'=", "'\tx", "'\rx", "''''+x", "'-", "'''@", "'+1", "'''=", "'=1"):
            assert written in text
