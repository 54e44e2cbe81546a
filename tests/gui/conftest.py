"""GUI test fixtures and guards.

- ``window``: the real main window on the test's library, shown offscreen,
  without the user's remembered layout.
- ``opened``: the URLs handed to the OS (``QDesktopServices.openUrl``), which
  opens nothing.
- A modal box nobody answers fails the test instead of hanging the run.
- Accord's English catalogue is installed (as the window installs it), so
  ``%n`` texts read "1 item" / "3 items"; language tests install others
  and put English back.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _english(qapp) -> None:  # noqa: ANN001 - pytest-qt's QApplication
    """Install the English translators once, as ``desktop.app`` does at start-up."""
    from db.i18n.ui_language import LanguageChoice
    from desktop.support.language import install_translators

    install_translators(qapp, LanguageChoice("en", "option"))


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

    def unexpected_box(box, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        raise AssertionError(f"unexpected QMessageBox: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected_box)


@pytest.fixture(autouse=True)
def _no_unanswered_attach_form(monkeypatch: pytest.MonkeyPatch) -> None:
    """The attach form (``attachForm``) fails the test unless the test answers it."""
    from desktop.dialogs.attach_dialog import AttachDialog

    def unexpected(dialog, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        raise AssertionError("unexpected attach form: answer it with answer_attach_form()")

    monkeypatch.setattr(AttachDialog, "exec", unexpected)


@pytest.fixture
def answer_attach_form(monkeypatch: pytest.MonkeyPatch):
    """Return ``answer(rows, accept=True)`` that fills in the next attach forms.

    ``rows`` is one ``(language text, role label)`` per file (``None`` keeps
    the form's default); the real widgets are set through their API and the
    real Attach button is clicked. Every form seen is recorded in
    ``answer.seen``: (file names, default language texts, default role labels).
    """
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.dialogs.attach_dialog import AttachDialog

    class Answer:
        def __init__(self) -> None:
            self.rows: list[tuple[str | None, str | None]] = []
            self.accept = True
            self.seen: list[dict] = []

        def __call__(self, rows, *, accept: bool = True) -> Answer:
            self.rows, self.accept = list(rows), accept
            return self

    answer = Answer()

    def fake_exec(dialog: AttachDialog) -> int:
        assert dialog.objectName() == "attachForm"
        answer.seen.append(
            {
                "names": [row.path.name for row in dialog.rows],
                "languages": [row.language.currentText() for row in dialog.rows],
                "roles": [row.role.currentText() for row in dialog.rows],
            }
        )
        if not answer.accept:
            dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()
            return dialog.result()
        for row, (language, role) in zip(dialog.rows, answer.rows, strict=False):
            if language is not None:
                row.language.setEditText(language)
            if role is not None:
                row.role.setCurrentIndex(row.role.findText(role))
        dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(AttachDialog, "exec", fake_exec)
    return answer


@pytest.fixture
def window(qtbot, library):  # noqa: ANN001, ANN201 - pytest fixtures
    """The main window on the test's library, shown (offscreen) and exposed."""
    from desktop.window.main_window import MainWindow

    win = MainWindow(library, restore_settings=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list:
    """Record every URL Accord asks the OS to open, and open nothing."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls
