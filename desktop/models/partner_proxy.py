"""Sorting and search filtering of the partner table, with "All agreements" kept first."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from db.search import matches, search_terms
from desktop.models.partner_model import PartnerTableModel
from desktop.models.roles import ItemRole

_Index = QModelIndex | QPersistentModelIndex


class PartnerFilterProxy(QSortFilterProxyModel):
    """Sorts partners by ``ItemRole.SORT`` and narrows them to a search.

    A partner stays visible when its own text matches the search or when it
    has agreements that match (``set_search(text, partner_ids=...)``). The
    pinned row stays first in either sort order and is never filtered out.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._terms: tuple[str, ...] = ()
        self._partner_ids: frozenset[int] = frozenset()
        self.setSortRole(ItemRole.SORT)
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

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._terms:
            return True
        model = self.sourceModel()
        assert isinstance(model, PartnerTableModel)
        # 2,000 partners on each keystroke: straight to the rows, not through QModelIndex.data.
        partner = model.partner_at(source_row)
        if partner is None or partner.id in self._partner_ids:
            return True
        return matches(self._terms, model.search_text(source_row))

    def lessThan(self, left: _Index, right: _Index) -> bool:
        # Straight to the model's keys: Qt calls this some 20,000 times for 2,000 partners.
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        left_row, right_row = left.row(), right.row()
        pinned = PartnerTableModel.ALL_ROW
        if left_row == pinned or right_row == pinned:
            return left_row != right_row and (ascending if left_row == pinned else not ascending)
        model = self.sourceModel()
        assert isinstance(model, PartnerTableModel)
        column = left.column()
        # Ties (same country, same count...) keep a stable, readable order: by name.
        return model.sort_key(left_row, column) < model.sort_key(right_row, column)
