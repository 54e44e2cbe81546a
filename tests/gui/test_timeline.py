"""The timeline of agreements and the chart per year, on a real library.

The built-in records plus Seoul's agreements of :mod:`tests.gui.timeline_library`
(renewed twice then superseded, its successor, an expired and a terminated one), read
with :func:`db.lifecycle.lives.read_lives`. Positions are checked against dates
computed here, not read back from the layout's own helpers.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from db.agreements import list_agreements
from db.enums import AgreementType
from db.lifecycle.lives import read_lives
from desktop.drawing.colours import TYPE_COLOURS
from desktop.drawing.layout import LEFT_MARGIN, MarkKind, build_layout
from desktop.window.timeline.chart import TypeChart, year_counts
from desktop.window.timeline.view import ZOOM_STEP, TimelineView
from tests.gui.timeline_library import TODAY, add_lives

if TYPE_CHECKING:
    from db.library import Library
    from tests.gui.timeline_library import Added


@pytest.fixture
def added(library: Library) -> Added:
    return add_lives(library)


def expected_x(day: dt.date, first_year: int, px_per_year: float) -> float:
    """Where ``day`` belongs: whole years from 1 January of ``first_year``, then the days
    into its own year over that year's length."""
    start_of_year = dt.date(day.year, 1, 1)
    year_length = (dt.date(day.year + 1, 1, 1) - start_of_year).days
    years = day.year - first_year + (day - start_of_year).days / year_length
    return LEFT_MARGIN + years * px_per_year


def test_one_partner_has_a_lane_per_agreement_and_markers_at_their_dates(library, added):
    lives = read_lives(library)
    layout = build_layout(lives, today=TODAY, language="en", partner_id=added.seoul,
                          px_per_year=50)  # fmt: skip
    seoul = [a for a in list_agreements(library) if a.partner_id == added.seoul]
    assert len(layout.lanes) == len(seoul) == 6
    assert [lane.agreement_id for lane in layout.lanes] == [
        a.id for a in sorted(seoul, key=lambda a: (a.date_signed, a.id))
    ]
    assert layout.start == dt.date(1988, 1, 1)  # Seoul's affiliation, 3 September 1988
    marks = {(m.kind, m.agreement_id): m for m in layout.markers}
    signed = marks[(MarkKind.SIGNED, added.expired)]
    assert signed.date == dt.date(2012, 6, 1)
    assert signed.x == pytest.approx(expected_x(dt.date(2012, 6, 1), 1988, 50), abs=1.0)
    lane = next(lane for lane in layout.lanes if lane.agreement_id == added.expired)
    assert lane.top <= signed.y < lane.bottom
    ended = marks[(MarkKind.TERMINATED, added.terminated)]
    assert ended.x == pytest.approx(expected_x(dt.date(2021, 9, 30), 1988, 50), abs=1.0)
    assert marks[(MarkKind.EXPIRES, added.expired)].date == dt.date(2020, 5, 31)
    assert (MarkKind.EXPIRES, added.terminated) not in marks  # ended before its expiry
    renewals = [m.date for m in layout.markers
                if m.kind is MarkKind.RENEWED and m.agreement_id == added.renewed]  # fmt: skip
    assert renewals == [dt.date(2013, 3, 1), dt.date(2016, 3, 1)]
    assert marks[(MarkKind.IN_FORCE, added.successor)].date == dt.date(2019, 4, 1)
    assert (MarkKind.IN_FORCE, added.expired) not in marks  # in force the day it was signed
    affiliation = next(m for m in layout.markers if m.kind is MarkKind.AFFILIATION)
    assert (affiliation.date, affiliation.lane) == (dt.date(1988, 9, 3), -1)
    bars = {b.agreement_id: b for b in layout.bars}
    assert bars[added.terminated].x1 == pytest.approx(ended.x)
    open_ended = [b for b in layout.bars if b.open_ended]
    assert len(open_ended) == 2  # the built-in memorandum and joint statement
    assert all(b.x1 == pytest.approx(expected_x(TODAY, 1988, 50), abs=1.0) for b in open_ended)


def test_the_supersede_arrow_joins_the_old_agreement_to_the_new(library, added):
    lives = read_lives(library)
    layout = build_layout(lives, today=TODAY, language="en", partner_id=added.seoul,
                          px_per_year=40)  # fmt: skip
    (arrow,) = layout.arrows
    lane_of = {lane.agreement_id: lane.index for lane in layout.lanes}
    assert (arrow.from_id, arrow.to_id) == (added.renewed, added.successor)
    assert (arrow.from_lane, arrow.to_lane) == (lane_of[added.renewed], lane_of[added.successor])
    # The old one ended with its expiry (31 March 2019), the new one began the day after.
    assert arrow.x1 == pytest.approx(expected_x(dt.date(2019, 3, 31), 1988, 40), abs=1.0)
    assert arrow.x2 == pytest.approx(expected_x(dt.date(2019, 4, 1), 1988, 40), abs=1.0)
    every = build_layout(lives, today=TODAY, language="en", px_per_year=40)
    (arrow,) = every.arrows
    seoul_lane = next(lane.index for lane in every.lanes if lane.partner_id == added.seoul)
    assert arrow.from_lane == arrow.to_lane == seoul_lane
    assert arrow.y1 != arrow.y2  # on rows of their own within the partner's lane


