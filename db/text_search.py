"""One search over partners, agreements and the pages of their documents.

:func:`search` reads what a person typed (:func:`db.search.query.parse_query`),
runs one ranked SQL query (:func:`db.search.sql.search_statement`) and
gives the agreements found, their partners and the first page hits with a
snippet each (:mod:`db.search.snippets`). The same on SQLite (FTS5 trigram,
or a scan where this SQLite has no trigram) and PostgreSQL (pg_trgm);
whatever a query holds, it never raises for its text. A one- or
two-character term cannot use a trigram index: it is found by a scan of
the folded texts (``instr``). :func:`first_screen` gives the first
agreements of the same ranking without ranking every match when that is
slow (a short term, or terms on thousands of pages): the window shows it,
then the full :func:`search`.
"""

from __future__ import annotations

import time
import weakref
from array import array
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.agreement_query import CHUNK, driver_errors
from db.library import Library, database_error
from db.models import Agreement, SearchUnit
from db.search import fts5
from db.search.first_screen import in_some_record, needs_scan, ranks_of, walk_statement
from db.search.query import SearchQuery, parse_query
from db.search.snippets import snippet
from db.search.sql import (
    Finder,
    page_hits_statement,
    partner_statement,
    search_statement,
    searched_kinds,
)
from db.search.units import PAGE
from db.storage.bulk import driver_cursor

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from sqlalchemy.engine import Engine

#: Page hits given by default: a first screen of the results panel.
FIRST_SCREEN = 50
#: Seconds a first screen's walks may take before the full search is run instead (the
#: walks stop early for common terms; a rare one is quicker found by one scan).
WALK_BUDGET = 0.08
#: Units a term must be in for :func:`first_screen` to walk rather than rank every match.
WALK_FROM = 4000

_A = Agreement.__table__  # type: ignore[attr-defined]
_U = SearchUnit.__table__  # type: ignore[attr-defined]
_FINDERS: weakref.WeakKeyDictionary[Engine, Finder] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class PageHit:
    """A page holding a term: its document, 1-based page, and a snippet of it.

    ``highlights`` are (start, end) character offsets of the terms in ``snippet``.
    """

    agreement_id: int
    document_id: int
    original_name: str
    language: str
    page_number: int
    snippet: str
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class SearchResult:
    """What a search found.

    ``agreement_ids`` are ranked (title and partner hits, other fields,
    document text; newest signed first within each), as an ``array('q')``;
    ``partner_ids`` the partners having a matching agreement or whose own
    names hold every term; ``page_hits`` the first pages holding a term, in
    the agreements' order.
    """

    query: SearchQuery
    agreement_ids: array[int] = field(default_factory=lambda: array("q"))
    partner_ids: frozenset[int] = frozenset()
    page_hits: tuple[PageHit, ...] = ()
    ranks: dict[int, int] = field(default_factory=dict)
    #: False for :func:`first_screen`'s: the first agreements only, their partners only.
    complete: bool = True


def finder_of(library: Library) -> Finder:
    """Return how this library's database finds a term (FTS5 present or not), asked once."""
    engine = library.engine
    found = _FINDERS.get(engine)
    if found is None:
        dialect = engine.dialect.name
        fts = False
        if dialect == "sqlite":
            with engine.connect() as connection:
                fts = fts5.present(connection)
        found = _FINDERS[engine] = Finder(dialect, fts)
    return found


def bare_statements(library: Library, text: str) -> list[sa.Select]:
    """Return the SQL :func:`search` runs for ``text`` before its page hits and snippets
    (the benchmarks' baseline)."""
    query = parse_query(text)
    return [search_statement(finder_of(library), query)]


