"""First-run column widths of the partner and agreement tables, fitted to their contents.

Fixed pixel widths cut "All agreements (21)" to "All agreements (2…", gave
a one-digit Documents column more room than the titles and let "312 bytes"
touch its neighbour; they were also wrong at any other font size or scale.
Here each narrow column gets the width of its header or its widest text
(the first :data:`SAMPLE_ROWS` rows: what is loaded anyway, as Qt's own
``resizeContentsPrecision`` samples), plus the cell's margins and a gap of
two average characters; text columns are capped at :data:`TEXT_CAP`
characters, and the name and title columns stretch to take what is left.
When the lists are too narrow for all of that, the text columns give way
first (down to their header), never the counts and dates.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QSplitter, QStyle, QTableView

from db.enums import AgreementType
from desktop.models.agreement_model import AgreementTableModel
from desktop.models.partner_model import PartnerTableModel
from desktop.support.cell_delegates import GAP
from desktop.support.labels import enum_label

if TYPE_CHECKING:
    from collections.abc import Iterable

# Rows of a model measured for its column widths.
SAMPLE_ROWS = 200
# Widest a capped text column starts, in average characters (the rest is elided).
TEXT_CAP = 24
# Narrowest the titles are made at first, in average characters.
TITLE_MIN = 36
# ...and in a window too narrow for that, where every text column is cut down too.
TITLE_LEAST = 12
# Narrowest a text column is cut down to in such a window, in average characters.
MIN_CHARS = 5


def cell_margin(view: QTableView) -> int:
    """Pixels a cell keeps around its text (the item delegate's margins, both sides)."""
    style = view.style()
    return 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def column_width(view: QTableView, column: int, texts: Iterable[str], *, cap: int = 0) -> int:
    """Width for ``column`` of ``view``: its header or its widest text, margins and gap.

    ``cap`` (average characters, 0: none) bounds what the texts may ask for;
    the header is always whole (its size hint has room for the sort arrow).
    """
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    if cap:
        widest = min(widest, cap * metrics.averageCharWidth())
    padding = cell_margin(view) + GAP * metrics.averageCharWidth()
    return max(view.horizontalHeader().sectionSizeHint(column), widest + padding)


def column_texts(model: QAbstractItemModel, column: int, rows: int = SAMPLE_ROWS) -> list[str]:
    """Return the display texts of ``column`` in the first ``rows`` rows of ``model``."""
    count = min(model.rowCount(), rows)
    texts = (model.index(row, column).data() for row in range(count))
    return [text for text in texts if isinstance(text, str)]


def bold_width(view: QTableView, text: str) -> int:
    """Width of ``text`` in the view's font made bold (the pinned row), margins and gap."""
    font = QFont(view.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    return (
        metrics.horizontalAdvance(text)
        + cell_margin(view)
        + GAP * view.fontMetrics().averageCharWidth()
    )


class BrowserColumns(QObject):
    """Fits the partner and agreement tables' columns, and the splitter between them,
    the first time ``splitter`` is shown at its real size.

    :meth:`fit` does it at once; :meth:`cancel` keeps a layout restored from
    the settings instead. Both tables' name/title columns stretch.
    """

    def __init__(
        self, splitter: QSplitter, partner_view: QTableView, agreement_view: QTableView
    ) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._partners = partner_view
        self._agreements = agreement_view
        partner_view.horizontalHeader().setSectionResizeMode(
            PartnerTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        agreement_view.horizontalHeader().setSectionResizeMode(
            AgreementTableModel.TITLE, QHeaderView.ResizeMode.Stretch
        )
        splitter.installEventFilter(self)

    def cancel(self) -> None:
        """Do not fit at the first show (the widths were restored)."""
        self._splitter.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        # Qt may still deliver an event while the Python side is being torn down (its
        # attributes gone): nothing is left to fit then.
        if getattr(self, "_splitter", None) is None:
            return False
        if watched is self._splitter and event.type() == QEvent.Type.Show:
            self._splitter.removeEventFilter(self)
            self.fit()
        return False

    def fit(self) -> None:
        """Size every column to its contents and share the splitter's width between the tables.

        The partner table gets the width of its columns, the agreement table
        the rest, its titles at least :data:`TITLE_MIN` characters; when that
        does not fit, the capped text columns of both give way in proportion
        down to their headers, and in a window too narrow even for that
        (:data:`TITLE_LEAST`), every text column down to :data:`MIN_CHARS`.
        """
        partners, agreements = self._partners, self._agreements
        p_model = partners.model()
        pinned = p_model.index(PartnerTableModel.ALL_ROW, PartnerTableModel.NAME).data() or ""
        p_name = max(
            bold_width(partners, pinned),
            column_width(partners, 0, column_texts(p_model, 0), cap=TEXT_CAP),
        )
        # (view, column, capped): capped columns are text, which may give way
        columns = (
            (partners, PartnerTableModel.LOCAL_NAME, True),
            (partners, PartnerTableModel.COUNTRY, True),
            (partners, PartnerTableModel.RELATIONSHIP, False),
            (partners, PartnerTableModel.AGREEMENTS, False),
            (agreements, AgreementTableModel.PARTNER, True),
            (agreements, AgreementTableModel.TYPE, True),
            (agreements, AgreementTableModel.DATE_SIGNED, False),
            (agreements, AgreementTableModel.DOCUMENTS, False),
            (agreements, AgreementTableModel.STATUS, True),
        )
        # (view, column) -> (wanted width, narrowest it may be made)
        wants = {(view, column): _want(view, column, capped) for view, column, capped in columns}
        # The type's longest label in the chosen language, whether shown yet or not.
        labels = [enum_label(kind) for kind in AgreementType]
        type_width = column_width(agreements, AgreementTableModel.TYPE, labels)
        type_floor = agreements.horizontalHeader().sectionSizeHint(AgreementTableModel.TYPE)
        kind = (agreements, AgreementTableModel.TYPE)
        wants[kind] = (type_width, type_width)  # the other text columns give way first
        name = (partners, PartnerTableModel.NAME)  # stretches: its width only shares the room
        wants[name] = (p_name, p_name)
        average = agreements.fontMetrics().averageCharWidth()
        chrome = _chrome(partners) + _chrome(agreements)
        room = self._splitter.width() - self._splitter.handleWidth()

        def excess(title: int) -> int:
            return chrome + title + sum(width for width, _ in wants.values()) - room

        status = (agreements, AgreementTableModel.STATUS)
        agreements.horizontalHeader().setSectionHidden(AgreementTableModel.STATUS, False)
        _shrink(wants, excess(TITLE_MIN * average))
        if excess(TITLE_MIN * average) > 0:  # the status gives way whole (the panel shows it)
            agreements.horizontalHeader().setSectionHidden(AgreementTableModel.STATUS, True)
            del wants[status]
        wants[kind] = (wants[kind][0], min(type_floor, type_width))
        _shrink(wants, excess(TITLE_MIN * average))
        if excess(TITLE_LEAST * average) > 0:  # a very narrow window: headers elide too
            texts = {name, (partners, PartnerTableModel.RELATIONSHIP)}
            texts |= {(view, column) for view, column, capped in columns if capped}
            for key, (width, floor) in wants.items():  # counts and dates stay whole
                least = min(width, MIN_CHARS * average)
                wants[key] = (width, least if key in texts else floor)
            _shrink(wants, excess(TITLE_LEAST * average))
        for (view, column), (width, _floor) in wants.items():
            if (view, column) != name:
                view.horizontalHeader().resizeSection(column, width)
        left = _chrome(partners)
        left += sum(width for (view, _), (width, _) in wants.items() if view is partners)
        self._splitter.setSizes([left, max(room - left, 0)])


def _want(view: QTableView, column: int, capped: bool) -> tuple[int, int]:
    """(width, floor) of ``column``: its contents, capped or not; a capped one may shrink
    to its header."""
    texts = column_texts(view.model(), column)
    width = column_width(view, column, texts, cap=TEXT_CAP * capped)
    floor = view.horizontalHeader().sectionSizeHint(column) if capped else width
    return width, min(floor, width)


def _chrome(view: QTableView) -> int:
    """Width a table takes besides its columns: frame and vertical scroll bar."""
    bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    return 2 * view.frameWidth() + bar


def _shrink(wants: dict[tuple[QTableView, int], tuple[int, int]], excess: int) -> None:
    """Take ``excess`` pixels from the columns of ``wants`` above their floor, in proportion."""
    spare = sum(width - floor for width, floor in wants.values())
    if excess <= 0 or spare <= 0:
        return
    share = min(excess / spare, 1.0)
    for key, (width, floor) in wants.items():
        wants[key] = (width - math.ceil((width - floor) * share), floor)
