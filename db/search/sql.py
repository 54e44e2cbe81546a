"""The SQL of a search: which agreements a :class:`~db.search.query.SearchQuery` finds, ranked.

One statement, the same on SQLite and PostgreSQL but for how a term is
found in a unit's text (:class:`Finder`). For each term, the units holding
it give the agreements it finds, at a level:

- 0: in an agreement's title or its partner's names (a unit's head);
- 1: in an agreement's other fields, or its partner's country and relationship;
- 2: on a page of one of its documents (not in the trash; of ``lang:``).

An agreement matches when every term finds it (at any level) and no
excluded term does; its rank is the worst of its terms' best levels, so
"title and partner hits first, then other fields, then document text".
Within a rank the newest signed comes first, then the highest ID. The rows
are (agreement ID, partner ID, rank, whether a page holds a term).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.models import Agreement, Document, DocumentPage, Partner, SearchUnit
from db.search import fts5, trigram
from db.search.units import (
    AGREEMENT,
    AGREEMENT_BASE,
    PAGE,
    PAGE_BASE,
    PAGES_PER_DOCUMENT,
    PARTNER,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.search.query import SearchQuery

_A = Agreement.__table__  # type: ignore[attr-defined]
_D = Document.__table__  # type: ignore[attr-defined]
_P = Partner.__table__  # type: ignore[attr-defined]
_DP = DocumentPage.__table__  # type: ignore[attr-defined]
_U = SearchUnit.__table__  # type: ignore[attr-defined]
_FTS = sa.table(fts5.TABLE, sa.column("rowid"))


#: The range of unit IDs of each kind (:func:`db.search.units.unit_id`).
RANGES = {
    PARTNER: (0, AGREEMENT_BASE),
    AGREEMENT: (AGREEMENT_BASE, PAGE_BASE),
    PAGE: (PAGE_BASE, 1 << 62),
}


@dataclass(frozen=True)
class Finder:
    """How a term is found in ``search_unit.text`` on one database.

    ``dialect`` is ``sqlite`` or ``postgresql``; ``fts`` whether SQLite's
    ``search_fts`` exists (:func:`db.search.fts5.present`).
    """

    dialect: str
    fts: bool = False

    def position(self, term: str) -> sa.ColumnElement[int]:
        """The 1-based position of ``term``'s first occurrence in a unit's text (0: none)."""
        name = "strpos" if self.dialect == "postgresql" else "instr"
        return getattr(sa.func, name)(_U.c.text, sa.literal(term, sa.String))

    def holds(self, term: str) -> sa.ColumnElement[bool]:
        """True for a unit whose text holds ``term`` (a scan of the rows it is asked of)."""
        if self.dialect == "postgresql":
            return _U.c.text.like(trigram.like_pattern(term), escape="\\")
        return self.position(term) > 0

    def unit_ids(self, term: str, kind: str) -> sa.Select:
        """Return the SELECT of the IDs (column ``id``) of the units of ``kind`` holding
        ``term``: SQLite's FTS5 phrase for a term of three or more characters (row IDs in
        the kind's range, no unit read), else ``instr`` (SQLite) or ``LIKE`` (PostgreSQL,
        which pg_trgm's index serves) over the kind's rows."""
        low, high = RANGES[kind]
        match = fts5.match_expression(term) if self.fts else None
        if match is None:
            return sa.select(_U.c.id).where(_U.c.id >= low, _U.c.id < high, self.holds(term))
        matches = sa.literal_column(fts5.TABLE).op("MATCH")(sa.literal(match, sa.String))
        rowid = _FTS.c.rowid
        return sa.select(rowid.label("id")).where(matches, rowid >= low, rowid < high)


def searched_kinds(query: SearchQuery) -> tuple[str, ...]:
    """The kinds of unit the terms are looked for in (``in:records``, ``in:documents``)."""
    return {"records": (PARTNER, AGREEMENT), "documents": (PAGE,)}.get(
        query.scope, (PARTNER, AGREEMENT, PAGE)
    )


def live_page_documents(query: SearchQuery) -> list[sa.ColumnElement[bool]]:
    """Conditions on ``document`` for its pages to count: not in the trash, of ``lang:``."""
    where = [_D.c.deleted_at.is_(None)]
    if query.languages is not None:
        where.append(_one_of(sa.func.lower(_D.c.language), query.languages))
    return where


def _one_of(column: sa.ColumnElement, values: frozenset[str]) -> sa.ColumnElement[bool]:
    """``column`` equal to one of ``values``: plain parameters, no expanding ``IN`` list,
    so the statement runs on the driver's own cursor (:func:`db.storage.bulk.driver_cursor`)."""
    return sa.or_(*(column == sa.literal(value, sa.String) for value in sorted(values)))