def search(library: Library, text: str, *, limit: int = FIRST_SCREEN) -> SearchResult:
    """Return what ``text`` finds, with at most ``limit`` page hits.

    A query of no terms and no filters (blank, or only marks and controls)
    finds every agreement, as an empty search box shows them all. Safe from a
    worker thread (its own connection). Raises
    :class:`~db.errors.LibraryError` when the database cannot be read, never
    for what the query holds.
    """
    query = parse_query(text)
    finder = finder_of(library)
    ids: array[int] = array("q")
    owners: set[int] = set()
    ranks: dict[int, int] = {}
    with_pages: list[int] = []
    try:
        with library.engine.connect() as connection:
            with driver_cursor(connection, search_statement(finder, query)) as cursor:
                while rows := cursor.fetchmany(2000):
                    for ident, partner, rank, on_page in rows:
                        ids.append(ident)
                        owners.add(partner)
                        ranks[ident] = rank
                        if on_page:
                            with_pages.append(ident)
            if (
                query.terms
                and query.scope != "documents"
                and query.types is None
                and query.years is None
                and query.languages is None
                and not query.no_text
            ):
                owners.update(connection.execute(partner_statement(finder, query)).scalars())
            hits = _page_hits(connection, finder, query, with_pages, limit)
    except sa.exc.DBAPIError as exc:
        raise database_error(exc, library) from exc
    except driver_errors(library) as exc:
        raise database_error(exc, library) from exc
    return SearchResult(query, ids, frozenset(owners), hits, ranks)


def first_screen(library: Library, text: str, *, limit: int = FIRST_SCREEN) -> SearchResult:
    """Return the first ``limit`` agreements :func:`search` finds, in its order, with
    their page hits, without ranking every match when that is slow: a term too short for
    the trigram index, or terms so common that the newest few are found at once
    (:mod:`db.search.first_screen`). ``complete`` is false when more were found, and
    ``partner_ids`` then holds at least these agreements' partners. Otherwise this is
    :func:`search`, cut. Raises :class:`~db.errors.LibraryError`.
    """
    query = parse_query(text)
    finder = finder_of(library)
    try:
        with library.engine.connect() as connection:
            walked = _walk(connection, finder, query, limit)
            if walked is not None:
                hits = _page_hits(connection, finder, query, walked[0], limit)
    except sa.exc.DBAPIError as exc:
        raise database_error(exc, library) from exc
    if walked is None:
        return _cut(search(library, text, limit=limit), limit)
    shown, owners, ranks = walked
    ids = array("q", shown)
    every = len(shown) < limit  # the walks found fewer than asked: that is all there is
    return SearchResult(query, ids, frozenset(owners.values()), hits, ranks, complete=every)


def first_screen_bare(library: Library, text: str, *, limit: int = FIRST_SCREEN) -> int:
    """Run the SQL :func:`first_screen` runs for ``text``, rows fetched, without its page
    hits, snippets and result (the benchmarks' baseline); return the agreements found."""
    query = parse_query(text)
    finder = finder_of(library)
    with library.engine.connect() as connection:
        walked = _walk(connection, finder, query, limit)
        if walked is not None:
            return len(walked[0])
        with driver_cursor(connection, search_statement(finder, query)) as cursor:
            return len(cursor.fetchall())


def _walk(
    connection: sa.Connection, finder: Finder, query: SearchQuery, limit: int
) -> tuple[list[int], dict[int, int], dict[int, int]] | None:
    """Return (IDs, their partners, their ranks) of the first screen found by walking the
    agreements newest first, rank by rank; ``None`` when the full search is the quicker
    way (no terms, PostgreSQL, terms the index finds rarely, or the walks ran out of
    their time budget)."""
    if not query.terms or finder.dialect != "sqlite":
        return None
    if not needs_scan(finder, query) and not _common(connection, query):
        return None
    shown: list[int] = []
    owners: dict[int, int] = {}
    ranks: dict[int, int] = {}
    try:
        with _time_budget(connection, WALK_BUDGET):
            ranks_found = ranks_of(query)
            if ranks_found[0] < 2:
                check = in_some_record(finder, query.terms)
                if connection.execute(check).first() is None:
                    ranks_found = [rank for rank in ranks_found if rank == 2]
            for rank in ranks_found:
                if len(shown) >= limit:
                    break
                statement = walk_statement(finder, query, rank, limit - len(shown))
                for ident, partner in connection.execute(statement):
                    shown.append(ident)
                    owners[ident], ranks[ident] = partner, rank
    except _OutOfTimeError:
        connection.rollback()
        return None
    return shown, owners, ranks


