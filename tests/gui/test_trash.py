"""View › Trash… on the real window and library: restore, delete for good, empty, start-up purge.

Only the OS edges are patched (``QMessageBox`` static functions); records
are deleted through the window or the db use cases, and the trash is read
back from the library.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from db.agreements import delete_agreement, get_agreement, list_agreements
from db.documents import attach_document
from db.models import Agreement
from db.partners import delete_partner, find_partner
from db.trash import TrashItem, list_trash
from desktop.dialogs.trash_dialog import TrashDialog
from desktop.models.trash_model import TrashSortProxy, TrashTableModel
from desktop.support.item_roles import ItemRole
from desktop.support.trash_settings import KEEP_DAYS_KEY, keep_days
from desktop.window.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


class Recorder:
    """Stands in for a static QMessageBox function and records the texts it was given."""

    def __init__(self, answer=None) -> None:  # noqa: ANN001
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, _parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN204
        self.texts.append(str(text))
        return self.answer


def open_trash(window: MainWindow) -> TrashDialog:
    action = window.findChild(QAction, "actionShowTrash")
    assert action is not None
    assert action.isEnabled()
    action.trigger()
    dialog = window.findChild(TrashDialog, "trashDialog")
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def shown(dialog: TrashDialog, column: int) -> list[str]:
    proxy = dialog.view.model()
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def select(dialog: TrashDialog, *items: tuple[str, int]) -> None:
    dialog.view.clearSelection()
    for kind, record_id in items:
        assert dialog.select(kind, record_id, clear=False), (kind, record_id)


def newest_with_document(library: Library, samples: Path):  # noqa: ANN201
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, samples / "jo.pdf", language="fr")
    return agreement, document


def files(library: Library) -> list[Path]:
    return sorted(p for p in library.attachments_dir.rglob("*") if p.is_file())


# -- the model ----------------------------------------------------------------------


def test_trash_model_and_proxy_pass_the_model_tester(qtmodeltester) -> None:
    now = dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC)
    model = TrashTableModel()
    model.set_rows(
        [
            TrashItem("partner", 1, "Paris", "", now, "alice", "b1", "3 agreements, 2 documents"),
            TrashItem("document", 7, "jo.pdf", "MoU", now - dt.timedelta(days=2), "bob", "b2", ""),
        ]
    )
    proxy = TrashSortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(proxy, force_py=True)
    assert model.index(0, TrashTableModel.KIND).data() == "Partner"
    assert model.index(0, TrashTableModel.HOLDS).data() == "3 agreements, 2 documents"
    assert model.index(0, TrashTableModel.DELETED).data() == now.astimezone().strftime(
        "%Y-%m-%d %H:%M"
    )
    assert model.index(0, TrashTableModel.DELETED).data(Qt.ItemDataRole.ToolTipRole) == (
        "2026-03-01 09:30:00 UTC"
    )
    proxy.sort(TrashTableModel.DELETED, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data(ItemRole.RECORD).name == "jo.pdf"


# -- restore --------------------------------------------------------------------------


def test_an_agreement_deleted_in_the_window_is_restored_with_its_document(
    qtbot, monkeypatch, library: Library, samples: Path, window: MainWindow
) -> None:
    agreement, document = newest_with_document(library, samples)
    window.refresh()
    window.select_agreement(agreement.id)
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Yes))
    window.agreement_view.activateWindow()
    window.agreement_view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.agreement_view.hasFocus)
    window.findChild(QAction, "actionDelete").trigger()
    assert agreement.id not in {a.id for a in list_agreements(library)}
    window.select_agreement(None)
    assert window.current_agreement().id != agreement.id

    dialog = open_trash(window)
    assert shown(dialog, TrashTableModel.NAME) == [agreement.title]
    assert shown(dialog, TrashTableModel.KIND) == ["Agreement"]
    assert shown(dialog, TrashTableModel.PARENT) == [agreement.partner_name]
    assert shown(dialog, TrashTableModel.HOLDS) == ["1 document"]
    assert not dialog.restore_button.isEnabled()  # nothing selected yet
    select(dialog, ("agreement", agreement.id))
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()

    assert list_trash(library) == []
    assert dialog.empty_label.isVisible()
    assert not dialog.view.isVisible()
    assert window.current_agreement().id == agreement.id  # selected in the window
    assert [d.id for d in window.current_agreement().documents] == [document.id]
    assert window.document_view.model().rowCount() == 1
    assert library.path_of(document.stored_path).read_bytes() == (samples / "jo.pdf").read_bytes()


def test_a_document_restored_is_selected_on_its_agreement(
    qtbot, library: Library, samples: Path, window: MainWindow
) -> None:
    from db.documents import remove_document

    agreement, document = newest_with_document(library, samples)
    remove_document(library, document.id)
    window.refresh()
    dialog = open_trash(window)
    assert shown(dialog, TrashTableModel.PARENT) == [agreement.title]
    select(dialog, ("document", document.id))
    dialog.restore_button.click()
    assert window.current_agreement().id == agreement.id
    assert window.current_document().id == document.id


def test_a_refusal_is_shown_as_one_sentence_and_nothing_else_changes(
    monkeypatch, library: Library, window: MainWindow
) -> None:
    paris = find_partner(library, "Paris")
    lone, *_ = list_agreements(library, partner_id=paris.id)
    delete_agreement(library, lone.id)
    delete_partner(library, paris.id, with_agreements=True)
    warnings = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", warnings)
    dialog = open_trash(window)
    assert sorted(shown(dialog, TrashTableModel.KIND)) == ["Agreement", "Partner"]

    select(dialog, ("agreement", lone.id))
    assert dialog.restore_selected() == 0

    assert warnings.texts == ["Restore the partner Paris first."]
    assert len(list_trash(library)) == 2
    assert dialog.model.rowCount() == 2


def test_a_partner_and_its_agreement_selected_together_come_back_partner_first(
    library: Library, window: MainWindow
) -> None:
    paris = find_partner(library, "Paris")
    lone, *_ = list_agreements(library, partner_id=paris.id)
    delete_agreement(library, lone.id)
    delete_partner(library, paris.id, with_agreements=True)
    dialog = open_trash(window)
    select(dialog, ("agreement", lone.id), ("partner", paris.id))  # the agreement listed first

    assert dialog.restore_selected() == 2

    assert list_trash(library) == []
    assert len(list_agreements(library, partner_id=paris.id)) == 3
    assert window.current_partner().id == paris.id


# -- delete for good, empty -------------------------------------------------------------


def test_delete_for_good_asks_and_removes_the_record_and_its_unreferenced_file(
    monkeypatch, library: Library, samples: Path, window: MainWindow
) -> None:
    agreement, document = newest_with_document(library, samples)
    stored = library.path_of(document.stored_path)
    delete_agreement(library, agreement.id)
    assert stored.is_file()  # the trash keeps it
    asked = Recorder(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", asked)
    dialog = open_trash(window)
    select(dialog, ("agreement", agreement.id))

    dialog.purge_button.click()

    [text] = asked.texts
    assert f"the agreement “{agreement.title}”, with 1 document," in text
    assert "cannot be undone" in text
    assert list_trash(library) == []
    assert not stored.exists()
    assert files(library) == []
    with pytest.raises(Exception, match="no agreement"):
        get_agreement(library, agreement.id)


def test_answering_no_deletes_nothing(monkeypatch, library: Library, window: MainWindow) -> None:
    agreement = list_agreements(library)[0]
    delete_agreement(library, agreement.id)
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.No))
    dialog = open_trash(window)
    select(dialog, ("agreement", agreement.id))
    assert dialog.purge_selected() == 0
    assert [item.id for item in list_trash(library)] == [agreement.id]


def test_a_file_another_record_still_uses_is_kept(
    monkeypatch, library: Library, samples: Path, window: MainWindow
) -> None:
    first, second = list_agreements(library)[:2]
    doomed = attach_document(library, first.id, samples / "jo.pdf")
    kept = attach_document(library, second.id, samples / "jo.pdf")
    assert doomed.stored_path == kept.stored_path  # one stored copy for both
    delete_agreement(library, first.id)
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Yes))
    dialog = open_trash(window)
    select(dialog, ("agreement", first.id))
    assert dialog.purge_selected() == 1
    assert library.path_of(kept.stored_path).is_file()


def test_empty_trash_asks_with_the_count_and_removes_everything(
    monkeypatch, library: Library, window: MainWindow
) -> None:
    for agreement in list_agreements(library)[:2]:
        delete_agreement(library, agreement.id)
    delete_partner(library, find_partner(library, "Paris").id, with_agreements=True)
    asked = Recorder(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", asked)
    dialog = open_trash(window)
    assert dialog.empty_button.isEnabled()

    dialog.empty_button.click()

    assert asked.texts == [
        "Delete all 3 items in the trash for good, with all they hold? This cannot be undone."
    ]
    assert list_trash(library) == []
    assert not dialog.empty_button.isEnabled()
    assert find_partner(library, "Paris") is None


def test_the_open_trash_follows_deletes_made_in_the_window(
    qtbot, monkeypatch, library: Library, window: MainWindow
) -> None:
    dialog = open_trash(window)
    assert dialog.model.rowCount() == 0
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Yes))
    doomed = window.current_agreement()
    window.records.delete_agreement(doomed)
    assert shown(dialog, TrashTableModel.NAME) == [doomed.title]


# -- keeping age and the start-up purge ---------------------------------------------------


def test_keep_days_is_remembered(qtbot, window: MainWindow) -> None:
    dialog = open_trash(window)
    assert dialog.keep_spin.value() == 30 == keep_days()
    dialog.keep_spin.setValue(7)
    assert int(QSettings().value(KEEP_DAYS_KEY)) == 7 == keep_days()
    again = TrashDialog(window.library, window.notifier, window)
    qtbot.addWidget(again)
    assert again.keep_spin.value() == 7


def _trashed_days_ago(library: Library, agreement_id: int, days: int) -> None:
    delete_agreement(library, agreement_id)
    moment = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(days=days)
    with library.session(write=True) as session:
        session.execute(
            sa.update(Agreement).where(Agreement.id == agreement_id).values(deleted_at=moment)
        )
        session.commit()


def test_at_start_up_only_items_older_than_the_set_age_leave_the_trash(
    qtbot, library: Library
) -> None:
    old, recent = list_agreements(library)[:2]
    _trashed_days_ago(library, old.id, 31)
    _trashed_days_ago(library, recent.id, 29)
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    window.show()

    with qtbot.waitSignal(window.trash_purger.finished) as finished:
        window.trash_purger.start()

    assert finished.args == [1]
    assert window.status_bar.currentMessage() == (
        "Removed 1 item deleted more than 30 days ago from the trash."
    )
    assert [item.id for item in list_trash(library)] == [recent.id]


def test_the_start_up_purge_follows_the_setting_and_says_nothing_when_none_is_old(
    qtbot, library: Library
) -> None:
    QSettings().setValue(KEEP_DAYS_KEY, 40)
    agreement = list_agreements(library)[0]
    _trashed_days_ago(library, agreement.id, 31)
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)

    with qtbot.waitSignal(window.trash_purger.finished) as finished:
        window.trash_purger.start()

    assert finished.args == [0]
    assert window.status_bar.currentMessage() == ""
    assert [item.id for item in list_trash(library)] == [agreement.id]


def test_trash_is_in_the_view_menu_and_backups_in_the_file_menu(window: MainWindow) -> None:
    menus = {
        action.text().replace("&", ""): [a.objectName() for a in action.menu().actions()]
        for action in window.menuBar().actions()
    }
    assert "actionShowTrash" in menus["View"]
    assert {"actionBackup", "actionRestore"} <= set(menus["File"])
