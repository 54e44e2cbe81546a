"""GUI test guards: a modal box nobody answers fails the test instead of hanging the run."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_unanswered_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make QMessageBox's static functions raise unless a test patched them itself.

    Offscreen, a modal box waits for a click that never comes and the whole
    suite hangs; a test that expects a box patches the function it expects
    (its own ``monkeypatch.setattr`` runs after this and wins).
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(name: str):  # noqa: ANN202 - returns a stand-in
        def box(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
            raise AssertionError(f"unexpected QMessageBox.{name}: {text}")

        return staticmethod(box)

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected(name))
