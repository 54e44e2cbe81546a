"""The base of Accord's table models: headers, column count, alignment, index checks."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
# Alignment of numeric columns (counts, sizes), in headers and cells.
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel):
    """A flat table whose columns are named by ``HEADERS``.

    Subclasses set ``HEADERS`` (marked with ``QT_TRANSLATE_NOOP`` in the
    subclass's own context, its class name), ``RIGHT_ALIGNED`` (column
    numbers of numeric columns) and implement ``rowCount`` and ``data``.
    """

    HEADERS: tuple[str, ...] = ()
    RIGHT_ALIGNED: frozenset[int] = frozenset()
    # Column -> the full heading, shown as the tooltip of a shortened one ("Docs").
    HEADER_TIPS: dict[int, str] = {}  # noqa: RUF012 - read only, overridden per class

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in self.HEADER_TIPS:
            return QCoreApplication.translate(type(self).__name__, self.HEADER_TIPS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.RIGHT_ALIGNED:
            return RIGHT
        return None

    def is_valid(self, index: Index) -> bool:
        """Return whether ``index`` is a valid cell of this model (Qt's checkIndex)."""
        return index.isValid() and self.checkIndex(
            index, QAbstractTableModel.CheckIndexOption.IndexIsValid
        )
