"""Documents in the window: attach form, list with role/language/pages/status, preview, actions.

The real window on a real library with the real sample PDFs; only the OS
edges are patched (``QFileDialog``, ``QMessageBox``, ``QDesktopServices``),
and background work is awaited with ``waitSignal``/``waitUntil``.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.agreements import get_agreement, list_agreements
from db.documents import attach_document
from db.enums import DocumentRole
from db.integrity import DocumentStatus, replacements
from desktop.models.document_model import DocumentTableModel
from desktop.support.item_roles import ItemRole
from desktop.window.main_window import MainWindow
from tests.gui.test_main_window import Recorder, action, choose_file, click_agreement, focus

if TYPE_CHECKING:
    from db.library import Library

ORIGINAL, TRANSLATION = "habibi.pdf", "jo.pdf"


class Boxes:
    """Stands in for ``QMessageBox.exec`` (the box with "Locate…"): records and answers it."""

    def __init__(self) -> None:
        self.answer: str | None = None  # text of the button to click; None: Cancel
        self.texts: list[str] = []
        self.buttons: list[list[str]] = []

    def __call__(self, box: QMessageBox) -> int:
        self.texts.append(box.text())
        self.buttons.append([button.text() for button in box.buttons()])
        for button in box.buttons():
            if button.text() == self.answer:
                button.click()
                return 0
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    recorder = Boxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder(box))
    return recorder


def bangkok(library: Library):
    """The newest agreement (Bangkok), selected when the window opens."""
    return list_agreements(library)[0]


def attach_pair(library: Library, samples: Path):
    """A Korean signed original and a Japanese translation on the newest agreement."""
    agreement = bangkok(library)
    translation = attach_document(
        library,
        agreement.id,
        samples / TRANSLATION,
        language="ja",
        role=DocumentRole.TRANSLATION,
    )
    original = attach_document(library, agreement.id, samples / ORIGINAL, language="ko")
    return original, translation


def rows(win: MainWindow, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = win.document_view.model()
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def select_document(win: MainWindow, document_id: int) -> None:
    model = win.document_view.document_model
    win.document_view.setCurrentIndex(model.index(model.row_of(document_id), 0))


def status(win: MainWindow, document_id: int) -> DocumentStatus | None:
    return win.document_view.document_model.status_of(document_id)


def wait_for_status(qtbot, win: MainWindow, document_id: int, expected: DocumentStatus) -> None:
    qtbot.waitUntil(lambda: status(win, document_id) == expected, timeout=10_000)


def stored(library: Library, document) -> Path:
    return library.path_of(document.stored_path)


# -- an original and its translation ------------------------------------------------


def test_a_korean_original_and_a_japanese_translation_are_listed_previewed_and_opened(
    qtbot, library, samples, opened, window
):
    original, translation = attach_pair(library, samples)
    window.refresh()
    assert rows(window, DocumentTableModel.NAME) == [TRANSLATION, ORIGINAL]
    assert rows(window, DocumentTableModel.ROLE) == ["Translation", "Signed original"]
    assert rows(window, DocumentTableModel.LANGUAGE) == ["Japanese", "Korean"]
    assert rows(window, DocumentTableModel.PAGES) == ["1", "1"]
    headers = [
        window.document_view.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(window.document_view.model().columnCount())
    ]
    assert headers == ["Name", "Role", "Language", "Pages", "Size", "Added"]

    # The signed original is selected and previewed at once.
    assert window.current_document().id == original.id
    preview = window.findChild(type(window.preview), "documentPreview")
    assert preview is window.preview
    assert preview.page_count() == 1
    assert "habibi" in preview.document.getAllText(0).text()
    action(window, "actionOpenDocument").trigger()

    select_document(window, translation.id)
    assert preview.page_count() == 1
    assert "みんなのおのおの" in preview.document.getAllText(0).text()
    assert preview.status_text() == ""
    action(window, "actionOpenDocument").trigger()

    assert [Path(url.toLocalFile()) for url in opened] == [
        stored(library, original),
        stored(library, translation),
    ]
    assert all(url.isLocalFile() for url in opened)


def test_the_preview_follows_the_selection_and_counts_the_pages(qtbot, library, samples, window):
    agreement = bangkok(library)
    four = attach_document(
        library, agreement.id, samples / "pdflatex-4-pages.pdf", role=DocumentRole.ANNEX
    )
    one = attach_document(
        library,
        agreement.id,
        samples / "minimal-document.pdf",
        language="en",
        role=DocumentRole.TRANSLATION,
    )
    window.refresh()
    assert window.current_document().id == four.id  # no original: the first one
    assert window.preview.page_count() == 4
    assert rows(window, DocumentTableModel.PAGES) == ["4", "1"]
    select_document(window, one.id)
    assert window.preview.page_count() == 1
    click_agreement(window, list_agreements(library)[1].title)
    assert window.preview.page_count() == 0
    assert window.preview.status_text()  # says there is nothing to preview


def test_the_previews_open_button_uses_the_normal_open_path(
    qtbot, library, samples, opened, window
):
    original, _translation = attach_pair(library, samples)
    window.refresh()
    window.preview.open_externally_requested.emit()
    assert [Path(url.toLocalFile()) for url in opened] == [stored(library, original)]


# -- the attach form ----------------------------------------------------------------


def test_the_attach_form_choices_reach_the_records(
    qtbot, monkeypatch, library, samples, window, answer_attach_form
):
    agreement = window.current_agreement()
    choose_file(monkeypatch, samples / ORIGINAL)
    answer_attach_form([("Korean", "Signed original")])
    with qtbot.waitSignal(window.documents.document_attached, timeout=10_000):
        action(window, "actionAttachDocument").trigger()
    assert answer_attach_form.seen[0]["roles"] == ["Signed original"]  # none yet

    choose_file(monkeypatch, samples / TRANSLATION)
    answer_attach_form([("JA", None)])  # a code typed in any case
    with qtbot.waitSignal(window.documents.document_attached, timeout=10_000):
        action(window, "actionAttachDocument").trigger()
    second = answer_attach_form.seen[1]
    assert second["languages"] == ["Korean (ko)"]  # the last choice is remembered
    assert second["roles"] == ["Translation"]  # the agreement has its original

    documents = {d.original_name: d for d in get_agreement(library, agreement.id).documents}
    assert (documents[ORIGINAL].language, documents[ORIGINAL].role) == (
        "ko",
        DocumentRole.SIGNED_ORIGINAL,
    )
    assert (documents[TRANSLATION].language, documents[TRANSLATION].role) == (
        "ja",
        DocumentRole.TRANSLATION,
    )
    assert rows(window, DocumentTableModel.LANGUAGE) == ["Korean", "Japanese"]


def test_dropping_several_files_asks_once_with_a_row_each(
    qtbot, library, samples, window, answer_attach_form
):
    agreement = window.current_agreement()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(samples / n)) for n in (ORIGINAL, TRANSLATION)])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    answer_attach_form([("Thai (th)", None), ("Japanese", None)])
    with qtbot.waitSignals([window.documents.document_attached] * 2, timeout=20_000):
        window.dropEvent(event)
    (form,) = answer_attach_form.seen
    assert form["names"] == [ORIGINAL, TRANSLATION]
    assert form["roles"] == ["Signed original", "Translation"]
    documents = {d.original_name: d for d in get_agreement(library, agreement.id).documents}
    assert documents[ORIGINAL].language == "th"
    assert documents[ORIGINAL].role == DocumentRole.SIGNED_ORIGINAL
    assert documents[TRANSLATION].language == "ja"
    assert documents[TRANSLATION].role == DocumentRole.TRANSLATION


def test_cancelling_the_attach_form_attaches_nothing(
    monkeypatch, library, samples, window, answer_attach_form
):
    choose_file(monkeypatch, samples / ORIGINAL)
    answer_attach_form([], accept=False)
    action(window, "actionAttachDocument").trigger()
    assert answer_attach_form.seen
    assert all(not a.documents for a in list_agreements(library))
    assert not window.documents.busy


def test_an_unknown_language_is_refused_in_the_form(qtbot):
    from desktop.dialogs.attach_dialog import AttachDialog
    from desktop.dialogs.language_combo import parse_language

    dialog = AttachDialog([Path("x.pdf")])
    qtbot.addWidget(dialog)
    dialog.rows[0].language.setEditText("Klingon")
    dialog._on_button_box_accepted()
    assert "Klingon" in dialog.error_label.text()
    assert dialog.choices() == []
    assert parse_language("Korean (ko)") == "ko"
    assert parse_language(" korean ") == "ko"
    assert parse_language("MN") == "mn"
    assert parse_language("") == ""
    assert parse_language("Klingon") is None


def test_a_refused_file_is_explained_and_nothing_is_stored(
    qtbot, monkeypatch, library, samples, window, answer_attach_form
):
    attach_pair(library, samples)
    window.refresh()
    warned = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", warned)
    choose_file(monkeypatch, samples / TRANSLATION)
    answer_attach_form([(None, None)])
    with qtbot.waitSignal(window.documents.attach_failed, timeout=10_000):
        action(window, "actionAttachDocument").trigger()
    assert warned.texts == ["This file is already attached to the agreement as “jo.pdf”."]
    assert len(bangkok(library).documents) == 2


def test_an_encrypted_pdf_attaches_and_shows_a_lock(
    qtbot, monkeypatch, library, samples, window, answer_attach_form
):
    choose_file(monkeypatch, samples / "aes-128-password-foo.pdf")
    answer_attach_form([("English", None)])
    with qtbot.waitSignal(window.documents.document_attached, timeout=10_000) as attached:
        action(window, "actionAttachDocument").trigger()
    assert attached.args[0].encrypted
    index = window.document_view.model().index(0, DocumentTableModel.PAGES)
    assert index.data() == "—"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Password" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "password" in window.preview.status_text()


# -- missing and changed files ------------------------------------------------------


def test_a_missing_file_is_marked_explained_and_located(
    qtbot, monkeypatch, library, samples, opened, boxes, window
):
    _original, translation = attach_pair(library, samples)
    stored(library, translation).unlink()
    window.refresh()
    select_document(window, translation.id)
    wait_for_status(qtbot, window, translation.id, DocumentStatus.MISSING)
    name = window.document_view.currentIndex().siblingAtColumn(DocumentTableModel.NAME)
    assert name.data() == "Missing: jo.pdf"
    assert DocumentStatus.MISSING.problem in name.data(Qt.ItemDataRole.ToolTipRole)
    assert name.data(Qt.ItemDataRole.DecorationRole) is not None
    assert action(window, "actionLocateDocument").isEnabled()
    assert not action(window, "actionShowInFolder").isEnabled()
    assert not action(window, "actionSaveDocumentCopy").isEnabled()

    # Opening explains and offers Locate…; Cancel leaves everything as it is.
    action(window, "actionOpenDocument").trigger()
    assert boxes.texts == [f"“jo.pdf”: {DocumentStatus.MISSING.problem}"]
    assert {"Locate…", "Cancel"} == set(boxes.buttons[0])
    assert opened == []

    # Locate… with the right file puts it back.
    boxes.answer = "Locate…"
    choose_file(monkeypatch, samples / TRANSLATION)
    with qtbot.waitSignal(window.document_files.document_relinked, timeout=10_000):
        action(window, "actionOpenDocument").trigger()
    assert stored(library, translation).read_bytes() == (samples / TRANSLATION).read_bytes()
    wait_for_status(qtbot, window, translation.id, DocumentStatus.OK)
    assert window.current_document().id == translation.id
    assert window.document_view.currentIndex().siblingAtColumn(0).data() == "jo.pdf"
    assert not action(window, "actionLocateDocument").isEnabled()
    assert window.preview.page_count() == 1  # the preview shows it again
    assert replacements(library, translation.id) == []


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_locating_a_different_file_asks_before_replacing(
    qtbot, monkeypatch, library, samples, window, answer
):
    _original, translation = attach_pair(library, samples)
    stored(library, translation).unlink()
    window.refresh()
    select_document(window, translation.id)
    wait_for_status(qtbot, window, translation.id, DocumentStatus.MISSING)
    button = QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No
    asked = Recorder(button)
    monkeypatch.setattr(QMessageBox, "question", asked)
    choose_file(monkeypatch, samples / "minimal-document.pdf")
    signal = (
        window.document_files.document_relinked
        if answer == "yes"
        else window.document_files.relink_failed
    )
    with qtbot.waitSignal(signal, timeout=10_000):
        action(window, "actionLocateDocument").trigger()
    assert len(asked.calls) == 1
    assert asked.texts[0].startswith("Replace the recorded file with this one?")
    assert "minimal-document.pdf" in asked.texts[0]
    if answer == "no":
        assert replacements(library, translation.id) == []
        assert not stored(library, translation).exists()
        assert status(window, translation.id) == DocumentStatus.MISSING
        return
    (replacement,) = replacements(library, translation.id)
    assert replacement.old_sha256 == translation.sha256
    new_sha = hashlib.sha256((samples / "minimal-document.pdf").read_bytes()).hexdigest()
    assert replacement.new_sha256 == new_sha
    wait_for_status(qtbot, window, translation.id, DocumentStatus.OK)
    assert window.current_document().sha256 == new_sha


def test_a_changed_stored_file_is_marked_changed(qtbot, library, samples, boxes, window):
    original, _translation = attach_pair(library, samples)
    path = stored(library, original)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # same size: only the SHA-256 can tell
    path.write_bytes(bytes(data))
    window.refresh()
    wait_for_status(qtbot, window, original.id, DocumentStatus.CHANGED)
    name = window.document_view.currentIndex().siblingAtColumn(DocumentTableModel.NAME)
    assert name.data() == "Changed: habibi.pdf"
    assert DocumentStatus.CHANGED.problem in name.data(Qt.ItemDataRole.ToolTipRole)
    assert action(window, "actionLocateDocument").isEnabled()
    action(window, "actionOpenDocument").trigger()
    assert boxes.texts == [f"“habibi.pdf”: {DocumentStatus.CHANGED.problem}"]
    assert {"Locate…", "Open Anyway", "Cancel"} == set(boxes.buttons[0])


def change_in_place(path: Path) -> None:
    """Flip one byte in the middle: same size, so only the SHA-256 can tell."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("answer", [None, "Save Anyway"])
