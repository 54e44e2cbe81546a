"""Sorting and filtering of the agreement table: by partner and by the search field."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from db.search import matches, search_terms
from desktop.models.roles import ItemRole

_Index = QModelIndex | QPersistentModelIndex


class AgreementFilterProxy(QSortFilterProxyModel):
    """Shows the agreements of one partner (or all) that match the search.

    Sorting uses ``ItemRole.SORT`` (dates as ISO text, counts as ints); ties
    are broken by date signed, newest first, then title, so the order is
    stable and the same in the view and in an export of "what is shown".
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._partner_id: int | None = None
        self._terms: tuple[str, ...] = ()
        self.setSortRole(ItemRole.SORT)
        self.setDynamicSortFilter(True)

    @property
    def partner_id(self) -> int | None:
        """The partner whose agreements are shown; ``None`` for all partners."""
        return self._partner_id

    @property
    def searching(self) -> bool:
        """True while the search field narrows the agreements."""
        return bool(self._terms)

    def set_partner(self, partner_id: int | None) -> None:
        """Show the agreements of ``partner_id`` only (``None``: of every partner)."""
        if partner_id == self._partner_id:
            return
        self.beginFilterChange()
        self._partner_id = partner_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        """Show only agreements whose search text contains every word of ``text``."""
        terms = search_terms(text)
        if terms == self._terms:
            return
        self.beginFilterChange()
        self._terms = terms
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def partner_ids_matching_search(self) -> set[int]:
        """Return the partners having at least one agreement that matches the search.

        The partner filter is ignored: this is what the partner list narrows to.
        """
        source = self.sourceModel()
        found: set[int] = set()
        for row in range(source.rowCount()):
            index = source.index(row, 0)
            if matches(self._terms, index.data(ItemRole.SEARCH) or ""):
                found.add(index.data(ItemRole.RECORD).partner_id)
        return found

    def shown_ids(self) -> list[int]:
        """Return the IDs of the agreements shown, in view order."""
        return [self.index(row, 0).data(ItemRole.RECORD).id for row in range(self.rowCount())]

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        record = index.data(ItemRole.RECORD)
        if record is None:
            return False
        if self._partner_id is not None and record.partner_id != self._partner_id:
            return False
        return matches(self._terms, index.data(ItemRole.SEARCH) or "")

    def lessThan(self, left: _Index, right: _Index) -> bool:
        left_key, right_key = left.data(ItemRole.SORT), right.data(ItemRole.SORT)
        if left_key != right_key:
            return left_key < right_key
        first, second = left.data(ItemRole.RECORD), right.data(ItemRole.RECORD)
        # Newest first, then by title: a stable order whichever column sorts.
        return (second.date_signed, first.title.casefold(), first.id) < (
            first.date_signed,
            second.title.casefold(),
            second.id,
        )
