"""The Upcoming panel: what falls due, what expired lately, anniversaries ahead.

A lead-time choice (30, 90 or 180 days: :data:`db.lifecycle.upcoming.LEAD_CHOICES`),
the Export to Calendar… button, and the view ``upcomingView`` (a tree: a section's
heading spans its row, its dates under it). Activating a date (double-click, Enter)
emits :attr:`UpcomingPanel.item_activated`; the window selects what it is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.upcoming_model import UpcomingModel, UpcomingSection
from desktop.support.item_roles import ItemRole
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QAction


class UpcomingPanel(QWidget):
    """The panel's widgets (see the module); the dock controller fills and answers it."""

    # An UpcomingItem was activated (double-click or Enter).
    item_activated = Signal(object)
    # The user chose another lead time (days).
    lead_changed = Signal(int)

    def __init__(
        self, choices: Sequence[int], lead: int, export: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("upcomingPanel")
        self.lead = QComboBox(self)
        self.lead.setObjectName("upcomingLead")
        for days in sorted({*choices, lead}):  # a lead time set elsewhere is offered too
            #: A lead time of the Upcoming panel: deadlines and expiries within so many days.
            self.lead.addItem(fill(self.tr("{days} days"), days=days), days)
        self.lead.setCurrentIndex(max(self.lead.findData(lead), 0))
        #: Label before the lead-time choice of the Upcoming panel.
        label = QLabel(self.tr("&Due within:"), self)
        label.setBuddy(self.lead)
        export_button = QToolButton(self)
        export_button.setDefaultAction(export)
        export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.lead)
        top.addStretch(1)
        top.addWidget(export_button)

        self.model = UpcomingModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("upcomingView")
        #: Accessible name of the Upcoming panel's list.
        self.view.setAccessibleName(self.tr("Upcoming dates"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setIndentation(0)  # dates line up under the headings; sections are bold
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.status = QLabel(self)
        self.status.setObjectName("upcomingStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.lead.currentIndexChanged.connect(self._on_lead_current_index_changed)
        self.view.activated.connect(self._on_view_activated)

    def set_sections(self, sections: Sequence[UpcomingSection]) -> None:
        """Show ``sections``, each expanded, headings across the row, columns fitted."""
        self.model.set_sections(sections)
        root = QModelIndex()
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, root, True)
        self.view.expandAll()
        for column in (UpcomingModel.DATE, UpcomingModel.WHAT, UpcomingModel.PARTNER):
            self.view.resizeColumnToContents(column)

    def show_status(self, text: str) -> None:
        """Say ``text`` under the list (``""``: nothing)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def activate(self, index: QModelIndex) -> None:
        """Act as if ``index`` was double-clicked (for the keyboard and tests)."""
        self._on_view_activated(index)

    @Slot(int)
    def _on_lead_current_index_changed(self, index: int) -> None:
        days = self.lead.itemData(index)
        if isinstance(days, int):
            self.lead_changed.emit(days)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        item = index.siblingAtColumn(0).data(ItemRole.RECORD) if index.isValid() else None
        if item is not None:
            self.item_activated.emit(item)
