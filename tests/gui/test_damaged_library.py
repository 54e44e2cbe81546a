"""The window on a damaged library: it says what is wrong and offers the restore, or quits.

It never shows the damaged library as an empty one; ``--screenshot`` on
one prints a sentence and exits 1 instead of waiting on a box nobody answers.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from db.csv.export import export_agreements
from db.documents import attach_document
from db.errors import DamagedLibraryError
from db.opening import open_library
from db.safekeeping import archive
from db.safekeeping.check import check_library
from db.storage import snapshots as backup
from desktop import app as desktop_app
from desktop.app import run_gui, save_screenshot
from desktop.cli.main import main
from tests.test_damage import damage

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


class Boxes:
    """Stands in for ``QMessageBox.exec``: records each box and clicks the button named."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.texts: list[str] = []
        self.buttons: list[list[str]] = []

    def __call__(self, box: QMessageBox) -> int:
        assert box.objectName() == "damagedLibraryBox"
        self.texts.append(box.text())
        self.buttons.append([button.text() for button in box.buttons()])
        answer = self.answers.pop(0)
        (button,) = [b for b in box.buttons() if b.text() == answer]
        button.click()
        return 0


def answer(monkeypatch: pytest.MonkeyPatch, *answers: str) -> Boxes:
    """Answer the next damaged-library boxes with ``answers`` (button texts), in order."""
    boxes = Boxes(*answers)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes(box))
    return boxes


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The top-level windows visible when the event loop would start (it does not)."""
    names: list[str] = []

    def fake_exec(_app: QApplication) -> int:
        names.extend(w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible())
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "mainWindow":
                widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return names


@pytest.fixture
def damaged(library_dir: Path, samples: Path, tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A library whose tables' pages are damaged; its snapshot and archive, and their export."""
    library = open_library(library_dir)
    attach_document(library, 1, samples / "jo.pdf")
    snapshot = backup.snapshot(library, reason="daily")
    whole = archive.make_archive(library, tmp_path / "whole.zip")
    exported = _export(library)
    library.close()
    damage(library_dir / "accord.sqlite3", "pages")
    return snapshot, whole, exported


def _export(library: Library) -> bytes:
    out = io.BytesIO()
    export_agreements(library, out)
    return out.getvalue()


def test_quit_leaves_the_window_unshown_and_the_library_untouched(
    monkeypatch, qapp, library_dir, damaged, shown
) -> None:
    snapshot, _whole, _exported = damaged
    before = (library_dir / "accord.sqlite3").read_bytes()
    boxes = answer(monkeypatch, "Quit")
    library = open_library(library_dir)  # opens: the damage is in pages read later
    try:
        assert run_gui(library) == 1
    finally:
        library.close()
    assert shown == []  # never an empty library posing as this one
    (text,) = boxes.texts
    assert f"accord --library {library_dir} restore {snapshot}" in text
    assert [sorted(b) for b in boxes.buttons] == [
        sorted([f"Restore {snapshot.name}", "Choose a Backup…", "Quit"])
    ]
    assert (library_dir / "accord.sqlite3").read_bytes() == before


def test_restore_the_newest_snapshot_then_the_window_shows_it(
    monkeypatch, qapp, library_dir, damaged, shown
) -> None:
    snapshot, _whole, exported = damaged
    answer(monkeypatch, f"Restore {snapshot.name}")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    library = open_library(library_dir)
    try:
        assert run_gui(library) == 0
        assert _export(library) == exported  # the same Library reads the restored file
    finally:
        library.close()
    assert shown == ["mainWindow"]
    (text,) = told
    assert text.startswith(f"Restored the library from {snapshot.name}; the damaged database")
    assert "-unusable.sqlite3" in text


def test_a_chosen_archive_restores_and_a_bad_choice_is_offered_again(
    monkeypatch, qapp, library_dir, damaged, shown, tmp_path
) -> None:
    _snapshot, whole, exported = damaged
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    chosen = [str(bad), str(whole)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (chosen.pop(0), ""))
    boxes = answer(monkeypatch, "Choose a Backup…", "Choose a Backup…")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    library = open_library(library_dir)
    try:
        assert run_gui(library) == 0
        assert _export(library) == exported
        assert check_library(library).ok
    finally:
        library.close()
    assert len(boxes.texts) == 2
    assert len(warned) == 1
    assert "bad.zip" in warned[0]
    assert shown == ["mainWindow"]


def test_a_database_that_cannot_even_be_opened_offers_the_restore_too(
    monkeypatch, qapp, library_dir, damaged, shown, capsys
) -> None:
    snapshot, _whole, exported = damaged
    damage(library_dir / "accord.sqlite3", "garbage")
    answer(monkeypatch, "Quit")
    assert main(["--library", str(library_dir)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"restore {snapshot}”" in err
    assert shown == []

    answer(monkeypatch, f"Restore {snapshot.name}")
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    assert main(["--library", str(library_dir)]) == 0
    assert shown == ["mainWindow"]
    library = open_library(library_dir)
    try:
        assert _export(library) == exported
    finally:
        library.close()


def test_a_screenshot_of_a_damaged_library_is_one_sentence_not_a_wait(
    qapp, library_dir, damaged, tmp_path, capsys
) -> None:
    snapshot, _whole, _exported = damaged
    target = tmp_path / "shot.png"
    library = open_library(library_dir)
    try:
        with pytest.raises(DamagedLibraryError):
            save_screenshot(library, target)
    finally:
        library.close()
    code = main(["--library", str(library_dir), "--screenshot", str(target)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert f"“accord --library {library_dir} restore {snapshot}”" in err
    assert not target.exists()


def test_a_box_during_a_screenshot_is_kept_not_shown(qapp) -> None:
    before = QMessageBox.warning
    with desktop_app._unattended() as said:
        QMessageBox.warning(None, "Accord", "The library is busy.")
        QMessageBox(QMessageBox.Icon.Warning, "Accord", "Another box.").exec()
    assert said == ["The library is busy.", "Another box."]
    assert QMessageBox.warning is before
