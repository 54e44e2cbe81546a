"""The documents list of the selected agreement (``objectName`` ``documentView``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from db.enums import DocumentRole
from desktop.models.document_model import DocumentTableModel
from desktop.support.cell_delegates import SpacedDelegate, spaced_header
from desktop.support.item_roles import ItemRole

if TYPE_CHECKING:
    from db.schemas import DocumentRead


class DocumentListView(QTableView):
    """A table of one agreement's documents; Enter or double-click opens one.

    When an agreement is shown its signed original is selected (else the
    first document), so the preview shows it at once. While the list is
    empty it says how to add a document, so an empty panel never looks
    broken.
    """

    # A document was activated (double-click, Enter): open it.
    document_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        spaced_header(self)  # "Size" clear of "Added"
        self.setObjectName("documentView")
        #: Accessible name of the list of the agreement's PDF documents.
        self.setAccessibleName(self.tr("Documents"))
        self.document_model = DocumentTableModel(self)
        self.setModel(self.document_model)
        self.setItemDelegate(SpacedDelegate(self))  # "312 bytes" clear of "Added"
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DocumentTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (
            DocumentTableModel.ROLE,
            DocumentTableModel.LANGUAGE,
            DocumentTableModel.PAGES,
            DocumentTableModel.SIZE,
            DocumentTableModel.ADDED,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(36)
        self.activated.connect(self._on_self_activated)
        self._empty_text = self.tr(
            "No documents yet.\nDrop a signed PDF on the window or click “Attach PDF…”."
        )

    def set_documents(self, documents: list[DocumentRead], *, keep_id: int | None = None) -> None:
        """Show ``documents``; select the one with ID ``keep_id`` if it is among them.

        Otherwise the first signed original is selected, else the first document.
        """
        self.document_model.set_rows(documents)
        row = self.document_model.row_of(keep_id) if keep_id is not None else -1
        if row < 0:
            row = next(
                (r for r, d in enumerate(documents) if d.role == DocumentRole.SIGNED_ORIGINAL),
                0 if documents else -1,
            )
        if row >= 0:
            self.setCurrentIndex(self.document_model.index(row, 0))

    def current_document(self) -> DocumentRead | None:
        """Return the current document, ``None`` when there is none."""
        index = self.currentIndex()
        return index.data(ItemRole.RECORD) if index.isValid() else None

    def empty_text(self) -> str:
        """What the empty list says."""
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        """Set what the empty list says."""
        self._empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        if self.document_model.rowCount() or not self._empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        rect = self.viewport().rect().adjusted(12, 12, -12, -12)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self._empty_text
        )
        painter.end()

    @Slot(QModelIndex)
    def _on_self_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        document = index.data(ItemRole.RECORD)
        if document is not None:
            self.document_activated.emit(document)
