"""The timeline in the window: a scroll area over a painted layout, zoomed by years.

:class:`TimelineView` (``objectName`` ``timelineView``) paints a
:class:`~desktop.drawing.layout.TimelineLayout` with
:func:`~desktop.drawing.painting.paint_timeline`, the labels and the year axis
pinned while the lanes scroll. Zoom is pixels per year: Ctrl+wheel (around the
pointer), Ctrl++ / Ctrl+- (or + and -), or :meth:`TimelineView.set_px_per_year`.
Arrow keys, Page Up/Down, Home and End scroll. Hovering a marker or a bar shows what
and when; clicking one (or Enter on the outlined one) emits :attr:`agreement_activated`.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from db.i18n.translate import language
from db.lifecycle.lives import Lives
from desktop.drawing.colours import TimelineColours
from desktop.drawing.layout import (
    AXIS_HEIGHT,
    DEFAULT_PX_PER_YEAR,
    LABEL_WIDTH,
    MAX_PX_PER_YEAR,
    MIN_PX_PER_YEAR,
    RIGHT_MARGIN,
    Bar,
    Lane,
    Marker,
    build_layout,
)
from desktop.drawing.painting import paint_timeline
from desktop.drawing.texts import bar_tip, marker_tip

# One zoom step multiplies (or divides) the pixels per year by this.
ZOOM_STEP = 1.25


class TimelineView(QAbstractScrollArea):
    """Agreements on a time axis; one partner's (a lane each) or every partner's."""

    # An agreement's bar or marker was clicked (or Enter pressed on it): its ID.
    agreement_activated = Signal(int)
    # The scale changed: pixels per year.
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        #: Accessible name of the timeline of agreements (years across, partners down).
        self.setAccessibleName(self.tr("Timeline of agreements"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setMinimumHeight(40)
        self._lives: Lives | None = None
        self._partner_id: int | None = None
        self._today = dt.date.today()
        self._px = DEFAULT_PX_PER_YEAR
        self._fit_pending = True
        self.selected: int | None = None
        self.layout_ = build_layout(_no_lives(), today=self._today, language=language())

    # -- what is shown --------------------------------------------------------

    def set_lives(self, lives: Lives, partner_id: int | None, today: dt.date) -> None:
        """Show ``lives`` (one partner's if ``partner_id``, else every partner's) as of
        ``today``; a new partner or the first call fits the years to the width."""
        if partner_id != self._partner_id:
            self._fit_pending = True
        self._lives, self._partner_id, self._today = lives, partner_id, today
        if self._fit_pending and self.viewport().width() > LABEL_WIDTH:
            self._fit_pending = False
            self._relayout(width=self.viewport().width())
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().maximum())
        else:
            self._relayout()

    def _relayout(self, *, width: float | None = None) -> None:
        lives = self._lives or _no_lives()
        self.layout_ = build_layout(
            lives,
            today=self._today,
            language=language(),
            partner_id=self._partner_id,
            px_per_year=None if width else self._px,
            width=width,
        )
        changed = not math.isclose(self.layout_.px_per_year, self._px)
        self._px = self.layout_.px_per_year
        self._update_scroll_bars()
        self.viewport().update()
        if changed:
            self.zoom_changed.emit(self._px)

    def set_selected(self, agreement_id: int | None) -> None:
        """Outline ``agreement_id``'s bar (none: no outline) and scroll it into view."""
        self.selected = agreement_id
        bar = self.bar_of(agreement_id)
        if bar is not None:
            self.ensure_visible(QPointF(bar.x0, bar.y))
        self.viewport().update()

    def bar_of(self, agreement_id: int | None) -> Bar | None:
        """The bar of ``agreement_id``, none if it is not shown."""
        return next((b for b in self.layout_.bars if b.agreement_id == agreement_id), None)

    # -- zoom -----------------------------------------------------------------

    @property
    def px_per_year(self) -> float:
        """The scale: pixels per year."""
        return self._px

    def set_px_per_year(self, value: float, anchor: QPoint | None = None) -> None:
        """Zoom to ``value`` pixels per year (kept within the limits), keeping the day at
        ``anchor`` (a point of the viewport; default its middle) where it is."""
        value = min(max(value, MIN_PX_PER_YEAR), MAX_PX_PER_YEAR)
        if math.isclose(value, self._px):
            return
        area_x = (anchor.x() if anchor else self.viewport().width() / 2) - LABEL_WIDTH
        area_x = max(area_x, 0.0)
        day = self.layout_.date_at(area_x + self.horizontalScrollBar().value())
        self._px = value
        self._fit_pending = False
        self._relayout()
        self.horizontalScrollBar().setValue(round(self.layout_.x_of(day) - area_x))
        self.zoom_changed.emit(self._px)

    def zoom_in(self) -> None:
        """Show fewer years, larger."""
        self.set_px_per_year(self._px * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Show more years, smaller."""
        self.set_px_per_year(self._px / ZOOM_STEP)

    def fit_width(self) -> None:
        """Zoom so that every year shown fits the width of the view."""
        self._relayout(width=max(self.viewport().width(), LABEL_WIDTH + RIGHT_MARGIN + 1))

    # -- geometry -------------------------------------------------------------

    def _update_scroll_bars(self) -> None:
        size = self.viewport().size()
        lanes_width = max(size.width() - LABEL_WIDTH, 0)
        lanes_height = max(size.height() - AXIS_HEIGHT, 0)
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(0, math.ceil(self.layout_.width - lanes_width)))
        horizontal.setPageStep(max(int(lanes_width), 1))
        horizontal.setSingleStep(max(int(self._px / 4), 8))
        vertical.setRange(0, max(0, math.ceil(self.layout_.height - lanes_height)))
        vertical.setPageStep(max(int(lanes_height), 1))
        vertical.setSingleStep(20)

    def offset(self) -> QPointF:
        """How far the lanes are scrolled (pixels right, down)."""
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def to_viewport(self, x: float, y: float, *, pinned: bool = False) -> QPoint:
        """The viewport point of the layout's ``(x, y)``; ``pinned``: ``y`` is in the
        year axis (lane -1), which does not scroll down."""
        offset = self.offset()
        dy = 0.0 if pinned else offset.y()
        return QPoint(round(LABEL_WIDTH + x - offset.x()), round(AXIS_HEIGHT + y - dy))

    def marker_point(self, marker: Marker) -> QPoint:
        """Where ``marker`` is in the viewport."""
        return self.to_viewport(marker.x, marker.y, pinned=marker.lane < 0)

    def ensure_visible(self, point: QPointF) -> None:
        """Scroll so that the layout's ``point`` is inside the view, with a margin."""
        offset, size = self.offset(), self.viewport().size()
        width, height = size.width() - LABEL_WIDTH, size.height() - AXIS_HEIGHT
        if not offset.x() + 20 <= point.x() <= offset.x() + width - 20:
            self.horizontalScrollBar().setValue(round(point.x() - width / 3))
        if not offset.y() <= point.y() <= offset.y() + height - 10:
            self.verticalScrollBar().setValue(round(point.y() - height / 3))

    def lane_at(self, pos: QPoint) -> Lane | None:
        """The lane at the viewport point ``pos`` (its label or its bars), none if none is."""
        if pos.y() < AXIS_HEIGHT:
            return None
        return self.layout_.lane_of(pos.y() - AXIS_HEIGHT + self.offset().y())

    def item_at(self, pos: QPoint) -> Marker | Bar | None:
        """The marker (first) or bar at the viewport point ``pos``, none if none is."""
        if pos.x() < LABEL_WIDTH:
            return None
        offset = self.offset()
        x = pos.x() - LABEL_WIDTH + offset.x()
        if pos.y() < AXIS_HEIGHT:
            marker = self.layout_.marker_at(x, pos.y() - AXIS_HEIGHT)
            return marker if marker is not None and marker.lane < 0 else None
        y = pos.y() - AXIS_HEIGHT + offset.y()
        return self.layout_.marker_at(x, y) or self.layout_.bar_at(x, y)

    # -- Qt overrides ---------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: ANN001 - Qt override
        super().resizeEvent(event)
        if self._fit_pending and self._lives is not None and self.viewport().width() > LABEL_WIDTH:
            self._fit_pending = False
            self._relayout(width=self.viewport().width())
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().maximum())
        self._update_scroll_bars()

    def scrollContentsBy(self, _dx: int, _dy: int) -> None:  # noqa: N802 - Qt override
        self.viewport().update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self.viewport())
        painter.setFont(self.font())
        paint_timeline(
            painter,
            QRectF(self.viewport().rect()),
            self.layout_,
            colours=TimelineColours.from_palette(self.palette()),
            offset=self.offset(),
            selected=self.selected,
        )

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.item_at(event.pos())
            if isinstance(item, Marker):
                QToolTip.showText(event.globalPos(), marker_tip(item), self.viewport())
            elif isinstance(item, Bar):
                QToolTip.showText(event.globalPos(), bar_tip(item), self.viewport())
            elif event.pos().x() < LABEL_WIDTH and (lane := self.lane_at(event.pos())):
                QToolTip.showText(event.globalPos(), lane.label, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self.item_at(event.position().toPoint())
        clickable = item is not None and (not isinstance(item, Marker) or item.agreement_id)
        cursor = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(cursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.position().toPoint()
            item = self.item_at(pos)
            agreement_id = item.agreement_id if item is not None else None
            if agreement_id is None and pos.x() < LABEL_WIDTH and (lane := self.lane_at(pos)):
                agreement_id = lane.agreement_id  # one partner's: a lane is an agreement
            if agreement_id is not None:
                self.selected = agreement_id
                self.viewport().update()
                self.agreement_activated.emit(agreement_id)
            event.accept()  # a click on nothing is still the view's
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_px_per_year(self._px * ZOOM_STEP**steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif key == Qt.Key.Key_Left:
            horizontal.setValue(horizontal.value() - horizontal.singleStep())
        elif key == Qt.Key.Key_Right:
            horizontal.setValue(horizontal.value() + horizontal.singleStep())
        elif key == Qt.Key.Key_Up:
            vertical.setValue(vertical.value() - vertical.singleStep())
        elif key == Qt.Key.Key_Down:
            vertical.setValue(vertical.value() + vertical.singleStep())
        elif key == Qt.Key.Key_Home:
            horizontal.setValue(horizontal.minimum())
        elif key == Qt.Key.Key_End:
            horizontal.setValue(horizontal.maximum())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.agreement_activated.emit(self.selected)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def _no_lives() -> Lives:
    return Lives({}, (), {})
