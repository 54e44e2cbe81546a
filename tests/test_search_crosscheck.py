"""One set of queries, three engines, identical hits: SQLite (FTS5 trigram and the plain
scan a SQLite without trigram uses), PostgreSQL (pg_trgm; ``ACCORD_TEST_DATABASE_URL``,
which ``.ci/run`` sets) and a plain Python scan of the same normalised text.

The records and pages are in the six scripts the office deals with (Latin with
accents, Japanese, Korean, Cyrillic, Thai, Arabic); the queries are substrings
of them of every length from 1 to 6, phrases, exclusions and filters. The
Python scan below is written from the rule (words anywhere in the agreement,
its partner's unit or a live page; rank by where; newest first), not from the
SQL, so a mistake in either shows as a difference.
"""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from db.enums import AgreementType, Relationship
from db.models import Agreement, Document, DocumentPage, Partner
from db.opening import open_library
from db.search.query import SearchQuery, parse_query
from db.search.sql import Finder
from db.text_search import _FINDERS, first_screen, search
from tests import server_db

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.library import Library


PARTNERS = [
    # name, local name, office name, country
    ("Seoul", "서울특별시", "ソウル特別市", "Republic of Korea"),
    ("Moscow", "Москва", "モスクワ市", "Russian Federation"),
    ("Bangkok", "กรุงเทพมหานคร", "バンコク都", "Kingdom of Thailand"),
    ("Cairo", "القاهرة", "カイロ県", "Arab Republic of Egypt"),
    ("São Paulo (state)", "São Paulo", "サンパウロ州", "Federative Republic of Brazil"),
    ("Beijing", "北京市", "北京市", "People's Republic of China"),
]
AGREEMENTS = [
    # partner index, title, type, date signed, notes, areas
    (0, "서울특별시 탄소중립 협력 양해각서", "memorandum_of_understanding", "2014-07-23",
     "水素バスの導入", ["environment"]),
    (0, "Joint Statement on Hydrogen Buses", "joint_statement", "2016-02-01", "", ["transport"]),
    (1, "Соглашение о сотрудничестве Москвы", "memorandum_of_understanding", "2015-10-22",
     "ＭＯＵ", ["culture"]),
    (2, "ความร่วมมือกรุงเทพมหานคร", "joint_declaration", "2013-05-01", "", ["tourism"]),
    (3, "مذكرة تفاهم للتعاون بين طوكيو والقاهرة", "letter_of_intent", "2019-11-11",
     "إبراهيم", []),
    (4, "Acordo de cooperação com São Paulo", "other", "2014-01-15", "Communiqué", ["sports"]),
    (5, "北京市と東京都の友好都市協定", "joint_communique", "1979-03-14", "協定書", ["culture"]),
    (5, "東京都北京市環境協力覚書", "memorandum_of_understanding", "2016-07-01",
     "友好都市協定を参照", []),
]  # fmt: skip
PAGES = [
    # agreement index, language, page texts
    (0, "ko", ["서울특별시와 도쿄도는 탄소중립을 위해 협력한다.", "수소 버스 도입"]),
    (1, "en", ["The Parties shall promote hydrogen buses.\nHYDROGEN  buses run in Seoul.",
               "Naïve café résumé"]),
    (2, "ru", ["Москва и Токио договорились о сотрудничестве.", "МОСКВА водород"]),
    (3, "th", ["กรุงเทพมหานครและโตเกียวร่วมมือกัน", "พลังงานไฮโดรเจน"]),
    (4, "ar", ["التعاون بين طوكيو والقاهرة في مجال الهيدروجين", "أحمد إبراهيم آمال"]),
    (6, "ja", ["東京都と北京市は友好都市協定を締結した。",
               "水素バスの導入について協議する。カタカナ"]),
    (7, "ja", ["環境協力に関する覚書。ｶﾀｶﾅ 半角"]),
    (7, "zh", ["北京市与东京都签署环境合作备忘录"]),
    (5, "pt", ["Acordo de cooperação entre São Paulo e Tóquio"]),
]  # fmt: skip
TRASHED_AGREEMENT = 5  # São Paulo's: in the trash, never found
TRASHED_DOCUMENT = 8  # the Portuguese page's document: in the trash

