"""Labels that show user text (titles, names, notes, a search): never wider than their window.

A :class:`QLabel` asks its layout for room for its longest unbreakable run
of text (its ``minimumSizeHint``: the longest word of a word-wrapped label,
the whole line of one that does not wrap), and Qt grows a top-level window
to its layout's minimum size. So a 400-letter search quoted in a hint, or
a partner name without spaces, made the main window wider than the screen,
and it stayed so. A label made by :func:`user_text_label` (or passed to
:func:`never_widen`) takes the width its layout gives it: its text wraps
where it can and is cut where it cannot.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# Characters of user text quoted in a sentence (a search in a hint); more are elided.
QUOTE_LIMIT = 60


def never_widen(*labels: QLabel) -> None:
    """Let ``labels`` ask for no width of their own (horizontal policy ``Ignored``).

    ``Ignored`` drops both the size hint and the minimum size hint from the
    layout's sums (``QWidgetItem::sizeHint``, ``qSmartMinSize``); the height
    still follows the text through ``heightForWidth`` when the label wraps.
    """
    for label in labels:
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        label.setSizePolicy(policy)


def user_text_label(parent: QWidget, *, wrap: bool = True) -> QLabel:
    """Return a plain-text label for user text that never widens its window."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    never_widen(label)
    return label


def quoted(text: str, limit: int = QUOTE_LIMIT) -> str:
    """Return ``text`` stripped, cut to ``limit`` characters with "…" when longer.

    For user text quoted inside a sentence, so that the sentence stays readable.
    """
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
