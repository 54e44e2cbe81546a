"""The SQL behind the agreement and partner views: ordered IDs, light rows, counts.

The views never hold every record: the agreement table holds the ordered
IDs of what it shows (:func:`agreement_ids`, one query) and fetches the
rows it paints by ID (:func:`agreement_rows`, a page at a time). Filters
and sorts run in the database with the indexes of migration 0004:

- agreements in the trash are left out (partial indexes skip them);
- ``partner_id`` keeps one partner's agreements;
- each search term (:func:`db.search.terms.search_terms`) must occur in the
  agreement's ``search_text`` joined by one space to its partner's
  (``LIKE '%term%'`` with the wildcards of the term escaped: the rule of
  :func:`db.search.terms.matches`, see :mod:`db.search.index`), or a label it
  stands for (:mod:`db.search.labels`: 覚書 finds memoranda);
- the order is the sort column, then date signed newest first, then title,
  then ID, so that equal keys keep a stable order; ``descending`` reverses
  the whole order, as Qt's own sort does. Sorting by date signed is
  (date, title, ID), which the index gives without sorting.

Titles and partner names sort by their folded text (``search_text`` begins
with the folded title, or name; two titles that fold alike are then ordered
by the rest of it: type, dates), so "Émile" sorts with "Emile" and case does
not matter; types sort by the label shown (``type_order``). Works on SQLite and PostgreSQL
(SQLAlchemy Core, no ORM objects, no pydantic for agreements).
"""

from __future__ import annotations

import sqlite3
from array import array
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, get_args

import sqlalchemy as sa

from db.enums import AgreementStatus, AgreementType
from db.i18n.translate import fill, translate
from db.library import Library, database_error
from db.models import Agreement, Document, Partner
from db.search.labels import like_term
from db.storage.bulk import driver_cursor

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Iterator, Sequence

# The columns the agreement view sorts by.
SortKey = Literal["title", "partner", "type", "date_signed", "documents"]
SORT_KEYS: tuple[str, ...] = get_args(SortKey)
# What SQLite's own cursor raises (:func:`driver_errors` adds PostgreSQL's when in use).
DRIVER_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,)
# IDs per ``IN (...)`` list: under SQLite's old limit of 999 bound variables.
CHUNK = 900
# Rows read from a cursor at once when only their IDs are kept.
_FETCH_ROWS = 2000

_A = Agreement.__table__  # type: ignore[attr-defined]
_P = Partner.__table__  # type: ignore[attr-defined]
_D = Document.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class AgreementQuery:
    """What the agreement view shows: whose agreements, which terms, in what order.

    ``terms`` are folded search terms (:func:`db.search.terms.search_terms`);
    empty means every agreement. ``sort`` is one of :data:`SORT_KEYS`.
    ``type_order`` is every :class:`~db.enums.AgreementType` value in the
    order the Type column sorts them (by the label shown, in the window's
    language and collation); empty: by English label. Raises
    ``ValueError`` for another sort, or a ``type_order`` that is not the
    types' values each once.
    """

    partner_id: int | None = None
    terms: tuple[str, ...] = ()
    sort: SortKey = "date_signed"
    descending: bool = True
    type_order: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.sort not in SORT_KEYS:
            raise ValueError(
                fill(
                    translate("agreements", "“{sort}” is not a sort of the agreement view."),
                    sort=self.sort,
                )
            )
        if self.type_order and sorted(self.type_order) != sorted(AgreementType):
            raise ValueError(
                fill(
                    translate("agreements", "{order} does not order every agreement type once."),
                    order=str(self.type_order),
                )
            )


@dataclass(frozen=True)
class AgreementRow:
    """One agreement as the table shows it; ``document_count`` counts documents not in the trash."""

    id: int
    partner_id: int
    partner_name: str
    partner_country: str
    title: str
    type: AgreementType
    date_signed: dt.date
    document_count: int
    #  The partner's name in the office's language ('' when none is recorded).
    partner_office_name: str = ""
    #  Where it stands today (db.lifecycle.life.status), when the reader asked for it.
    status: AgreementStatus | None = None


def _live_documents(agreement_id: sa.ColumnElement) -> sa.ScalarSelect:
    return (
        sa.select(sa.func.count())
        .select_from(_D)
        .where(_D.c.agreement_id == agreement_id, _D.c.deleted_at.is_(None))
        .scalar_subquery()
    )


def _matches_terms(terms: Iterable[str]) -> list[sa.ColumnElement[bool]]:
    haystack = _A.c.search_text + " " + _P.c.search_text
    return [like_term(haystack, term) for term in terms]  # labels in any language: label_search


def _type_rank(order: Sequence[str]) -> sa.Case:
    """Types in ``order`` (values; empty: by English label), as a CASE of their ranks."""
    if not order:
        order = [member.value for member in sorted(AgreementType, key=lambda m: m.label.casefold())]
    return sa.case({value: rank for rank, value in enumerate(order)}, value=_A.c.type)


