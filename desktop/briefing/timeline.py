"""The timeline picture of a briefing sheet: the one place that chooses its painter.

:func:`timeline_painter` is called by the window's File › Briefing Sheet… and by
``accord briefing`` before the sheet is written; what it returns is called in the
writing thread with the sheet's painter and the rectangle left for the picture (see
:func:`desktop.briefing.sheet.write_briefing`). It returns ``None`` until a timeline
painter is wired in here, and the sheet then leaves no room for one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from db.library import Library
    from db.lifecycle.briefing import Briefing


def timeline_painter(
    library: Library, briefing: Briefing
) -> Callable[[QPainter, QRectF], None] | None:
    """Return what draws ``briefing``'s timeline (read from ``library`` now, in the
    calling thread), or ``None`` for no picture."""
    del library, briefing
    return None