# Substrings of every length from 1 to 6 in each script, phrases, exclusions, filters.
QUERIES = [
    "東", "京都", "北京市", "友好都市協", "東京都と北京", "協定",
    "서", "서울", "서울특", "탄소중립", "서울특별시와", "수소 버스",
    "м", "мо", "моск", "москва", "сотрудн", "Москвы",
    "ก", "กร", "กรุงเทพ", "กรุงเทพมหานคร", "ไฮโดรเจน",
    "ا", "ال", "القاهرة", "ابراهيم", "احمد", "تعاون", "امال",
    "a", "bu", "hyd", "hydrogen buses", '"hydrogen buses"', "naive cafe", "resume",
    "かたかな", "カタカナ", "ﾊﾞｽ", "ばす", "mou", "ＭＯＵ", "communique",
    "hydrogen -seoul", "東京 -覚書", "協定 北京", "水素", "seoul hydrogen",
    "type:mou", "type:覚書 東京", "lang:ja 協定", "lang:ko", "year:2016", "2013..2015 a",
    "in:documents 東京", "in:records 東京", "partner:seoul buses", "partner:москва",
    "is:notext", "sao paulo", "tóquio", "zzz", "-a", "ُ", "\u200f", "2014/7/23",
    "s_o", "%", "\\", "_", "b%s", "協定",
    "東京 -type:mou", "-partner:seoul a", "-lang:ja 東", "-year:2014..2016", "-is:notext",
    "is:notext -is:notext", "-in:documents 東京", "-type:zzz", "-year:abc b",
]  # fmt: skip


@dataclass(frozen=True)
class Unit:
    kind: str
    partner_id: int | None
    agreement_id: int | None
    document_id: int | None
    page_number: int | None
    head_length: int
    text: str


def _load(library: Library) -> dict[int, int]:
    """Write the records through the ORM (the flush hook indexes them); return the
    agreement IDs by index in :data:`AGREEMENTS`."""
    with library.session(write=True) as session:
        partners = []
        for name, local, office, country in PARTNERS:
            partner = Partner(name=name, local_name=local, office_name=office, country=country,
                              relationship=Relationship.SISTER_FRIENDSHIP)  # fmt: skip
            session.add(partner)
            partners.append(partner)
        session.flush()
        agreements = []
        for owner, title, kind, signed, notes, areas in AGREEMENTS:
            agreement = Agreement(partner_id=partners[owner].id, title=title,
                                  type=AgreementType(kind), notes=notes, areas=areas,
                                  date_signed=dt.date.fromisoformat(signed))  # fmt: skip
            session.add(agreement)
            agreements.append(agreement)
        session.flush()
        for number, (owner, language, texts) in enumerate(PAGES):
            document = Document(agreement_id=agreements[owner].id, original_name=f"d{number}.pdf",
                                stored_path=f"attachments/x/{number}.pdf", size=1,
                                sha256=f"{number:064d}", language=language,
                                page_count=len(texts))  # fmt: skip
            session.add(document)
            session.flush()
            session.add_all(DocumentPage(document_id=document.id, page_number=page, text=text)
                            for page, text in enumerate(texts, start=1))  # fmt: skip
            if number == TRASHED_DOCUMENT:
                document.deleted_at = dt.datetime.now(dt.UTC)
        # A document whose pages have no text: a scan.
        scan = Document(agreement_id=agreements[2].id, original_name="scan.pdf",
                        stored_path="attachments/x/scan.pdf", size=1, sha256="f" * 64,
                        language="ru", page_count=1)  # fmt: skip
        session.add(scan)
        session.flush()
        session.add(DocumentPage(document_id=scan.id, page_number=1, text="  \n "))
        agreements[TRASHED_AGREEMENT].deleted_at = dt.datetime.now(dt.UTC)
        session.commit()
        return {index: agreement.id for index, agreement in enumerate(agreements)}


def _units(library: Library) -> list[Unit]:
    with library.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT kind, partner_id, agreement_id, document_id, page_number, head_length, text "
            "FROM search_unit"
        ).all()
    return [Unit(*row) for row in rows]


