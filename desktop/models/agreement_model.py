"""The agreement table: the ordered IDs of what is shown, rows fetched a page at a time.

A deliberate departure from STYLE.md ("sorting and filtering in a
QSortFilterProxyModel"): a proxy asks its source for every row's sort and
filter data, so at 100,000 agreements it materialises every record in
Python on each keystroke and each header click. Here the database filters
and sorts (:mod:`db.agreement_query`, with the indexes of migration 0004; a
search: :mod:`desktop.models.agreement_search`); the model keeps only the
ordered IDs it was given and fetches the display rows of the page the view
paints (:data:`PAGE` rows around the one asked for, in a small LRU cache).
A header click calls :meth:`sort`, which asks the database again.

New IDs come either at once (:meth:`set_query`, used after the window's own
changes, so the changed record can be selected right away) or from a worker
thread (:meth:`request`: the search field, a header click). A request
carries a generation number; a result that is no longer the newest is
dropped, and :meth:`settle` finishes a pending request at once (an export of
"what is shown" must not use the order before the click).
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from db.agreement_fields import VIEW_FIELDS
from db.agreement_query import AgreementQuery, AgreementRow, agreement_rows
from db.enums import AgreementType
from db.i18n.translate import QT_TRANSLATE_NOOP
from db.lifecycle.lives import statuses
from db.partner_names import names_line
from desktop.models.agreement_columns import COLUMNS, SORTS, display, sort_key
from desktop.models.agreement_search import Loaded, LoadWork, ShownQuery, load, reordered
from desktop.models.table_model import RIGHT, Index, RecordTableModel
from desktop.support.collation import label_order
from desktop.support.item_roles import ItemRole
from desktop.support.lead_time import lead_time
from desktop.support.tasks import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from db.library import Library
    from db.progress import Progress

# Rows fetched at once around a row the view asks for.
PAGE = 200
# Rows kept in the cache (a few screens of scrolling back and forth).
CACHE_ROWS = 4000
# Up to this many IDs, :meth:`AgreementTableModel.rows_of` searches the array once for each.
_FEW = 3


class AgreementTableModel(RecordTableModel):
    """The agreements of :attr:`query`, in its order; rows are :class:`AgreementRow` values.

    ``ItemRole.RECORD`` gives the row's :class:`~db.agreement_query.AgreementRow`
    (``None`` for an agreement gone since the IDs were read); ``ItemRole.SORT``
    a value that sorts as the column means (the database sorts, this is for
    anyone who asks). :attr:`loaded` is emitted after new IDs are in place,
    with whatever the load returned as ``extra``.
    """

    TITLE, PARTNER, TYPE, DATE_SIGNED, DOCUMENTS, STATUS = map(
        COLUMNS.index, ("title", "partner_id", "type", "date_signed", "document_count", "status")
    )
    HEADERS = (
        *(str(f.view) for f in VIEW_FIELDS),
        #: Column heading of the agreements table: how many PDF documents it has, short
        #: (the column holds a number of one or two digits); the tooltip says it in full.
        QT_TRANSLATE_NOOP("AgreementTableModel", "Docs"),
        #: Column heading of the agreements table: in force, expiring, expired, superseded...
        QT_TRANSLATE_NOOP("AgreementTableModel", "Status"),
    )
    HEADER_TIPS = {  # noqa: RUF012 - read only
        #: Tooltip of the agreements table's short "Docs" heading.
        DOCUMENTS: QT_TRANSLATE_NOOP("AgreementTableModel", "Number of PDF documents"),
        #: Tooltip of the agreements table's "Status" heading (a click does not sort by it).
        STATUS: QT_TRANSLATE_NOOP(
            "AgreementTableModel", "Where the agreement stands today, derived from its dates"
        ),
    }
    RIGHT_ALIGNED = frozenset({DOCUMENTS})
    # The sort of each column (db.agreement_query.SORT_KEYS); the status, derived for today
    # in Python, has none in the database.
    SORTS = tuple(SORTS.get(name, name) for name in COLUMNS[:-1])

    # New IDs are in place (after a reset or a re-sort); the argument is the load's ``extra``.
    loaded = Signal(object)
    # A load in a worker failed; the argument is the exception (an AccordError for a person).
    load_failed = Signal(object)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        # The Type column sorts by the label shown, in the language's collation.
        self._query: AgreementQuery = ShownQuery(type_order=label_order(AgreementType))
        # The query of the IDs in place (``_query`` may be one still loading).
        self._applied: AgreementQuery = self._query
        # 8 bytes an ID (memory grows no faster than the rows shown, plus the IDs).
        # Nothing else is kept per agreement: :meth:`row_of` searches this array.
        self._ids: array[int] = array("q")
        self._cache: OrderedDict[int, AgreementRow | None] = OrderedDict()
        self._generation = 0
        self._pending: LoadWork | None = None
        self._runner = TaskRunner(self)

    # -- what is shown ------------------------------------------------------

    @property
    def query(self) -> AgreementQuery:
        """The query of the IDs shown (or being loaded): a :class:`ShownQuery` in the window."""
        return self._query

    @property
    def search(self) -> str:
        """The search text of :attr:`query` (empty without a search)."""
        return self._query.search if isinstance(self._query, ShownQuery) else ""

    @property
    def ranked(self) -> bool:
        """True while a search's agreements are shown in its rank order (no column's)."""
        return bool(self.search) and isinstance(self._query, ShownQuery) and self._query.ranked

    @property
    def pending(self) -> bool:
        """True while a load runs in a worker thread."""
        return self._pending is not None

    def ids(self) -> list[int]:
        """Return the IDs shown, in view order."""
        return self._ids.tolist()

    def id_at(self, row: int) -> int | None:
        """Return the ID of ``row``, ``None`` outside the model."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, agreement_id: int) -> int:
        """Return the row of the agreement ``agreement_id``; -1 if it is not shown.

        A search of the ID array (about 3 ms at 100,000 rows), not a dict of
        every ID: that dict took 110 bytes an agreement (11 MiB at 100,000),
        kept from the first sort or edit on (memory grows no faster than the rows shown).
        """
        try:
            return self._ids.index(agreement_id)
        except ValueError:
            return -1

    def rows_of(self, agreement_ids: Iterable[int]) -> dict[int, int]:
        """Return the rows of those of ``agreement_ids`` that are shown, by ID (one pass)."""
        wanted = set(agreement_ids)
        if len(wanted) <= _FEW:
            rows = {ident: self.row_of(ident) for ident in wanted}
            return {ident: row for ident, row in rows.items() if row >= 0}
        found: dict[int, int] = {}
        for row, ident in enumerate(self._ids):
            if ident in wanted:
                found[ident] = row
                if len(found) == len(wanted):
                    break
        return found

    def agreement_at(self, row: int) -> AgreementRow | None:
        """Return the display row of ``row`` (fetched with its page if needed)."""
        ident = self.id_at(row)
        if ident is None:
            return None
        if ident not in self._cache:
            self._fetch_page(row)
        self._cache.move_to_end(ident)
        return self._cache.get(ident)

    @property
    def cached_count(self) -> int:
        """How many display rows are held (at most :data:`CACHE_ROWS`)."""
        return len(self._cache)

    def cached_row(self, agreement_id: int) -> AgreementRow | None:
        """Return the row of ``agreement_id`` if it is in the cache (no query)."""
        return self._cache.get(agreement_id)

    # -- loading ------------------------------------------------------------

    def set_query(self, query: AgreementQuery | None = None, work: LoadWork | None = None) -> None:
        """Load the IDs of ``query`` (default: the current one) now, in this thread.

        ``work`` replaces the plain ID query, as for :meth:`request`. A
        pending request is superseded. Raises
        :class:`~db.errors.LibraryError` when the database cannot be read.
        """
        query = query or self._query
        self._generation += 1
        self._pending = None
        self._apply(work() if work else self._load(query))

    def request(self, query: AgreementQuery, work: LoadWork | None = None) -> None:
        """Load ``query`` in a worker thread; the newest request wins.

        ``work`` replaces the plain ID query (it may change the query, e.g.
        drop a partner filter, and return ``extra`` for :attr:`loaded`).
        Failures are emitted as :attr:`load_failed`.
        """
        job: LoadWork = work or (lambda: self._load(query))
        self._query = query
        self._generation += 1
        generation = self._generation
        self._pending = job

        def run(_progress: Progress) -> Loaded | None:
            if generation != self._generation:
                return None  # superseded before it started
            return job()

        self._runner.run(
            run,
            on_success=lambda loaded: self._on_request_done(generation, loaded),
            on_failure=lambda exc: self._on_request_failed(generation, exc),
        )

    def _load(self, query: AgreementQuery) -> Loaded:
        """The IDs of ``query``: during a search, those found (the partner kept)."""
        return load(self._library, query)

    def settle(self) -> None:
        """Finish a pending request now, in this thread (its worker's result is then dropped)."""
        job = self._pending
        if job is None:
            return
        self._generation += 1
        self._pending = None
        self._apply(job())

    def wait_for_workers(self) -> None:
        """Block until no worker runs (before the library is closed)."""
        self._runner.wait_for_done()

    def refresh_rows(self, ids: list[int]) -> None:
        """Fetch the rows of ``ids`` again and repaint them (their place is unchanged)."""
        fresh = self._rows(ids)
        for ident in ids:
            self._cache[ident] = fresh.get(ident)
        last = self.columnCount() - 1
        for row in self.rows_of(ids).values():
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def forget_rows(self) -> None:
        """Drop every cached row: the next paint fetches fresh ones."""
        self._cache.clear()

    def repaint_all(self) -> None:
        """Drop every cached row and repaint (a partner's name changed, say)."""
        self._cache.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _on_request_done(self, generation: int, loaded: Loaded | None) -> None:
        if generation != self._generation or loaded is None:
            return  # a newer request, a settle or a set_query came since
        self._pending = None
        self._apply(loaded)

    def _on_request_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self.load_failed.emit(exc)

    def _apply(self, loaded: Loaded) -> None:
        """Show ``loaded``: a layout change when only the order changed, else a reset."""
        ids, before = loaded.ids, self._applied
        self._query = self._applied = loaded.query
        resorted = reordered(loaded.query, before)
        same = len(ids) == len(self._ids) and (resorted or set(ids) == set(self._ids))
        if same:
            self._reorder(ids)
        else:
            self.beginResetModel()
            self._set_ids(ids)
            self.endResetModel()
        self.loaded.emit(loaded.extra)

    def _reorder(self, ids: Sequence[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._set_ids(ids)
        old = self.persistentIndexList()
        rows = self.rows_of(old_ids[index.row()] for index in old)
        new = [self.index(rows.get(old_ids[index.row()], -1), index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _set_ids(self, ids: Sequence[int]) -> None:
        self._ids = ids if isinstance(ids, array) else array("q", ids)

    def _rows(self, ids: list[int]) -> dict[int, AgreementRow]:
        """The display rows of ``ids``, their status not yet known (:meth:`_fill_statuses`)."""
        return agreement_rows(self._library, ids)

    def _fill_statuses(self, row: int) -> None:
        """Give the cached rows of the page around ``row`` their status today (the user's
        lead time): only when the Status column is painted, so a window too narrow to
        show it never reads what it needs."""
        start = max(row - PAGE // 2, 0)
        wanted = [
            ident
            for ident in self._ids[start : start + PAGE]
            if (cached := self._cache.get(ident)) is not None and cached.status is None
        ]
        found = statuses(self._library, wanted, dt.date.today(), lead_time())
        for ident, state in found.items():
            cached = self._cache.get(ident)
            if cached is not None:
                self._cache[ident] = replace(cached, status=state)

    def _fetch_page(self, row: int) -> None:
        start = max(row - PAGE // 2, 0)
        wanted = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
        fresh = self._rows(wanted)
        for ident in wanted:
            self._cache[ident] = fresh.get(ident)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    # -- QAbstractTableModel ------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the database (in a worker); a no-op when that order is shown already.

        During a search the agreements found are sorted by the column, no longer ranked.
        """
        if not 0 <= column < len(self.SORTS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        sort = self.SORTS[column]
        query = replace(self._query, sort=sort, descending=descending)  # type: ignore[arg-type]
        if isinstance(query, ShownQuery):
            query = replace(query, ranked=False)
        if query != self._query:
            self.request(query)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.is_valid(index):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == self.DOCUMENTS else None
        if int(role) not in _ROLES:
            return None
        agreement = self.agreement_at(index.row())
        if agreement is None:
            return None
        if column == self.STATUS and agreement.status is None:
            self._fill_statuses(index.row())
            agreement = self._cache.get(agreement.id) or agreement
        if role == Qt.ItemDataRole.DisplayRole:
            return display(agreement, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return agreement.title
            if column == self.PARTNER:
                names = names_line(agreement.partner_name, "", agreement.partner_office_name)
                return f"{names} ({agreement.partner_country})"
            return None
        if role == ItemRole.RECORD:
            return agreement
        return sort_key(agreement, column)


_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        ItemRole.RECORD,
        ItemRole.SORT,
    )
)
