"""The trash table: one row per trashed item (a delete), as :func:`db.trash.list_trash` lists it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from db.i18n.translate import QT_TRANSLATE_NOOP
from db.text import fold
from desktop.models.document_model import format_added
from desktop.models.table_model import Index, RecordTableModel
from desktop.support.item_roles import ItemRole

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.trash import TrashItem

# What kind of record a row of the trash is (the Kind column).
_KIND_WORDS = {
    #: The Kind column of the trash: this row is a deleted partner.
    "partner": QT_TRANSLATE_NOOP("TrashTableModel", "Partner"),
    #: The Kind column of the trash: this row is a deleted agreement.
    "agreement": QT_TRANSLATE_NOOP("TrashTableModel", "Agreement"),
    #: The Kind column of the trash: this row is a deleted document.
    "document": QT_TRANSLATE_NOOP("TrashTableModel", "Document"),
}
# Order of kinds when restoring several items: parents before what they hold.
KIND_ORDER = ("partner", "agreement", "document")


class TrashTableModel(RecordTableModel):
    """Adapter over a list of :class:`~db.trash.TrashItem`.

    Columns: kind, name, belongs to (the parent's name), deleted (local
    time; stored UTC), by whom, and what it holds ("3 agreements, 2
    documents"). ``ItemRole.RECORD`` gives the item; ``ItemRole.SORT`` the
    deletion time as an ISO string in the Deleted column, folded text
    elsewhere.
    """

    KIND, NAME, PARENT, DELETED, BY, HOLDS = range(6)
    HEADERS = (
        #: Column heading of the trash: partner, agreement or document.
        QT_TRANSLATE_NOOP("TrashTableModel", "Kind"),
        #: Column heading of the trash: the record's name or title.
        QT_TRANSLATE_NOOP("TrashTableModel", "Name"),
        #: Column heading of the trash: the partner or agreement the record belonged to.
        QT_TRANSLATE_NOOP("TrashTableModel", "Belongs to"),
        #: Column heading of the trash: when the record was deleted (a date and time).
        QT_TRANSLATE_NOOP("TrashTableModel", "Deleted"),
        #: Column heading of the trash: who deleted the record (a user name).
        QT_TRANSLATE_NOOP("TrashTableModel", "By"),
        #: Column heading of the trash: what was deleted with it (2 agreements, 3 documents).
        QT_TRANSLATE_NOOP("TrashTableModel", "Holds"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[TrashItem] = []

    def set_rows(self, items: Sequence[TrashItem]) -> None:
        """Replace every item (a model reset)."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[TrashItem]:
        """Return the items shown, in model order."""
        return list(self._items)

    def row_of(self, kind: str, record_id: int) -> int:
        """Return the row of the item ``(kind, record_id)``; -1 if it is not in the model."""
        for row, item in enumerate(self._items):
            if (item.kind, item.id) == (kind, record_id):
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.is_valid(index):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DELETED:
                return item.deleted_at.strftime("%Y-%m-%d %H:%M:%S UTC")
            text = self._display(item, column)
            return text or None
        if role == ItemRole.RECORD:
            return item
        if role == ItemRole.SORT:
            if column == self.DELETED:
                return item.deleted_at.isoformat()
            if column == self.KIND:
                return KIND_ORDER.index(item.kind) if item.kind in KIND_ORDER else len(KIND_ORDER)
            return fold(self._display(item, column))
        return None

    def _display(self, item: TrashItem, column: int) -> str:
        if column == self.KIND:
            word = _KIND_WORDS.get(item.kind)
            return self.tr(str(word)) if word else item.kind
        if column == self.NAME:
            return item.name
        if column == self.PARENT:
            return item.parent
        if column == self.DELETED:
            return format_added(item.deleted_at)
        if column == self.BY:
            return item.deleted_by
        return item.holds


class TrashSortProxy(QSortFilterProxyModel):
    """Sorts the trash by ``ItemRole.SORT`` (the newest deletion first by default)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(ItemRole.SORT)
        self.setDynamicSortFilter(True)
