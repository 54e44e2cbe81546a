"""The agreements of a CSV report read with one SQL query, streamed, never as ORM objects.

A report of 100,000 agreements must cost about what the ``sqlite3`` tool
needs to print the same join: so one query joins
each agreement to its partner, the agreement it supersedes (a link to one in
the trash reads as none, as :func:`db.agreements.list_agreements` has it)
and the names of its documents in use (in the order they were added), and
rows are fetched a thousand at a time. Each row becomes an
:class:`ExportAgreement`: its ID, its partner's name (for messages) and
its cells in :data:`~db.csv.choices.AGREEMENT_COLUMNS` order, with ISO
dates, unneutralised.

The report order is by partner name as the window orders partners (the
``name_key`` given: the window's ``QCollator``, else :func:`db.text.name_order`;
SQL cannot do either, so the partners' places in that order go into the
query as a ``VALUES`` list), then date signed, then ID;
or exactly the order of the IDs given. The one difference between SQLite
and PostgreSQL, how a list of names is joined, is :func:`_joined`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple

import sqlalchemy as sa

from db.agreement_fields import AGREEMENT_FIELDS
from db.csv import life_sql
from db.enums import LabelledEnum, written_labels
from db.i18n.translate import translate
from db.library import Library, database_error
from db.partner_names import display_name
from db.text import NameKey, name_order

if TYPE_CHECKING:
    from db.record_fields import RecordField

# Rows fetched from the database at a time.
FETCH_ROWS = 1000
# The report's columns (AGREEMENT_COLUMNS order).
_REPORT = tuple(f for f in AGREEMENT_FIELDS if f.column)
# IDs per query when the agreements are given by ID (keeps the SQL text small).
IDS_PER_QUERY = 5000


def _written(enum: type[LabelledEnum], encoding: str, language: str) -> dict[str, str]:
    """Return each stored value's label as a file in ``encoding`` with headings in
    ``language`` writes it."""
    labels = written_labels(enum, encoding, language)
    return {member.value: label for member, label in labels.items()}


class ExportAgreement(NamedTuple):
    """One agreement of a report: ``cells`` in AGREEMENT_COLUMNS order (ISO dates)."""

    id: int
    partner_name: str
    cells: tuple[str, ...]


def _joined(dialect: str, column: str, source: str, order: str) -> str:
    """Return SQL joining ``column`` of ``source`` rows with ``"; "`` in ``order`` ('' if none)."""
    if dialect == "postgresql":
        return f"(SELECT coalesce(string_agg({column}, '; ' ORDER BY {order}), '') FROM {source})"
    # SQLite (before 3.44) has no ORDER BY inside group_concat: an ordered subquery keeps it.
    return (
        f"(SELECT coalesce(group_concat(v, '; '), '') "
        f"FROM (SELECT {column} AS v FROM {source} ORDER BY {order}))"
    )


def _areas(dialect: str, column: str = "a.areas") -> str:
    """Return SQL joining a list of text (JSON: the areas) with ``"; "``, in list order."""
    if dialect == "postgresql":
        return _joined(dialect, "e.value", f"json_array_elements_text({column}) WITH ORDINALITY "
                       "AS e(value, n)", "e.n")  # fmt: skip
    return f"(SELECT coalesce(group_concat(value, '; '), '') FROM json_each({column}))"


def _labels(column: str, labels: dict[str, str]) -> str:
    """Return SQL giving the label of an enumeration's stored value."""
    cases = " ".join(
        f"WHEN '{value}' THEN '{label.replace(chr(39), chr(39) * 2)}'"
        for value, label in labels.items()
    )
    return f"CASE {column} {cases} END"


def _date(dialect: str, column: str) -> str:
    """Return SQL giving a date as ISO text ('' for none); SQLite stores it so."""
    if dialect == "postgresql":
        return f"coalesce(to_char({column}, 'YYYY-MM-DD'), '')"
    return f"coalesce({column}, '')"


# The cells a person types (so they may start like a formula), by AGREEMENT_COLUMNS number.
TYPED_CELLS = frozenset(n for n, f in enumerate(_REPORT) if f.typed)


# The code points of a formula start (= + - @ tab CR), for SQLite's ``unicode()``.
_STARTS = ", ".join(str(ord(start)) for start in "=+-@\t\r")


def _formula_start(dialect: str, x: str) -> str:
    """Return SQL true when ``x`` starts like a formula after any apostrophes (the rule of
    :func:`db.csv.export.neutralise`); never true for NULL, '' or only apostrophes.

    SQLite compares code points (``unicode()``: an integer, NULL for '') and
    trims apostrophes only when the first character is one, instead of
    making two ``substr()`` strings for every cell as PostgreSQL's form does.
    """
    if dialect == "postgresql":
        starts = "'=', '+', '-', '@', chr(9), chr(13)"
        return (
            f"substr({x}, 1, 1) IN ({starts}, '''') AND "
            f"substr(ltrim({x}, ''''), 1, 1) IN ({starts})"
        )
    return (
        f"(unicode({x}) IN ({_STARTS}) OR "
        f"(unicode({x}) = 39 AND unicode(ltrim({x}, '''')) IN ({_STARTS})))"
    )