def _document_of(unit: sa.ColumnElement[int]) -> sa.ColumnElement[int]:
    """The document ID a page unit's ID holds (the bits above the page number)."""
    shift = PAGES_PER_DOCUMENT.bit_length() - 1
    offset = unit - sa.literal_column(str(PAGE_BASE), sa.BigInteger)
    return offset.op(">>", return_type=sa.BigInteger)(sa.literal_column(str(shift), sa.Integer))


def term_hits(finder: Finder, query: SearchQuery, term: str, index: int) -> list[sa.Select]:
    """Return the SELECTs of (agreement_id, term index, level, on a page) of the units
    holding ``term``, one per kind of unit searched (their UNION ALL is the term's hits;
    SQLite takes no compound SELECT nested in another, so callers join them flat)."""
    kinds = searched_kinds(query)
    level = sa.case((finder.position(term) + (len(term) - 1) <= _U.c.head_length, 0), else_=1)
    parts: list[sa.Select] = []
    if PARTNER in kinds:
        found = finder.unit_ids(term, PARTNER).subquery()
        partners = (
            sa.select(_U.c.partner_id, level.label("level"))
            .join(found, found.c.id == _U.c.id)
            .subquery()
        )
        parts.append(
            sa.select(_A.c.id, sa.literal(index), partners.c.level, sa.literal(0))
            .join(partners, partners.c.partner_id == _A.c.partner_id)
        )  # fmt: skip
    if AGREEMENT in kinds:
        found = finder.unit_ids(term, AGREEMENT).subquery()
        parts.append(
            sa.select(_U.c.agreement_id, sa.literal(index), level, sa.literal(0))
            .join(found, found.c.id == _U.c.id)
        )  # fmt: skip
    if PAGE in kinds:
        found = finder.unit_ids(term, PAGE).subquery()
        parts.append(
            sa.select(_D.c.agreement_id, sa.literal(index), sa.literal(2), sa.literal(1))
            .select_from(found)
            .join(_D, _D.c.id == _document_of(found.c.id))
            .where(*live_page_documents(query))
        )  # fmt: skip
    return parts


def filters(finder: Finder, query: SearchQuery) -> list[sa.ColumnElement[bool]]:
    """Conditions on ``agreement`` of the query's filters (and not in the trash)."""
    where: list[sa.ColumnElement[bool]] = [_A.c.deleted_at.is_(None)]
    if query.types is not None:
        where.append(_one_of(_A.c.type, query.types) if query.types else sa.false())
    for text in query.partners:
        where.append(_A.c.partner_id.in_(finder.unit_ids(text, PARTNER)))
    if query.years is not None:
        first, last = query.years
        where.append(_A.c.date_signed.between(dt.date(first, 1, 1), dt.date(last, 12, 31)))
    if query.languages is not None:
        where.append(sa.exists().where(_D.c.agreement_id == _A.c.id, *live_page_documents(query)))
    if query.no_text:
        unindexed = ~sa.exists().where(_U.c.document_id == _D.c.id, _U.c.kind == PAGE)
        where.append(
            sa.exists().where(_D.c.agreement_id == _A.c.id, _D.c.deleted_at.is_(None), unindexed)
        )
    for negated in query.excluded_filters:
        where.append(~sa.and_(*filters(finder, negated)[1:]))  # [0]: not in the trash
    return where


