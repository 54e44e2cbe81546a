"""The timeline of agreements and the chart of agreements per year (the Timeline dock).

Loaded only when the dock is first shown (:mod:`desktop.window.timeline_dock`):
``chart``, ``view`` and ``panel`` (the widgets), over the layout and painting of
:mod:`desktop.drawing` (positions, any QPainter, a PDF too), which the briefing sheet
draws with as well.
"""
