"""Bulk work at 100,000 records: inserts through the driver's ``executemany``, and no cyclic GC.

:func:`insert_rows` gives the database driver one ``executemany`` of plain
tuples, inside the caller's transaction, with each value converted exactly
as SQLAlchemy would convert it for that column (its type's bind processor:
dates and timestamps as SQLite stores them, enumerations by value, JSON
lists), so that the stored rows are the ORM's, without SQLAlchemy's cost per
row (about 30 µs, three times the insert itself). Conversions are
made once per distinct value: dates, labels and timestamps repeat.
:func:`insert_per_id` inserts rows that differ only in one ID column (history);
:func:`fetch_rows` reads the other way, converting results once per distinct value.

:func:`paused_gc` stops Python's cyclic garbage collector while a bulk job
builds millions of live objects: each full collection walks all of them,
which made a 100,000-row import grow faster than its rows (the usual remedy
for bulk loads; reference counting still frees everything as usual).
"""

from __future__ import annotations

import contextlib
import gc
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

#: Rows an insert must add before :func:`indexes_rebuilt` rebuilds indexes instead.
REBUILD_FROM = 5000
_PLACEHOLDERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic garbage collector for the ``with`` block (exception-safe).

    It is enabled again afterwards only if it was enabled before, so that
    nested or overlapping uses leave it as they found it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def indexes_rebuilt(connection: sa.Connection, table: sa.Table, adding: int) -> Iterator[None]:
    """Drop ``table``'s own indexes for the ``with`` block and create them again after it.

    SQLite only, and only when ``adding`` rows (at least :data:`REBUILD_FROM`)
    outnumber those the table has: building an index once from sorted rows
    is about three times faster than updating it row by row in random
    order (100,000 agreements: 1.4 s + 1.1 s against 6 s). Each index is
    created again from its own ``CREATE INDEX`` text, so it is exactly the
    one the migrations made; indexes SQLite makes for UNIQUE and PRIMARY KEY
    constraints are never dropped. DDL is transactional in SQLite, so an
    error anywhere rolls the indexes back with the rows. Elsewhere it does
    nothing.
    """
    indexes: list[tuple[str, str]] = []
    if connection.dialect.name == "sqlite" and adding >= REBUILD_FROM:
        quoted = connection.dialect.identifier_preparer.quote
        count = connection.exec_driver_sql(f"SELECT count(*) FROM {quoted(table.name)}")
        if adding > int(count.scalar_one()):
            found = connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL",
                (table.name,),
            )
            indexes = [(str(name), str(sql)) for name, sql in found]
            for name, _sql in indexes:
                connection.exec_driver_sql(f"DROP INDEX {quoted(name)}")
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)


