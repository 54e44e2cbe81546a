"""The first screen of a search whose terms a trigram index cannot serve, without a full scan.

A term of one or two characters (東, 서울, ок) is found by reading every
unit's text: at 100,000 pages, hundreds of megabytes. The full ranking needs
it all; the first screen does not. An agreement's rank is the worst level at
which its terms are found (0: title or partner's names, 1: its other fields
or its partner's, 2: a page), so the agreements of rank 0 are those for which
every term is found at level 0, and so on: :func:`walk_statement` walks the
agreements newest signed first (the order within a rank, by an index) and
looks for each term in that agreement's own units only, stopping at the
first ``count`` found. Common terms stop at once. Rare ones walk everything,
slower than one scan: the caller (:func:`db.text_search.first_screen`) gives
the walks a time budget and falls back to the full search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.models import Agreement, Document, SearchUnit
from db.search import fts5
from db.search.sql import Finder, filters, live_page_documents, searched_kinds
from db.search.units import AGREEMENT, AGREEMENT_BASE, PAGE, PARTNER

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.search.query import SearchQuery

_A = Agreement.__table__  # type: ignore[attr-defined]
_D = Document.__table__  # type: ignore[attr-defined]
_U = SearchUnit.__table__  # type: ignore[attr-defined]


def found_at(finder: Finder, query: SearchQuery, term: str, level: int) -> sa.ColumnElement[bool]:
    """True for an agreement row whose own units hold ``term`` at ``level`` or better
    (0: in its title or its partner's names; 1: anywhere in its or its partner's unit;
    2: also on a live page of ``lang:``), within the query's ``in:`` scope: each a lookup
    of that agreement's units by key."""
    kinds = searched_kinds(query)
    holds = finder.holds(term)
    if level == 0:
        at = finder.position(term)
        holds = sa.and_(at > 0, at + (len(term) - 1) <= _U.c.head_length)
    found: list[sa.ColumnElement[bool]] = []
    unit = _A.c.id + sa.literal(AGREEMENT_BASE, sa.BigInteger)
    if finder.fts and fts5.match_expression(term) is not None:
        # The index lists the record units holding the term at once: one set for the
        # whole walk (an uncorrelated IN, kept as a temporary index), not a read per row.
        if AGREEMENT in kinds:
            found.append(unit.in_(_in_head(finder, term, AGREEMENT, level)))
        if PARTNER in kinds:
            found.append(_A.c.partner_id.in_(_in_head(finder, term, PARTNER, level)))
    else:
        if AGREEMENT in kinds:
            found.append(sa.exists().where(_U.c.id == unit, holds))
        if PARTNER in kinds:
            found.append(sa.exists().where(_U.c.id == _A.c.partner_id, holds))
    if PAGE in kinds and level >= 2:
        found.append(
            sa.exists()
            .select_from(_D.join(_U, _U.c.document_id == _D.c.id))
            .where(_D.c.agreement_id == _A.c.id, _U.c.kind == PAGE, finder.holds(term),
                   *live_page_documents(query))
        )  # fmt: skip
    return sa.or_(*found) if found else sa.false()


def _in_head(finder: Finder, term: str, kind: str, level: int) -> sa.Select:
    """The IDs of the units of ``kind`` the index finds holding ``term`` (at ``level`` 0:
    in their head, checked on those units only)."""
    ids = finder.unit_ids(term, kind)
    if level > 0:
        return ids
    at = finder.position(term)
    return sa.select(_U.c.id).where(
        _U.c.id.in_(ids), at > 0, at + (len(term) - 1) <= _U.c.head_length
    )


def in_some_record(finder: Finder, terms: Sequence[str]) -> sa.Select:
    """Return the SELECT of one row when every term is in some partner's or agreement's
    unit (no row: no agreement can rank 0 or 1, and those walks would read everything)."""
    return sa.select(sa.literal(1)).where(
        *(sa.exists(finder.unit_ids(term, PARTNER).union_all(finder.unit_ids(term, AGREEMENT)))
          for term in terms)
    )  # fmt: skip


def walk_statement(finder: Finder, query: SearchQuery, rank: int, count: int) -> sa.Select:
    """Return the SELECT of (id, partner_id) of the first ``count`` agreements of ``rank``
    that ``query`` finds, newest signed first."""
    where = filters(finder, query)
    where += [found_at(finder, query, term, rank) for term in query.terms]
    if rank > 0:
        where.append(~sa.and_(*(found_at(finder, query, t, rank - 1) for t in query.terms)))
    where += [~found_at(finder, query, term, 2) for term in query.excluded]
    return (
        sa.select(_A.c.id, _A.c.partner_id)
        .where(*where)
        .order_by(_A.c.date_signed.desc(), _A.c.id.desc())
        .limit(count)
    )


def ranks_of(query: SearchQuery) -> Sequence[int]:
    """The ranks an agreement found by ``query`` can have, best first."""
    return {"records": (0, 1), "documents": (2,)}.get(query.scope, (0, 1, 2))


def needs_scan(finder: Finder, query: SearchQuery) -> bool:
    """Whether some term of ``query`` cannot use the database's trigram index (shorter
    than three characters, or SQLite without FTS5's trigram)."""
    return any(len(term) < 3 or finder.dialect == "sqlite" and not finder.fts
               for term in (*query.terms, *query.excluded))  # fmt: skip
