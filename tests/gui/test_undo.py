"""Undo and redo of every change made in the window, on a real library.

Each kind of change is made the way a user makes it (the real forms, the
real actions), then undone (the library is as before: the records' fields,
and the trash), redone (as after), and undone again. Only the OS edges are
stand-ins: file dialogs and message boxes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from db.agreements import get_agreement, list_agreements, update_agreement
from db.csv.export import export_agreements
from db.documents import attach_document
from db.partners import find_partner, list_partners
from db.schemas import AgreementUpdate
from db.trash import list_trash

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

PDF = "minimal-document.pdf"


class Recorder:
    """Stands in for a static QMessageBox function: records texts, returns ``answer``."""

    def __init__(self, answer=None) -> None:  # noqa: ANN001
        self.answer = answer
        self.titles: list[str] = []
        self.texts: list[str] = []

    def __call__(self, _parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN204
        self.titles.append(title)
        self.texts.append(text)
        return self.answer


# -- helpers ------------------------------------------------------------------------------


def live(library) -> tuple[dict, dict]:  # noqa: ANN001
    """Every live partner's and agreement's fields (documents by ID), keyed by ID."""
    partners = {
        p.id: (p.name, p.local_name, p.country, p.kind, p.relationship,
               p.date_of_affiliation, p.notes, p.agreement_count)
        for p in list_partners(library)
    }  # fmt: skip
    agreements = {
        a.id: (a.partner_id, a.title, a.type, a.date_signed, tuple(a.areas), a.notes,
               a.expires_on, a.supersedes_id, tuple(d.id for d in a.documents))
        for a in list_agreements(library)
    }  # fmt: skip
    return partners, agreements


def trash(library) -> list[tuple[str, int]]:  # noqa: ANN001
    return sorted((item.kind, item.id) for item in list_trash(library))


def state(library) -> tuple:  # noqa: ANN001
    return (*live(library), trash(library))


def answer_form(then: Callable) -> None:  # noqa: ANN001
    """Run ``then(form)`` on the modal form as soon as it is shown."""

    def run() -> None:
        form = QApplication.activeModalWidget()
        assert form is not None
        then(form)

    QTimer.singleShot(0, run)


def save(form) -> None:  # noqa: ANN001
    form.button_box.button(QDialogButtonBox.StandardButton.Save).click()


def undo(window) -> None:  # noqa: ANN001
    window.window_actions.undo.trigger()


def redo(window) -> None:  # noqa: ANN001
    window.window_actions.redo.trigger()


def cycle(window, library, before: tuple, after: tuple) -> None:  # noqa: ANN001
    """Undo (live records as before), redo (everything as after), undo again."""
    undo(window)
    assert live(library) == before[:2]
    redo(window)
    assert state(library) == after
    undo(window)
    assert live(library) == before[:2]


def paris(library):  # noqa: ANN001, ANN201
    partner = find_partner(library, "Paris")
    assert partner is not None
    return partner


def select_partner_view(qtbot, window, name: str) -> None:  # noqa: ANN001
    partner = find_partner(window.library, name)
    window.select_partner(partner.id)
    window.partner_view.setFocus()
    qtbot.waitUntil(lambda: window.edit_target.kind() == "partner")


def select_agreement_view(qtbot, window, agreement_id: int) -> None:  # noqa: ANN001
    window.select_partner(None)
    assert window.select_agreement(agreement_id)
    window.agreement_view.setFocus()
    qtbot.waitUntil(lambda: window.edit_target.kind() == "agreement")


# -- partners -------------------------------------------------------------------------------


def test_add_partner_is_undone_to_the_trash_and_redone_with_the_same_id(qtbot, library, window):
    before = state(library)

    def fill(form) -> None:  # noqa: ANN001
        form.name_edit.setText("Taipei")
        form.local_name_edit.setText("臺北市")
        form.country_combo.setCurrentText("Taiwan")
        save(form)

    answer_form(fill)
    window.window_actions.add_partner.trigger()
    taipei = find_partner(library, "Taipei")
    assert taipei is not None
    assert taipei.local_name == "臺北市"
    assert window.window_actions.undo.text() == "&Undo Add Partner “Taipei”"
    after = state(library)

    undo(window)
    assert live(library) == before[:2]
    assert trash(library) == [("partner", taipei.id)]
    assert window.window_actions.redo.text() == "&Redo Add Partner “Taipei”"
    redo(window)
    assert state(library) == after
    assert window.current_partner().id == taipei.id  # selected again
    undo(window)
    assert live(library) == before[:2]


def test_edit_partner_is_undone_and_redone(qtbot, library, window):
    select_partner_view(qtbot, window, "Rome")
    rome = find_partner(library, "Rome")
    before = state(library)
    answer_form(lambda form: (form.local_name_edit.setText("Roma Capitale"), save(form)))
    window.window_actions.edit.trigger()
    assert find_partner(library, "Rome").local_name == "Roma Capitale"
    assert window.window_actions.undo.text() == "&Undo Edit Partner “Rome”"
    after = state(library)
    cycle(window, library, before, after)
    assert find_partner(library, "Rome").local_name == rome.local_name
    assert window.current_partner().name == "Rome"


def test_undo_of_a_partner_delete_restores_its_agreements_and_documents(
    qtbot, monkeypatch, library, samples, window
):
    agreement = list_agreements(library, partner_id=paris(library).id)[0]
    document = attach_document(library, agreement.id, samples / PDF)
    stored = library.path_of(document.stored_path)
    window.refresh()
    before = state(library)
    select_partner_view(qtbot, window, "Paris")
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Yes))
    window.window_actions.delete.trigger()
    assert find_partner(library, "Paris") is None
    after = state(library)
    assert [item.holds for item in list_trash(library)] == ["3 agreements, 1 document"]

    undo(window)
    assert state(library) == before  # the partner, its 3 agreements and the document; trash empty
    assert get_agreement(library, agreement.id).documents[0].id == document.id
    assert stored.read_bytes() == (samples / PDF).read_bytes()
    assert window.current_partner().name == "Paris"
    redo(window)
    assert state(library) == after
    undo(window)
    assert state(library) == before


# -- agreements ------------------------------------------------------------------------------


def test_add_agreement_through_the_form_is_undone_and_redone(qtbot, library, window):
    window.select_partner(paris(library).id)
    before = state(library)

    def fill(form) -> None:  # noqa: ANN001
        form.title_edit.setPlainText("Memorandum on Urban Forests")
        form.signed_field.setDate(dt.date(2026, 3, 1))
        save(form)

    answer_form(fill)
    window.window_actions.add_agreement.trigger()
    added = window.current_agreement()
    assert added.title == "Memorandum on Urban Forests"
    assert window.window_actions.undo.text() == "&Undo Add Agreement “Memorandum on Urban Forests”"
    after = state(library)

    undo(window)
    assert live(library) == before[:2]
    assert trash(library) == [("agreement", added.id)]
    redo(window)
    assert state(library) == after
    assert window.current_agreement().id == added.id
    undo(window)
    assert live(library) == before[:2]


def test_edit_agreement_is_undone_and_redone(qtbot, library, window):
    agreement = list_agreements(library)[0]
    select_agreement_view(qtbot, window, agreement.id)
    before = state(library)

    def fill(form) -> None:  # noqa: ANN001
        form.title_edit.setPlainText("A better title")
        form.areas_edit.setText("water; sports")
        save(form)

    answer_form(fill)
    window.window_actions.edit.trigger()
    assert get_agreement(library, agreement.id).title == "A better title"
    after = state(library)
    cycle(window, library, before, after)
    restored = get_agreement(library, agreement.id)
    assert (restored.title, restored.areas) == (agreement.title, agreement.areas)
    assert window.current_agreement().id == agreement.id


def test_delete_agreement_is_undone_with_its_documents(
    qtbot, monkeypatch, library, samples, window
):
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, samples / PDF)
    window.refresh()
    before = state(library)
    select_agreement_view(qtbot, window, agreement.id)
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Yes))
    window.window_actions.delete.trigger()
    assert agreement.id not in live(library)[1]
    after = state(library)
    undo(window)
    assert state(library) == before
    assert window.current_agreement().id == agreement.id
    assert library.path_of(document.stored_path).is_file()
    redo(window)
    assert state(library) == after
    undo(window)
    assert state(library) == before


# -- documents --------------------------------------------------------------------------------


def test_attach_is_undone_and_redone(
    qtbot, monkeypatch, library, samples, window, answer_attach_form
):
    agreement = list_agreements(library)[0]
    window.select_partner(None)
    window.select_agreement(agreement.id)
    before = state(library)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(samples / PDF)], ""))
    )
    answer_attach_form([("Korean", None)])
    with qtbot.waitSignal(window.documents.document_attached, timeout=20000) as attached:
        window.window_actions.attach_document.trigger()
    document = attached.args[0]
    assert window.window_actions.undo.text() == f"&Undo Attach “{PDF}”"
    after = state(library)
    undo(window)
    assert live(library) == before[:2]
    assert trash(library) == [("document", document.id)]
    assert library.path_of(document.stored_path).is_file()  # kept while in the trash
    redo(window)
    assert state(library) == after
    assert window.current_document().id == document.id
    undo(window)
    assert live(library) == before[:2]


def test_remove_document_is_undone_and_redone(qtbot, monkeypatch, library, samples, window):
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, samples / PDF)
    window.refresh()
    window.select_partner(None)
    window.select_agreement(agreement.id)
    before = state(library)
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Yes))
    window.window_actions.remove_document.trigger()
    assert get_agreement(library, agreement.id).documents == []
    after = state(library)
    undo(window)
    assert state(library) == before
    assert window.current_document().id == document.id
    redo(window)
    assert state(library) == after
    undo(window)
    assert state(library) == before


# -- import ------------------------------------------------------------------------------------


def _import(window, qtbot, monkeypatch, path: Path, *, create_partners: bool = False) -> None:  # noqa: ANN001
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    window.window_actions.import_csv.trigger()
    qtbot.waitUntil(lambda: window.importer.dialog is not None, timeout=20000)
    dialog = window.importer.dialog
    if create_partners:
        dialog.create_partners_check.setChecked(True)
    with qtbot.waitSignal(window.importer.imported, timeout=20000):
        dialog.import_button.click()


def _wait_for_step(qtbot, window) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=60000)
    qtbot.waitUntil(lambda: window.window_actions.undo.isEnabled()
                    or window.window_actions.redo.isEnabled(), timeout=60000)  # fmt: skip


def test_an_import_is_undone_and_redone_as_one_step(qtbot, monkeypatch, library, window, tmp_path):
    buffer = io.BytesIO()
    export_agreements(library, buffer)
    rows = list(csv.reader(io.StringIO(buffer.getvalue().decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    changed = next(r for r in body if r[col["ID"]] == "3")
    changed[col["Notes"]] = "Renewed in 2026"
    new = [""] * len(header)
    new[col["Partner"]], new[col["Country"]] = "Lima", "Peru"
    new[col["Relationship"]], new[col["Type"]] = "Cooperation partner", "Letter of intent"
    new[col["Agreement"]], new[col["Date signed"]] = "Letter of Intent on Water", "2026-03-01"
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows([header, *body, new])
    path = tmp_path / "agreements.csv"
    path.write_bytes(text.getvalue().encode("utf-8-sig"))
    old_notes = get_agreement(library, 3).notes
    before = state(library)

    _import(window, qtbot, monkeypatch, path, create_partners=True)
    assert get_agreement(library, 3).notes == "Renewed in 2026"
    assert find_partner(library, "Lima") is not None
    assert window.window_actions.undo.text() == "&Undo Import “agreements.csv”"
    after = state(library)

    undo(window)
    assert not window.window_actions.redo.isEnabled()  # off while the step runs
    _wait_for_step(qtbot, window)
    assert live(library) == before[:2]
    assert get_agreement(library, 3).notes == old_notes
    assert {kind for kind, _id in trash(library)} == {"partner", "agreement"}  # both separately
    redo(window)
    _wait_for_step(qtbot, window)
    assert state(library) == after
    undo(window)
    _wait_for_step(qtbot, window)
    assert live(library) == before[:2]
    assert window.window_actions.redo.isEnabled()


def test_an_import_undo_refused_by_someone_elses_change_keeps_the_stack(
    qtbot, monkeypatch, library, window, tmp_path
):
    buffer = io.BytesIO()
    export_agreements(library, buffer)
    rows = list(csv.reader(io.StringIO(buffer.getvalue().decode("utf-8-sig"))))
    col = {name: i for i, name in enumerate(rows[0])}
    next(r for r in rows[1:] if r[col["ID"]] == "3")[col["Notes"]] = "From the file"
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "notes.csv"
    path.write_bytes(text.getvalue().encode("utf-8-sig"))
    _import(window, qtbot, monkeypatch, path)
    update_agreement(library, 3, AgreementUpdate(title="Changed by a colleague"))
    warnings = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", warnings)

    undo(window)
    _wait_for_step(qtbot, window)
    qtbot.waitUntil(lambda: window.undo_stack.index() == 1)
    assert warnings.texts == ["Someone else changed “Changed by a colleague” after the import."]
    assert get_agreement(library, 3).notes == "From the file"  # nothing was written
    assert window.undo_stack.count() == 1
    assert window.window_actions.undo.isEnabled()


# -- shortcuts, and steps that can no longer be made ---------------------------------------------


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo(qtbot, library, window):
    redo_keys = window.window_actions.redo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in redo_keys
    assert window.window_actions.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    select_partner_view(qtbot, window, "Rome")
    old_notes = find_partner(library, "Rome").notes
    answer_form(lambda form: (form.notes_edit.setPlainText("Twinned in 1982"), save(form)))
    window.window_actions.edit.trigger()
    assert find_partner(library, "Rome").notes == "Twinned in 1982"
    window.activateWindow()
    window.partner_view.setFocus()
    qtbot.waitUntil(lambda: window.partner_view.hasFocus())
    qtbot.keyClick(window.partner_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert find_partner(library, "Rome").notes == old_notes
    qtbot.keyClick(
        window.partner_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert find_partner(library, "Rome").notes == "Twinned in 1982"


def test_an_undo_someone_elses_change_forbids_is_told_and_dropped(
    qtbot, monkeypatch, library, window
):
    agreement = list_agreements(library)[0]
    select_agreement_view(qtbot, window, agreement.id)
    answer_form(lambda form: (form.notes_edit.setPlainText("Mine"), save(form)))
    window.window_actions.edit.trigger()
    update_agreement(library, agreement.id, AgreementUpdate(notes="Theirs"))  # another window
    warnings = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", warnings)

    undo(window)
    assert get_agreement(library, agreement.id).notes == "Theirs"  # never silently overwritten
    assert len(warnings.texts) == 1
    assert warnings.texts[0].startswith("Someone else changed “")
    assert warnings.titles[0].startswith("Cannot undo “Edit Agreement")
    assert window.undo_stack.count() == 0  # the command was dropped; the stack stays consistent
    assert not window.window_actions.undo.isEnabled()


def test_redo_of_an_add_whose_record_was_purged_is_told(qtbot, monkeypatch, library, window):
    from db.trash import purge

    window.select_partner(paris(library).id)

    def fill(form) -> None:  # noqa: ANN001
        form.title_edit.setPlainText("Short-lived")
        form.signed_field.setDate(dt.date(2026, 3, 1))
        save(form)

    answer_form(fill)
    window.window_actions.add_agreement.trigger()
    added = window.current_agreement()
    undo(window)
    purge(library, "agreement", added.id)  # someone empties the trash
    warnings = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", warnings)
    redo(window)
    assert warnings.texts == [f"There is no agreement with ID {added.id}."]  # deleted for good
    assert window.undo_stack.count() == 0
    assert added.id not in live(library)[1]


@pytest.mark.parametrize("kind", ["partner", "agreement"])
def test_an_edit_that_changed_nothing_is_not_pushed(qtbot, library, window, kind):
    if kind == "partner":
        select_partner_view(qtbot, window, "Rome")
    else:
        select_agreement_view(qtbot, window, list_agreements(library)[0].id)
    answer_form(save)
    window.window_actions.edit.trigger()
    assert window.undo_stack.count() == 0


def test_undo_after_a_restore_from_the_trash_view_is_no_false_conflict(
    qtbot, monkeypatch, library, window
):
    """Edit, delete, then restore from View › Trash: undoing the delete finds the
    agreement already back (done, no error), and undoing the edit is not taken for
    someone else's change (the restore moved the version on)."""
    from db.trash import restore_agreement

    agreement = list_agreements(library)[0]
    select_agreement_view(qtbot, window, agreement.id)
    answer_form(lambda form: (form.notes_edit.setPlainText("Mine"), save(form)))
    window.window_actions.edit.trigger()
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Yes))
    window.window_actions.delete.trigger()
    restore_agreement(library, agreement.id)  # what View › Trash › Restore does
    warnings = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", warnings)

    undo(window)  # Delete Agreement: already back
    assert warnings.texts == []
    assert get_agreement(library, agreement.id).notes == "Mine"
    undo(window)  # Edit Agreement
    assert warnings.texts == []
    assert get_agreement(library, agreement.id).notes == agreement.notes
    redo(window)
    assert get_agreement(library, agreement.id).notes == "Mine"


def test_undo_and_redo_say_which_step_they_took(qtbot, library, window):
    agreement = list_agreements(library)[0]
    select_agreement_view(qtbot, window, agreement.id)
    answer_form(lambda form: (form.notes_edit.setPlainText("Mine"), save(form)))
    window.window_actions.edit.trigger()
    undo(window)
    assert window.status_bar.currentMessage().startswith("Undone: Edit Agreement “")
    redo(window)
    assert window.status_bar.currentMessage().startswith("Redone: Edit Agreement “")
