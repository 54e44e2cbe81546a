"""File › Briefing Sheet… (``actionBriefing``): the save dialog (patched), the PDF written by
the task runner's worker, the box that offers to open it, and a folder that cannot be
written."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.agreements import list_agreements
from db.partners import find_partner
from desktop.operations.briefing import briefing_scope

if TYPE_CHECKING:
    from desktop.window.main_window import MainWindow


def pdf_text(path: Path) -> str:
    document = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def briefing_action(win: MainWindow) -> QAction:
    found = win.findChild(QAction, "actionBriefing")
    assert found is not None
    return found


def save_as(monkeypatch, target: Path) -> list:  # noqa: ANN001
    calls: list = []

    def save(*args):  # noqa: ANN002, ANN202
        calls.append(args)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return calls


def answer_written_box(monkeypatch, button_text: str) -> list:  # noqa: ANN001
    """Click ``button_text`` in the box that says the sheet was written; record the box."""
    seen: list = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append((box.objectName(), box.text(), threading.current_thread().name))
        (button,) = [b for b in box.buttons() if b.text() == button_text]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def test_the_partner_sheet_is_written_off_the_gui_thread_and_opened(
    qtbot, monkeypatch, tmp_path: Path, window: MainWindow, opened: list
) -> None:
    paris = find_partner(window.library, "Paris")
    assert paris is not None
    assert window.select_partner(paris.id)
    action = briefing_action(window)
    assert action.isEnabled()
    assert action.text() == "&Briefing Sheet…"
    target = tmp_path / "sheets" / "paris"
    target.parent.mkdir()
    calls = save_as(monkeypatch, target)  # no suffix typed: .pdf is added
    seen = answer_written_box(monkeypatch, "Open")
    worker_threads: list = []
    from desktop.briefing import sheet

    real = sheet.write_briefing

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        worker_threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(sheet, "write_briefing", spy)
    with qtbot.waitSignal(window.briefings.written, timeout=30_000) as blocker:
        action.trigger()
    path, pages = blocker.args
    assert path == tmp_path / "sheets" / "paris.pdf"
    assert Path(calls[0][2]).name == "Paris-briefing.pdf"  # suggested
    assert worker_threads == [False]
    text = pdf_text(path)
    assert "Joint Declaration between Tokyo and Paris" in text
    assert f"Page {pages} of {pages}" in text
    assert seen[0][0] == "briefingWritten"
    assert str(path) in seen[0][1]
    assert [url.toLocalFile() for url in opened] == [str(path.resolve())]
    assert str(path) in window.status_bar.currentMessage()


def test_chosen_agreements_of_several_partners_make_one_sheet(
    qtbot, monkeypatch, tmp_path: Path, window: MainWindow, opened: list
) -> None:
    window.select_partner(None)  # all agreements
    view = window.agreement_view
    model = view.model()
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    for row in (0, model.rowCount() - 1):
        selection.select(model.index(row, 0), flags)
    chosen = window.browser.selected_ids()
    assert len(chosen) == 2
    assert briefing_scope(window.current_partner(), chosen) == (None, tuple(chosen))
    target = tmp_path / "two.pdf"
    save_as(monkeypatch, target)
    answer_written_box(monkeypatch, "Close")
    with qtbot.waitSignal(window.briefings.written, timeout=30_000):
        briefing_action(window).trigger()
    text = "".join(pdf_text(target).split())
    titles = [a.title for a in list_agreements(window.library, agreement_ids=chosen)]
    for title in titles:
        assert "".join(title.split()) in text
    assert opened == []  # Close: nothing opened


def test_a_folder_that_cannot_be_written_is_one_sentence_and_no_file(
    qtbot, monkeypatch, tmp_path: Path, window: MainWindow
) -> None:
    paris = find_partner(window.library, "Paris")
    assert paris is not None
    window.select_partner(paris.id)
    target = tmp_path / "no-such-folder" / "paris.pdf"
    save_as(monkeypatch, target)
    warnings: list = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: warnings.append(text))
    with qtbot.waitSignal(window.briefings.failed, timeout=30_000) as blocker:
        briefing_action(window).trigger()
    (sentence,) = blocker.args
    assert sentence.startswith(f"The briefing sheet cannot be written to {target} (")
    assert warnings == [sentence]
    assert not target.parent.exists()


def test_the_scope_follows_the_selection() -> None:
    class Partner:
        id = 7

    partner = Partner()
    assert briefing_scope(partner, []) == (7, ())  # type: ignore[arg-type]
    assert briefing_scope(partner, [3]) == (7, ())  # type: ignore[arg-type]
    assert briefing_scope(partner, [3, 4]) == (None, (3, 4))  # type: ignore[arg-type]
    assert briefing_scope(None, [3]) == (None, (3,))
    assert briefing_scope(None, []) == (None, ())
