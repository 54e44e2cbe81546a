"""Where everything on the timeline goes: years across, one lane per agreement or partner.

:func:`build_layout` turns :class:`db.lifecycle.lives.Lives` into a
:class:`TimelineLayout` of plain numbers (pixels of the drawing, its origin at the
top-left corner of the lanes, after the label column and the year axis), so the
window, a PDF and the tests read the same positions. Nothing here paints or imports
Qt; :mod:`desktop.drawing.painting` draws a layout on any ``QPainter``.

- With one partner shown, each of its agreements has a lane of its own, labelled with
  its title. With every partner shown, each partner has a lane labelled with its name
  (:func:`db.partner_names.display_name` in the drawing's language); its agreements
  are bars within it, on as many rows as their overlaps need.
- A bar runs from the agreement's entry into force to its end: the earliest of its
  termination, its supersession and its expiry; without any, it is open-ended and
  runs to today (:attr:`Bar.open_ended`).
- Markers: signing, entry into force (when it is not the day of signing), each
  renewal, the expiry that ends it, the termination, and the partner's affiliation.
- An arrow goes from the end of a superseded agreement's bar to the start of the bar
  of the agreement that supersedes it (:attr:`AgreementLife.superseded_by`).

Years are 365.2425 days wide (the Gregorian mean), so 1 January of every year sits
``px_per_year`` after the one before, give or take a pixel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from db.enums import AgreementType
from db.partner_names import display_name

if TYPE_CHECKING:
    from db.lifecycle.life import AgreementLife
    from db.lifecycle.lives import Lives, PartnerLife

# Mean Gregorian year in days: the width of a year on the timeline.
YEAR_DAYS = 365.2425
# Pixels per year at the default zoom, and the limits of zooming.
DEFAULT_PX_PER_YEAR = 36.0
MIN_PX_PER_YEAR = 4.0
MAX_PX_PER_YEAR = 600.0
# Width of the label column and height of the year axis (pixels).
LABEL_WIDTH = 220.0
AXIS_HEIGHT = 32.0
# Height of one row of bars, the bar within it, and the padding of a lane.
ROW_HEIGHT = 20.0
BAR_HEIGHT = 10.0
LANE_PADDING = 4.0
# Where one partner's affiliation marker sits: in the year axis, above the lanes (y < 0).
AFFILIATION_Y = -7.0
# Room before the first year, so that a marker on 1 January is not cut.
LEFT_MARGIN = 10.0
# Room left after the last year, so that the last marker is not cut.
RIGHT_MARGIN = 12.0


class MarkKind(StrEnum):
    """What a marker on the timeline marks."""

    SIGNED = "signed"
    IN_FORCE = "in_force"
    RENEWED = "renewed"
    EXPIRES = "expires"
    TERMINATED = "terminated"
    AFFILIATION = "affiliation"


@dataclass(frozen=True)
class Lane:
    """One horizontal band: a partner (``agreement_id`` none) or one agreement.

    ``top`` and ``height`` in pixels from the top of the lanes; ``label`` in the
    drawing's language (elided only when painted).
    """

    index: int
    label: str
    partner_id: int
    agreement_id: int | None
    top: float
    height: float

    @property
    def bottom(self) -> float:
        """The lane's lower edge (pixels from the top of the lanes)."""
        return self.top + self.height


@dataclass(frozen=True)
class Bar:
    """An agreement's time in force: ``x0`` to ``x1``, centred on ``y`` (pixels)."""

    agreement_id: int
    partner_id: int
    lane: int
    x0: float
    x1: float
    y: float
    type: AgreementType
    title: str
    open_ended: bool
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class Marker:
    """A dated event at ``(x, y)``; ``agreement_id`` none for a partner's affiliation.

    With one partner shown its affiliation is marked on the year axis: ``lane`` -1 and
    ``y`` :data:`AFFILIATION_Y` (above the lanes, which start at 0), with a line across
    every lane.
    """

    kind: MarkKind
    date: dt.date
    x: float
    y: float
    lane: int
    partner_id: int
    agreement_id: int | None
    title: str


