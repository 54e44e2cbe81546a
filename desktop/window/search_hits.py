"""The results panel of a search: the document pages it found (``searchHitsView``).

Beside the agreements list, shown only while a search has page hits. Each
row is the document's name and page, over a line of the page's text with
the terms marked (bold, on a colour readable in light and dark palettes).
Choosing a row (a click, the arrow keys; Enter again) emits :attr:`SearchHitsPanel.hit_chosen`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.search_hits_model import SearchHitsModel, snippet_html
from desktop.support.item_roles import ItemRole
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QPainter

    from db.text_search import PageHit

_Index = QModelIndex | QPersistentModelIndex
# Padding around a row's two lines, in pixels.
_PAD = 4
# The panel's width when it appears, and the least it leaves the partners, in pixels.
_WIDTH, _KEEP = 340, 240


def mark_style(palette: QPalette) -> str:
    """Return the CSS of a marked term: dark text on yellow, or light text on dark amber
    when the palette is dark (the marks stay readable in either)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return (
        "background-color: #7a5c00; color: #ffffff"
        if dark
        else ("background-color: #ffe066; color: #000000")
    )


class HitDelegate(QStyledItemDelegate):
    """Paints a hit as two lines: "name — p. N", then its snippet with the terms marked."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit = index.data(ItemRole.RECORD)
        if hit is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(role)
        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        line = option.fontMetrics.height()
        painter.save()
        painter.setPen(colour)
        title = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect.adjusted(0, 0, 0, line - rect.height()), 0, title)
        document = self._snippet(hit, option, rect.width())
        painter.translate(rect.left(), rect.top() + line)
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height() - line))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # Qt override
        hit = index.data(ItemRole.RECORD)
        if hit is None:
            return super().sizeHint(option, index)
        view = option.widget
        room = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        width = max(room - 2 * _PAD, 120)
        height = self._snippet(hit, option, width).size().height()
        return QSize(width, int(option.fontMetrics.height() + height) + 2 * _PAD)

    def _snippet(self, hit: PageHit, option: QStyleOptionViewItem, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(snippet_html(hit, mark_style(option.palette)))
        document.setTextWidth(width)
        return document


class SearchHitsPanel(QWidget):
    """A heading and the list of page hits (:attr:`view`, ``searchHitsView``).

    :meth:`set_hits` fills it and shows it (hidden when there are none);
    choosing a hit emits :attr:`hit_chosen` with its :class:`~db.text_search.PageHit`.
    """

    # A hit was chosen: show its agreement and document at its page.
    hit_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchHitsPanel")
        self.model = SearchHitsModel(self)
        self.heading = QLabel(self)
        self.heading.setContentsMargins(4, 0, 4, 0)
        self.view = QListView(self)
        self.view.setObjectName("searchHitsView")
        #: Accessible name of the list of document pages a search found.
        self.view.setAccessibleName(self.tr("Found in documents"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)
        self.setMinimumWidth(220)
        # The splitter's sizes before the panel took its width (given back when it hides).
        self._sizes_before: list[int] = []
        self.view.selectionModel().currentRowChanged.connect(self._on_selection_current_changed)
        self.view.activated.connect(self._on_view_activated)
        self.hide()

    def set_hits(self, hits: Sequence[PageHit], words: Sequence[str] = ()) -> None:
        """Show ``hits`` (the panel hides when there are none); ``words`` are for the heading."""
        if tuple(hits) == self.model.hits():
            self.setVisible(bool(hits))
            return
        self.model.set_hits(hits)
        self.heading.setText(
            #: Heading of the search results panel; {count} pages found (at most 50).
            fill(self.tr("Found in documents ({count})"), count=len(hits))
        )
        self.heading.setToolTip(" ".join(words))
        give_back = not hits and not self.isHidden() and self._sizes_before
        if hits and self.isHidden():
            self._make_room()
        self.setVisible(bool(hits))
        if give_back:  # once hidden: the splitter no longer counts the panel's width
            self._give_back()

    def _make_room(self) -> None:
        """Before showing: take the panel's width from the first pane (the partners, which
        matter least while searching), so the agreements keep theirs."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter) or splitter.width() <= 0:
            return
        sizes = splitter.sizes()
        self._sizes_before = list(sizes)
        mine = splitter.indexOf(self)
        want = max(self.minimumWidth(), min(_WIDTH, splitter.width() // 4))
        first = min(want, max(sizes[0] - _KEEP, 0))
        sizes[0] -= first
        if mine > 1:
            sizes[mine - 1] -= want - first
        sizes[mine] = want
        splitter.setSizes(sizes)

    def _give_back(self) -> None:
        """Once hidden: the other panes get back the widths they had before it showed."""
        splitter = self.parentWidget()
        if isinstance(splitter, QSplitter):
            splitter.setSizes(self._sizes_before)
        self._sizes_before = []

    def choose(self, row: int) -> None:
        """Choose the hit of ``row`` as a click would (for tests and the keyboard)."""
        index = self.model.index(row, 0)
        if index.isValid():
            if self.view.currentIndex() == index:
                self.hit_chosen.emit(index.data(ItemRole.RECORD))
            self.view.setCurrentIndex(index)

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(ItemRole.RECORD) if current.isValid() else None
        if hit is not None:
            self.hit_chosen.emit(hit)

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        # Enter or a double-click shows the page again (the person may have scrolled away).
        if index.isValid():
            self.hit_chosen.emit(index.data(ItemRole.RECORD))
