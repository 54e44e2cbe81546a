"""File › Import CSV in the real window: the preview tells the truth, and only Import writes.

Files are written by the test the way export and Excel write them; the
open-file dialog (an OS dialog) and warning boxes are the only stand-ins.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.agreements import get_agreement, list_agreements
from db.csv.export import export_agreements
from db.csv.import_plan import RowAction
from db.dates import DateOrder
from db.partners import find_partner
from desktop.models.import_model import ImportPlanModel

pytestmark = pytest.mark.usefixtures("window")


def _exported_rows(library) -> tuple[list[str], list[list[str]]]:
    buffer = io.BytesIO()
    export_agreements(library, buffer)
    rows = list(csv.reader(io.StringIO(buffer.getvalue().decode("utf-8-sig"))))
    return rows[0], rows[1:]


def _write(path: Path, header: list[str], rows: list[list[str]], encoding="utf-8-sig") -> Path:
    text = io.StringIO(newline="")
    csv.writer(text, lineterminator="\r\n").writerows([header, *rows])
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def _choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _open_preview(window, qtbot, monkeypatch, path: Path):
    _choose_file(monkeypatch, path)
    window.window_actions.import_csv.trigger()
    qtbot.waitUntil(lambda: window.importer.dialog is not None, timeout=20000)
    dialog = window.importer.dialog
    assert dialog.objectName() == "importDialog"
    assert dialog.isVisible()
    return dialog


def _shown(dialog) -> list[tuple[str, str, str, str]]:
    model = dialog.table.model()
    return [
        tuple(model.index(r, c).data() or "" for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_preview_then_import_adds_and_updates_only_what_it_said(
    window, library, qtbot, monkeypatch, tmp_path
):
    header, rows = _exported_rows(library)
    col = {name: i for i, name in enumerate(header)}
    changed = next(r for r in rows if r[col["ID"]] == "3")
    changed[col["Notes"]] = "Renewed in 2026 = still valid"
    new = list(rows[0])
    new[col["ID"]] = ""
    new[col["Agreement"]] = "Memorandum on Urban Heat Adaptation"
    new[col["Date signed"]] = "2026/11/2"  # as Excel re-types a date
    new[col["Documents"]] = ""
    path = _write(tmp_path / "agreements.csv", header, [*rows, new])
    before = len(list_agreements(library))

    dialog = _open_preview(window, qtbot, monkeypatch, path)

    assert dialog.summary_label.text() == "1 to add, 1 to update, 20 unchanged, 0 rejected."
    assert not dialog.problem_label.isVisible()
    assert dialog.import_button.isEnabled()
    shown = _shown(dialog)
    added = [row for row in shown if row[ImportPlanModel.ACTION] == "Will be added"]
    assert [row[ImportPlanModel.ROW] for row in added] == [str(len(rows) + 2)]
    updated = [row for row in shown if row[ImportPlanModel.ACTION] == "Will be updated"]
    assert "Renewed in 2026 = still valid" in updated[0][ImportPlanModel.DETAILS]
    assert len(list_agreements(library)) == before  # a preview writes nothing

    with qtbot.waitSignal(window.importer.imported, timeout=20000) as imported:
        dialog.import_button.click()
    result = imported.args[0]
    assert len(result.added) == 1
    assert len(result.updated) == 1
    assert get_agreement(library, 3).notes == "Renewed in 2026 = still valid"
    added_agreement = get_agreement(library, result.added[0])
    assert added_agreement.title == "Memorandum on Urban Heat Adaptation"
    assert added_agreement.date_signed.isoformat() == "2026-11-02"
    assert len(list_agreements(library)) == before + 1
    assert window.importer.dialog is None
    assert "1 added, 1 updated" in window.status_bar.currentMessage()
    window.select_agreement(added_agreement.id)  # the views were reloaded
    assert window.current_agreement().id == added_agreement.id


def test_a_bad_row_shows_its_row_column_and_reason_and_nothing_can_be_imported(
    window, library, qtbot, monkeypatch, tmp_path
):
    header, rows = _exported_rows(library)
    col = {name: i for i, name in enumerate(header)}
    rows[4][col["Date signed"]] = "July 23"  # no year
    rows[0][col["Notes"]] = "changed, but the file must import whole"
    path = _write(tmp_path / "bad.csv", header, rows)
    notes_before = get_agreement(library, int(rows[0][col["ID"]])).notes

    dialog = _open_preview(window, qtbot, monkeypatch, path)

    assert not dialog.import_button.isEnabled()
    assert dialog.problem_label.isVisible()
    assert "nothing will be" in dialog.problem_label.text()
    assert dialog.filter_combo.currentData() is RowAction.REJECTED
    shown = _shown(dialog)
    assert len(shown) == 1
    row, action, _record, details = shown[0]
    assert (row, action) == ("6", "Rejected")
    assert details.startswith("Date signed: ")
    assert "year" in details
    dialog.reject()
    assert window.importer.dialog is None
    assert window.status_bar.currentMessage() == "Nothing was imported."
    assert get_agreement(library, int(rows[0][col["ID"]])).notes == notes_before


def test_new_partners_are_created_only_when_the_user_ticks_the_box(
    window, library, qtbot, monkeypatch, tmp_path
):
    header = ["Partner", "Country", "Relationship", "Agreement", "Type", "Date signed"]
    rows = [
        [
            "Lima",
            "Peru",
            "Cooperation partner",
            "Letter of Intent",
            "Letter of intent",
            "2026-03-01",
        ]
    ]
    path = _write(tmp_path / "lima.csv", header, rows)

    dialog = _open_preview(window, qtbot, monkeypatch, path)

    assert dialog.create_partners_check.isVisible()
    assert "Lima" in dialog.create_partners_check.text()
    assert not dialog.import_button.isEnabled()
    dialog.create_partners_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.importer.imported, timeout=20000) as imported:
        dialog.import_button.click()
    assert len(imported.args[0].partners_created) == 1
    lima = find_partner(library, "lima")
    assert lima is not None
    assert lima.country == "Peru"


def test_an_ambiguous_date_is_read_again_in_the_order_the_user_chose(
    window, library, qtbot, monkeypatch, tmp_path
):
    header = ["Partner", "Agreement", "Type", "Date signed"]
    rows = [["Seoul", "Joint Statement on Heat", "Joint statement", "08/07/2025"]]
    path = _write(tmp_path / "ambiguous.csv", header, rows)

    dialog = _open_preview(window, qtbot, monkeypatch, path)
    assert not dialog.import_button.isEnabled()
    assert dialog.plan.of(RowAction.REJECTED)

    dialog.date_order_combo.setCurrentIndex(dialog.date_order_combo.findData(DateOrder.DAY_FIRST))
    qtbot.waitUntil(lambda: not dialog.plan.of(RowAction.REJECTED), timeout=20000)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(window.importer.imported, timeout=20000) as imported:
        dialog.import_button.click()
    added = get_agreement(library, imported.args[0].added[0])
    assert added.date_signed.isoformat() == "2025-07-08"


def test_a_file_that_is_not_csv_text_gets_one_sentence(
    window, qtbot, monkeypatch, tmp_path, samples
):
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: shown.append(text))
    )
    pdf = next(Path(samples).glob("*.pdf"))
    _choose_file(monkeypatch, pdf)
    with qtbot.waitSignal(window.importer.import_failed, timeout=20000):
        window.window_actions.import_csv.trigger()
    assert window.importer.dialog is None
    assert len(shown) == 1
    assert "\n" not in shown[0]
    assert "Traceback" not in shown[0]
