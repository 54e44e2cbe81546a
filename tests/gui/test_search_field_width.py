"""The search field stays visible and usable at every width the window allows.

A toolbar too narrow for its items moves the last ones into its ``>>``
overflow menu; the search field must never be one of them.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

# The field shows about 20 characters of what is typed at least.
USABLE_WIDTH = 200


def _lay_out(window, width: int) -> None:  # noqa: ANN001 - the MainWindow fixture
    window.resize(width, 700)
    window.show()
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("width", [1366, 1024, 900, 800])
def test_the_search_field_is_visible_at_a_width(window, qtbot, width: int) -> None:  # noqa: ANN001
    _lay_out(window, width)
    field = window.search_field
    assert field.isVisible()
    assert field.width() >= USABLE_WIDTH
    # Inside the window, not clipped by its right edge.
    right = field.mapTo(window, field.rect().topRight()).x()
    assert right <= window.width()


def test_the_search_field_is_visible_at_the_window_minimum_width(window, qtbot) -> None:  # noqa: ANN001
    window.show()
    QApplication.processEvents()
    _lay_out(window, window.minimumSizeHint().width())
    field = window.search_field
    assert field.isVisible()
    assert field.width() >= USABLE_WIDTH
    assert field.mapTo(window, field.rect().topRight()).x() <= window.width()
