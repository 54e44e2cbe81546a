"""Rebuilds the whole search index on one connection, with progress and cancel.

Used by migration 0006 (an existing library gets its index) and by
:func:`db.reindex.reindex` (``accord reindex``, File ▸ Rebuild Search
Index). Inside the caller's transaction: every unit is deleted and written
again from the stored records and page texts (trash included; the search
leaves it out), and the ``search_text`` sort columns are made again with
the current :func:`db.text.search_key`. On SQLite the FTS5 triggers are dropped
while units are written and FTS5 rebuilds its index once at the end
(much quicker than a trigger per row), then they are made again.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from db.errors import Cancelled
from db.search import fts5
from db.search.index import agreement_text, partner_text
from db.search.writer import insert_page_units, replace_agreement_units, replace_partner_units

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from db.progress import Progress

#: Documents whose pages are read at once.
_DOCUMENTS = 200


def rebuild_units(connection: Connection, progress: Progress | None = None) -> int:
    """Write every unit again; return how many there are.

    ``progress(done, total)`` counts records and pages; returning ``False``
    raises :class:`~db.errors.Cancelled` (the caller rolls back, and the
    index is as it was).
    """
    fts = connection.dialect.name == "sqlite" and fts5.present(connection)
    if fts:
        fts5.drop_triggers(connection)
    connection.exec_driver_sql("DELETE FROM search_unit")
    partners = connection.execute(sa.text(
        "SELECT id, name, local_name, country, relationship, office_name FROM partner"
    )).all()  # fmt: skip
    # The end date is "valid_until" until migration 0007 (which runs after this one's 0006).
    columns = {column["name"] for column in sa.inspect(connection).get_columns("agreement")}
    end = "expires_on" if "expires_on" in columns else "valid_until"
    agreements = connection.execute(sa.text(
        f"SELECT id, title, type, date_signed, {end}, notes, areas FROM agreement"
    )).all()  # fmt: skip
    documents = connection.execute(sa.text(
        "SELECT DISTINCT document_id FROM document_page ORDER BY document_id"
    )).scalars().all()  # fmt: skip
    pages_total = connection.execute(sa.text("SELECT count(*) FROM document_page")).scalar_one()
    total = len(partners) + len(agreements) + int(pages_total)
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and progress(done, total) is False:
            raise Cancelled()

    rows = [(i, name, local or "", country, rel, office or "")
            for i, name, local, country, rel, office in partners]  # fmt: skip
    replace_partner_units(connection, rows)
    _update(connection, "partner", [(row[0], partner_text(*row[1:])) for row in rows])
    advance(len(rows))
    agreement_rows = [(i, title, kind, signed, until, notes or "", _areas(areas))
                      for i, title, kind, signed, until, notes, areas in agreements]  # fmt: skip
    replace_agreement_units(connection, agreement_rows)
    _update(connection, "agreement", [(row[0], agreement_text(*row[1:])) for row in agreement_rows])
    advance(len(agreement_rows))
    written = len(rows) + len(agreement_rows)
    for start in range(0, len(documents), _DOCUMENTS):
        chunk = documents[start : start + _DOCUMENTS]
        pages = connection.execute(
            sa.text(
                "SELECT document_id, page_number, text FROM document_page "
                "WHERE document_id IN :ids ORDER BY document_id, page_number"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": list(chunk)},
        ).all()
        written += insert_page_units(connection, ((d, n, t) for d, n, t in pages))
        advance(len(pages))
    if fts:
        fts5.rebuild(connection)
        fts5.create_triggers(connection)
    return written


def _update(connection: Connection, table: str, rows: list[tuple[int, str]]) -> None:
    statement = sa.text(f"UPDATE {table} SET search_text = :text WHERE id = :id")
    for start in range(0, len(rows), 2000):
        connection.execute(statement, [{"id": i, "text": t} for i, t in rows[start : start + 2000]])


def _areas(value: Any) -> list[str]:
    """Return the areas of an ``areas`` cell: a list (PostgreSQL's JSON) or JSON text (SQLite)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    return [str(area) for area in value] if isinstance(value, list) else []
