"""The timeline picture of a briefing sheet, drawn as the window's Timeline dock draws it.

:func:`timeline_painter` is called by the window's File › Briefing Sheet… and by
``accord briefing`` before the sheet is written: it reads the lives of the sheet's
agreements then, in the calling thread, and returns a :class:`TimelinePicture` that
:func:`desktop.briefing.sheet.write_briefing` calls in the writing thread with the
sheet's painter and the rectangle left for it (its :attr:`~TimelinePicture.height`
tall). The picture is the layout and painting of :mod:`desktop.drawing`, black on white
for paper, with the same lanes and markers as on screen (one lane per agreement for a
partner's sheet, one per partner for a selection across partners), and its legend.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QGuiApplication

from db.i18n.translate import language
from db.lifecycle.lives import Lives, read_lives
from desktop.drawing.colours import TimelineColours
from desktop.drawing.layout import AXIS_HEIGHT, build_layout
from desktop.drawing.legend import legend_height, legend_items, paint_legend
from desktop.drawing.painting import paint_timeline, pixel_font

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtGui import QPainter

    from db.briefing import Briefing
    from db.library import Library

# Width the height is worked out for (pixels at 96 dpi: A4's text width is about 680).
_NOMINAL_WIDTH = 680.0
# Room between the lanes and the legend, in pixels.
_GAP = 8.0
# The most lanes drawn on paper: a sheet of many partners shows their first ones.
MAX_LANES = 24


@dataclasses.dataclass(frozen=True)
class TimelinePicture:
    """Draws the timeline of ``lives`` (one partner's lanes if ``partner_id``) as of
    ``today`` in ``language``; ``height`` is the room it needs, in pixels at 96 dpi."""

    lives: Lives
    partner_id: int | None
    today: dt.date
    language: str
    height: float

    def __call__(self, painter: QPainter, rect: QRectF) -> None:
        """Paint into ``rect`` of ``painter`` (96-dpi units, as the sheet lays out)."""
        layout = build_layout(
            self.lives, today=self.today, language=self.language,
            partner_id=self.partner_id, width=rect.width(),
        )  # fmt: skip
        painter.save()
        try:
            painter.setFont(pixel_font(QGuiApplication.font()))
            colours = TimelineColours.for_print()
            lanes = QRectF(rect.left(), rect.top(), rect.width(), AXIS_HEIGHT + layout.height)
            paint_timeline(painter, lanes, layout, colours=colours)
            legend = QRectF(rect.left(), lanes.bottom() + _GAP, rect.width(), rect.height())
            paint_legend(painter, legend, legend_items(self.language), colours)
        finally:
            painter.restore()


def timeline_painter(library: Library, briefing: Briefing) -> TimelinePicture | None:
    """Return what draws ``briefing``'s timeline, its lives read from ``library`` now;
    ``None`` when the sheet has no agreement. Raises :class:`db.errors.LibraryError`
    when the library cannot be read."""
    wanted = {a.id for a in briefing.agreements}
    if not wanted:
        return None
    partner_ids = {a.partner_id for a in briefing.agreements}
    read = read_lives(library, partner_ids=partner_ids)
    lives = Lives(read.partners, tuple(a for a in read.agreements if a.id in wanted), read.types)
    partner_id = next(iter(partner_ids)) if len(partner_ids) == 1 else None
    code = language()
    layout = build_layout(
        lives, today=briefing.today, language=code, partner_id=partner_id, width=_NOMINAL_WIDTH
    )
    if len(layout.lanes) > MAX_LANES:
        return None
    font = pixel_font(QGuiApplication.font())
    legend = legend_height(QFontMetricsF(font), _NOMINAL_WIDTH, legend_items(code))
    height = AXIS_HEIGHT + layout.height + _GAP + legend
    return TimelinePicture(lives, partner_id, briefing.today, code, height)