def search_statement(finder: Finder, query: SearchQuery) -> sa.Select:
    """Return the SELECT of (id, partner_id, rank, page_hit) of the agreements ``query``
    finds, in rank order (rank 0 and no page hit for a query without terms)."""
    where = filters(finder, query)
    for number, term in enumerate(query.excluded):
        excluded = _flat(term_hits(finder, query, term, number)).subquery()
        where.append(_A.c.id.not_in(sa.select(excluded.c[0])))
    order = [_A.c.date_signed.desc(), _A.c.id.desc()]
    if not query.terms:
        return (
            sa.select(_A.c.id, _A.c.partner_id, sa.literal(0).label("rank"),
                      sa.literal(0).label("page_hit"))
            .where(*where).order_by(*order)
        )  # fmt: skip
    hits = _flat(
        [part for number, term in enumerate(query.terms)
         for part in term_hits(finder, query, term, number)]
    )  # fmt: skip
    hits_sq = hits.subquery("hits")
    agreement_id, term_no, level, on_page = hits_sq.c
    best = (
        sa.select(
            agreement_id.label("agreement_id"),
            sa.func.min(level).label("level"),
            sa.func.max(on_page).label("on_page"),
        )
        .group_by(agreement_id, term_no)
        .subquery("best")
    )
    ranked = (
        sa.select(
            best.c.agreement_id,
            sa.func.max(best.c.level).label("rank"),
            sa.func.max(best.c.on_page).label("page_hit"),
        )
        .group_by(best.c.agreement_id)
        .having(sa.func.count() == len(query.terms))
        .subquery("ranked")
    )
    return (
        sa.select(_A.c.id, _A.c.partner_id, ranked.c.rank, ranked.c.page_hit)
        .join(ranked, ranked.c.agreement_id == _A.c.id)
        .where(*where)
        .order_by(ranked.c.rank, *order)
    )


def _flat(parts: list[sa.Select]) -> sa.Select | sa.CompoundSelect:
    return sa.union_all(*parts) if len(parts) > 1 else parts[0]


def page_hits_statement(finder: Finder, query: SearchQuery, ids: Sequence[int]) -> sa.Select:
    """Return (agreement_id, document_id, page_number, original_name, language, page text)
    of the pages of the agreements ``ids`` (live documents, ``lang:``) holding at least one
    term, by agreement then page."""
    return (
        sa.select(_D.c.agreement_id, _U.c.document_id, _U.c.page_number, _D.c.original_name,
                  _D.c.language, _DP.c.text)
        .join(_D, _D.c.id == _U.c.document_id)
        .join(_DP, sa.and_(_DP.c.document_id == _U.c.document_id,
                           _DP.c.page_number == _U.c.page_number))
        .where(
            _U.c.kind == PAGE,
            _D.c.agreement_id.in_(list(ids)),
            *live_page_documents(query),
            sa.or_(*(finder.holds(term) for term in query.terms)),
        )
        .order_by(_D.c.agreement_id, _U.c.document_id, _U.c.page_number)
    )  # fmt: skip


def partner_statement(finder: Finder, query: SearchQuery) -> sa.Select:
    """Return the SELECT of the partner IDs whose own unit holds every term and every
    ``partner:`` text and no excluded term (a partner's unit ID is its ID)."""
    owner = _P.c.id
    where = [owner.in_(finder.unit_ids(text, PARTNER)) for text in (*query.terms, *query.partners)]
    where += [owner.not_in(finder.unit_ids(term, PARTNER)) for term in query.excluded]
    return sa.select(owner).where(_P.c.deleted_at.is_(None), *where)
