"""The colours of the timeline and the chart: from the window's palette, or for print.

The six agreement types take the Okabe–Ito colours (Okabe & Ito, "Color Universal
Design", 2008), told apart by readers with any common colour-vision deficiency and
still apart when printed in grey; everything else (text, lines, backgrounds, the
selection) comes from the palette, so a dark window draws a dark timeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette

from db.enums import AgreementType

# One colour per agreement type (Okabe–Ito: blue, orange, bluish green, vermilion,
# reddish purple, and a grey for "other").
TYPE_COLOURS = {
    AgreementType.MEMORANDUM_OF_UNDERSTANDING: "#0072B2",
    AgreementType.JOINT_STATEMENT: "#E69F00",
    AgreementType.JOINT_COMMUNIQUE: "#009E73",
    AgreementType.JOINT_DECLARATION: "#D55E00",
    AgreementType.LETTER_OF_INTENT: "#CC79A7",
    AgreementType.OTHER: "#7F7F7F",
}


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    """``a`` with ``share`` (0..1) of ``b`` mixed in."""
    return QColor.fromRgbF(
        a.redF() * (1 - share) + b.redF() * share,
        a.greenF() * (1 - share) + b.greenF() * share,
        a.blueF() * (1 - share) + b.blueF() * share,
    )


@dataclass(frozen=True)
class TimelineColours:
    """What the timeline and the chart paint with."""

    text: QColor
    base: QColor
    alternate: QColor
    panel: QColor
    grid: QColor
    muted: QColor
    highlight: QColor
    today: QColor
    types: dict[AgreementType, QColor] = field(
        default_factory=lambda: {kind: QColor(colour) for kind, colour in TYPE_COLOURS.items()}
    )

    @classmethod
    def from_palette(cls, palette: QPalette) -> TimelineColours:
        """The colours of a widget drawn with ``palette`` (light or dark)."""
        role = QPalette.ColorRole
        text, base = palette.color(role.Text), palette.color(role.Base)
        return cls(
            text=text,
            base=base,
            alternate=palette.color(role.AlternateBase),
            panel=palette.color(role.Window),
            grid=_mix(base, text, 0.18),
            muted=_mix(base, text, 0.6),
            highlight=palette.color(role.Highlight),
            today=palette.color(role.Link),
        )

    @classmethod
    def for_print(cls) -> TimelineColours:
        """Black on white, light grey bands and lines: for a PDF or paper."""
        return cls(
            text=QColor("#000000"),
            base=QColor("#FFFFFF"),
            alternate=QColor("#F2F2F2"),
            panel=QColor("#FFFFFF"),
            grid=QColor("#C8C8C8"),
            muted=QColor("#606060"),
            highlight=QColor("#000000"),
            today=QColor("#0050A0"),
        )

    def of_type(self, kind: AgreementType) -> QColor:
        """The colour of agreements of type ``kind``."""
        return self.types.get(kind, QColor(TYPE_COLOURS[AgreementType.OTHER]))
