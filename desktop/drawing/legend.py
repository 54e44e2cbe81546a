"""The legend of the timeline and the chart: each symbol or colour, then what it means.

Items flow left to right and wrap onto more lines when ``rect`` is narrow;
:func:`legend_height` says how tall a legend of a given width is, so a page or a
widget can make room before painting it with :func:`paint_legend`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.drawing.colours import TimelineColours
from desktop.drawing.layout import BAR_HEIGHT, MarkKind
from desktop.drawing.painting import paint_arrow_head, paint_mark
from desktop.drawing.texts import MARK_LABELS, OPEN_ENDED, SUPERSEDED, TODAY, word

if TYPE_CHECKING:
    from db.enums import AgreementType

# Width of an item's symbol, the gap after it and between items (pixels).
SYMBOL = 22.0
GAP = 6.0
SPACING = 16.0
LINE = 20.0

Symbol = Callable[[QPainter, QRectF, TimelineColours], None]


@dataclass(frozen=True)
class LegendItem:
    """One entry: ``draw`` paints its symbol into a square, ``text`` says what it is."""

    text: str
    draw: Symbol


def _mark(kind: MarkKind) -> Symbol:
    return lambda p, box, colours: paint_mark(p, box.center(), kind, colours)


def _chip(kind: AgreementType) -> Symbol:
    def draw(p: QPainter, box: QRectF, colours: TimelineColours) -> None:
        p.fillRect(QRectF(box.left() + 2, box.center().y() - 5, box.width() - 4, 10),
                   colours.of_type(kind))  # fmt: skip

    return draw


def _arrow(p: QPainter, box: QRectF, colours: TimelineColours) -> None:
    p.setPen(QPen(colours.text, 1.4))
    y = box.center().y()
    p.drawLine(QLineF(box.left() + 1, y, box.right() - 5, y))
    paint_arrow_head(p, QPointF(box.right(), y), colours.text)


def _today(p: QPainter, box: QRectF, colours: TimelineColours) -> None:
    p.setPen(QPen(colours.today, 1.5, Qt.PenStyle.DashLine))
    x = box.center().x()
    p.drawLine(QLineF(x, box.top() + 2, x, box.bottom() - 2))


def _open(p: QPainter, box: QRectF, colours: TimelineColours) -> None:
    colour = colours.muted
    y = box.center().y()
    bar = QRectF(box.left(), y - BAR_HEIGHT / 2, box.width() - 7, BAR_HEIGHT)
    gradient = QLinearGradient(bar.left(), 0, bar.right(), 0)
    faded = QColor(colour)
    faded.setAlphaF(0.15)
    gradient.setColorAt(0.3, colour)
    gradient.setColorAt(1, faded)
    p.fillRect(bar, QBrush(gradient))
    p.setPen(QPen(colour, 2.0))
    p.drawPolyline([QPointF(box.right() - 4, y - 4), QPointF(box.right(), y),
                    QPointF(box.right() - 4, y + 4)])  # fmt: skip


def legend_items(
    language: str, *, marks: bool = True, types: Sequence[AgreementType] = ()
) -> list[LegendItem]:
    """The timeline's symbols (``marks``), then a colour chip for each of ``types``,
    named in ``language``."""
    items: list[LegendItem] = []
    if marks:
        items += [LegendItem(word(MARK_LABELS[kind], language), _mark(kind)) for kind in MarkKind]
        items.append(LegendItem(word(SUPERSEDED, language), _arrow))
        items.append(LegendItem(word(OPEN_ENDED, language), _open))
        items.append(LegendItem(word(TODAY, language), _today))
    items += [LegendItem(kind.label_in(language), _chip(kind)) for kind in types]
    return items


def _flow(metrics: QFontMetricsF, width: float, items: Sequence[LegendItem]) -> list[QPointF]:
    """The top-left corner of each item, wrapping before one that would pass ``width``."""
    places: list[QPointF] = []
    x = y = 0.0
    for item in items:
        size = SYMBOL + GAP + metrics.horizontalAdvance(item.text)
        if x > 0 and x + size > width:
            x, y = 0.0, y + LINE
        places.append(QPointF(x, y))
        x += size + SPACING
    return places


def legend_height(metrics: QFontMetricsF, width: float, items: Sequence[LegendItem]) -> float:
    """How tall ``items`` are when they flow into ``width`` pixels."""
    places = _flow(metrics, width, items)
    return (places[-1].y() + LINE) if places else 0.0


def paint_legend(
    painter: QPainter, rect: QRectF, items: Sequence[LegendItem], colours: TimelineColours
) -> float:
    """Paint ``items`` flowing in ``rect`` (from its top-left); return the height used."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    metrics = QFontMetricsF(painter.font(), painter.device())
    places = _flow(metrics, rect.width(), items)
    for item, place in zip(items, places, strict=True):
        at = rect.topLeft() + place
        box = QRectF(at.x(), at.y() + (LINE - 16) / 2, SYMBOL, 16)
        item.draw(painter, box, colours)
        painter.setPen(colours.text)
        text = QRectF(at.x() + SYMBOL + GAP, at.y(), rect.width(), LINE)
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         item.text)  # fmt: skip
    painter.restore()
    return legend_height(metrics, rect.width(), items)


class TimelineLegend(QWidget):
    """The timeline's legend as a widget: as tall as its items need at its width."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineLegend")
        self._items = legend_items(language)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return int(legend_height(QFontMetricsF(self.font()), width - 8, self._items)) + 6

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(900, self.heightForWidth(900))

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(100, int(LINE) + 6)  # narrower, it wraps (heightForWidth)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        paint_legend(
            painter,
            QRectF(4, 3, self.width() - 8, self.height() - 6),
            self._items,
            TimelineColours.from_palette(self.palette()),
        )
