"""The briefing sheet of a partner (or of chosen agreements) as a PDF: its text as rich text
(:mod:`~desktop.briefing.content`) and its pages (:mod:`~desktop.briefing.sheet`).

Used by the window's File › Briefing Sheet… and by ``accord briefing``; both need a
``QGuiApplication`` (fonts), none needs a widget, and the writing runs in any thread.
"""
