"""Agreements signed per year, stacked by type: counted, painted, saved as a PNG.

:func:`year_counts` counts (pure Python); :func:`paint_chart` draws the counts on any
``QPainter`` (a widget, a ``QImage``, a PDF); :class:`TypeChart` is the widget, whose
:meth:`TypeChart.save_png` writes the chart at twice its size on screen (sharp on
a high-density screen and in a document) through ``QSaveFile``, so a failed write
never leaves half a file where an older one was.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QRectF, QSaveFile, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from db.enums import AgreementType
from db.i18n.translate import fill, language
from desktop.drawing.colours import TimelineColours
from desktop.drawing.legend import legend_height, legend_items, paint_legend
from desktop.drawing.texts import CHART_TITLE, CHART_TITLE_OF, NO_AGREEMENTS, word

if TYPE_CHECKING:
    from pathlib import Path

    from db.lifecycle.lives import Lives

# How much larger than on screen :meth:`TypeChart.save_png` draws.
PNG_SCALE = 2


@dataclass(frozen=True)
class YearCounts:
    """Agreements signed each year by type: ``counts[(year, type)]``; ``years`` runs
    from the first year to the last, years without agreements included."""

    years: tuple[int, ...]
    counts: dict[tuple[int, AgreementType], int]

    def total(self, year: int) -> int:
        """How many agreements were signed in ``year``, of every type."""
        return sum(self.counts.get((year, kind), 0) for kind in AgreementType)

    @property
    def types(self) -> tuple[AgreementType, ...]:
        """The types that occur, in the enumeration's order."""
        present = {kind for _year, kind in self.counts}
        return tuple(kind for kind in AgreementType if kind in present)


def year_counts(lives: Lives, partner_id: int | None = None) -> YearCounts:
    """Count the agreements of ``lives`` (only ``partner_id``'s, if given) by the year
    they were signed and their type."""
    counts: Counter[tuple[int, AgreementType]] = Counter()
    for life in lives.agreements:
        if partner_id is None or life.partner_id == partner_id:
            kind = lives.types.get(life.id, AgreementType.OTHER)
            counts[(life.date_signed.year, kind)] += 1
    if not counts:
        return YearCounts((), {})
    first, last = min(y for y, _k in counts), max(y for y, _k in counts)
    return YearCounts(tuple(range(first, last + 1)), dict(counts))


def _nice_step(top: int) -> int:
    """A step between labelled counts giving at most about five labels."""
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if top / step <= 5:
            return step
    return 10000


def paint_chart(
    painter: QPainter,
    rect: QRectF,
    counts: YearCounts,
    code: str,
    colours: TimelineColours,
    *,
    partner: str = "",
) -> None:
    """Draw ``counts`` into ``rect``: a heading (naming ``partner`` if given), the bars
    stacked by type, a count axis, the years under the bars (thinned out when they would
    touch), and a legend of the types, in the language ``code``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, colours.base)
    metrics = QFontMetricsF(painter.font(), painter.device())
    line = metrics.height()
    painter.setPen(colours.text)
    inner = rect.adjusted(10, 6, -10, -6)
    title = QRectF(inner.left(), inner.top(), inner.width(), line + 4)
    heading = (
        fill(word(CHART_TITLE_OF, code), partner=partner) if partner else word(CHART_TITLE, code)
    )
    font = painter.font()
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)
    painter.setFont(font)
    if not counts.years:
        painter.setPen(colours.muted)
        painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, word(NO_AGREEMENTS, code))
        painter.restore()
        return
    items = legend_items(code, marks=False, types=counts.types)
    key_height = legend_height(metrics, inner.width(), items)
    paint_legend(painter, QRectF(inner.left(), inner.bottom() - key_height, inner.width(),
                                 key_height), items, colours)  # fmt: skip
    top = max(counts.total(year) for year in counts.years)
    step = _nice_step(top)
    ceiling = -(-top // step) * step
    axis_width = metrics.horizontalAdvance(str(ceiling)) + 8.0
    plot = QRectF(
        inner.left() + axis_width,
        title.bottom() + line / 2,
        inner.width() - axis_width,
        inner.height() - title.height() - line / 2 - key_height - line - 8,
    )
    if plot.height() <= 4 or plot.width() <= 4:
        painter.restore()
        return
    for value in range(0, ceiling + 1, step):
        y = plot.bottom() - plot.height() * value / ceiling
        painter.setPen(colours.grid)
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(colours.muted)
        label = QRectF(inner.left(), y - line / 2, axis_width - 6, line)
        painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(value))  # fmt: skip
    slot = plot.width() / len(counts.years)
    bar_width = max(min(slot * 0.7, 40.0), 1.0)
    label_step = 1
    while label_step * slot < metrics.horizontalAdvance("0000") + 6:
        label_step += 1
    for i, year in enumerate(counts.years):
        x = plot.left() + slot * i + (slot - bar_width) / 2
        y = plot.bottom()
        for kind in AgreementType:
            n = counts.counts.get((year, kind), 0)
            if n:
                height = plot.height() * n / ceiling
                painter.fillRect(QRectF(x, y - height, bar_width, height), colours.of_type(kind))
                y -= height
        if i % label_step == 0:
            painter.setPen(colours.text)
            label = QRectF(plot.left() + slot * i - 20, plot.bottom() + 2, slot + 40, line)
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             str(year))  # fmt: skip
    painter.setPen(colours.muted)
    painter.drawLine(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()))
    painter.restore()


class TypeChart(QWidget):
    """The chart of agreements signed per year by type (``objectName`` ``typeChart``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("typeChart")
        #: Accessible name of the chart of agreements signed each year, by type.
        self.setAccessibleName(self.tr("Agreements signed per year, by type"))
        self.counts = YearCounts((), {})
        self.partner = ""
        self.setMinimumSize(240, 80)

    def set_counts(self, counts: YearCounts, partner: str = "") -> None:
        """Show ``counts`` (from :func:`year_counts`), of ``partner`` if named."""
        self.counts, self.partner = counts, partner
        self.update()

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(640, 260)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        self._paint(painter, QRectF(self.rect()))

    def _paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.setFont(self.font())
        colours = TimelineColours.from_palette(self.palette())
        paint_chart(painter, rect, self.counts, language(), colours, partner=self.partner)

    def image(self, scale: int = PNG_SCALE) -> QImage:
        """The chart drawn at ``scale`` times its size on screen (pixels), as a QImage."""
        size = self.size()
        image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        self._paint(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image

    def save_png(self, path: Path) -> bool:
        """Write the chart to ``path`` as a PNG at :data:`PNG_SCALE` times its size,
        replacing the file only once the whole image is written; False if it could
        not be written (the old file, if any, is left as it was)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 takes the format as str here, though its stubs say bytes.
        if not self.image().save(buffer, "PNG"):  # type: ignore[call-overload]
            return False
        buffer.close()
        target = QSaveFile(str(path))
        if not target.open(QIODevice.OpenModeFlag.WriteOnly):
            return False
        if target.write(data) != data.size():
            target.cancelWriting()
            return False
        return target.commit()