def _order(query: AgreementQuery) -> list[sa.ColumnElement]:
    signed, title, ident = _A.c.date_signed, _A.c.title, _A.c.id
    if query.sort == "date_signed":
        keys = [signed, title, ident]
        return [key.desc() for key in keys] if query.descending else keys
    primary = {
        "title": _A.c.search_text,
        "partner": _P.c.search_text,
        "type": _type_rank(query.type_order),
        "documents": _live_documents(_A.c.id),
    }[query.sort]
    ascending = [primary.asc(), signed.desc(), title.asc(), ident.asc()]
    descending = [primary.desc(), signed.asc(), title.desc(), ident.desc()]
    return descending if query.descending else ascending


def agreement_ids_statement(query: AgreementQuery) -> sa.Select:
    """Return the SELECT of :func:`agreement_ids` (for tests that read its query plan)."""
    statement = sa.select(_A.c.id).where(_A.c.deleted_at.is_(None))
    if query.terms or query.sort == "partner":
        statement = statement.join(_P, _P.c.id == _A.c.partner_id)
    if query.partner_id is not None:
        statement = statement.where(_A.c.partner_id == query.partner_id)
    if query.terms:
        statement = statement.where(*_matches_terms(query.terms))
    return statement.order_by(*_order(query))


def agreement_ids(library: Library, query: AgreementQuery) -> list[int]:
    """Return the IDs of the agreements ``query`` shows, in its order (one SQL query).

    Safe to call from a worker thread (its own connection). Raises
    :class:`~db.errors.LibraryError` when the database cannot be read.
    """
    return agreement_id_array(library, query).tolist()


def agreement_id_array(library: Library, query: AgreementQuery) -> array[int]:
    """Return :func:`agreement_ids` as an ``array('q')``: 8 bytes an ID (a list takes 40).

    Read from the cursor a chunk at a time, so 100,000 IDs never exist as
    100,000 row tuples at once (10 MB of resident memory at start-up, which
    the process keeps). Raises :class:`~db.errors.LibraryError`.
    """
    ids: array[int] = array("q")
    with _driver_cursor(library, agreement_ids_statement(query)) as cursor:
        while rows := cursor.fetchmany(_FETCH_ROWS):
            ids.extend(row[0] for row in rows)
    return ids


@contextmanager
def _driver_cursor(library: Library, statement: sa.Select) -> Iterator[Any]:
    """Yield the driver's own cursor having run ``statement``.

    For long ID lists: SQLAlchemy's result rows cost more than the query
    itself at 100,000 rows. Only for statements whose values need no type
    conversion (integers). Errors of the database, also while fetching,
    come out as :class:`~db.errors.LibraryError`.
    """
    try:
        with library.engine.connect() as connection, driver_cursor(connection, statement) as cursor:
            yield cursor
    except sa.exc.DBAPIError as exc:
        raise database_error(exc, library) from exc
    except driver_errors(library) as exc:
        raise database_error(exc, library) from exc


def driver_errors(library: Library) -> tuple[type[Exception], ...]:
    """Return what the driver's own cursor raises for ``library`` (its base error classes).

    psycopg is imported only for a library on PostgreSQL (a fifth of a
    second at start-up that SQLite does not need); SQLite's is :data:`DRIVER_ERRORS`.
    """
    if library.engine.dialect.name != "postgresql":
        return DRIVER_ERRORS
    try:
        import psycopg
    except ImportError:  # pragma: no cover - another PostgreSQL driver
        return DRIVER_ERRORS
    return (*DRIVER_ERRORS, psycopg.Error)


def agreement_rows_statement(ids: Sequence[int]) -> sa.Select:
    """Return the SELECT of the rows of ``ids`` (at most :data:`CHUNK` of them)."""
    return (
        sa.select(
            _A.c.id,
            _A.c.partner_id,
            _P.c.name,
            _P.c.country,
            _A.c.title,
            _A.c.type,
            _A.c.date_signed,
            _live_documents(_A.c.id),
            _P.c.office_name,
        )
        .join(_P, _P.c.id == _A.c.partner_id)
        .where(_A.c.id.in_(list(ids)), _A.c.deleted_at.is_(None))
    )


def agreement_rows(library: Library, ids: Iterable[int]) -> dict[int, AgreementRow]:
    """Return the display rows of the agreements ``ids``, by ID.

    IDs of agreements that are gone or in the trash are missing from the
    result. Queried in chunks of :data:`CHUNK` IDs. Raises
    :class:`~db.errors.LibraryError` when the database cannot be read.
    """
    wanted = list(dict.fromkeys(ids))
    rows: dict[int, AgreementRow] = {}
    if not wanted:
        return rows
    with library.session() as session:
        connection = session.connection()
        for start in range(0, len(wanted), CHUNK):
            statement = agreement_rows_statement(wanted[start : start + CHUNK])
            for row in connection.execute(statement):
                ident, partner_id, name, country, title, kind, signed, count, office = row
                rows[ident] = AgreementRow(
                    id=ident,
                    partner_id=partner_id,
                    partner_name=name,
                    partner_country=country,
                    title=title,
                    type=AgreementType(kind),
                    date_signed=signed,
                    document_count=count,
                    partner_office_name=office or "",
                )
    return rows
