"""A read-only library in the window: what would write is off and says why; reading stays.

Root ignores file permissions (tests run as root in CI), so the folder's
write check (``db.opening._writable``) is made to answer no, as it does for
a read-only share; the library is then opened by the real read-only path
(a read-only engine that refuses every write).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QLabel

import db.opening
from db.opening import open_library
from desktop.dialogs.agreement_dialog import AgreementDialog
from desktop.window.main_window import MainWindow
from tests.test_pdf_documents import make_pdf

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.library import Library


@pytest.fixture
def read_only_library(library_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Library]:
    open_library(library_dir).close()
    monkeypatch.setattr(db.opening, "_writable", lambda _folder, _database: False)
    library = open_library(library_dir)
    assert library.read_only
    yield library
    library.close()


@pytest.fixture
def read_only_window(qtbot, read_only_library: Library) -> MainWindow:  # noqa: ANN001
    window = MainWindow(read_only_library, restore_settings=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _writing_actions(window: MainWindow) -> dict[str, object]:
    actions = window.window_actions
    named = {
        action.objectName() or action.text(): action
        for action in actions.writing(window.library_actions())
    }
    assert {
        "actionAddPartner",
        "actionEdit",
        "actionAttachDocument",
        "actionImportCsv",
        "actionReindex",
    } <= set(named)
    assert len(named) >= 13  # add ×2, edit, delete, attach, locate, remove, import, undo,
    return named  # redo, trash, back up, restore, rebuild the search index


def test_every_writing_action_is_off_and_says_why(read_only_window: MainWindow) -> None:
    window = read_only_window
    assert window.current_agreement() is not None  # something is selected: would enable them
    window.select_partner(window.browser.partner_model.partner_id_at(1))
    window.select_agreement(None)
    for name, action in _writing_actions(window).items():
        assert not action.isEnabled(), name
        assert "read-only" in action.toolTip(), name
    actions = window.window_actions
    for reading in (actions.export_csv, actions.find, actions.refresh, actions.show_all):
        assert reading.isEnabled(), reading.objectName()
    note = window.findChild(QLabel, "readOnlyNote")
    assert note is not None
    assert note.isVisible()
    assert "Read-only" in note.text()
    assert "cannot write" in note.toolTip()
    assert window.document_view.empty_text() == "No documents yet."  # no drop invited


def test_double_click_and_drop_explain_instead_of_opening_a_form(
    read_only_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_form(dialog, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise AssertionError(f"a form was opened on a read-only library: {dialog.objectName()}")

    monkeypatch.setattr(AgreementDialog, "exec", no_form)
    window = read_only_window
    agreement = window.current_agreement()
    window._on_agreement_view_activated(window.agreement_view.currentIndex())
    assert "read-only" in window.status_bar.currentMessage()
    window.status_bar.clearMessage()
    window.attach_dropped_files([make_pdf(tmp_path / "signed.pdf")])
    assert "read-only" in window.status_bar.currentMessage()
    assert window.current_agreement().documents == agreement.documents == []


def test_a_writable_library_keeps_its_actions(window: MainWindow) -> None:
    actions = window.window_actions
    assert actions.add_partner.isEnabled()
    assert actions.attach_document.isEnabled()
    assert "read-only" not in actions.add_partner.toolTip()
    assert window.findChild(QLabel, "readOnlyNote") is None
    assert "Drop a signed PDF" in window.document_view.empty_text()
