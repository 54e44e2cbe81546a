"""Keystrokes in the search field and the date sort, in a shown Accord window, against SQL.

Runs inside the Accord child of :mod:`tests.benchmarks.gui_probe`, after the
window's first paint. Each measurement drives the window as a person does
(text set in ``searchField`` and the search asked for at once, bypassing
the typing pause; a click on the "Date signed" header) and stops when the
agreement view *shows* the result: its model has announced a change and its
first row is the one SQL says comes first (same date signed, one of the
titles signed that day), then the view has been repainted. It relies on no
internal signal, so it times a synchronous search and an off-thread one
alike.

Baselines, on the same database through Python's :mod:`sqlite3` (read-only),
measured alternately with Accord in the same process:

- search: the SQL of the first screen the window's search shows, bare
  (:func:`db.text_search.first_screen_bare`: no page hits, no snippets); the
  view's first row must be the first agreement the full ranked query
  (:func:`db.text_search.bare_statements`) ranks.
  A library generated before the search index existed gets its index
  first (:func:`db.reindex.reindex`, untimed);
- sort: every live agreement with the shown columns ``ORDER BY
  date_signed``, every row fetched.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from typing import TYPE_CHECKING

from db.text_search import bare_statements, first_screen_bare

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.library import Library

#: (text before, text after) a keystroke; pairs whose result does not change are skipped.
KEYSTROKES = (
    ("", "c"),
    ("cultur", "culture"),
    ("se", "seo"),
    ("협", "협력"),
    ("с", "со"),
    ("ค", "คว"),
    ("ب", "بي"),
    ("joint", "joint s"),
    ("to", "tou"),
)
#: Seconds one search or sort may take before the measurement is given up.
TIMEOUT_S = 60.0
#: Seconds after which no further search (or sort) is started; at least one runs.
BUDGET_S = 40.0
_SHOWN = (
    "SELECT a.id, a.title, p.name, a.type, a.date_signed,"
    " (SELECT count(*) FROM document d WHERE d.agreement_id = a.id AND d.deleted_at IS NULL)"
    " FROM agreement a JOIN partner p ON p.id = a.partner_id"
    " WHERE a.deleted_at IS NULL AND p.deleted_at IS NULL"
)


class Waiter:
    """Counts the change signals of the model a view shows (followed if the model is replaced)."""

    def __init__(self, view) -> None:  # noqa: ANN001 - a QAbstractItemView
        self.view = view
        self.model = None
        self.changes = 0
        self._attach()

    def _attach(self) -> None:
        model = self.view.model()
        if model is self.model:
            return
        if self.model is not None:
            self.changes += 1  # a new model is a change
        self.model = model
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self._on_change)

    def _on_change(self, *_args) -> None:  # noqa: ANN002 - any signal's arguments
        self.changes += 1

    def run(
        self,
        app,  # noqa: ANN001 - the QApplication
        action: Callable[[], None],
        shown: Callable[[], bool],
        *,
        change: bool = True,
        timeout: float = TIMEOUT_S,
    ) -> float:
        """Call ``action``, then process events until the view shows its result; return seconds.

        Shown means: the model announced a change (unless ``change`` is false)
        and ``shown()`` holds; the view is then repainted. Raises
        :class:`TimeoutError` after ``timeout`` seconds.
        """
        from PySide6.QtCore import QEventLoop

        begin = self.changes if change else self.changes - 1
        started = time.perf_counter()
        action()
        while True:
            self._attach()
            if self.changes > begin and shown():
                self.view.viewport().repaint()
                return time.perf_counter() - started
            if time.perf_counter() - started > timeout:
                raise TimeoutError
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            if self.changes == begin or not shown():
                time.sleep(0.0005)


def _columns(view) -> dict[str, int]:  # noqa: ANN001
    from PySide6.QtCore import Qt

    model = view.model()
    return {
        str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)): c
        for c in range(model.columnCount())
    }


def _top_matches(view, columns: dict[str, int], expected: tuple[str, set[str]] | None) -> bool:  # noqa: ANN001
    model = view.model()
    if expected is None:
        return model.rowCount() == 0
    if model.rowCount() == 0:
        return False
    date, titles = expected
    first_date = model.index(0, columns["Date signed"]).data()
    first_title = model.index(0, columns["Title"]).data()
    return first_date == date and first_title in titles


class Database:
    """The baseline queries on a read-only :mod:`sqlite3` connection to the library."""

    def __init__(self, library: Library) -> None:
        path = library.database_path
        assert path is not None, "the benchmarks need a SQLite library"
        self.library = library
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        columns = {row[1] for row in self.conn.execute("PRAGMA table_info(agreement)")}
        self.has_search_text = "search_text" in columns

    def search(self, text: str) -> list[tuple]:
        """Every live agreement ``text`` finds, ranked: (ID, partner ID, rank, on a page)."""
        rows: list[tuple] = []
        for statement in bare_statements(self.library, text):
            compiled = statement.compile(dialect=self.library.engine.dialect)
            params = compiled.params
            if compiled.positional:
                params = [params[name] for name in compiled.positiontup or ()]
            rows.extend(self.conn.execute(str(compiled), params).fetchall())
        return rows

    def top(self, text: str) -> tuple[str, set[str]] | None:
        """The date signed and title of the agreement ``text`` ranks first (``None``: none);
        without a search, of those signed last (the view's default order)."""
        if not text.strip():
            return _expected(self.ordered(descending=True))
        rows = self.search(text)
        if not rows:
            return None
        title, signed = self.conn.execute(
            "SELECT title, date_signed FROM agreement WHERE id = ?", (rows[0][0],)
        ).fetchone()
        return signed, {title}

    def ordered(self, descending: bool) -> list[tuple]:
        """Every live agreement, shown columns, by date signed."""
        order = "DESC" if descending else "ASC"
        return self.conn.execute(f"{_SHOWN} ORDER BY a.date_signed {order}, a.title").fetchall()


def _expected(rows: list[tuple]) -> tuple[str, set[str]] | None:
    """The first row's date and every title signed that day (ties may come in any order)."""
    if not rows:
        return None
    date = rows[0][4]
    return date, {row[1] for row in rows if row[4] == date}


def _ensure_search_index(library: Library) -> None:
    """Build the search index of a library generated without one (untimed)."""
    import sqlalchemy as sa

    with library.engine.connect() as connection:
        empty = connection.execute(sa.text("SELECT 1 FROM search_unit LIMIT 1")).first() is None
    if empty:
        from db.reindex import reindex

        reindex(library)


def _timed(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(app, window, library: Library) -> dict:  # noqa: ANN001 - QApplication, MainWindow
    """Return {"search": {...}, "sort": {...}}: medians in seconds, or an "error" sentence each."""
    _ensure_search_index(library)
    database = Database(library)
    view = window.agreement_view
    waiter = Waiter(view)
    columns = _columns(view)
    return {
        "search": _measure_search(app, window, database, waiter, columns),
        "sort": _measure_sort(app, view, database, waiter, columns),
    }


def _measure_search(app, window, database: Database, waiter: Waiter, columns) -> dict:  # noqa: ANN001
    if not database.has_search_text:
        return {"error": "the library has no search_text column (migration 0004)"}
    field = window.search_field
    search_now = getattr(window, "apply_search", None) or field.search_now
    view = window.agreement_view

    def search(text: str, *, change: bool = True) -> float:
        """Type ``text`` and search at once; return the seconds until the view shows it."""
        expected = database.top(text)

        def action() -> None:
            field.setText(text)
            search_now()

        return waiter.run(app, action, lambda: _top_matches(view, columns, expected), change=change)

    def settle(text: str) -> None:
        """Search ``text`` untimed; wait for a change only if the result differs."""
        search(text, change=len(database.search(text)) != len(database.search(field.text())))

    accord, baseline, used = [], [], []
    try:
        for before, after in KEYSTROKES:
            if sum(accord) > BUDGET_S:
                break
            if len(database.search(before)) == len(database.search(after)):
                continue  # nothing would change on screen: nothing to wait for
            settle(before)
            accord.append(search(after))
            baseline.append(_timed(lambda a=after: first_screen_bare(database.library, a)))
            used.append(after)
        settle("")
    except TimeoutError:
        return {"error": f"a search took more than {TIMEOUT_S:.0f} s", "accord": accord}
    return {
        "accord": statistics.median(accord),
        "baseline": statistics.median(baseline),
        "runs": len(accord),
        "texts": used,
    }


def _measure_sort(app, view, database: Database, waiter: Waiter, columns, runs: int = 3) -> dict:  # noqa: ANN001
    from PySide6.QtCore import Qt

    column = columns["Date signed"]
    first = {d: _expected(database.ordered(d)) for d in (False, True)}
    accord, baseline = [], []
    try:
        for _ in range(runs):
            if sum(accord) > BUDGET_S:
                break
            for descending in (False, True):
                order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                accord.append(
                    waiter.run(
                        app,
                        lambda o=order: view.sortByColumn(column, o),  # what a header click does
                        lambda d=descending: _top_matches(view, columns, first[d]),
                    )
                )
                baseline.append(_timed(lambda d=descending: database.ordered(d)))
    except TimeoutError:
        return {"error": f"a sort took more than {TIMEOUT_S:.0f} s", "accord": accord}
    return {
        "accord": statistics.median(accord),
        "baseline": statistics.median(baseline),
        "runs": len(accord),
    }
