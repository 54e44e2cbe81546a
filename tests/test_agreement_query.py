"""The SQL of the views (db.agreement_query): search, filters, sorts, rows, counts, query plans.

Everything runs on a real library: the built-in records, records added
through the use cases, and, for the query plans, a library with a few
thousand generated rows inserted in bulk.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreement_query import (
    CHUNK,
    AgreementQuery,
    agreement_ids,
    agreement_ids_statement,
    agreement_rows,
    agreement_rows_statement,
)
from db.agreements import add_agreement, delete_agreement, list_agreements, update_agreement
from db.documents import attach_document
from db.enums import AgreementType, PartnerKind, Relationship
from db.opening import open_library
from db.partner_rows import partner_counts_statement, partner_rows
from db.partners import find_partner, list_partners, update_partner
from db.schemas import AgreementCreate, AgreementUpdate, PartnerUpdate
from db.search.index import agreement_text, partner_text
from db.search.terms import search_terms
from db.text import fold
from db.text_search import agreement_found, search

if TYPE_CHECKING:
    from db.library import Library

pytestmark = pytest.mark.backends


LIBRARIES = Path(__file__).with_name("data") / "libraries"


def ids(library: Library, text: str = "", **query) -> list[int]:
    return agreement_ids(library, AgreementQuery(terms=search_terms(text), **query))


def titles(library: Library, text: str = "", **query) -> list[str]:
    shown = ids(library, text, **query)
    rows = agreement_rows(library, shown)
    return [rows[i].title for i in shown]


def add(library: Library, partner: str, title: str, signed: str, **fields) -> int:
    partner_id = find_partner(library, partner).id
    data = AgreementCreate(
        partner_id=partner_id, title=title, date_signed=dt.date.fromisoformat(signed), **fields
    )
    return add_agreement(library, data).id


# -- search: the rule of db.search.terms, in SQL ----------------------------------------


def test_no_terms_shows_every_agreement_newest_first(library):
    shown = ids(library)
    assert shown == [a.id for a in list_agreements(library)]  # newest first, as the use case
    assert len(shown) == 21


def test_communique_finds_the_five_communiques_with_and_without_accent(library):
    found = titles(library, "communique")
    assert len(found) == 5
    assert any("Communiqué" in t for t in found)
    assert titles(library, "COMMUNIQUÉ") == found


def test_every_word_must_match_and_a_quoted_phrase_as_written(library):
    assert titles(library, "paris communique") == [
        "Joint Communiqué of the Governor of Tokyo and the Mayor of Paris"
    ]
    assert titles(library, '"joint statement"') == [
        "Joint Statement by the Governor of Tokyo and Mayor of Seoul"
    ]
    assert titles(library, '"statement joint"') == []


def test_partner_names_local_scripts_country_and_relationship_match(library):
    seoul = find_partner(library, "Seoul")
    assert {r.partner_id for r in agreement_rows(library, ids(library, "서울")).values()} == {
        seoul.id
    }
    assert len(ids(library, '"Seoul"')) == 2
    sister = ids(library, "Sister/friendship")
    cooperation = ids(library, "cooperation partner")
    assert sister
    assert cooperation
    assert not set(sister) & set(cooperation)
    assert len(sister) + len(cooperation) == 21


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("2024", {"2024-05-16", "2024-05-14", "2024-02-06"}),
        ("2024-05", {"2024-05-16", "2024-05-14"}),
        ("2015-02-03", {"2015-02-03"}),
        ("2015/2/3", {"2015-02-03"}),  # as Excel on Japanese Windows shows it
        ("2024/05", {"2024-05-16", "2024-05-14"}),
        ("２０１５／２／３", {"2015-02-03"}),  # full-width, as an IME may type it
    ],
)
def test_search_finds_agreements_by_the_date_shown(library, text, dates):
    rows = agreement_rows(library, ids(library, text))
    assert {r.date_signed.isoformat() for r in rows.values()} == dates


def test_notes_areas_and_expires_on_match_but_a_partners_notes_do_not(library):
    paris = find_partner(library, "Paris")
    update_partner(library, paris.id, PartnerUpdate(notes="Zanzibar talks"))
    assert ids(library, "zanzibar") == []  # the partner list finds it, not its agreements
    agreement = add(
        library,
        "Paris",
        "Letter on rivers",
        "2026-01-05",
        notes="Seine and Sumida",
        areas=["environment"],
        expires_on=dt.date(2031, 3, 31),
    )
    for text in ("sumida", "environment", "2031-03", "paris rivers"):
        assert ids(library, text) == [agreement], text


@pytest.mark.parametrize("text", ["%", "_", "\\", "'", "(", "*", ".*", "[", "100%_"])
def test_like_wildcards_and_quotes_are_plain_characters(library, text):
    plain = add(library, "Rome", "Progress at 100 percent", "2026-02-01")
    odd = add(library, "Rome", "Progress at 100%_done \\ 'quoted' (x) *.* [y]", "2026-02-02")
    found = ids(library, text)
    assert plain not in found
    assert odd in found
    if text in ("%", "_", "100%_"):
        assert found == [odd]


def test_agreement_found_one_agreement(library):
    # The window asks whether a changed agreement is still found (db.text_search).
    newest = list_agreements(library)[0]
    assert agreement_found(library, newest.title.split()[0], newest.id)
    assert not agreement_found(library, '"no such words"', newest.id)


def test_the_search_narrows_partners_to_those_with_matching_agreements(library):
    names = {p.id: p.name for p in list_partners(library)}
    matched = {names[i] for i in search(library, "communique").partner_ids}
    assert matched == {"Bangkok", "Berlin", "City of Helsinki", "Paris", "Brussels-Capital Region"}


# -- filters, trash, rows ----------------------------------------------------------


def test_one_partners_agreements(library):
    paris = find_partner(library, "Paris")
    assert len(ids(library, partner_id=paris.id)) == 3
    assert ids(library, "communique", partner_id=find_partner(library, "Seoul").id) == []


def test_agreements_in_the_trash_are_left_out_everywhere(library, samples):
    doomed = list_agreements(library)[0]
    attach_document(library, doomed.id, samples / "jo.pdf")
    delete_agreement(library, doomed.id)
    assert doomed.id not in ids(library)
    assert agreement_rows(library, [doomed.id]) == {}
    assert not agreement_found(library, "", doomed.id)  # an empty search finds all but it
    counts = {p.id: p.agreement_count for p in partner_rows(library)}
    assert counts == {p.id: p.agreement_count for p in list_partners(library)}
    assert sum(counts.values()) == 20


def test_rows_carry_what_the_table_shows(library, samples):
    newest = list_agreements(library)[0]
    attach_document(library, newest.id, samples / "jo.pdf")
    second = attach_document(library, newest.id, samples / "habibi.pdf")
    from db.documents import remove_document

    remove_document(library, second.id)  # in the trash: not counted
    row = agreement_rows(library, [newest.id, 999_999])[newest.id]
    assert (row.id, row.partner_id, row.title) == (newest.id, newest.partner_id, newest.title)
    assert (row.partner_name, row.partner_country) == (newest.partner_name, newest.partner_country)
    assert row.type is newest.type
    assert row.date_signed == newest.date_signed
    assert row.document_count == 1


def test_partner_rows_are_the_partners_with_their_counts(library):
    assert partner_rows(library) == list_partners(library)


# -- sorts -------------------------------------------------------------------------


def test_date_signed_ascending_is_the_exact_reverse_of_descending(library):
    add(library, "Rome", "Beta", "2020-01-01")
    add(library, "Rome", "Alpha", "2020-01-01")
    down, up = ids(library), ids(library, descending=False)
    assert up == down[::-1]
    dates = [r.date_signed for r in (agreement_rows(library, up)[i] for i in up)]
    assert dates == sorted(dates)


def test_titles_sort_by_their_folded_text(library):
    for title in ("zeta", "Émile", "emma", "Alpha", "Beta"):
        add(library, "Rome", title, "2020-01-01")
    shown = [t for t in titles(library, sort="title", descending=False) if len(t) < 6]
    assert shown == ["Alpha", "Beta", "Émile", "emma", "zeta"]
    every = titles(library, sort="title", descending=False)
    assert [fold(t) for t in every] == sorted(fold(t) for t in every)
    assert titles(library, sort="title") == every[::-1]


def test_types_sort_by_label_and_documents_by_count(library, samples):
    rows = agreement_rows(library, ids(library, sort="type", descending=False))
    labels = [rows[i].type.label for i in ids(library, sort="type", descending=False)]
    assert labels == sorted(labels, key=str.casefold)
    newest = list_agreements(library)[-1]
    attach_document(library, newest.id, samples / "jo.pdf")
    assert ids(library, sort="documents")[0] == newest.id
    assert ids(library, sort="documents", descending=False)[-1] == newest.id


def test_partners_sort_by_folded_name(library):
    shown = ids(library, sort="partner", descending=False)
    rows = agreement_rows(library, shown)
    names = [fold(rows[i].partner_name) for i in shown]
    assert names[0] == "abu dhabi"
    assert names == sorted(names)


def test_an_unknown_sort_is_refused():
    with pytest.raises(ValueError, match="not a sort"):
        AgreementQuery(sort="notes")  # type: ignore[arg-type]


# -- the search column is kept right -------------------------------------------------


def test_search_text_follows_every_orm_write(library):
    agreement = list_agreements(library)[0]
    update_agreement(library, agreement.id, AgreementUpdate(title="Quetzal accord"))
    assert ids(library, "quetzal") == [agreement.id]
    partner = find_partner(library, agreement.partner_name)
    update_partner(library, partner.id, PartnerUpdate(local_name="Ximenez"))
    assert agreement.id in ids(library, "ximenez quetzal")  # the partner part, joined
    with library.engine.connect() as conn:
        stored = conn.execute(
            sa.text("SELECT search_text FROM partner WHERE id = :id"), {"id": partner.id}
        ).scalar()
    assert stored == partner_text(
        partner.name, "Ximenez", partner.country, partner.relationship, partner.office_name
    )


def test_an_upgraded_library_is_searchable(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(LIBRARIES / "0.2", folder)
    library = open_library(folder)
    try:
        assert len(ids(library, "communique")) == 5
        assert len(ids(library, "서울")) == 2
    finally:
        library.close()


# -- query plans -----------------------------------------------------------------------


def generate(library: Library, agreements: int = 3000, partners: int = 300) -> None:
    """Insert partners and agreements in bulk (what an import of a large file leaves)."""
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    types, relationships = list(AgreementType), list(Relationship)
    partner_values = [
        {
            "id": 1000 + n,
            "name": f"Generated city {n}",
            "local_name": f"都市 {n}",
            "country": "Nowhere",
            "kind": PartnerKind.CITY.value,
            "relationship": relationships[n % 2].value,
            "notes": "",
            "created_at": now,
            "updated_at": now,
            "version": 1,
            "search_text": partner_text(
                f"Generated city {n}", f"都市 {n}", "Nowhere", relationships[n % 2]
            ),
        }
        for n in range(partners)
    ]
    agreement_values = []
    for n in range(agreements):
        signed = dt.date(1960, 1, 1) + dt.timedelta(days=(n * 37) % 23000)
        kind = types[n % len(types)]
        title = f"Generated agreement {n}"
        agreement_values.append(
            {
                "partner_id": 1000 + n % partners,
                "title": title,
                "type": kind.value,
                "date_signed": signed,
                "areas": [],
                "notes": "",
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "search_text": agreement_text(title, kind, signed, None, "", []),
            }
        )
    from db.models import Agreement, Partner

    with library.engine.begin() as conn:
        conn.execute(sa.insert(Partner.__table__), partner_values)  # type: ignore[attr-defined]
        conn.execute(sa.insert(Agreement.__table__), agreement_values)  # type: ignore[attr-defined]


#: Why the query plan tests run on SQLite only.
PLAN = "EXPLAIN QUERY PLAN and its steps are SQLite's (the server plans by its statistics)"


def _plan(library: Library, statement: sa.Select) -> list[str]:
    sql = statement.compile(library.engine, compile_kwargs={"literal_binds": True})
    with library.engine.connect() as conn:
        return [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]


def _uses(plan: list[str], pattern: str) -> bool:
    return any(re.search(pattern, step) for step in plan)


@pytest.fixture
def large(library: Library) -> Library:
    generate(library)
    return library


def test_the_generated_library_is_searchable_and_counted(large):
    assert len(ids(large)) == 3021
    assert len(ids(large, "都市 7")) > 0
    assert len(agreement_rows(large, ids(large))) == 3021  # chunks of CHUNK
    assert CHUNK <= 999


@pytest.mark.sqlite_only(PLAN)
@pytest.mark.parametrize("descending", [True, False])
def test_every_agreement_by_date_reads_the_date_index_without_sorting(large, descending):
    plan = _plan(large, agreement_ids_statement(AgreementQuery(descending=descending)))
    assert _uses(plan, r"SCAN agreement USING (COVERING )?INDEX ix_agreement_live_date"), plan
    assert not _uses(plan, "TEMP B-TREE"), plan


@pytest.mark.sqlite_only(PLAN)
def test_one_partners_agreements_search_the_partner_index(large):
    plan = _plan(large, agreement_ids_statement(AgreementQuery(partner_id=1007)))
    assert _uses(plan, r"SEARCH agreement USING (COVERING )?INDEX ix_agreement_live_partner"), plan
    assert not _uses(plan, r"SCAN agreement"), plan
    assert not _uses(plan, "TEMP B-TREE"), plan


@pytest.mark.sqlite_only(PLAN)
def test_a_search_scans_the_agreements_once_in_date_order(large):
    plan = _plan(large, agreement_ids_statement(AgreementQuery(terms=("city 7",))))
    assert [step for step in plan if step.startswith("SCAN")] == [
        next(step for step in plan if "ix_agreement_live_date" in step)
    ], plan
    assert _uses(plan, r"SEARCH partner USING INTEGER PRIMARY KEY"), plan
    assert not _uses(plan, "TEMP B-TREE"), plan


@pytest.mark.sqlite_only(PLAN)
def test_sorting_by_title_reads_every_agreement_once(large):
    plan = _plan(large, agreement_ids_statement(AgreementQuery(sort="title")))
    assert len([step for step in plan if step.startswith("SCAN")]) == 1, plan
    assert not _uses(plan, r"SCAN (agreement|partner)$"), plan  # through a partial index


@pytest.mark.sqlite_only(PLAN)
def test_rows_by_id_search_primary_keys_and_the_document_index(large):
    plan = _plan(large, agreement_rows_statement([5, 6, 7]))
    assert _uses(plan, r"SEARCH agreement USING INTEGER PRIMARY KEY"), plan
    assert _uses(plan, r"SEARCH partner USING INTEGER PRIMARY KEY"), plan
    assert _uses(plan, r"SEARCH document USING (COVERING )?INDEX ix_document_live_agreement"), plan
    assert not _uses(plan, r"^SCAN"), plan


@pytest.mark.sqlite_only(PLAN)
def test_partner_counts_read_the_partner_index_without_sorting(large):
    plan = _plan(large, partner_counts_statement())
    assert _uses(plan, r"SCAN agreement USING (COVERING )?INDEX ix_agreement_live_partner"), plan
    assert not _uses(plan, "TEMP B-TREE"), plan