def _common(connection: sa.Connection, query: SearchQuery) -> bool:
    """Whether every term is in at least :data:`WALK_FROM` units (FTS5 counts, stopping
    there): so common that walking the newest agreements finds a screen at once, while
    ranking every match would take long."""
    for term in query.terms:
        match = fts5.match_expression(term)
        counted = connection.exec_driver_sql(
            f"SELECT count(*) FROM (SELECT 1 FROM {fts5.TABLE} WHERE {fts5.TABLE} MATCH ? "
            f"LIMIT {WALK_FROM})",
            (match,),
        ).scalar_one()
        if counted < WALK_FROM:
            return False
    return True


def _cut(found: SearchResult, limit: int) -> SearchResult:
    """Return the first ``limit`` agreements of a full result (and their page hits)."""
    if len(found.agreement_ids) <= limit:
        return found
    top = found.agreement_ids[:limit]
    kept = set(top)
    hits = tuple(hit for hit in found.page_hits if hit.agreement_id in kept)
    return replace(found, agreement_ids=top, page_hits=hits, complete=False)


class _OutOfTimeError(Exception):
    """The walks of a first screen ran past their time budget."""


@contextmanager
def _time_budget(connection: sa.Connection, seconds: float) -> Iterator[None]:
    """Interrupt SQLite's work on ``connection`` after ``seconds`` (its progress handler,
    asked every thousand virtual-machine steps), raising :class:`_OutOfTimeError`."""
    raw = connection.connection.driver_connection
    assert raw is not None  # an open connection
    deadline = time.monotonic() + seconds
    raw.set_progress_handler(lambda: time.monotonic() > deadline, 1000)
    try:
        yield
    except sa.exc.OperationalError as exc:
        if time.monotonic() > deadline and "interrupt" in str(exc.orig):
            raise _OutOfTimeError from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)


def _page_hits(
    connection: sa.Connection, finder: Finder, query: SearchQuery, ids: Sequence[int], limit: int
) -> tuple[PageHit, ...]:
    """Return the first ``limit`` pages of the agreements ``ids`` (in order) holding a term."""
    if not query.terms or limit <= 0 or PAGE not in searched_kinds(query):
        return ()
    order = {ident: place for place, ident in enumerate(ids)}
    found: list[tuple] = []
    step = 50
    for start in range(0, len(ids), step):
        chunk = ids[start : start + step]
        rows = connection.execute(page_hits_statement(finder, query, chunk)).all()
        found.extend(sorted(rows, key=lambda row: order[row[0]]))
        if len(found) >= limit:
            break
        step = min(step * 2, CHUNK)
    hits = []
    for agreement_id, document_id, number, name, language, text in found[:limit]:
        line, places = snippet(text or "", query.terms)
        hits.append(PageHit(agreement_id, document_id, name, language or "", number, line, places))
    return tuple(hits)


def documents_without_text(library: Library, document_ids: Sequence[int]) -> set[int]:
    """Return which of ``document_ids`` have no page with words in the index (a scan without
    a text layer, an encrypted file): what the documents list marks "no text"."""
    wanted = list(dict.fromkeys(document_ids))
    if not wanted:
        return set()
    found: set[int] = set()
    with library.session() as session:
        connection = session.connection()
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            statement = (
                sa.select(_U.c.document_id)
                .distinct()
                .where(_U.c.kind == PAGE, _U.c.document_id.in_(chunk))
            )
            found.update(connection.execute(statement).scalars())
    return set(wanted) - found


def agreement_found(library: Library, text: str, agreement_id: int) -> bool:
    """Return whether the search ``text`` finds the agreement ``agreement_id`` (not in the
    trash); an empty query finds every agreement. Raises :class:`~db.errors.LibraryError`."""
    query = parse_query(text)
    statement = search_statement(finder_of(library), query).where(_A.c.id == agreement_id)
    try:
        with library.engine.connect() as connection:
            return connection.execute(statement.limit(1)).first() is not None
    except sa.exc.DBAPIError as exc:
        raise database_error(exc, library) from exc
