"""The preview and the documents list of a server library: the file is fetched off the GUI
thread while the preview says "Loading…", a failed fetch is explained in its own sentence,
the status check asks the database for sizes and the cache for a verified copy (never
reading the files back from the server), and the sentences say the database on the
server, not the library folder (real PostgreSQL, real sample PDFs)."""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from db.documents import attach_document, document_file
from db.integrity import DocumentStatus
from db.server import content
from desktop.window import browser_selection
from tests import server_db, stored_files
from tests.gui.test_documents import ORIGINAL, bangkok, select_document, status, wait_for_status
from tests.gui.test_search_window import make_pdf, search

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library
    from db.schemas import DocumentRead
    from desktop.window.main_window import MainWindow

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)

# Where the screenshots of the preview go when ACCORD_TEST_SHOTS names a folder.
SHOTS = os.environ.get("ACCORD_TEST_SHOTS", "")


@pytest.fixture
def backend() -> str:
    """Every window here is on a server library."""
    return "postgresql"


def _shot(qtbot, win: MainWindow, name: str) -> None:
    """Save a picture of ``win`` once laid out and painted (only to look at, never asserted)."""
    if SHOTS:
        qtbot.wait(300)
        win.grab().save(os.path.join(SHOTS, name))


def _tooltip(win: MainWindow, document: DocumentRead) -> str:
    model = win.document_view.document_model
    return model.data(model.index(model.row_of(document.id), 0), Qt.ItemDataRole.ToolTipRole)


def test_the_preview_says_loading_while_the_file_is_fetched_off_the_gui_thread(
    qtbot, monkeypatch, library: Library, samples: Path, window
) -> None:
    document = attach_document(library, bangkok(library).id, samples / ORIGINAL, language="ko")
    release, threads = threading.Event(), []
    real_local_file = browser_selection.local_file

    def slow_fetch(lib: Library, doc: DocumentRead) -> Path:
        threads.append(threading.current_thread())
        assert release.wait(30)  # a large file coming from a slow server
        return real_local_file(lib, doc)

    monkeypatch.setattr(browser_selection, "local_file", slow_fetch)
    window.refresh()
    select_document(window, document.id)
    try:
        qtbot.waitUntil(lambda: len(threads) == 1, timeout=10_000)
        assert threads[0] is not threading.main_thread()
        assert window.preview.status_text() == f"Loading “{ORIGINAL}” from the server…"
        assert window.preview.page_count() == 0
        assert not window.preview.open_button.isVisibleTo(window.preview)
        _shot(qtbot, window, "preview-loading.png")
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.preview.page_count() == 1, timeout=10_000)
    assert window.preview.status_text() == ""
    _shot(qtbot, window, "preview-loaded.png")
    cached = library.local_files_dir / document.sha256[:2] / f"{document.sha256}.pdf"
    assert cached.read_bytes() == (samples / ORIGINAL).read_bytes()
    window.refresh()  # the same document again: not fetched a second time
    select_document(window, document.id)
    assert len(threads) == 1


def test_a_damaged_file_is_explained_in_the_preview_and_marked(
    qtbot, library: Library, samples: Path, window
) -> None:
    document = attach_document(library, bangkok(library).id, samples / ORIGINAL, language="ko")
    stored_files.damage(library, document)  # same size: only a fetch finds it
    window.refresh()
    select_document(window, document.id)
    qtbot.waitUntil(
        lambda: "damaged in the database" in window.preview.status_text(), timeout=10_000
    )
    text = window.preview.status_text()
    assert text.startswith(f"The stored file of “{ORIGINAL}” is damaged in the database")
    assert "missing" not in text
    _shot(qtbot, window, "preview-damaged.png")
    wait_for_status(qtbot, window, document.id, DocumentStatus.CHANGED)
    assert not any(library.local_files_dir.rglob("*.pdf"))  # never handed out


