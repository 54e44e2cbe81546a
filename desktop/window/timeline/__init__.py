"""The timeline of agreements and the chart of agreements per year (the Timeline dock).

Loaded only when the dock is first shown (:mod:`desktop.window.timeline_dock`):
``layout`` (positions, no Qt), ``painting`` and ``legend`` (any QPainter, a PDF too),
``chart``, ``view`` and ``panel`` (the widgets), ``colours`` and ``texts``.
"""
