"""Two colleagues, one record; a busy library: nothing typed is lost, nothing overwritten silently.

"Someone else" is :func:`db.agreements.update_agreement` called directly
between opening the form and saving it; a busy library is a second sqlite3
connection holding ``BEGIN IMMEDIATE`` on the database file.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from db.agreements import get_agreement, list_agreements, update_agreement
from db.partners import find_partner, update_partner
from db.schemas import AgreementUpdate, PartnerUpdate
from db.storage import sqlite as sqlite_module
from db.storage.history_recorder import current_user

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop.dialogs.conflict_dialog import ConflictDialog

BUSY = "The library is busy with another Accord window or user; try again."


class Recorder:
    """Stands in for a static QMessageBox function: records texts, returns ``answer``."""

    def __init__(self, answer=None) -> None:  # noqa: ANN001
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, _parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN204
        self.texts.append(text)
        return self.answer


def when_modal(name: str, then: Callable) -> None:  # noqa: ANN001
    """Run ``then(dialog)`` once the modal dialog ``name`` is shown."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, dialog
        assert dialog.objectName() == name, dialog
        then(dialog)

    QTimer.singleShot(0, run)


def save(form) -> None:  # noqa: ANN001
    form.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def cancel(form) -> None:  # noqa: ANN001
    form.button_box.button(QDialogButtonBox.StandardButton.Cancel).click()


