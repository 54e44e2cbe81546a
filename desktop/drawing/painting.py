"""Painting a :class:`~desktop.drawing.layout.TimelineLayout` on any ``QPainter``.

The same calls draw the window's view, a ``QImage`` and a vector PDF
(``QPdfWriter``): nothing here asks a widget for anything. Text is written in the
painter's font (the application's default unless the caller set another), so
Japanese and English both read; colours come from
:class:`~desktop.drawing.colours.TimelineColours` (the palette, or
:meth:`~desktop.drawing.colours.TimelineColours.for_print`).

A drawing in ``rect`` has a label column on the left (:data:`LABEL_WIDTH`) and the
year axis on top (:data:`AXIS_HEIGHT`), both pinned; the lanes fill the rest,
shifted by ``offset`` (a scroll position). The legend is painted apart
(:func:`desktop.drawing.legend.paint_legend`).

Every length is in the layout's pixels. On a device of another resolution (a
``QPdfWriter`` has 1200 dots per inch) scale the painter to fit and give it a font
sized in pixels (:func:`pixel_font`): a font sized in points would be measured in the
device's dots and come out several times too large.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from desktop.drawing.layout import (
    AXIS_HEIGHT,
    BAR_HEIGHT,
    LABEL_WIDTH,
    MarkKind,
)

if TYPE_CHECKING:
    from desktop.drawing.colours import TimelineColours
    from desktop.drawing.layout import Arrow, Bar, TimelineLayout

# Length of the fade at the end of a bar without an end date (pixels).
FADE = 28.0
# Pixels per year from which every year has its line (else only labelled years do).
MINOR_LINES = 24.0
# Steps in years between labelled years, the smallest that fits is used.
YEAR_STEPS = (1, 2, 5, 10, 20, 50, 100)


def pixel_font(font: QFont, dpi: float = 96.0) -> QFont:
    """``font`` sized in pixels as a screen of ``dpi`` shows it (9 pt: 12 px at 96 dpi),
    for a painter scaled to a PDF or printer (see the module's docstring)."""
    sized = QFont(font)
    if font.pixelSize() <= 0:
        sized.setPixelSize(max(round(font.pointSizeF() * dpi / 72), 1))
    return sized


def paint_timeline(
    painter: QPainter,
    rect: QRectF,
    layout: TimelineLayout,
    *,
    colours: TimelineColours,
    offset: QPointF | None = None,
    selected: int | None = None,
) -> None:
    """Draw ``layout`` into ``rect`` of ``painter``'s device.

    ``offset`` (pixels, default none) is how far the lanes are scrolled right and
    down; ``selected`` is an agreement ID to outline. The painter's state is restored
    afterwards. Labels are the layout's (made in its language by
    :func:`~desktop.drawing.layout.build_layout`).
    """
    offset = offset or QPointF(0, 0)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(rect, colours.base)
    lanes_area = QRectF(
        rect.left() + LABEL_WIDTH,
        rect.top() + AXIS_HEIGHT,
        max(rect.width() - LABEL_WIDTH, 0),
        max(rect.height() - AXIS_HEIGHT, 0),
    )
    origin = QPointF(lanes_area.left() - offset.x(), lanes_area.top() - offset.y())
    painter.save()
    painter.setClipRect(lanes_area)
    _paint_lanes(painter, lanes_area, origin, layout, colours, selected)
    painter.restore()
    _paint_labels(painter, rect, origin, layout, colours)
    _paint_axis(painter, rect, origin, layout, colours)
    painter.restore()


def _paint_lanes(painter, area, origin, layout, colours, selected) -> None:  # noqa: ANN001
    top, bottom = area.top() - origin.y(), area.bottom() - origin.y()  # in the layout's y
    left, right = area.left() - origin.x(), area.right() - origin.x()
    for lane in layout.lanes:
        if lane.bottom < top or lane.top > bottom:
            continue
        if lane.index % 2:
            band = QRectF(area.left(), origin.y() + lane.top, area.width(), lane.height)
            painter.fillRect(band, colours.alternate)
    end = origin.y() + layout.height
    step = year_step(layout.px_per_year, painter.fontMetrics().horizontalAdvance("0000"))
    for year, x in layout.years:
        if year % step and layout.px_per_year < MINOR_LINES:
            continue  # a line every year only when years are wide
        pen = QPen(colours.grid, 1.0 if year % step else 1.4)
        painter.setPen(pen)
        painter.drawLine(QLineF(origin.x() + x, area.top(), origin.x() + x, max(end, area.top())))
    painter.setPen(QPen(colours.today, 1.5, Qt.PenStyle.DashLine))
    tx = origin.x() + layout.today_x
    painter.drawLine(QLineF(tx, area.top(), tx, max(end, area.top())))
    for marker in layout.markers:
        if marker.lane < 0:  # one partner's affiliation: a line across every lane
            painter.setPen(QPen(colours.muted, 1.2, Qt.PenStyle.DotLine))
            ax = origin.x() + marker.x
            painter.drawLine(QLineF(ax, area.top(), ax, max(end, area.top())))
    for bar in layout.bars:
        if bar.y + BAR_HEIGHT < top or bar.y - BAR_HEIGHT > bottom:
            continue
        if bar.x1 < left - FADE or bar.x0 > right + FADE:
            continue
        _paint_bar(painter, origin, bar, colours, bar.agreement_id == selected)
    for arrow in layout.arrows:
        _paint_arrow(painter, origin, arrow, colours)
    for marker in layout.markers:
        if marker.lane < 0 or marker.y < top - 10 or marker.y > bottom + 10:
            continue
        if marker.x < left - 10 or marker.x > right + 10:
            continue
        paint_mark(painter, QPointF(origin.x() + marker.x, origin.y() + marker.y), marker.kind,
                   colours)  # fmt: skip


def _paint_bar(painter, origin, bar: Bar, colours: TimelineColours, selected: bool) -> None:  # noqa: ANN001
    colour = colours.of_type(bar.type)
    rect = QRectF(
        origin.x() + bar.x0, origin.y() + bar.y - BAR_HEIGHT / 2, max(bar.x1 - bar.x0, 2.0),
        BAR_HEIGHT,
    )  # fmt: skip
    if bar.open_ended and rect.width() > FADE:
        gradient = QLinearGradient(rect.right() - FADE, 0, rect.right(), 0)
        faded = QColor(colour)
        faded.setAlphaF(0.15)
        gradient.setColorAt(0, colour)
        gradient.setColorAt(1, faded)
        brush = QBrush(colour)
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width() - FADE, rect.height()), brush)
        painter.fillRect(
            QRectF(rect.right() - FADE, rect.top(), FADE, rect.height()), QBrush(gradient)
        )
        # A chevron: it goes on past today.
        painter.setPen(QPen(colour, 2.0))
        tip = QPointF(rect.right() + 6, rect.center().y())
        painter.drawPolyline(QPolygonF([tip + QPointF(-4, -4), tip, tip + QPointF(-4, 4)]))
    else:
        painter.fillRect(rect, colour)
    if selected:
        painter.setPen(QPen(colours.highlight, 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(-2, -2, 2, 2))


def _paint_arrow(painter, origin, arrow: Arrow, colours: TimelineColours) -> None:  # noqa: ANN001
    start = QPointF(origin.x() + arrow.x1, origin.y() + arrow.y1)
    end = QPointF(origin.x() + arrow.x2, origin.y() + arrow.y2)
    reach = max(18.0, abs(end.x() - start.x()) / 3)
    path = QPainterPath(start)
    end -= QPointF(6, 0)  # its head just before the bar, beside the marker there
    path.cubicTo(start + QPointF(reach, 0), end - QPointF(reach, 0), end - QPointF(5, 0))
    painter.setPen(QPen(colours.text, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    paint_arrow_head(painter, end, colours.text)


def paint_arrow_head(painter: QPainter, tip: QPointF, colour: QColor) -> None:
    """A small filled head pointing right, its point at ``tip``."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPolygon(QPolygonF([tip, tip + QPointF(-7, -4), tip + QPointF(-7, 4)]))


def paint_mark(painter: QPainter, at: QPointF, kind: MarkKind, colours: TimelineColours) -> None:
    """Draw the marker of ``kind`` centred on ``at``: a shape per kind, so that print
    in black and white still tells them apart."""
    painter.save()
    pen = QPen(colours.text, 1.5)
    painter.setPen(pen)
    x, y = at.x(), at.y()
    if kind is MarkKind.SIGNED:
        painter.setBrush(colours.base)
        painter.drawEllipse(at, 4.0, 4.0)
    elif kind is MarkKind.IN_FORCE:
        painter.setBrush(colours.text)
        painter.drawEllipse(at, 3.5, 3.5)
    elif kind is MarkKind.RENEWED:
        painter.setBrush(colours.text)
        painter.setPen(QPen(colours.base, 1.0))
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - 6), QPointF(x + 5, y), QPointF(x, y + 6), QPointF(x - 5, y)])
        )
    elif kind is MarkKind.EXPIRES:
        painter.setPen(QPen(colours.text, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QLineF(x, y - 8, x, y + 8))
    elif kind is MarkKind.TERMINATED:
        painter.setPen(QPen(colours.text, 2.5))
        painter.drawLine(QLineF(x - 5, y - 5, x + 5, y + 5))
        painter.drawLine(QLineF(x - 5, y + 5, x + 5, y - 5))
    elif kind is MarkKind.AFFILIATION:
        painter.setBrush(colours.today)
        painter.setPen(QPen(colours.text, 1.0))
        painter.drawPolygon(
            QPolygonF([QPointF(x - 6, y - 5), QPointF(x + 6, y - 5), QPointF(x, y + 5)])
        )
    painter.restore()


def _paint_labels(painter, rect, origin, layout, colours) -> None:  # noqa: ANN001
    column = QRectF(rect.left(), rect.top() + AXIS_HEIGHT, LABEL_WIDTH, rect.height() - AXIS_HEIGHT)
    painter.fillRect(QRectF(rect.left(), rect.top(), LABEL_WIDTH, rect.height()), colours.panel)
    painter.save()
    painter.setClipRect(column)
    metrics = painter.fontMetrics()
    painter.setPen(colours.text)
    for lane in layout.lanes:
        y = origin.y() + lane.top
        if y > column.bottom() or y + lane.height < column.top():
            continue
        if lane.index % 2:
            painter.fillRect(QRectF(column.left(), y, LABEL_WIDTH, lane.height), colours.alternate)
        # One line, at the height of the lane's first row of bars.
        line = QRectF(column.left() + 8, y, LABEL_WIDTH - 16, min(lane.height, 28.0))
        text = metrics.elidedText(lane.label, Qt.TextElideMode.ElideRight, int(line.width()))
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    painter.restore()
    painter.setPen(QPen(colours.grid, 1.0))
    painter.drawLine(
        QLineF(rect.left() + LABEL_WIDTH, rect.top(), rect.left() + LABEL_WIDTH, rect.bottom())
    )


def year_step(px_per_year: float, label_width: float) -> int:
    """The fewest years between labelled years so that labels ``label_width`` wide
    (plus a gap) do not touch."""
    for step in YEAR_STEPS:
        if step * px_per_year >= label_width + 8:
            return step
    return YEAR_STEPS[-1]


def _paint_axis(painter, rect, origin, layout, colours) -> None:  # noqa: ANN001
    axis = QRectF(rect.left() + LABEL_WIDTH, rect.top(), rect.width() - LABEL_WIDTH, AXIS_HEIGHT)
    painter.fillRect(axis, colours.panel)
    painter.save()
    painter.setClipRect(axis)
    metrics = painter.fontMetrics()
    step = year_step(layout.px_per_year, metrics.horizontalAdvance("0000"))
    for year, x in layout.years:
        left = origin.x() + x
        if left < axis.left() - 60 or left > axis.right() + 2:
            continue
        labelled = (
            year % step == 0 and left + 3 + metrics.horizontalAdvance(str(year)) <= axis.right()
        )
        painter.setPen(QPen(colours.muted if labelled else colours.grid, 1.0))
        painter.drawLine(QLineF(left, axis.bottom() - (8 if labelled else 4), left, axis.bottom()))
        if labelled:
            painter.setPen(colours.text)
            box = QRectF(left + 3, axis.top(), 60, axis.height() - 14)  # the marker below
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(year))  # fmt: skip
    for marker in layout.markers:
        if marker.lane < 0:
            at = QPointF(origin.x() + marker.x, axis.bottom() + marker.y)
            paint_mark(painter, at, marker.kind, colours)
    painter.restore()
    painter.setPen(QPen(colours.grid, 1.0))
    painter.drawLine(QLineF(rect.left(), axis.bottom(), rect.right(), axis.bottom()))
