"""The export dialog's column chooser: tick the columns to write, put them in order.

A list of checkable column names (``objectName`` ``exportColumns``) with
Move Up, Move Down (drag and drop works too) and Reset to Default. The
order of the ticked items is the order of the CSV's columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.csv.choices import heading

if TYPE_CHECKING:
    from collections.abc import Sequence


class ColumnChooser(QWidget):
    """Checkable, reorderable column names; :meth:`chosen` gives the ticked ones in order."""

    # The ticked columns or their order changed.
    columns_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._available: tuple[str, ...] = ()
        self._language = "en"  # of the headings shown; the item data is the English column
        self._headings_combo: QComboBox | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("exportColumns")
        self.list.setAccessibleName(self.tr("Columns to export"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.up_button = QPushButton(self.tr("Move &Up"), self)
        self.down_button = QPushButton(self.tr("Move Do&wn"), self)
        self.reset_button = QPushButton(self.tr("&Reset to Default"), self)
        buttons = QVBoxLayout()
        for button in (self.up_button, self.down_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.up_button.clicked.connect(self._on_up_button_clicked)
        self.down_button.clicked.connect(self._on_down_button_clicked)
        self.reset_button.clicked.connect(self.reset)
        self.list.itemChanged.connect(self.columns_changed)
        self.list.model().rowsMoved.connect(self.columns_changed)
        self.list.currentRowChanged.connect(self._update_buttons)

    def set_columns(self, available: Sequence[str], chosen: Sequence[str] = ()) -> None:
        """Offer ``available`` (default order); tick ``chosen`` and put them first, in order.

        Names in ``chosen`` that are not available are ignored; an empty
        ``chosen`` ticks every column in the default order.
        """
        self._available = tuple(available)
        picked = [name for name in dict.fromkeys(chosen) if name in self._available]
        if not picked:
            picked = list(self._available)
        rest = [name for name in self._available if name not in picked]
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for name in picked + rest:
            item = QListWidgetItem(heading(name, self._language), self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if name in picked else Qt.CheckState.Unchecked)
        self.list.blockSignals(blocked)
        self.list.setCurrentRow(0)
        self._update_buttons()
        self.columns_changed.emit()

    def chosen(self) -> tuple[str, ...]:
        """Return the ticked columns, in list order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return tuple(_column(i) for i in items if i.checkState() == Qt.CheckState.Checked)

    def names(self) -> tuple[str, ...]:
        """Return every column, ticked or not, in list order."""
        return tuple(_column(self.list.item(row)) for row in range(self.list.count()))

    def follow_headings(self, combo: QComboBox) -> None:
        """Show the headings in the language ``combo`` holds (its data), now and whenever
        it changes."""
        self._headings_combo = combo
        self.set_heading_language(combo.currentData())
        combo.currentIndexChanged.connect(self._on_headings_combo_changed)

    def _on_headings_combo_changed(self) -> None:
        if self._headings_combo is not None:
            self.set_heading_language(self._headings_combo.currentData())

    def set_heading_language(self, code: str) -> None:
        """Show the columns by their headings in language ``code`` (``"ja"``: 締結日), as
        the report writes them; :meth:`chosen` and :meth:`names` stay English."""
        self._language = code
        blocked = self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(heading(_column(item), code))
        self.list.blockSignals(blocked)

    def reset(self) -> None:
        """Tick every column, in the default order."""
        self.set_columns(self._available)

    def move_current(self, step: int) -> None:
        """Move the current column ``step`` places (-1 up, +1 down), if it can go there."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        blocked = self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.blockSignals(blocked)
        self._update_buttons()
        self.columns_changed.emit()

    def _on_up_button_clicked(self) -> None:
        self.move_current(-1)

    def _on_down_button_clicked(self) -> None:
        self.move_current(1)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)


def _column(item: QListWidgetItem) -> str:
    """The English column name of an item of the list."""
    return str(item.data(Qt.ItemDataRole.UserRole))