def _python_scan(library: Library, query: SearchQuery) -> tuple[list[tuple], list[tuple]]:
    """The rule, in plain Python over the stored units: ((ID, rank) in order, page hits)."""
    units = _units(library)
    with library.engine.connect() as connection:
        agreements = {
            ident: (partner, kind, signed if isinstance(signed, dt.date)
                    else dt.date.fromisoformat(signed), deleted)
            for ident, partner, kind, signed, deleted in connection.exec_driver_sql(
                "SELECT id, partner_id, type, date_signed, deleted_at FROM agreement")
        }  # fmt: skip
        documents = {
            ident: (agreement, (language or "").lower(), deleted)
            for ident, agreement, language, deleted in connection.exec_driver_sql(
                "SELECT id, agreement_id, language, deleted_at FROM document")
        }  # fmt: skip
    kinds = {"records": {"partner", "agreement"}, "documents": {"page"}}.get(
        query.scope, {"partner", "agreement", "page"}
    )

    def live_page(unit: Unit) -> bool:
        agreement, language, deleted = documents[unit.document_id]
        if deleted is not None:
            return False
        return query.languages is None or language in query.languages

    def found_by(term: str) -> dict[int, tuple[int, bool]]:
        best: dict[int, tuple[int, bool]] = {}
        for unit in units:
            if unit.kind not in kinds or term not in unit.text:
                continue
            level = 0 if unit.text.index(term) + len(term) <= unit.head_length else 1
            if unit.kind == "partner":
                targets = [a for a, row in agreements.items() if row[0] == unit.partner_id]
            elif unit.kind == "agreement":
                targets = [unit.agreement_id]
            elif live_page(unit):
                targets, level = [documents[unit.document_id][0]], 2
            else:
                continue
            for target in targets:
                old_level, old_page = best.get(target, (3, False))
                best[target] = (min(old_level, level), old_page or unit.kind == "page")
        return best

    def partner_holds(partner_id: int, text: str) -> bool:
        return any(u.kind == "partner" and u.partner_id == partner_id and text in u.text
                   for u in units)  # fmt: skip

    def has_document(ident: int, test) -> bool:  # noqa: ANN001
        return any(row[0] == ident and row[2] is None and test(doc, row)
                   for doc, row in documents.items())  # fmt: skip

    def keeps(ident: int, partner: int, kind: str, signed: dt.date, q: SearchQuery) -> bool:
        """Whether the filters of ``q`` keep the agreement."""
        if q.types is not None and kind not in q.types:
            return False
        if not all(partner_holds(partner, text) for text in q.partners):
            return False
        if q.years and not q.years[0] <= signed.year <= q.years[1]:
            return False
        if q.languages is not None and not any(
            row[0] == ident and row[2] is None and row[1] in q.languages
            for row in documents.values()
        ):
            return False
        return not q.no_text or has_document(
            ident, lambda doc, _row: not any(u.kind == "page" and u.document_id == doc
                                             for u in units)
        )  # fmt: skip

    per_term = [found_by(term) for term in query.terms]
    excluded = set().union(*(found_by(term) for term in query.excluded))
    chosen = []
    for ident, (partner, kind, signed, deleted) in agreements.items():
        if deleted is not None or ident in excluded:
            continue
        if not keeps(ident, partner, kind, signed, query) or any(
            keeps(ident, partner, kind, signed, negated) for negated in query.excluded_filters
        ):
            continue
        if not all(ident in found for found in per_term):
            continue
        rank = max((found[ident][0] for found in per_term), default=0)
        on_page = any(found[ident][1] for found in per_term)
        chosen.append((rank, -signed.toordinal(), -ident, ident, on_page))
    chosen.sort()
    ranked = [row[3] for row in chosen]
    ranks = [(row[3], row[0]) for row in chosen]
    with_pages = {row[3] for row in chosen if row[4]}
    pages = sorted(
        (ranked.index(documents[u.document_id][0]), u.document_id, u.page_number)
        for u in units
        if u.kind == "page" and u.document_id in documents and live_page(u)
        and documents[u.document_id][0] in with_pages
        and any(term in u.text for term in query.terms)
    )  # fmt: skip
    return ranks, [(ranked[place], doc, page) for place, doc, page in pages]


def _engine_hits(library: Library, text: str) -> tuple[list[int], list[tuple]]:
    result = search(library, text, limit=10_000)
    hits = [(hit.agreement_id, hit.document_id, hit.page_number) for hit in result.page_hits]
    return [(ident, result.ranks[ident]) for ident in result.agreement_ids], hits


