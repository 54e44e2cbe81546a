"""Item delegates for Accord's tables: a gap between columns, and counts that are never cut.

Qt's delegate measures a cell as its text plus the focus-frame margins, so a
column sized to its contents ("312 bytes", right-aligned) touches the next
column's text; and a cell too narrow for its text is elided at the end,
which turned "All agreements (21)" into "All agreements (2…", a wrong count.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from desktop.support.item_roles import ItemRole

# Space between the text of two columns, in average characters.
GAP = 2


class SpacedDelegate(QStyledItemDelegate):
    """Asks for :data:`GAP` average characters more than the text, so that columns sized
    to their contents (``ResizeToContents``) keep a gap between them.

    A cell whose ``ItemRole.KEEP`` is a non-empty end of its text (a count such as
    "(21)") keeps that end whole when the cell is too narrow: the text before it is
    elided instead.
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # Qt override
        size = super().sizeHint(option, index)
        return QSize(size.width() + GAP * option.fontMetrics.averageCharWidth(), size.height())

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:  # Qt override
        super().initStyleOption(option, index)
        keep = index.data(ItemRole.KEEP)
        if isinstance(keep, str) and keep and option.text.endswith(keep):
            option.text = keep_end(option, keep)


class SpacedHeader(QHeaderView):
    """A horizontal header whose sections ask for :data:`GAP` average characters more than
    their text, so that two headings sized to their text ("Size", "Added") never touch."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(Qt.Orientation.Horizontal, view)
        self.setHighlightSections(False)
        self.setSectionsClickable(True)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N803 - Qt override
        size = super().sectionSizeFromContents(logicalIndex)
        return QSize(size.width() + GAP * self.fontMetrics().averageCharWidth(), size.height())


def spaced_header(view: QTableView) -> QHeaderView:
    """Give ``view`` a :class:`SpacedHeader` (before its model is set) and return it."""
    view.setHorizontalHeader(SpacedHeader(view))
    return view.horizontalHeader()


def keep_end(option: QStyleOptionViewItem, keep: str) -> str:
    """Return ``option.text`` elided to fit ``option.rect`` with its end ``keep`` whole.

    The room is the cell's width less the margins the style draws text within
    (``PM_FocusFrameHMargin`` + 1 on each side, as ``QCommonStyle`` does).
    """
    text = option.text
    style = option.widget.style() if option.widget is not None else QApplication.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
    room = option.rect.width() - 2 * margin
    metrics = option.fontMetrics
    if metrics.horizontalAdvance(text) <= room:
        return text
    head = text[: len(text) - len(keep)]
    stem = head.rstrip()
    space = head[len(stem) :]
    left = room - metrics.horizontalAdvance(space + keep)
    elided = metrics.elidedText(stem, Qt.TextElideMode.ElideRight, max(left, 0))
    return elided + space + keep
