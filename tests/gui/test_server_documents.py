"""Documents in the window of a server library: attached into the database, opened and
previewed from this person's verified cache (real PostgreSQL, real sample PDFs)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.documents import attach_document
from db.integrity import DocumentStatus
from tests import server_db, stored_files
from tests.gui.test_documents import (
    ORIGINAL,
    Boxes,
    bangkok,
    select_document,
    wait_for_status,
)
from tests.gui.test_main_window import Recorder, action, choose_file

if TYPE_CHECKING:
    from db.library import Library

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """Records and answers the box that explains a stored file's problem (Cancel)."""
    recorder = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder(box))
    return recorder


@pytest.fixture
def backend() -> str:
    """Every window here is on a server library."""
    return "postgresql"


def test_the_window_attaches_into_the_database(
    qtbot, monkeypatch, library: Library, samples: Path, window, answer_attach_form
) -> None:
    choose_file(monkeypatch, samples / ORIGINAL)
    answer_attach_form([("Korean", "Signed original")])
    with qtbot.waitSignal(window.documents.document_attached, timeout=10_000) as attached:
        action(window, "actionAttachDocument").trigger()
    document = attached.args[0]
    assert stored_files.stored(library) == [f"db:{document.sha256}"]


def test_open_fetches_a_verified_copy_off_the_gui_thread(
    qtbot, library: Library, samples: Path, opened, window
) -> None:
    document = attach_document(library, bangkok(library).id, samples / ORIGINAL, language="ko")
    window.refresh()
    select_document(window, document.id)
    action(window, "actionOpenDocument").trigger()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    path = Path(opened[0].toLocalFile())
    assert path.is_relative_to(library.local_files_dir)
    assert path.read_bytes() == (samples / ORIGINAL).read_bytes()
    assert not any(library.attachments_dir.rglob("*.pdf"))


def test_the_selected_document_is_previewed_from_the_cache(
    qtbot, library: Library, samples: Path, window
) -> None:
    document = attach_document(library, bangkok(library).id, samples / ORIGINAL, language="ko")
    window.refresh()
    select_document(window, document.id)
    qtbot.waitUntil(lambda: window.preview.page_count() == 1, timeout=10_000)
    assert window.preview.status_text() == ""
    cached = library.local_files_dir / document.sha256[:2] / f"{document.sha256}.pdf"
    assert cached.read_bytes() == (samples / ORIGINAL).read_bytes()


def test_a_damaged_stored_file_is_explained_and_never_opened(
    qtbot, library: Library, samples: Path, opened, boxes, window
) -> None:
    document = attach_document(library, bangkok(library).id, samples / ORIGINAL, language="ko")
    stored_files.damage(library, document)  # same size: the preview's fetch finds it
    window.refresh()
    select_document(window, document.id)
    wait_for_status(qtbot, window, document.id, DocumentStatus.CHANGED)
    action(window, "actionOpenDocument").trigger()
    (text,) = boxes.texts
    assert "The stored file in the database has changed since it was attached" in text
    assert "Open Anyway" not in boxes.buttons[0]
    assert opened == []


def test_show_in_folder_shows_the_cached_copys_folder(
    qtbot, library: Library, samples: Path, opened, window
) -> None:
    document = attach_document(library, bangkok(library).id, samples / ORIGINAL, language="ko")
    window.refresh()
    select_document(window, document.id)
    opened.clear()
    action(window, "actionShowInFolder").trigger()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    assert Path(opened[0].toLocalFile()) == library.local_files_dir / document.sha256[:2]


def test_save_a_copy_writes_the_stored_bytes(
    qtbot, monkeypatch, tmp_path: Path, library: Library, samples: Path, window
) -> None:
    document = attach_document(library, bangkok(library).id, samples / ORIGINAL, language="ko")
    window.refresh()
    select_document(window, document.id)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", Recorder((str(out / ORIGINAL), "PDF documents (*.pdf)"))
    )
    with qtbot.waitSignal(window.document_files.copy_saved, timeout=10_000):
        action(window, "actionSaveDocumentCopy").trigger()
    assert (out / ORIGINAL).read_bytes() == (samples / ORIGINAL).read_bytes()