@dataclass(frozen=True)
class Arrow:
    """From the end of ``from_id``'s bar to the start of ``to_id``'s, which supersedes it."""

    from_id: int
    to_id: int
    from_lane: int
    to_lane: int
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class TimelineLayout:
    """Every position of one timeline drawing, in pixels of the lanes' area.

    ``start`` is 1 January of the first year shown; ``years`` the years shown with the
    x of their 1 January; ``width``/``height`` the lanes' area (add :data:`LABEL_WIDTH`
    and :data:`AXIS_HEIGHT` for the whole drawing).
    """

    start: dt.date
    px_per_year: float
    years: tuple[tuple[int, float], ...]
    today: dt.date
    lanes: tuple[Lane, ...]
    bars: tuple[Bar, ...]
    markers: tuple[Marker, ...]
    arrows: tuple[Arrow, ...]
    width: float
    height: float
    partner_id: int | None

    def x_of(self, day: dt.date) -> float:
        """The x of ``day`` (pixels from the left of the lanes' area)."""
        return LEFT_MARGIN + (day - self.start).days / YEAR_DAYS * self.px_per_year

    def date_at(self, x: float) -> dt.date:
        """The day at ``x`` (the inverse of :meth:`x_of`, to the day)."""
        days = (x - LEFT_MARGIN) / self.px_per_year * YEAR_DAYS
        return self.start + dt.timedelta(days=round(days))

    @property
    def today_x(self) -> float:
        """The x of today's line."""
        return self.x_of(self.today)

    def lane_of(self, y: float) -> Lane | None:
        """The lane at height ``y``, none outside every lane."""
        for lane in self.lanes:
            if lane.top <= y < lane.bottom:
                return lane
        return None

    def marker_at(self, x: float, y: float, radius: float = 6.0) -> Marker | None:
        """The marker nearest ``(x, y)`` within ``radius`` pixels, none if none is."""
        best: tuple[float, Marker] | None = None
        for marker in self.markers:
            distance = max(abs(marker.x - x), abs(marker.y - y))
            if distance <= radius and (best is None or distance < best[0]):
                best = (distance, marker)
        return best[1] if best else None

    def bar_at(self, x: float, y: float, slack: float = 2.0) -> Bar | None:
        """The bar under ``(x, y)`` (``slack`` pixels around it count), none if none is."""
        for bar in self.bars:
            half = BAR_HEIGHT / 2 + slack
            if bar.x0 - slack <= x <= bar.x1 + slack and abs(bar.y - y) <= half:
                return bar
        return None


def _end_of(life: AgreementLife) -> dt.date | None:
    ends = [d for d in (life.terminated_on, life.superseded_on, life.expires_on) if d]
    return min(ends) if ends else None


def _dates_of(life: AgreementLife) -> list[dt.date]:
    found = [life.date_signed, life.in_force_from]
    found += [d for d in (life.expires_on, life.terminated_on, life.superseded_on) if d]
    found += [e.date for e in life.events]
    return found


def _rows(lives: list[AgreementLife], today: dt.date) -> dict[int, int]:
    """Pack agreements onto rows so that no two overlap (first row free, in order)."""
    ends: list[dt.date] = []
    rows: dict[int, int] = {}
    for life in sorted(lives, key=lambda a: (a.in_force_from, a.id)):
        start = min(life.date_signed, life.in_force_from)
        end = max(_end_of(life) or today, life.in_force_from)
        for row, busy_until in enumerate(ends):
            if busy_until < start:
                ends[row] = end
                rows[life.id] = row
                break
        else:
            rows[life.id] = len(ends)
            ends.append(end)
    return rows


