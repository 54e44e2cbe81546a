"""The office on one server, window by window: an editor attaches a PDF in their window, a
reader's window shows it and opens it within two seconds but can change nothing, and the
administrator's window deletes it for good. Each person logs in as themself to a library
set up by ``accord server init`` (real PostgreSQL, ``ACCORD_TEST_DATABASE_URL``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMessageBox

from db.agreements import delete_agreement
from db.server.roles import Role
from db.trash import list_trash
from tests import server_db
from tests.gui.test_live_server import LIVE_MS, document_names, open_window
from tests.gui.test_trash import Recorder, open_trash, select
from tests.server_people import ServerLibrary, server_library

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)


@pytest.fixture
def office() -> Iterator[ServerLibrary]:
    """A library set up by ``server init``; asked for before ``qtbot`` so that it goes after
    the windows (fixtures are torn down in the reverse order)."""
    with server_library() as server:
        yield server


def test_a_pdf_attached_by_an_editor_opens_in_a_readers_window_and_the_admin_purges_it(
    office: ServerLibrary, qtbot, monkeypatch, samples: Path, answer_attach_form, opened
) -> None:
    server = office
    editor = server.open_as(server.person(Role.EDITOR))
    reader = server.open_as(server.person(Role.READER))
    admin = server.open_as(server.admin)
    windows = [open_window(qtbot, editor), open_window(qtbot, reader)]
    try:
        editors_window, readers_window = windows
        for window in windows:
            assert window.select_agreement(3)
        answer_attach_form([(None, None)])
        with qtbot.waitSignal(editors_window.documents.document_attached, timeout=10_000):
            editors_window.documents.attach_files(
                editors_window.current_agreement(), [samples / "pdflatex-4-pages.pdf"]
            )
        # The reader's window hears it and lists it, then opens it from the server.
        qtbot.waitUntil(
            lambda: document_names(readers_window) == ["pdflatex-4-pages.pdf"],
            timeout=LIVE_MS,
        )
        document = readers_window.document_view.current_document()
        assert document is not None
        readers_window.documents.open_document(document)
        qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
        fetched = Path(opened[0].toLocalFile())
        assert fetched.read_bytes() == (samples / "pdflatex-4-pages.pdf").read_bytes()
        assert fetched.is_relative_to(reader.local_files_dir)  # the reader's own cache
        # Nothing the reader could change is on.
        actions = readers_window.window_actions
        for action in (actions.add_partner, actions.edit, actions.delete,
                       actions.attach_document, actions.remove_document,
                       actions.import_csv):  # fmt: skip
            assert not action.isEnabled(), action.objectName()
        # The administrator deletes it for good: the agreement goes with its document.
        delete_agreement(editor, 3)
        windows.append(open_window(qtbot, admin))
        monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Yes))
        dialog = open_trash(windows[-1])
        select(dialog, ("agreement", 3))
        assert dialog.purge_selected() == 1
        dialog.close()
        assert list_trash(admin) == []
        with admin.engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT count(*) FROM document_content").scalar()
        assert stored == 0
    finally:
        for window in windows:
            window.close()
