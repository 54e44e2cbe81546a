"""Writes the rows of the search index (:class:`db.models.SearchUnit`) on a connection.

Every path that writes a partner, an agreement or a page writes its unit in
the same transaction: the ORM's sessions through the flush hook of
:mod:`db.search.index`, bulk writes (the CSV import, a rebuild, the
benchmark generator) by calling these functions. A unit goes with its
record: the foreign keys remove it with its partner, agreement or page
(``ON DELETE CASCADE``), so a purge needs nothing here; the trash keeps it
(the search leaves out what is in the trash).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db.models import SearchUnit
from db.search.units import (
    AGREEMENT,
    PAGE,
    PARTNER,
    agreement_unit,
    page_unit,
    partner_unit,
    unit_id,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy.engine import Connection

_U = SearchUnit.__table__  # type: ignore[attr-defined]
#: IDs per ``IN (...)`` list: under SQLite's old limit of 999 bound variables.
_CHUNK = 900
#: Rows per INSERT batch.
_BATCH = 2000

# One partner as (id, name, local name, country, relationship, office name).
PartnerParts = tuple[int | None, str, str, str, Any, str]
# One agreement as (id, title, type, date signed, valid until, notes, areas).
AgreementParts = tuple[int | None, str, Any, Any, Any, str, Any]


def replace_partner_units(
    connection: Connection, partners: Iterable[PartnerParts], *, new: bool = False
) -> None:
    """Write the unit of each partner, in place of the one it had (``new``: it had none)."""
    rows = []
    for ident, name, local, country, relationship, office in partners:
        assert ident is not None  # flushed: the ORM has given it its ID
        text, head = partner_unit(name, local, country, relationship, office)
        rows.append(_row(unit_id(PARTNER, ident), PARTNER, text, head, partner_id=ident))
    _replace(connection, rows, new=new)


def replace_agreement_units(
    connection: Connection, agreements: Iterable[AgreementParts], *, new: bool = False
) -> None:
    """Write the unit of each agreement, in place of the one it had (``new``: it had none)."""
    rows = []
    for ident, title, kind, signed, until, notes, areas in agreements:
        assert ident is not None  # flushed: the ORM has given it its ID
        text, head = agreement_unit(title, kind, signed, until, notes, areas)
        rows.append(_row(unit_id(AGREEMENT, ident), AGREEMENT, text, head, agreement_id=ident))
    _replace(connection, rows, new=new)


def insert_page_units(connection: Connection, pages: Iterable[tuple[int, int, str]]) -> int:
    """Write the unit of each (document ID, page number, extracted text) page that has words;
    return how many were written (a page without words has none: no text to find)."""
    written = 0
    batch: list[dict[str, Any]] = []
    for document_id, number, text in pages:
        words = page_unit(text or "")
        if not words:
            continue
        ident = unit_id(PAGE, document_id, number)
        batch.append(_row(ident, PAGE, words, 0, document_id=document_id, page_number=number))
        if len(batch) >= _BATCH:
            _insert(connection, batch)
            written += len(batch)
            batch = []
    if batch:
        _insert(connection, batch)
        written += len(batch)
    return written


def _row(ident: int, kind: str, text: str, head: int, **ids: int | None) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(_KEYS)
    row.update(ids, id=ident, kind=kind, head_length=head, text=text)
    return row


_KEYS = ("partner_id", "agreement_id", "document_id", "page_number")


def _replace(connection: Connection, rows: list[dict[str, Any]], *, new: bool) -> None:
    ids = [row["id"] for row in rows]
    for start in range(0, len(ids) if not new else 0, _CHUNK):
        connection.execute(_U.delete().where(_U.c.id.in_(ids[start : start + _CHUNK])))
    for start in range(0, len(rows), _BATCH):
        _insert(connection, rows[start : start + _BATCH])


_COLUMNS = ("id", "kind", *_KEYS, "head_length", "text")


def _insert(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` with one ``executemany`` of tuples through the driver (every value is
    a plain int or str: no conversion; SQLAlchemy's own costs more than the insert)."""
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO search_unit ({', '.join(_COLUMNS)}) "
        f"VALUES ({', '.join([mark] * len(_COLUMNS))})"
    )
    connection.exec_driver_sql(statement, [tuple(row[c] for c in _COLUMNS) for row in rows])