def test_every_partner_has_a_lane_with_its_name_in_the_language(library, added):
    lives = read_lives(library)
    shown = [p for p in lives.partners.values()
             if p.date_of_affiliation or lives.of_partner(p.id)]  # fmt: skip
    english = build_layout(lives, today=TODAY, language="en")
    japanese = build_layout(lives, today=TODAY, language="ja")
    assert len(english.lanes) == len(shown) == 20
    assert {lane.agreement_id for lane in english.lanes} == {None}
    labels = {lane.partner_id: lane.label for lane in japanese.lanes}
    assert labels[added.seoul] == "ソウル特別市"
    assert {lane.partner_id: lane.label for lane in english.lanes}[added.seoul] == "Seoul"
    assert english.years[0][0] == 1960  # New York City, 29 February 1960
    seoul = next(lane for lane in english.lanes if lane.partner_id == added.seoul)
    ys = {bar.y for bar in english.bars if bar.partner_id == added.seoul}
    assert all(seoul.top < y < seoul.bottom for y in ys)
    assert len(english.bars) == len(list_agreements(library))


@pytest.fixture
def view(qtbot, library, added) -> TimelineView:  # noqa: ANN001
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, 320)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_lives(read_lives(library), added.seoul, TODAY)
    return widget


def test_clicking_a_marker_emits_its_agreement(qtbot, view, added):
    marker = next(m for m in view.layout_.markers if m.kind is MarkKind.TERMINATED)
    view.ensure_visible(QPointF(marker.x, marker.y))
    with qtbot.waitSignal(view.agreement_activated) as emitted:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.marker_point(marker))
    assert emitted.args == [added.terminated]
    assert view.selected == added.terminated
    bar = view.bar_of(added.expired)
    view.ensure_visible(QPointF((bar.x0 + bar.x1) / 2, bar.y))
    middle = view.to_viewport((bar.x0 + bar.x1) / 2, bar.y)
    assert view.item_at(middle) == bar
    with qtbot.waitSignal(view.agreement_activated) as emitted:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert emitted.args == [added.expired]
    with qtbot.assertNotEmitted(view.agreement_activated):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(230, 5))


def test_zoom_by_keys_wheel_and_limits(qtbot, view):
    view.set_px_per_year(40)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.px_per_year == pytest.approx(40 * ZOOM_STEP)
    assert view.layout_.px_per_year == pytest.approx(40 * ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.px_per_year == pytest.approx(40)
    first, second = view.layout_.years[0][1], view.layout_.years[1][1]
    assert second - first == pytest.approx(40, abs=0.2)
    at = QPointF(500, 100)
    wheel = QWheelEvent(at, view.viewport().mapToGlobal(at), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)  # fmt: skip
    day_before = view.layout_.date_at(500 - 220 + view.offset().x())
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.px_per_year == pytest.approx(40 * ZOOM_STEP**2)
    day_after = view.layout_.date_at(500 - 220 + view.offset().x())
    assert abs((day_after - day_before).days) <= 15  # the day under the pointer stays
    view.set_px_per_year(10_000)
    assert view.px_per_year == 600
    scroll = view.horizontalScrollBar()
    scroll.setValue(0)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert scroll.value() == scroll.singleStep() > 0
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert scroll.value() == scroll.maximum() > 0


def test_chart_counts_per_year_and_type_and_writes_a_png(qtbot, library, added, tmp_path):
    lives = read_lives(library)
    counts = year_counts(lives)
    expected = Counter((a.date_signed.year, a.type) for a in list_agreements(library))
    assert counts.counts == dict(expected)
    assert counts.counts[(2015, AgreementType.MEMORANDUM_OF_UNDERSTANDING)] == 5
    assert counts.total(2015) == 6
    assert counts.years == tuple(range(2010, 2026))
    assert counts.total(2011) == 0
    seoul = year_counts(lives, added.seoul)
    assert sum(seoul.counts.values()) == 6
    assert seoul.counts[(2016, AgreementType.LETTER_OF_INTENT)] == 1
    chart = TypeChart()
    qtbot.addWidget(chart)
    chart.resize(500, 240)
    chart.set_counts(counts)
    target = tmp_path / "chart.png"
    assert chart.save_png(target)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1000, 480)
    mou = QColor(TYPE_COLOURS[AgreementType.MEMORANDUM_OF_UNDERSTANDING]).rgb()
    pixels = [image.pixel(x, y) for x in range(0, 1000, 3) for y in range(0, 480, 3)]
    assert pixels.count(mou) > 100  # the 2015 bar at least
    assert not chart.save_png(tmp_path / "no such folder" / "chart.png")


def test_the_timeline_paints_into_a_vector_pdf_with_its_words(library, added, tmp_path):
    import pypdfium2
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from desktop.drawing.colours import TimelineColours
    from desktop.drawing.layout import AXIS_HEIGHT, LABEL_WIDTH
    from desktop.drawing.legend import legend_height, legend_items, paint_legend
    from desktop.drawing.painting import paint_timeline, pixel_font

    layout = build_layout(read_lives(library), today=TODAY, language="ja", width=1000)
    assert LABEL_WIDTH + layout.width == pytest.approx(1000, abs=1)  # fitted to the width
    path = tmp_path / "timeline.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    scale = writer.width() / 1000
    painter.scale(scale, scale)
    painter.setFont(pixel_font(QApplication.font()))
    colours = TimelineColours.for_print()
    height = AXIS_HEIGHT + layout.height
    paint_timeline(painter, QRectF(0, 0, 1000, height), layout, colours=colours)
    items = legend_items("ja")
    from PySide6.QtGui import QFontMetricsF

    used = paint_legend(painter, QRectF(0, height + 8, 1000, 200), items, colours)
    assert used == legend_height(QFontMetricsF(painter.font(), writer), 1000, items)
    painter.end()
    document = pypdfium2.PdfDocument(str(path))
    text = document[0].get_textpage().get_text_range()
    document.close()
    for word in ("ソウル特別市", "ニューヨーク市", "2020", "締結", "後継の協定"):
        assert word in text
