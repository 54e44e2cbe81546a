"""PostgreSQL's part of the search index: a pg_trgm GIN index over ``search_unit.text``.

pg_trgm (in PostgreSQL's standard contrib, a trusted extension since 13: a
database owner may create it) lets ``LIKE '%term%'`` use a GIN index; the
index only narrows the rows and PostgreSQL checks each with ``LIKE`` itself,
so results are exact whatever pg_trgm counts as a word character in the
server's locale. A server without pg_trgm, or a user who may not create it,
gets no such index: the same results by a scan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

INDEX = "ix_search_unit_text_trgm"


def create(connection: Connection) -> bool:
    """Create pg_trgm (if missing) and the GIN index; return whether the index exists."""
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            connection.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS {INDEX} ON search_unit USING gin (text gin_trgm_ops)"
            )
    except sa.exc.DBAPIError:
        return False
    return True


def drop(connection: Connection) -> None:
    """Drop the GIN index (the extension stays: other databases may use it)."""
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {INDEX}")


def like_pattern(term: str) -> str:
    """Return the ``LIKE`` pattern (escape ``\\``) that finds ``term`` anywhere in a text."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