def build_layout(
    lives: Lives,
    *,
    today: dt.date,
    language: str,
    partner_id: int | None = None,
    px_per_year: float | None = None,
    width: float | None = None,
) -> TimelineLayout:
    """Lay out ``lives`` (only ``partner_id``'s agreements, a lane each, if given; else
    every partner with an agreement or an affiliation date, a lane each, in order of
    their first date), labels in ``language`` (``"en"``, ``"ja"``).

    The scale is ``px_per_year`` if given, else what fits the years into ``width``
    pixels (the whole drawing, label column included), else
    :data:`DEFAULT_PX_PER_YEAR`; it is kept within :data:`MIN_PX_PER_YEAR` and
    :data:`MAX_PX_PER_YEAR`. Nothing to show gives a layout without lanes over the
    current year.
    """
    partners: list[PartnerLife]
    if partner_id is not None:
        partner = lives.partners.get(partner_id)
        partners = [partner] if partner else []
    else:
        partners = list(lives.partners.values())
    agreements: dict[int, list[AgreementLife]] = {p.id: [] for p in partners}
    for life in lives.agreements:
        if life.partner_id in agreements:
            agreements[life.partner_id].append(life)
    dates = [today]
    for p in partners:
        if p.date_of_affiliation:
            dates.append(p.date_of_affiliation)
        for life in agreements[p.id]:
            dates += _dates_of(life)
    first, last = min(dates).year, max(dates).year + 1
    start = dt.date(first, 1, 1)
    years_count = last - first  # 1 January of ``first`` to 1 January of ``last``
    if px_per_year is None:
        room = (width or 0) - LABEL_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
        px_per_year = room / years_count if room > 0 else DEFAULT_PX_PER_YEAR
    px = min(max(px_per_year, MIN_PX_PER_YEAR), MAX_PX_PER_YEAR)

    def x_of(day: dt.date) -> float:
        return LEFT_MARGIN + (day - start).days / YEAR_DAYS * px

    def first_date(p: PartnerLife) -> dt.date:
        found = [min(_dates_of(a)) for a in agreements[p.id]]
        found += [p.date_of_affiliation] if p.date_of_affiliation else []
        return min(found) if found else dt.date.max

    shown = partners
    if partner_id is None:
        shown = [p for p in partners if agreements[p.id] or p.date_of_affiliation]
        shown.sort(key=lambda p: (first_date(p), p.name, p.id))
    lanes: list[Lane] = []
    bars: list[Bar] = []
    markers: list[Marker] = []
    places: dict[int, Bar] = {}
    top = 0.0
    for p in shown:
        name = display_name(p.name, p.office_name, language)
        own = agreements[p.id]
        if partner_id is None:
            rows = _rows(own, today)
            count = max(rows.values(), default=0) + 1
            lane = Lane(len(lanes), name, p.id, None, top, count * ROW_HEIGHT + 2 * LANE_PADDING)
            lanes.append(lane)
            top = lane.bottom
            placed = [(life, lane, rows[life.id]) for life in own]
        else:
            placed = []
            for life in own:
                height = ROW_HEIGHT + 2 * LANE_PADDING
                lane = Lane(len(lanes), life.title, p.id, life.id, top, height)
                lanes.append(lane)
                top = lane.bottom
                placed.append((life, lane, 0))
        affiliation = p.date_of_affiliation
        if affiliation is not None and partner_id is not None:
            # On the axis, its line across every lane (AFFILIATION_Y; lane -1).
            markers.append(
                Marker(MarkKind.AFFILIATION, affiliation, x_of(affiliation), AFFILIATION_Y,
                       -1, p.id, None, name)
            )  # fmt: skip
        elif affiliation is not None:
            lane = lanes[-1]
            y = lane.top + LANE_PADDING + ROW_HEIGHT / 2
            markers.append(
                Marker(MarkKind.AFFILIATION, affiliation, x_of(affiliation), y,
                       lane.index, p.id, None, name)
            )  # fmt: skip
        for life, lane, row in placed:
            bar = _bar(life, lane, row, lives.types.get(life.id, AgreementType.OTHER), x_of, today)
            bars.append(bar)
            places[life.id] = bar
            markers += _markers(life, bar, x_of)
    arrows = []
    by_id = {life.id: life for life in lives.agreements}
    for old, bar in places.items():
        newer = places.get(by_id[old].superseded_by or -1)
        if newer is not None:
            arrows.append(
                Arrow(
                    old, newer.agreement_id, bar.lane, newer.lane, bar.x1, bar.y, newer.x0, newer.y
                )
            )
    years = tuple((year, x_of(dt.date(year, 1, 1))) for year in range(first, last + 1))
    return TimelineLayout(
        start=start,
        px_per_year=px,
        years=years,
        today=today,
        lanes=tuple(lanes),
        bars=tuple(bars),
        markers=tuple(markers),
        arrows=tuple(arrows),
        width=years[-1][1] + RIGHT_MARGIN,
        height=top,
        partner_id=partner_id,
    )


def _bar(life, lane: Lane, row: int, kind: AgreementType, x_of, today: dt.date) -> Bar:  # noqa: ANN001
    end = _end_of(life)
    start = life.in_force_from
    x0 = x_of(start)
    x1 = x_of(end) if end is not None else max(x_of(today), x0)
    y = lane.top + LANE_PADDING + row * ROW_HEIGHT + ROW_HEIGHT / 2
    return Bar(life.id, life.partner_id, lane.index, x0, max(x1, x0), y, kind, life.title,
               end is None, start, end)  # fmt: skip


def _markers(life: AgreementLife, bar: Bar, x_of) -> list[Marker]:  # noqa: ANN001
    def mark(kind: MarkKind, day: dt.date) -> Marker:
        return Marker(kind, day, x_of(day), bar.y, bar.lane, life.partner_id, life.id, life.title)

    found = [mark(MarkKind.SIGNED, life.date_signed)]
    if life.in_force_from != life.date_signed:
        found.append(mark(MarkKind.IN_FORCE, life.in_force_from))
    found += [mark(MarkKind.RENEWED, event.date) for event in life.renewals]
    end = bar.end
    if life.terminated_on is not None and life.terminated_on == end:
        found.append(mark(MarkKind.TERMINATED, life.terminated_on))
    elif life.expires_on is not None and life.expires_on == end:
        found.append(mark(MarkKind.EXPIRES, life.expires_on))
    return found
