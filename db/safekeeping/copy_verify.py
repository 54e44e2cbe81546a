"""Comparing two libraries row by row and file by file, after a copy.

Values are compared as Accord reads them (the models' column types), after two
harmless differences between the databases are taken away: SQLite gives back a
timestamp without its time zone (Accord stores UTC), PostgreSQL with it; and a
JSON list or object is compared as data, not as text. Anything else that differs,
a character, a microsecond, a missing row, is a difference.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from db.i18n.translate import fill, translate
from db.server import content

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sqlalchemy.engine import Connection

    from db.library import Library

# Tables a copy leaves out: the search index is made again on the target.
NOT_COPIED = frozenset({"search_unit"})
# Bytes read at a time while hashing a stored file.
_CHUNK = 1 << 20


def copied_tables() -> list[sa.Table]:
    """Return the models' tables a copy carries, parents before children."""
    return [table for table in SQLModel.metadata.sorted_tables if table.name not in NOT_COPIED]


def _normal(value: Any) -> Any:
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC)
    return value


def _key(row: tuple[Any, ...], places: list[int]) -> str:
    return ", ".join(str(row[place]) for place in places)


def _first_difference(mine: Connection, theirs: Connection, table: sa.Table) -> str | None:
    """The key of the first row that differs between the two tables, or None."""
    keys = list(table.primary_key.columns)
    names = list(table.c.keys())
    places = [names.index(column.key) for column in keys]
    query = sa.select(table).order_by(*keys)
    ours = mine.execution_options(yield_per=1000).execute(query)
    others = theirs.execution_options(yield_per=1000).execute(query)
    try:
        for row in ours:
            one = tuple(_normal(value) for value in row)
            other_row = others.fetchone()
            other = None if other_row is None else tuple(_normal(v) for v in other_row)
            if other != one:
                if other is None:
                    return _key(one, places)
                # A row missing on one side: the smaller key is the one the other side lacks.
                smaller = min(one, other, key=lambda row: tuple(row[place] for place in places))
                return _key(smaller, places)
        extra = others.fetchone()
        return None if extra is None else _key(tuple(extra), places)
    finally:
        ours.close()
        others.close()


@contextmanager
def _reading(source: Library | Connection) -> Iterator[Connection]:
    """A connection to ``source``: the one given (a copy's snapshot), or a new one."""
    if isinstance(source, sa.Connection):
        yield source
        return
    with source.engine.connect() as conn:
        yield conn


def compare_rows(source: Library | Connection, target: Library) -> list[str]:
    """Return the differences between the two libraries' records, each a short phrase
    naming the table and the key of its first differing row (``[]`` when every row of
    every copied table is the same). ``source`` may be a connection holding the snapshot
    a copy was read from, so that changes others commit meanwhile do not count."""
    differences: list[str] = []
    with _reading(source) as mine, target.engine.connect() as theirs:
        for table in copied_tables():
            key = _first_difference(mine, theirs, table)
            if key is not None:
                differences.append(
                    fill(translate("copy", "table {table}, row {key}"), table=table.name, key=key)
                )
    return differences


def _stored(library: Library | Connection) -> dict[str, tuple[int, str]]:
    document = SQLModel.metadata.tables["document"]
    with _reading(library) as conn:
        rows = conn.execute(
            sa.select(document.c.sha256, document.c.size, document.c.stored_path)
        ).all()
    return {str(sha): (int(size), str(path)) for sha, size, path in rows}


def stored_file_sha256(library: Library, sha256: str, stored_path: str) -> tuple[str, int]:
    """Return the SHA-256 and size of the file ``library`` keeps for a document (``("", 0)``
    when it has none): hashed from ``document_content`` on a server, from the file in
    ``attachments/`` in a folder."""
    digest, size = hashlib.sha256(), 0
    if library.documents_in_database:
        with library.engine.connect() as conn:
            for chunk in content.parts(conn, sha256):
                digest.update(chunk)
                size += len(chunk)
    else:
        try:
            with library.path_of(stored_path).open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
        except OSError:
            return "", 0
    return (digest.hexdigest(), size) if size else ("", 0)


def compare_files(source: Library | Connection, target: Library) -> list[str]:
    """Return the stored files of ``source`` that ``target`` does not hold byte for byte
    (hashed on both sides), each as a short phrase."""
    differences = []
    for sha256, (size, stored_path) in sorted(_stored(source).items()):
        if stored_file_sha256(target, sha256, stored_path) != (sha256, size):
            differences.append(
                fill(translate("copy", "the stored file {stored_path}"), stored_path=stored_path)
            )
    return differences