def test_a_file_missing_from_the_database_is_said_so_in_the_list_and_the_preview(
    qtbot, library: Library, samples: Path, window
) -> None:
    document = attach_document(library, bangkok(library).id, samples / ORIGINAL, language="ko")
    with library.engine.begin() as conn:
        content.remove(conn, [document.sha256])
    window.refresh()
    select_document(window, document.id)
    wait_for_status(qtbot, window, document.id, DocumentStatus.MISSING)
    tooltip = _tooltip(window, document)
    assert tooltip.startswith("The stored file is missing from the database.")
    assert "library folder" not in tooltip
    model = window.document_view.document_model
    description = model.data(
        model.index(model.row_of(document.id), 0), Qt.ItemDataRole.AccessibleDescriptionRole
    )
    assert description == "The stored file is missing from the database."
    qtbot.waitUntil(
        lambda: "missing from the database" in window.preview.status_text(), timeout=10_000
    )
    assert "library folder" not in window.preview.status_text()


def test_the_status_check_never_reads_the_files_back_from_the_server(
    qtbot, monkeypatch, library: Library, samples: Path, window
) -> None:
    agreement = bangkok(library).id
    fetched = attach_document(library, agreement, samples / ORIGINAL, language="ko")
    other = attach_document(library, agreement, samples / "jo.pdf", language="ja")
    document_file(library, fetched.id)  # a verified copy of this one is in the cache
    reads = []
    for name in ("parts", "verify", "copy_to"):
        real = getattr(content, name)
        monkeypatch.setattr(
            content, name, lambda *args, _real=real, _name=name: reads.append(_name) or _real(*args)
        )
    window.refresh()
    select_document(window, fetched.id)
    # The window also hears the two attaches from the server and reads the list again, so
    # wait for the statuses of the list as it stands, not for the first check's signal.
    qtbot.waitUntil(
        lambda: (
            (status(window, fetched.id), status(window, other.id))
            == (DocumentStatus.OK, DocumentStatus.OK)
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: window.preview.page_count() == 1, timeout=10_000)
    assert reads == []  # the preview used the verified cached copy too
    assert _tooltip(window, fetched).endswith(
        "Stored in the database on the server; a verified copy is here too."
    )
    assert _tooltip(window, other).endswith("Stored in the database on the server.")


def test_a_stored_file_of_another_size_is_marked_changed_at_once(
    qtbot, library: Library, samples: Path, window
) -> None:
    document = attach_document(library, bangkok(library).id, samples / ORIGINAL, language="ko")
    with library.engine.begin() as conn:
        conn.execute(
            sa.text(
                "UPDATE document_content SET content = content || '\\x00'::bytea WHERE sha256 = :s"
            ),
            {"s": document.sha256},
        )
    window.refresh()
    select_document(window, document.id)
    wait_for_status(qtbot, window, document.id, DocumentStatus.CHANGED)
    assert _tooltip(window, document).startswith(
        "The stored file in the database has changed since it was attached"
    )


def test_a_search_hit_chosen_while_its_file_is_fetched_opens_at_its_page(
    qtbot, monkeypatch, library: Library, tmp_path: Path, window
) -> None:
    agreement = bangkok(library)
    pages = ["Cover page.", "Both cities agree.", "Hydrogen buses shall run."]
    document = attach_document(library, agreement.id, make_pdf(tmp_path / "buses.pdf", pages))
    release, real_local_file = threading.Event(), browser_selection.local_file

    def slow_fetch(lib: Library, doc: DocumentRead) -> Path:
        assert release.wait(30)
        return real_local_file(lib, doc)

    monkeypatch.setattr(browser_selection, "local_file", slow_fetch)
    window.refresh()
    search(qtbot, window, "Hydrogen")
    window.select_agreement(None)
    window.browser.hits_panel.choose(0)
    assert window.current_document().id == document.id
    try:
        assert window.preview.status_text() == "Loading “buses.pdf” from the server…"
    finally:
        release.set()
    navigator = window.preview.view.pageNavigator()
    qtbot.waitUntil(lambda: window.preview.page_count() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: navigator.currentPage() == 2)
    qtbot.waitUntil(lambda: window.preview.view.currentSearchResultIndex() >= 0)