def _neutralised(dialect: str, cell: str) -> str:
    """Return SQL applying :func:`db.csv.export.neutralise` to ``cell``: one more leading
    apostrophe when apostrophes (any number, none too) and then = + - @ tab or CR start it
    (an all-apostrophe cell ltrims to '' and stays as it is).

    A joined list (``(SELECT agg FROM source)``) is wrapped around its aggregate, so that
    it is made once per row; plain columns are named again (cheaper than a subquery).
    """

    def case(x: str) -> str:
        return f"CASE WHEN {_formula_start(dialect, x)} THEN '''' || {x} ELSE {x} END"

    if cell.startswith("(SELECT "):
        aggregate, source = cell[len("(SELECT ") : -1].split(" FROM ", 1)
        return f"(SELECT {case('x')} FROM (SELECT {aggregate} AS x FROM {source}) AS joined)"
    return case(cell)


def _slash(dialect: str, column: str) -> str:
    """Return SQL giving a date as ``2014/07/23`` ('' for none)."""
    if dialect == "postgresql":
        return f"coalesce(to_char({column}, 'YYYY/MM/DD'), '')"
    return f"replace(coalesce({column}, ''), '-', '/')"


@contextlib.contextmanager
def _read_errors(library: Library) -> Iterator[None]:
    """Turn a database error while reading (a damaged file, a server gone) into the
    one-sentence :class:`~db.errors.LibraryError` a session would give."""
    try:
        yield
    except sa.exc.DBAPIError as exc:
        raise database_error(exc, library) from exc


def select_sql(
    dialect: str,
    *,
    ordering: str,
    by_id: bool = False,
    where: str = "",
    columns: Sequence[int] | None = None,
    neutralised: bool = False,
    slash_dates: bool = False,
    encoding: str = "utf-8",
    language: str = "en",
) -> str:
    """Return the report query: one row per agreement in use, its cells as text.

    ``ordering`` is a ``WITH ordering(id, position) AS (VALUES ...)`` text
    giving partners' places (see :func:`rank_partners`), or agreements'
    places when ``by_id``; ``where`` adds conditions on ``a`` (the
    agreement). ``columns`` keeps those cells (numbers in AGREEMENT_COLUMNS
    order), in that order; ``neutralised`` gives the cells a person types as
    :func:`db.csv.export.neutralise` does, and ``slash_dates`` the dates as
    ``2014/07/23``, and ``encoding`` and ``language`` the labels as a file
    in that encoding with headings in that language writes them
    (:meth:`~db.enums.LabelledEnum.written`): rows then come out
    exactly as a file writes them. The
    benchmark gives the default export's query (every cell, neutralised,
    ISO dates) to the ``sqlite3`` tool (``tests/benchmarks/export_baseline.py``).
    """
    date = _slash if slash_dates else _date
    cells = [_cell(f, dialect, date, encoding, language) for f in _REPORT]
    if neutralised:
        cells = [_neutralised(dialect, cell) if n in TYPED_CELLS else cell
                 for n, cell in enumerate(cells)]  # fmt: skip
    chosen = range(len(cells)) if columns is None else columns
    key = "a.id" if by_id else "a.partner_id"
    return (
        f"{ordering}\n"
        f"SELECT {', '.join(cells[n] for n in chosen)}\n"
        "FROM agreement a JOIN partner p ON p.id = a.partner_id\n"
        f"JOIN ordering o ON o.id = {key}\n"
        "LEFT JOIN agreement s ON s.id = a.supersedes_id\n"
        f"WHERE a.deleted_at IS NULL{where}\n"
        "ORDER BY o.position, a.date_signed, a.id"
    )


def _cell(
    one: RecordField, dialect: str, date: Callable[[str, str], str], encoding: str, language: str
) -> str:
    """Return the SQL of one report column, as its field's kind writes it."""
    if one.kind == "date":
        return date(dialect, one.sql or f"a.{one.name}")
    if one.kind == "label":
        assert one.enum is not None
        return _labels(one.sql or f"a.{one.name}", _written(one.enum, encoding, language))
    if one.kind == "list":
        return _areas(dialect, one.sql or f"a.{one.name}")
    if one.kind == "period":
        return life_sql.period(one.sql or f"a.{one.name}", language)
    if one.kind == "signatories":
        return life_sql.signatories(dialect, one.sql or f"a.{one.name}")
    if one.kind == "events":
        return life_sql.events(dialect, language)
    if one.kind == "documents":
        return _joined(
            dialect,
            "d.original_name",
            "document d WHERE d.agreement_id = a.id AND d.deleted_at IS NULL",
            "d.id",
        )
    return one.sql or f"a.{one.name}"