def test_save_a_copy_of_a_changed_file_warns_first_as_open_does(
    qtbot, monkeypatch, tmp_path, library, samples, boxes, window, answer
):
    original, _translation = attach_pair(library, samples)
    change_in_place(stored(library, original))
    window.refresh()
    wait_for_status(qtbot, window, original.id, DocumentStatus.CHANGED)
    target = tmp_path / ORIGINAL
    asked = Recorder((str(target), "PDF documents (*.pdf)"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", asked)
    boxes.answer = answer
    if answer is None:  # Cancel
        action(window, "actionSaveDocumentCopy").trigger()
        assert asked.calls == []
        assert not target.exists()
    else:
        with qtbot.waitSignal(window.document_files.copy_saved, timeout=10_000):
            action(window, "actionSaveDocumentCopy").trigger()
        assert target.read_bytes() == stored(library, original).read_bytes()
    assert boxes.texts == [f"“{ORIGINAL}”: {DocumentStatus.CHANGED.problem}"]
    assert {"Locate…", "Save Anyway", "Cancel"} == set(boxes.buttons[0])


def test_save_a_copy_checks_the_sha256_before_the_background_check_has(
    qtbot, monkeypatch, tmp_path, library, samples, boxes, window
):
    original, _translation = attach_pair(library, samples)
    window.refresh()
    wait_for_status(qtbot, window, original.id, DocumentStatus.OK)
    change_in_place(stored(library, original))  # changed since the list was checked
    target = tmp_path / ORIGINAL
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", Recorder((str(target), "PDF documents (*.pdf)"))
    )
    boxes.answer = "Save Anyway"
    with qtbot.waitSignal(window.document_files.copy_saved, timeout=10_000):
        action(window, "actionSaveDocumentCopy").trigger()
    assert boxes.texts == [f"“{ORIGINAL}”: {DocumentStatus.CHANGED.problem}"]
    assert {"Locate…", "Save Anyway", "Cancel"} == set(boxes.buttons[0])
    assert status(window, original.id) == DocumentStatus.CHANGED
    assert action(window, "actionLocateDocument").isEnabled()
    assert target.read_bytes() == stored(library, original).read_bytes()


def missing_after_check(qtbot, library, samples, window):
    """The translation, selected and checked OK, whose stored file is then deleted."""
    _original, translation = attach_pair(library, samples)
    window.refresh()
    select_document(window, translation.id)
    wait_for_status(qtbot, window, translation.id, DocumentStatus.OK)
    stored(library, translation).unlink()
    assert not action(window, "actionLocateDocument").isEnabled()
    return translation


@pytest.mark.parametrize(
    "name", ["actionOpenDocument", "actionShowInFolder", "actionSaveDocumentCopy"]
)
def test_a_file_found_missing_is_marked_at_once_and_explained_by_name(
    qtbot, monkeypatch, library, samples, opened, boxes, window, name
):
    translation = missing_after_check(qtbot, library, samples, window)
    asked = Recorder(("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", asked)
    action(window, name).trigger()
    assert boxes.texts == [f"“{TRANSLATION}”: {DocumentStatus.MISSING.problem}"]
    assert {"Locate…", "Cancel"} == set(boxes.buttons[0])
    assert "attachments" not in boxes.texts[0]
    assert opened == []
    assert asked.calls == []
    assert status(window, translation.id) == DocumentStatus.MISSING
    row = window.document_view.currentIndex().siblingAtColumn(DocumentTableModel.NAME)
    assert row.data() == f"Missing: {TRANSLATION}"
    assert action(window, "actionLocateDocument").isEnabled()
    assert not action(window, "actionShowInFolder").isEnabled()
    assert not action(window, "actionSaveDocumentCopy").isEnabled()


@pytest.mark.parametrize("name", ["actionShowInFolder", "actionSaveDocumentCopy"])
def test_locate_is_offered_when_show_or_save_finds_the_file_missing(
    qtbot, monkeypatch, library, samples, boxes, window, name
):
    translation = missing_after_check(qtbot, library, samples, window)
    not_asked = Recorder(("", ""))  # a real dialog would wait for ever
    monkeypatch.setattr(QFileDialog, "getSaveFileName", not_asked)
    boxes.answer = "Locate…"
    choose_file(monkeypatch, samples / TRANSLATION)
    with qtbot.waitSignal(window.document_files.document_relinked, timeout=10_000):
        action(window, name).trigger()
    assert not_asked.calls == []
    assert stored(library, translation).read_bytes() == (samples / TRANSLATION).read_bytes()
    wait_for_status(qtbot, window, translation.id, DocumentStatus.OK)


def test_a_file_that_vanishes_while_saving_a_copy_is_marked_and_explained(
    qtbot, monkeypatch, tmp_path, library, samples, boxes, window
):
    _original, translation = attach_pair(library, samples)
    window.refresh()
    select_document(window, translation.id)
    wait_for_status(qtbot, window, translation.id, DocumentStatus.OK)
    target = tmp_path / TRANSLATION

    def save_dialog(*_args):
        stored(library, translation).unlink()  # gone while the dialog was open
        return str(target), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    action(window, "actionSaveDocumentCopy").trigger()
    qtbot.waitUntil(lambda: bool(boxes.texts), timeout=10_000)
    assert boxes.texts == [f"“{TRANSLATION}”: {DocumentStatus.MISSING.problem}"]
    assert {"Locate…", "Cancel"} == set(boxes.buttons[0])
    assert not target.exists()
    assert status(window, translation.id) == DocumentStatus.MISSING
    assert action(window, "actionLocateDocument").isEnabled()


def test_a_stale_background_check_is_not_applied(qtbot, library, samples, window):
    original, _translation = attach_pair(library, samples)
    checker = window.status_checker
    window.refresh()
    assert checker.pending
    click_agreement(window, list_agreements(library)[1].title)  # other documents now
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    assert window.document_view.model().rowCount() == 0
    assert status(window, original.id) is None


# -- show, save a copy, remove -----------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="Windows selects the file in Explorer")
def test_show_in_folder_opens_the_stored_files_folder(library, samples, opened, window):
    original, _translation = attach_pair(library, samples)
    window.refresh()
    action(window, "actionShowInFolder").trigger()
    assert len(opened) == 1
    assert Path(opened[0].toLocalFile()) == stored(library, original).parent


def test_save_a_copy_writes_the_original_name_with_identical_bytes(
    qtbot, monkeypatch, tmp_path, library, samples, window
):
    _original, translation = attach_pair(library, samples)
    window.refresh()
    select_document(window, translation.id)
    out = tmp_path / "out folder #1"
    out.mkdir()
    asked = Recorder((str(out / TRANSLATION), "PDF documents (*.pdf)"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", asked)
    with qtbot.waitSignal(window.document_files.copy_saved, timeout=10_000):
        action(window, "actionSaveDocumentCopy").trigger()
    assert Path(asked.calls[0][2]).name == TRANSLATION  # suggested: the original name
    assert (out / TRANSLATION).read_bytes() == (samples / TRANSLATION).read_bytes()
    assert stored(library, translation).read_bytes() == (samples / TRANSLATION).read_bytes()


def test_save_a_copy_never_writes_into_the_attachments(
    monkeypatch, library, samples, warnings_box, window
):
    original, _translation = attach_pair(library, samples)
    window.refresh()
    target = stored(library, original)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", Recorder((str(target), "PDF documents (*.pdf)"))
    )
    action(window, "actionSaveDocumentCopy").trigger()
    assert "attachments folder" in warnings_box.texts[0]
    assert target.read_bytes() == (samples / ORIGINAL).read_bytes()


@pytest.fixture
def warnings_box(monkeypatch) -> Recorder:
    recorder = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    return recorder


def test_remove_asks_then_moves_the_document_to_the_trash(
    qtbot, monkeypatch, library, samples, window
):
    from db.trash import list_trash, purge

    original, translation = attach_pair(library, samples)
    window.refresh()
    select_document(window, translation.id)
    asked = Recorder(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", asked)
    action(window, "actionRemoveDocument").trigger()
    assert "goes to the trash" in asked.texts[0]
    assert [d.id for d in bangkok(library).documents] == [original.id]
    assert rows(window, DocumentTableModel.NAME) == [ORIGINAL]
    assert stored(library, translation).exists()  # restorable while in the trash
    assert [(item.kind, item.id) for item in list_trash(library)] == [("document", translation.id)]
    purge(library, "document", translation.id)
    assert not stored(library, translation).exists()  # deleted for good: its file goes


def test_remove_keeps_a_file_another_agreement_uses(qtbot, monkeypatch, library, samples, window):
    original, _translation = attach_pair(library, samples)
    other = list_agreements(library)[1]
    attach_document(library, other.id, samples / ORIGINAL, language="ko")
    window.refresh()
    select_document(window, original.id)
    no = Recorder(QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "question", no)
    action(window, "actionRemoveDocument").trigger()
    assert len(bangkok(library).documents) == 2  # "No" keeps it
    yes = Recorder(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", yes)
    action(window, "actionRemoveDocument").trigger()
    assert [d.original_name for d in bangkok(library).documents] == [TRANSLATION]
    from db.trash import purge

    purge(library, "document", original.id)  # deleted for good: the other agreement's stays
    assert stored(library, original).exists()


def test_the_documents_context_menu_and_buttons_carry_every_action(qtbot, library, window):
    names = [a.objectName() for a in window.document_view.actions() if not a.isSeparator()]
    assert names == [
        "actionOpenDocument",
        "actionShowInFolder",
        "actionSaveDocumentCopy",
        "actionLocateDocument",
        "actionRemoveDocument",
    ]
    from PySide6.QtWidgets import QToolButton

    buttons = {
        b.defaultAction().objectName()
        for b in window.detail.findChildren(QToolButton)
        if b.defaultAction() is not None
    }
    assert set(names) | {"actionAttachDocument"} <= buttons


def test_enter_opens_the_selected_document(qtbot, library, samples, opened, window):
    _original, translation = attach_pair(library, samples)
    window.refresh()
    select_document(window, translation.id)
    focus(qtbot, window.document_view)
    qtbot.keyClick(window.document_view, Qt.Key.Key_Return)
    assert [Path(u.toLocalFile()) for u in opened] == [stored(library, translation)]


def test_the_detail_splitter_is_remembered(qtbot, library):
    first = MainWindow(library)
    qtbot.addWidget(first)
    first.resize(760, 560)
    first.show()
    first.detail.splitter.setSizes([300, 400])
    remembered = first.detail.splitter.sizes()
    first.close()
    second = MainWindow(library)
    qtbot.addWidget(second)
    second.show()
    assert second.detail.splitter.sizes() == remembered
    assert second.document_view.model().rowCount() == 0
    assert second.detail.splitter.orientation() == Qt.Orientation.Horizontal


def test_the_document_model_with_statuses_passes_the_model_tester(qtmodeltester, library, samples):
    original, translation = attach_pair(library, samples)
    encrypted = attach_document(
        library, bangkok(library).id, samples / "libreoffice-writer-password.pdf"
    )
    model = DocumentTableModel()
    model.set_rows(bangkok(library).documents)
    model.set_statuses(
        {
            original.id: DocumentStatus.MISSING,
            translation.id: DocumentStatus.CHANGED,
            encrypted.id: DocumentStatus.OK,
        }
    )
    qtmodeltester.check(model, force_py=True)
    assert model.index(model.row_of(encrypted.id), 0).data(ItemRole.STATUS) == DocumentStatus.OK
    assert model.index(model.row_of(encrypted.id), DocumentTableModel.PAGES).data() == "—"
