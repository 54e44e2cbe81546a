"""A person's role on a server library, in the window: what it does not allow is off,
with a tool tip saying why; an editor's trash cannot restore or delete for good.

Real PostgreSQL (``ACCORD_TEST_DATABASE_URL``), a database set up by ``accord server
init``, and a login role of the role under test (:mod:`tests.server_people`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QLabel

from db.agreements import delete_agreement
from db.server.roles import Role
from desktop.dialogs.trash_dialog import TrashDialog
from desktop.window.main_window import MainWindow
from tests import server_db
from tests.server_people import server_library

if TYPE_CHECKING:
    from db.library import Library

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)

CHANGING = (
    "actionAddPartner",
    "actionAddAgreement",
    "actionEdit",
    "actionDelete",
    "actionAttachDocument",
    "actionImportCsv",
    "actionReindex",
)


def _window(qtbot, library: Library) -> MainWindow:  # noqa: ANN001 - pytest-qt's fixture
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _actions(window: MainWindow) -> dict[str, object]:
    found = {a.objectName(): a for a in window.findChildren(type(window.window_actions.edit))}
    return {name: found[name] for name in CHANGING}


def test_a_readers_window_turns_off_every_change_and_says_why(qtbot) -> None:  # noqa: ANN001
    with server_library() as server:
        library = server.open_as(server.person(Role.READER))
        window = _window(qtbot, library)
        assert window.select_agreement(1)  # a selection turns actions on: not these
        for name, action in _actions(window).items():
            assert not action.isEnabled(), name
            assert "Your role on this server library, reader, does not allow" in action.toolTip()
        assert window.window_actions.export_csv.isEnabled()
        assert window.window_actions.show_trash.isEnabled()  # a reader may look in the trash
        note = window.status_bar.findChild(QLabel, "roleNote")
        assert note is not None
        assert "reader" in note.text()
        # Nothing can be dropped on a reader's window: the empty list does not invite it.
        assert window.document_view.empty_text() == "No documents yet."
        window.close()


def test_an_editors_window_adds_and_edits_but_its_trash_cannot_restore(qtbot) -> None:  # noqa: ANN001
    with server_library() as server:
        admin = server.open_as(server.admin)
        delete_agreement(admin, 2)
        library = server.open_as(server.person(Role.EDITOR))
        window = _window(qtbot, library)
        actions = _actions(window)
        assert actions["actionAddPartner"].isEnabled()
        assert actions["actionReindex"].isEnabled()
        assert "Drop a signed PDF" in window.document_view.empty_text()
        dialog = TrashDialog(library, window.notifier, window)
        qtbot.addWidget(dialog)
        dialog.reload()
        assert dialog.select("agreement", 2)
        assert not dialog.restore_button.isEnabled()
        assert not dialog.purge_button.isEnabled()
        assert not dialog.empty_button.isEnabled()
        assert "editor, does not allow restoring" in dialog.restore_button.toolTip()
        dialog.close()
        window.close()


def test_an_administrators_window_is_as_before(qtbot) -> None:  # noqa: ANN001
    with server_library() as server:
        admin = server.open_as(server.admin)
        delete_agreement(admin, 2)
        window = _window(qtbot, admin)
        assert window.status_bar.findChild(QLabel, "roleNote") is None
        dialog = TrashDialog(admin, window.notifier, window)
        qtbot.addWidget(dialog)
        dialog.reload()
        assert dialog.select("agreement", 2)
        assert dialog.restore_button.isEnabled()
        assert dialog.purge_button.isEnabled()
        dialog.close()
        window.close()
