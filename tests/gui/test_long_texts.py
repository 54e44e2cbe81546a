"""Nothing the user types or stores may widen the main window.

Every label that shows user text (the detail panel's fields, the "nothing
matches" hint, the preview's messages, the status bar) is given a long text
through the widgets' own API; the window keeps its width and its minimum
width stays far below any screen's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QLabel

if TYPE_CHECKING:
    from desktop.window.main_window import MainWindow

LONG_TEXTS = [
    "x" * 400,  # one word of 400 letters: nowhere to wrap
    "東京都と姉妹都市の協定" * 9,  # about 90 Japanese characters, no spaces
    "Memorandum of Understanding " * 20,  # a long sentence that can wrap
]
#: Long searches that match nothing.
LONG_SEARCHES = [*LONG_TEXTS[:2], "no such words at all " * 20]


def _settled(window: MainWindow) -> None:
    QApplication.processEvents()
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def _assert_not_widened(window: MainWindow, width: int) -> None:
    _settled(window)
    assert window.width() == width
    assert window.minimumSizeHint().width() < 900
    assert window.minimumWidth() < 900


@pytest.mark.parametrize("text", LONG_SEARCHES)
def test_a_long_search_does_not_widen_the_window(qtbot, window: MainWindow, text: str) -> None:
    width = window.width()
    window.search_field.setText(text)
    window.apply_search()
    qtbot.waitUntil(lambda: not window.browser.loading)
    assert "No agreements match" in window.detail.hint_label.text()
    _assert_not_widened(window, width)
    window.search_field.clear()
    window.apply_search()
    qtbot.waitUntil(lambda: not window.browser.loading)
    _assert_not_widened(window, width)


@pytest.mark.parametrize("text", LONG_TEXTS)
def test_long_record_texts_do_not_widen_the_window(window: MainWindow, text: str) -> None:
    width = window.width()
    agreement = window.current_agreement()
    assert agreement is not None
    long = agreement.model_copy(
        update={
            "title": text,
            "notes": text,
            "partner_name": text,
            "partner_country": text,
            "areas": [text],
        }
    )
    window.detail.set_agreement(long, local_name=text, supersedes_title=text)
    _assert_not_widened(window, width)
    window.detail.show_hint(text, offer_clear_search=True)
    _assert_not_widened(window, width)


@pytest.mark.parametrize("text", LONG_TEXTS)
def test_every_label_with_user_text_is_tried(window: MainWindow, text: str) -> None:
    """Any label of the window that can show user text, given a long text, leaves the
    window's width alone (the field captions and the counts are Accord's own words)."""
    width = window.width()
    window.status_bar.post(text)
    window.preview.show_document(None, name=text)
    window.preview._show_cannot_preview(text)
    own = {window.counts_label}
    tried = 0
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label not in own and not label.text().endswith(":"):
            label.setText(text)
            tried += 1
    assert tried >= 6  # the preview message and the shown fields

    _assert_not_widened(window, width)
