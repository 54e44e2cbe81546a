"""The partner table: one row per partner, after a pinned "All agreements" row."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from db.schemas import PartnerRead
from db.search import search_text
from db.text import fold
from desktop.models.roles import ItemRole
from desktop.models.table_model import Index, RecordTableModel


class PartnerTableModel(RecordTableModel):
    """Adapter over a list of :class:`~db.schemas.PartnerRead` (all of them: a few thousand).

    Row 0 is the pinned "All agreements (N)" row (``ItemRole.PINNED``, no
    record); partners follow in the order given. Counts are ints for
    ``ItemRole.SORT`` so that they sort as numbers.
    """

    NAME, LOCAL_NAME, COUNTRY, RELATIONSHIP, AGREEMENTS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("PartnerTableModel", "Name"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Local name"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Country"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Relationship"),
        QT_TRANSLATE_NOOP("PartnerTableModel", "Agreements"),
    )
    RIGHT_ALIGNED = frozenset({AGREEMENTS})
    #: Row of the pinned "All agreements" item.
    ALL_ROW = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._partners: list[PartnerRead] = []
        self._rows: dict[int, int] = {}
        self._names: list[str] = []
        self._keys: dict[int, list[str | int]] = {}
        self._search: list[str] = []

    # -- the rows ---------------------------------------------------------

    def set_rows(self, partners: Sequence[PartnerRead]) -> None:
        """Replace every partner (a model reset)."""
        self.beginResetModel()
        self._partners = list(partners)
        self._rows = {partner.id: row for row, partner in enumerate(self._partners, start=1)}
        self._names = [fold(p.name) for p in self._partners]
        self._keys = {}
        self._search = [
            search_text(p.name, p.local_name, p.country, p.relationship.label, p.notes)
            for p in self._partners
        ]
        self.endResetModel()

    def partner_at(self, row: int) -> PartnerRead | None:
        """Return the partner shown in ``row``; ``None`` for the pinned row."""
        if row <= self.ALL_ROW or row > len(self._partners):
            return None
        return self._partners[row - 1]

    def row_of(self, partner_id: int | None) -> int:
        """Return the row of a partner (``None``: the pinned row); -1 if not shown."""
        if partner_id is None:
            return self.ALL_ROW
        return self._rows.get(partner_id, -1)

    def search_text(self, row: int) -> str:
        """Return the folded search text of ``row``'s partner, notes included ("" for row 0)."""
        return self._search[row - 1] if 0 < row <= len(self._partners) else ""

    def sort_key(self, row: int, column: int) -> tuple[str | int, str]:
        """Return the key ``row`` sorts by in ``column``, then by name (not for row 0)."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [self._sort_key(p, column) for p in self._partners]
        return keys[row - 1], self._names[row - 1]

    def partner(self, partner_id: int) -> PartnerRead | None:
        """Return the partner ``partner_id``, ``None`` if it is not in the model."""
        row = self.row_of(partner_id)
        return self.partner_at(row) if row > self.ALL_ROW else None

    def partners(self) -> list[PartnerRead]:
        """Return every partner, in model order."""
        return list(self._partners)

    @property
    def total_agreements(self) -> int:
        """Number of agreements of all partners together."""
        return sum(p.agreement_count for p in self._partners)

    # -- QAbstractTableModel ------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._partners) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.is_valid(index):
            return None
        row, column = index.row(), index.column()
        if row == self.ALL_ROW:
            return self._all_row_data(column, role)
        partner = self._partners[row - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(partner, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == ItemRole.RECORD:
            return partner
        if role == ItemRole.SORT:
            return self._sort_key(partner, column)
        if role == ItemRole.SEARCH:
            return self._search[row - 1]
        if role == ItemRole.PINNED:
            return False
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGREEMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _all_row_data(self, column: int, role: int):
        total = self.total_agreements
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return self.tr("All agreements (%n)", "", total)
            if column == self.AGREEMENTS:
                return str(total)
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return self.tr("Show the agreements of every partner")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == ItemRole.PINNED:
            return True
        if role == ItemRole.SORT:
            return total if column == self.AGREEMENTS else ""
        if role == ItemRole.SEARCH:
            return ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGREEMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, partner: PartnerRead, column: int, *, tooltip: bool) -> str | None:
        if column == self.NAME:
            if tooltip and partner.local_name:
                return f"{partner.name}\n{partner.local_name}"
            return partner.name
        if column == self.LOCAL_NAME:
            return partner.local_name or ("" if not tooltip else None)
        if column == self.COUNTRY:
            return partner.country
        if column == self.RELATIONSHIP:
            return partner.relationship.label
        if column == self.AGREEMENTS:
            return None if tooltip else str(partner.agreement_count)
        return None

    def _sort_key(self, partner: PartnerRead, column: int) -> str | int:
        if column == self.LOCAL_NAME:
            return fold(partner.local_name)
        if column == self.COUNTRY:
            return fold(partner.country)
        if column == self.RELATIONSHIP:
            return partner.relationship.label
        if column == self.AGREEMENTS:
            return partner.agreement_count
        return fold(partner.name)