def _processor(column: sa.Column[Any], dialect: sa.Dialect) -> Callable[[Any], Any] | None:
    """Return the column's bind conversion for ``dialect``; ``None`` when the driver takes
    values as they are."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _converted(process: Callable[[Any], Any], column: Sequence[Any]) -> list[Any]:
    """Return ``column``'s values converted by ``process``, once per distinct value (lists
    by their items): the lookups run in C, not one Python call per value."""
    keys: Sequence[Any] = column
    try:
        firsts = dict(zip(reversed(keys), reversed(column), strict=True))  # key → first value
    except TypeError:  # lists (JSON): keyed by their items
        keys = [(list, *value) if isinstance(value, list) else value for value in column]
        try:
            firsts = dict(zip(reversed(keys), reversed(column), strict=True))
        except TypeError:  # still unhashable: convert every value
            return [process(value) for value in column]
    converted = {key: process(value) for key, value in firsts.items()}
    return list(map(converted.__getitem__, keys))


def insert_rows(
    connection: sa.Connection,
    table: sa.Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
) -> None:
    """Insert ``rows`` (values in ``columns`` order) into ``table`` with one ``executemany``.

    Values are Python values of the columns' types (``datetime.date``,
    enumeration members, lists for JSON), converted as SQLAlchemy converts
    them. Runs in ``connection``'s transaction; raises what the driver
    raises, wrapped by SQLAlchemy (:class:`sqlalchemy.exc.DBAPIError`).
    """
    rows = list(rows)
    if not rows:
        return
    dialect = connection.dialect
    placeholder = _PLACEHOLDERS.get(dialect.paramstyle)
    converters = [_processor(table.c[name], dialect) for name in columns]
    if placeholder is None:  # a driver with another parameter style: SQLAlchemy's own path
        connection.execute(sa.insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in columns)}) "
        f"VALUES ({', '.join([placeholder] * len(columns))})"
    )
    if any(converters):  # column by column: one C-level pass each, no Python work per row
        values: list[Any] = list(zip(*rows, strict=True))
        for n, process in enumerate(converters):
            if process is not None:
                values[n] = _converted(process, values[n])
        rows = list(zip(*values, strict=True))
    connection.exec_driver_sql(sql, rows)


def insert_per_id(
    connection: sa.Connection,
    table: sa.Table,
    id_column: str,
    ids: Sequence[int],
    same: dict[str, Any],
) -> None:
    """Insert one row into ``table`` for each of ``ids`` (in that order, in ``id_column``),
    every other column given by ``same`` (column → Python value, the same for every row).

    On SQLite one ``INSERT ... SELECT`` over ``json_each`` of the IDs as one JSON array
    (half the time of an ``executemany``); elsewhere :func:`insert_rows`. The rows stored
    are the same, in the same order (so autoincrement IDs are too).
    """
    if not ids:
        return
    columns = list(same)
    dialect = connection.dialect
    if dialect.name != "sqlite":
        constants = tuple(same.values())
        insert_rows(connection, table, [*columns, id_column],
                    [(*constants, record_id) for record_id in ids])  # fmt: skip
        return
    values = []
    for name, value in same.items():
        process = _processor(table.c[name], dialect)
        values.append(value if process is None else process(value))
    quote = dialect.identifier_preparer.quote
    names = ", ".join(quote(name) for name in [*columns, id_column])
    sql = (
        f"INSERT INTO {quote(table.name)} ({names}) "
        f"SELECT {', '.join('?' * len(columns))}, value FROM json_each(?) ORDER BY key"
    )
    array = "[" + ",".join(str(int(record_id)) for record_id in ids) + "]"
    connection.exec_driver_sql(sql, (*values, array))


@contextlib.contextmanager
def driver_cursor(connection: sa.Connection, statement: sa.Select[Any]) -> Iterator[Any]:
    """Yield the database driver's own cursor having run ``statement`` in ``connection``'s
    transaction, and close it after: its rows are plain tuples, without SQLAlchemy's cost
    per row. Values come as the driver gives them (no type conversion); the driver's own
    errors are raised, not SQLAlchemy's.
    """
    compiled = statement.compile(dialect=connection.dialect)
    params: Any = compiled.construct_params()
    if compiled.positional:
        params = tuple(params[name] for name in compiled.positiontup or ())
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(compiled), params)
        yield cursor
    finally:
        cursor.close()


def fetch_rows(connection: sa.Connection, query: sa.Select[Any]) -> list[tuple[Any, ...]]:
    """Return the rows of ``query`` as tuples, each value converted as SQLAlchemy converts
    it for its column (its type's result processor: dates, JSON, enumerations), once per
    distinct value: at 100,000 rows SQLAlchemy's conversion per value costs more than the
    query. Equal values of a column come back as one object: copy a mutable one
    (a JSON list) before changing it.
    """
    dialect = connection.dialect
    with driver_cursor(connection, query) as cursor:
        rows: list[tuple[Any, ...]] = list(cursor.fetchall())
    processors = [
        column.type.dialect_impl(dialect).result_processor(dialect, None)
        for column in query.selected_columns
    ]
    if not rows or not any(processors):
        return rows
    columns: list[Any] = list(zip(*rows, strict=True))
    for n, process in enumerate(processors):
        if process is not None:
            columns[n] = _converted(process, columns[n])
    return list(zip(*columns, strict=True))