@pytest.fixture(params=["sqlite-fts5", "sqlite-scan", "postgresql"])
def loaded(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    with ExitStack() as stack:
        url = None
        if request.param == "postgresql":
            if not server_db.ADMIN_URL:
                pytest.skip(server_db.NO_SERVER)
            url = stack.enter_context(server_db.database(builtin=False))
        library = open_library(tmp_path / "library", database_url=url, builtin=False)
        stack.callback(library.close)
        _load(library)
        if request.param == "sqlite-scan":  # as on a SQLite without FTS5's trigram tokenizer
            _FINDERS[library.engine] = Finder("sqlite", fts=False)
        yield library


def test_every_engine_finds_what_the_python_scan_finds(loaded: Library) -> None:
    differences = []
    found_any = 0
    for text in QUERIES:
        expected = _python_scan(loaded, parse_query(text))
        got = _engine_hits(loaded, text)
        found_any += bool(expected[0])
        if got != expected:
            differences.append((text, got, expected))
    assert differences == []
    assert found_any >= len(QUERIES) * 3 // 4  # the queries do find things


def test_the_scripts_find_what_contains_them(loaded: Library) -> None:
    """The issue's examples, by hand: one kanji, two, a Thai word in a run, part of a
    Korean word, Cyrillic in any case, katakana as hiragana, Arabic variants."""
    titles = {ident: title for ident, (_, title, *_) in zip(
        _ids(loaded), AGREEMENTS, strict=True)}  # fmt: skip
    by_title = {title: ident for ident, title in titles.items()}

    def found(text: str) -> set[str]:
        return {titles[ident] for ident in search(loaded, text).agreement_ids}

    assert "東京都北京市環境協力覚書" in found("東")
    assert found("協定") >= {"北京市と東京都の友好都市協定"}
    assert found("กรุงเทพ") == {"ความร่วมมือกรุงเทพมหานคร"}
    assert found("서울") >= {
        "서울특별시 탄소중립 협력 양해각서",
        "Joint Statement on Hydrogen Buses",
    }
    assert found("москва") == {"Соглашение о сотрудничестве Москвы"}
    assert found("かたかな") == {"北京市と東京都の友好都市協定", "東京都北京市環境協力覚書"}
    assert found("امال") == {"مذكرة تفاهم للتعاون بين طوكيو والقاهرة"}
    assert found("Acordo") == set()  # São Paulo's agreement is in the trash
    # Title and partner hits first, then other fields, then document text.
    ranked = list(search(loaded, "seoul").agreement_ids)
    assert ranked[:2] == [by_title["Joint Statement on Hydrogen Buses"],
                          by_title["서울특별시 탄소중립 협력 양해각서"]]  # fmt: skip
    hydrogen = list(search(loaded, "hydrogen").agreement_ids)
    assert hydrogen[0] == by_title["Joint Statement on Hydrogen Buses"]


def _ids(library: Library) -> list[int]:
    with library.engine.connect() as connection:
        return list(connection.exec_driver_sql("SELECT id FROM agreement ORDER BY id").scalars())


@pytest.mark.parametrize(
    ("limit", "budget", "walk_from"), [(1, None, 1), (3, None, None), (50, None, 1), (3, 0.0, 1)]
)
def test_the_first_screen_is_the_top_of_the_full_ranking(
    loaded: Library,
    limit: int,
    budget: float | None,
    walk_from: int | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """first_screen (no full scan for one- and two-character terms, a walk for common
    ones: every term counts as common with ``walk_from`` 1) gives the first agreements of
    the full ranking, in order, and their page hits; out of time (a budget of 0), the same
    from the full search."""
    if budget is not None:
        monkeypatch.setattr("db.text_search.WALK_BUDGET", budget)
    if walk_from is not None:
        monkeypatch.setattr("db.text_search.WALK_FROM", walk_from)
    differences = []
    for text in QUERIES:
        ranked, pages = _python_scan(loaded, parse_query(text))
        top = ranked[:limit]
        chosen = {ident for ident, _ in top}
        expected = (top, [hit for hit in pages if hit[0] in chosen][:limit])
        result = first_screen(loaded, text, limit=limit)
        got = (
            [(ident, result.ranks[ident]) for ident in result.agreement_ids],
            [(hit.agreement_id, hit.document_id, hit.page_number) for hit in result.page_hits],
        )
        if got != expected:
            differences.append((text, got, expected))
    assert differences == []
