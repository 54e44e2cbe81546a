"""File › Back Up Library… and Restore from Backup…: real archives, patched file dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.agreements import get_agreement, update_agreement
from db.documents import attach_document
from db.safekeeping.archive import make_archive
from db.safekeeping.archive_manifest import verify_archive
from db.schemas import AgreementUpdate
from desktop.operations.backup import BackupOperations
from desktop.support.changes import RecordsNotifier
from desktop.support.tasks import TaskRunner

if TYPE_CHECKING:
    from db.library import Library


@pytest.fixture
def backups(qtbot, library: Library):  # noqa: ANN001, ANN201 - pytest fixtures
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    notifier = RecordsNotifier(parent)
    made = BackupOperations(library, notifier, runner, parent)
    made.notifier = notifier  # for the tests to listen to
    yield made
    runner.wait_for_done()


def _answer_question(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list:
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_actions_have_their_names(backups: BackupOperations) -> None:
    names = [action.objectName() for action in backups.actions()]
    assert names == ["actionBackup", "actionRestore"]
    assert all(action.isEnabled() for action in backups.actions())


def test_back_up_writes_a_verified_archive(
    qtbot, backups: BackupOperations, library: Library, samples: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    attach_document(library, 1, samples / "jo.pdf")
    asked: list[str] = []

    def save(_parent, _caption, suggested, _filter):  # noqa: ANN001, ANN202
        asked.append(suggested)
        return str(tmp_path / "office backup"), "Zip archives (*.zip)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    messages: list[str] = []
    backups.message_posted.connect(messages.append)
    with qtbot.waitSignal(backups.backed_up, timeout=30000) as done:
        backups.backup_action.trigger()
    path = done.args[0]
    assert path == (tmp_path / "office backup.zip").resolve()
    assert len(verify_archive(path).documents) == 1
    assert Path(asked[0]).name.startswith("accord-library-")
    assert messages == [f"Backed up the library and 1 document to {path}."]
    assert all(action.isEnabled() for action in backups.actions())


def test_a_dialog_closed_without_a_name_does_nothing(
    backups: BackupOperations, library: Library, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    backups.backup_action.trigger()
    backups.restore_action.trigger()
    assert not backups.busy
    assert list(library.backups_dir.iterdir()) == []


def test_restore_asks_then_brings_the_records_back(
    qtbot, backups: BackupOperations, library: Library, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    archive = make_archive(library, tmp_path)
    original = get_agreement(library, 2).notes
    update_agreement(library, 2, AgreementUpdate(notes="changed after the backup"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(archive), ""))
    asked = _answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    changes: list = []
    backups.notifier.records_changed.connect(changes.append)
    with qtbot.waitSignal(backups.restored, timeout=30000) as done:
        backups.restore_action.trigger()
    kept = done.args[0]
    assert archive.name in asked[0]
    assert get_agreement(library, 2).notes == original
    assert kept.parent == library.backups_dir
    assert kept.is_file()
    assert changes
    assert changes[0].agreements
    assert changes[0].partners
    assert all(action.isEnabled() for action in backups.actions())


def test_restore_declined_changes_nothing(
    backups: BackupOperations, library: Library, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    archive = make_archive(library, tmp_path)
    update_agreement(library, 2, AgreementUpdate(notes="kept"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(archive), ""))
    _answer_question(monkeypatch, QMessageBox.StandardButton.No)
    backups.restore_action.trigger()
    assert not backups.busy
    assert get_agreement(library, 2).notes == "kept"


def test_a_bad_archive_is_explained_in_one_sentence(
    qtbot, backups: BackupOperations, library: Library, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    bad = tmp_path / "holiday photos.zip"
    bad.write_bytes(b"not a zip at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(bad), ""))
    _answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    with qtbot.waitSignal(backups.failed, timeout=30000):
        backups.restore_action.trigger()
    assert shown == [
        "holiday photos.zip is not an Accord backup archive, or it is damaged or incomplete."
    ]
    assert list(library.backups_dir.iterdir()) == []  # nothing kept: nothing was changed
    assert all(action.isEnabled() for action in backups.actions())


def test_restore_takes_a_database_snapshot_and_leaves_the_documents(
    qtbot, backups: BackupOperations, library: Library, samples: Path, monkeypatch
) -> None:  # noqa: ANN001
    from db.storage.snapshots import snapshot

    saved = snapshot(library, reason="manual")
    original = get_agreement(library, 2).notes
    update_agreement(library, 2, AgreementUpdate(notes="changed after the snapshot"))
    document = attach_document(library, 1, samples / "jo.pdf")
    stored = library.path_of(document.stored_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(saved), ""))
    asked = _answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    messages: list[str] = []
    backups.message_posted.connect(messages.append)
    with qtbot.waitSignal(backups.restored, timeout=30000) as done:
        backups.restore_action.trigger()
    kept = done.args[0]
    assert "database snapshot" in asked[0]
    assert "documents are not changed" in asked[0]
    assert get_agreement(library, 2).notes == original
    assert stored.is_file()  # documents are never touched by a snapshot
    assert kept.parent == library.backups_dir
    assert kept.name.endswith("-before-restore.sqlite3")
    assert messages == [
        f"Restored the database from {saved.name}, documents unchanged; the previous "
        f"database is kept in {kept}."
    ]
