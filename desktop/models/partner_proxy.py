"""Search filtering of the partner table; sorting is passed on to the table itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from db.search.terms import matches, search_terms
from desktop.models.partner_model import PartnerTableModel

if TYPE_CHECKING:
    from collections.abc import Iterable

_Index = QModelIndex | QPersistentModelIndex


class PartnerFilterProxy(QSortFilterProxyModel):
    """Narrows partners to a search; :meth:`sort` has the source model sort itself.

    A partner stays visible when its own text matches the search or when it
    has agreements that match (``set_search(text, partner_ids=...)``). The
    pinned row stays first in either sort order and is never filtered out.
    The proxy keeps its source's order: :meth:`PartnerTableModel.sort
    <desktop.models.partner_model.PartnerTableModel.sort>` sorts 2,000
    partners in one Python ``sorted``, where Qt's own sort here would call
    back into Python for each of its 14,000 comparisons.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._terms: tuple[str, ...] = ()
        self._partner_ids: frozenset[int] = frozenset()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.setDynamicSortFilter(True)

    def set_search(self, text: str, *, partner_ids: Iterable[int] = ()) -> None:
        """Show partners matching ``text``, and those in ``partner_ids`` (matching agreements)."""
        self.beginFilterChange()
        self._terms = search_terms(text)
        self._partner_ids = frozenset(partner_ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def searching(self) -> bool:
        """True while a search narrows the partners."""
        return bool(self._terms)

    def partner_count(self) -> int:
        """Number of partner rows shown (the pinned row not counted)."""
        return max(self.rowCount() - 1, 0)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the partners by ``column`` in the source model (row 0 stays first)."""
        self._sort_column, self._sort_order = column, order
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def sortColumn(self) -> int:
        """The column of the last :meth:`sort` (-1: none yet)."""
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        """The order of the last :meth:`sort`."""
        return self._sort_order

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        assert isinstance(model, PartnerTableModel)
        # 2,000 partners on each keystroke: straight to the rows, not through QModelIndex.data.
        partner_id = model.partner_id_at(source_row)
        if partner_id is None or partner_id in self._partner_ids:
            return True
        return matches(self._terms, model.search_text(source_row))