def rows_of(dialog: ConflictDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


@pytest.fixture
def agreement(qtbot, library, window):  # noqa: ANN001, ANN201
    """The newest agreement, selected in the agreement view (Edit and Delete act on it)."""
    chosen = list_agreements(library)[0]
    window.select_partner(None)
    assert window.select_agreement(chosen.id)
    window.agreement_view.setFocus()
    qtbot.waitUntil(lambda: window.edit_target.kind() == "agreement")
    return chosen


def edit_with_a_colleague(window, library, agreement, choose: Callable, seen: dict) -> None:  # noqa: ANN001
    """Open the agreement form; a colleague retitles it; the user changes notes and saves."""

    def fill(form) -> None:  # noqa: ANN001
        update_agreement(library, agreement.id, AgreementUpdate(title="Their new title"))
        form.notes_edit.setPlainText("My notes")

        def answer(dialog) -> None:  # noqa: ANN001
            seen["message"] = dialog.findChild(object, "conflictMessage").text()
            seen["rows"] = rows_of(dialog)
            choose(dialog)

        when_modal("conflictDialog", answer)
        save(form)
        seen["form_visible"] = form.isVisible()
        if form.isVisible():
            seen["notes_kept"] = form.notes_edit.toPlainText()
            seen["error"] = form.error_label.text()
            cancel(form)

    when_modal("agreementForm", fill)
    window.window_actions.edit.trigger()


def test_the_conflict_dialog_shows_both_versions_and_who_changed_what(
    library, window, agreement, tmp_path
):
    seen: dict = {}
    screenshot = tmp_path / "conflict-dialog.png"

    def look(dialog) -> None:  # noqa: ANN001
        assert dialog.grab().save(str(screenshot))
        dialog.back_button.click()

    edit_with_a_colleague(window, library, agreement, look, seen)
    assert seen["message"].startswith(
        f"Someone else changed “Their new title” after you opened it (by {current_user()} at "
    )
    rows = {row[0]: row[1:] for row in seen["rows"]}
    assert set(rows) == {"Title", "Notes"}
    assert rows["Title"][0] == "Their new title"
    assert rows["Title"][1] == f"{agreement.title} (not changed by you)"
    assert rows["Title"][2].startswith(f"{current_user()}, ")
    assert rows["Notes"][1:] == ["My notes", ""]  # only I changed the notes
    assert screenshot.stat().st_size > 0


def test_keep_my_changes_saves_mine_over_theirs_and_keeps_their_other_fields(
    library, window, agreement
):
    seen: dict = {}
    edit_with_a_colleague(window, library, agreement, lambda d: d.keep_mine_button.click(), seen)
    assert seen["form_visible"] is False
    saved = get_agreement(library, agreement.id)
    assert (saved.title, saved.notes) == ("Their new title", "My notes")
    assert window.current_agreement().notes == "My notes"
    # Undo puts back their version (the one my save went over), not the one I opened.
    window.window_actions.undo.trigger()
    undone = get_agreement(library, agreement.id)
    assert (undone.title, undone.notes) == ("Their new title", agreement.notes)


def test_keep_my_changes_wins_a_field_both_changed(library, window, agreement):
    def fill(form) -> None:  # noqa: ANN001
        update_agreement(library, agreement.id, AgreementUpdate(notes="Their notes"))
        form.notes_edit.setPlainText("My notes")
        when_modal("conflictDialog", lambda dialog: dialog.keep_mine_button.click())
        save(form)

    when_modal("agreementForm", fill)
    window.window_actions.edit.trigger()
    assert get_agreement(library, agreement.id).notes == "My notes"


def test_use_theirs_discards_mine_closes_the_form_and_shows_theirs(library, window, agreement):
    seen: dict = {}
    edit_with_a_colleague(window, library, agreement, lambda d: d.use_theirs_button.click(), seen)
    assert seen["form_visible"] is False
    stored = get_agreement(library, agreement.id)
    assert (stored.title, stored.notes) == ("Their new title", agreement.notes)
    assert window.current_agreement().title == "Their new title"  # the views were refreshed
    assert window.undo_stack.count() == 0


def test_back_to_editing_keeps_the_form_open_with_my_input(library, window, agreement):
    seen: dict = {}
    edit_with_a_colleague(window, library, agreement, lambda d: d.back_button.click(), seen)
    assert seen["form_visible"] is True
    assert seen["notes_kept"] == "My notes"
    assert seen["error"].startswith("Someone else changed “Their new title”")
    stored = get_agreement(library, agreement.id)
    assert (stored.title, stored.notes) == ("Their new title", agreement.notes)


def test_a_partner_edit_meets_a_colleagues_change(qtbot, library, window):
    rome = find_partner(library, "Rome")
    window.select_partner(rome.id)
    window.partner_view.setFocus()
    qtbot.waitUntil(lambda: window.edit_target.kind() == "partner")
    seen: dict = {}

    def fill(form) -> None:  # noqa: ANN001
        update_partner(library, rome.id, PartnerUpdate(country="Italia"))
        form.notes_edit.setPlainText("Twinned in 1982")

        def answer(dialog) -> None:  # noqa: ANN001
            seen["rows"] = rows_of(dialog)
            dialog.keep_mine_button.click()

        when_modal("conflictDialog", answer)
        save(form)

    when_modal("partnerForm", fill)
    window.window_actions.edit.trigger()
    assert {row[0] for row in seen["rows"]} == {"Country", "Notes"}
    saved = find_partner(library, "Rome")
    assert (saved.country, saved.notes) == ("Italia", "Twinned in 1982")


def test_deleting_a_record_someone_changed_tells_and_asks_again(
    monkeypatch, library, window, agreement
):
    shown = window.current_agreement()  # as the window shows it
    update_agreement(library, agreement.id, AgreementUpdate(title="Their new title"))
    asked = Recorder(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", asked)
    assert window.records.delete_agreement(shown)
    assert len(asked.texts) == 2
    assert "Their new title" not in asked.texts[0]
    assert asked.texts[1].startswith("Someone else changed “Their new title” after you opened it")
    assert "Delete the agreement “Their new title”" in asked.texts[1]
    assert agreement.id not in {a.id for a in list_agreements(library)}


def test_deleting_a_changed_record_can_still_be_declined(monkeypatch, library, window, agreement):
    shown = window.current_agreement()
    update_agreement(library, agreement.id, AgreementUpdate(notes="Still needed"))
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    assert not window.records.delete_agreement(shown)
    assert get_agreement(library, agreement.id).notes == "Still needed"


# -- a busy library --------------------------------------------------------------------------


@pytest.fixture
def lock(monkeypatch, library):  # noqa: ANN001, ANN201
    """A second connection that can hold the library's write lock (``BEGIN IMMEDIATE``)."""
    monkeypatch.setattr(sqlite_module, "BUSY_TIMEOUT_MS", 100)
    library.engine.dispose()  # new connections wait 100 ms, not 5 s
    conn = sqlite3.connect(library.database_path, isolation_level=None)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def test_a_busy_library_keeps_the_form_open_with_everything_typed(library, window, agreement, lock):
    seen: dict = {}

    def fill(form) -> None:  # noqa: ANN001
        form.title_edit.setPlainText("Typed while the library was busy")
        form.notes_edit.setPlainText("Every word kept")
        lock.execute("BEGIN IMMEDIATE")
        save(form)
        seen["visible"], seen["error"] = form.isVisible(), form.error_label.text()
        seen["title"] = form.title_edit.toPlainText()
        seen["notes"] = form.notes_edit.toPlainText()
        lock.execute("ROLLBACK")
        save(form)  # the other window is done: saving again goes through

    when_modal("agreementForm", fill)
    window.window_actions.edit.trigger()
    assert seen == {
        "visible": True,
        "error": BUSY,
        "title": "Typed while the library was busy",
        "notes": "Every word kept",
    }
    saved = get_agreement(library, agreement.id)
    assert (saved.title, saved.notes) == ("Typed while the library was busy", "Every word kept")
    assert window.undo_stack.count() == 1


def test_a_busy_library_keeps_a_new_partner_form_open(library, window, lock):
    seen: dict = {}

    def fill(form) -> None:  # noqa: ANN001
        form.name_edit.setText("Taipei")
        form.local_name_edit.setText("臺北市")
        form.country_combo.setCurrentText("Taiwan")
        lock.execute("BEGIN IMMEDIATE")
        save(form)
        seen["visible"], seen["error"] = form.isVisible(), form.error_label.text()
        seen["local"] = form.local_name_edit.text()
        lock.execute("ROLLBACK")
        cancel(form)

    when_modal("partnerForm", fill)
    window.window_actions.add_partner.trigger()
    assert seen == {"visible": True, "error": BUSY, "local": "臺北市"}
    assert find_partner(library, "Taipei") is None
    assert window.undo_stack.count() == 0
