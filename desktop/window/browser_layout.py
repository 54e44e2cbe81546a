"""How the record browser's tables are made, and how its layout is saved and restored.

:func:`table_view` builds the partners and agreements tables;
:class:`BrowserLayout`, a mix-in of
:class:`~desktop.window.record_browser.RecordBrowser`, stores and restores the
splitter sizes and the tables' column widths, order and sorting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from desktop.support.cell_delegates import SpacedDelegate, spaced_header

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from desktop.models.agreement_model import AgreementTableModel
    from desktop.window.browser_columns import BrowserColumns
    from desktop.window.detail_panel import AgreementDetail


def table_view(name: str, parent: QWidget, accessible_name: str) -> QTableView:
    view = QTableView(parent)
    spaced_header(view).setStretchLastSection(False)  # before sorting connects to it
    view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setSortingEnabled(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.setItemDelegate(SpacedDelegate(view))
    return view


class BrowserLayout:
    """The saved layout of the record browser (a mix-in of a ``QSplitter``)."""

    if TYPE_CHECKING:
        lists_splitter: QSplitter
        partner_view: QTableView
        agreement_view: QTableView
        agreement_model: AgreementTableModel
        detail: AgreementDetail
        columns: BrowserColumns

        def saveState(self) -> QByteArray: ...  # noqa: N802 (Qt's name)
        def restoreState(  # noqa: N802 (Qt's name)
            self, state: QByteArray | bytes | bytearray | memoryview, /
        ) -> bool: ...
        def _sync_partner_filter(self) -> None: ...

    def save_state_to(self, settings: QSettings) -> None:
        """Store splitter sizes and column widths/order/sorting in ``settings``."""
        # Keys of their own: a splitter's state holds its orientation, and the
        # layout before the preview had the detail panel on the right.
        settings.setValue("splitters/main", self.saveState())
        settings.setValue("splitters/lists", self.lists_splitter.saveState())
        settings.setValue("splitters/detail", self.detail.splitter.saveState())
        settings.setValue("partnerHeader", self.partner_view.horizontalHeader().saveState())
        settings.setValue("agreementHeader", self.agreement_view.horizontalHeader().saveState())

    def restore_state_from(self, settings: QSettings) -> None:
        """Restore what :meth:`save_state_to` stored; missing or broken values are skipped."""
        for key, restore in (
            ("splitters/main", self.restoreState),
            ("splitters/lists", self.lists_splitter.restoreState),
            ("splitters/detail", self.detail.splitter.restoreState),
            ("partnerHeader", self.partner_view.horizontalHeader().restoreState),
            ("agreementHeader", self.agreement_view.horizontalHeader().restoreState),
        ):
            value = settings.value(key)
            kept = isinstance(value, QByteArray | bytes) and value and restore(QByteArray(value))
            if kept and key.endswith("Header"):
                self.columns.cancel()  # the user's own widths, not fitted ones
        for view in (self.partner_view, self.agreement_view):
            header = view.horizontalHeader()
            view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.agreement_model.settle()
        self._sync_partner_filter()