def rank_partners(connection: sa.Connection, name_key: NameKey = name_order) -> str:
    """Return the ``ordering`` CTE placing every partner by its name as the window's
    partner list orders them: the name the chosen language shows
    (:func:`db.partner_names.display_name`) under ``name_key``; '' if there are none.

    Sorts the distinct names (a few thousand at most), never the rows;
    partners of one name share a place.
    """
    rows = connection.execute(sa.text("SELECT id, name, office_name FROM partner")).all()
    if not rows:
        return ""
    names = [(pid, display_name(name, office or "")) for pid, name, office in rows]
    ordered = sorted({name for _id, name in names}, key=name_key)
    place = {name: index for index, name in enumerate(ordered)}
    return _values(((int(pid), place[name]) for pid, name in names))


def _values(pairs: Any) -> str:
    """Return the ``ordering`` CTE of (ID, position) pairs (integers, written as literals)."""
    rows = ", ".join(f"({int(key)}, {int(position)})" for key, position in pairs)
    return f"WITH ordering(id, position) AS (VALUES {rows})"


class AgreementSelection(Sequence[ExportAgreement]):
    """The agreements of a report, read from the library each time they are iterated.

    All agreements in use (``partner_id`` keeps one partner's), or exactly
    ``agreement_ids`` in that order (repeats and IDs not in use left out);
    all or one partner's go by partner name under ``name_key``
    (:func:`rank_partners`).
    Iterating streams rows from one read transaction; ``len()`` counts them
    with a query (once); indexing reads the rows up to the index.
    """

    def __init__(
        self,
        library: Library,
        *,
        partner_id: int | None = None,
        agreement_ids: Sequence[int] | None = None,
        name_key: NameKey = name_order,
    ) -> None:
        self._library = library
        self._name_key = name_key
        self._partner_id = partner_id
        self._ids = None if agreement_ids is None else list(dict.fromkeys(agreement_ids))
        self._length: int | None = None

    def __len__(self) -> int:
        if self._length is None:
            self._length = self._count()
        return self._length

    def _count(self) -> int:
        query = "SELECT count(*) FROM agreement WHERE deleted_at IS NULL"
        with _read_errors(self._library), self._library.engine.connect() as connection:
            if self._ids is None:
                where = "" if self._partner_id is None else " AND partner_id = :p"
                return int(connection.execute(sa.text(query + where), {"p": self._partner_id})
                           .scalar_one())  # fmt: skip
            total = 0
            for start in range(0, len(self._ids), IDS_PER_QUERY):
                chunk = ", ".join(str(int(i)) for i in self._ids[start : start + IDS_PER_QUERY])
                total += int(
                    connection.execute(sa.text(f"{query} AND id IN ({chunk})")).scalar_one()
                )
            return total

    def __iter__(self) -> Iterator[ExportAgreement]:
        for cells in self.cells():
            yield ExportAgreement(int(cells[0]), cells[1], cells)

    def cells(self) -> Iterator[tuple[str, ...]]:
        """Yield each agreement's cells (AGREEMENT_COLUMNS order, ISO dates, as text)."""
        for block in self.blocks(FETCH_ROWS):
            yield from map(tuple, block)

    def blocks(self, size: int, **style: Any) -> Iterator[list[Sequence[str]]]:
        """Yield the rows in lists of up to ``size``; ``style`` is ``columns``,
        ``neutralised``, ``slash_dates``, ``encoding`` and ``language`` of
        :func:`select_sql` (default: every cell as stored, English labels).

        The rows come straight from the database driver's cursor, inside one
        read transaction: with the file's style they are what it writes, with
        no Python work per row.
        """
        with _read_errors(self._library), self._library.engine.connect() as connection:
            connection.begin()
            dialect = connection.dialect.name
            cursor = connection.connection.cursor()
            driver_error = connection.dialect.loaded_dbapi.Error
            try:
                for sql in self._queries(connection, dialect, style):
                    cursor.execute(sql)
                    while rows := cursor.fetchmany(size):
                        yield rows  # type: ignore[misc]  # the driver's rows: tuples of text
            except driver_error as exc:  # the raw cursor raises the driver's own errors
                raise sa.exc.DBAPIError(None, None, exc) from exc
            finally:
                cursor.close()

    def _queries(
        self, connection: sa.Connection, dialect: str, style: dict[str, Any]
    ) -> Iterator[str]:
        if self._ids is None:
            ordering = rank_partners(connection, self._name_key)
            if ordering:
                where = (
                    ""
                    if self._partner_id is None
                    else f" AND a.partner_id = {int(self._partner_id)}"
                )
                yield select_sql(dialect, ordering=ordering, where=where, **style)
            return
        for start in range(0, len(self._ids), IDS_PER_QUERY):
            chunk = self._ids[start : start + IDS_PER_QUERY]
            ordering = _values((i, start + n) for n, i in enumerate(chunk))
            yield select_sql(dialect, ordering=ordering, by_id=True, **style)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += len(self)
        found = next(islice(self, index, None), None)
        if found is None or index < 0:
            raise IndexError(translate("export", "agreement index out of range"))
        return found
