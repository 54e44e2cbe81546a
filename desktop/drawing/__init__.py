"""Drawing on any QPainter (a widget, an image, a PDF): the timeline of agreements.

The window's timeline view and chart (:mod:`desktop.window.timeline`) and the briefing
sheet (:mod:`desktop.briefing`) paint with the same layout and painter, so the picture
on paper is the one on screen (:func:`desktop.drawing.painting.paint_timeline`).
"""
