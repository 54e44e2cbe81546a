"""Export CSV from the real window and dialog: scope, columns, encoding, delimiter, dates,
preview, the Shift_JIS warning, remembered choices, progress and cancel.

The export dialog is answered through its widgets' API when it opens
(``QTimer.singleShot`` + ``activeModalWidget``); only the save dialog
(``QFileDialog.getSaveFileName``) and message boxes are patched.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from db.agreements import list_agreements
from db.partners import find_partner
from desktop.dialogs import export_dialog as export_dialog_module
from desktop.dialogs.export_dialog import ExportContext, ExportDialog, ExportScope
from desktop.models.agreement_model import AgreementTableModel
from tests.gui.test_main_window import PARIS_TITLES, Recorder, action, click_partner, search

if TYPE_CHECKING:
    from db.library import Library
    from desktop.window.main_window import MainWindow

Answer = Callable[[ExportDialog], None]


@pytest.fixture
def warnings(monkeypatch) -> Recorder:
    recorder = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    return recorder


def answer_export_dialog(answer: Answer | None = None, *, accept: bool = True) -> dict:
    """Answer the export dialog when it opens: ``answer(dialog)``, then Export… (or Cancel).

    Returns what the dialog offered and showed: radio texts and enabled
    states, the default choice, the preview, the unencodable records.
    """
    seen: dict = {}

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportDialog)
        assert dialog.objectName() == "exportDialog"
        radios = {scope: dialog.scope_radio(scope) for scope in ExportScope}
        seen["texts"] = {s: r.text() for s, r in radios.items()}
        seen["enabled"] = {s: r.isEnabled() for s, r in radios.items()}
        seen["default"] = dialog.choice()
        if answer is not None:
            answer(dialog)
        seen["preview"] = dialog.preview_text()
        seen["unencodable"] = list(dialog.unencodable)
        seen["can_export"] = dialog.export_button.isEnabled()
        if accept:
            dialog.export_button.click()
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, respond)
    return seen


def choose(scope: ExportScope, encoding: str = "utf-8-sig") -> Answer:
    def answer(dialog: ExportDialog) -> None:
        dialog.scope_radio(scope).setChecked(True)
        dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData(encoding))

    return answer


def export(qtbot, monkeypatch, win: MainWindow, path: Path, answer: Answer | None = None) -> dict:
    save = Recorder((str(path), "CSV files (*.csv)"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    seen = answer_export_dialog(answer)
    with qtbot.waitSignal(win.exporter.exported, timeout=10_000) as blocker:
        action(win, "actionExportCsv").trigger()
    seen["suggested"] = save.calls[0][2]
    seen["count"] = blocker.args[0]
    return seen


def read_csv(path: Path, delimiter: str = ",") -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    text = io.StringIO(raw.decode("utf-8-sig"), newline="")
    return list(csv.DictReader(text, delimiter=delimiter))


def shown_titles(win: MainWindow) -> list[str]:
    model = win.agreement_view.model()
    return [model.index(row, AgreementTableModel.TITLE).data() for row in range(model.rowCount())]


def new_dialog(qtbot, library: Library, **context) -> ExportDialog:
    dialog = ExportDialog(library, ExportContext(**{"total": 21, **context}))
    qtbot.addWidget(dialog)
    return dialog


# -- scope --------------------------------------------------------------------------


def test_export_all_agreements(qtbot, monkeypatch, tmp_path, window):
    target = tmp_path / "all.csv"
    seen = export(qtbot, monkeypatch, window, target, choose(ExportScope.ALL))
    rows = read_csv(target)
    assert len(rows) == 21 == seen["count"]
    assert seen["default"].scope == ExportScope.ALL
    assert seen["default"].encoding == "utf-8-sig"
    assert Path(seen["suggested"]).name == f"accord-agreements-{dt.date.today().isoformat()}.csv"
    assert not seen["enabled"][ExportScope.PARTNER]
    assert "(1)" in seen["texts"][ExportScope.SELECTED]  # the current row
    assert "21" in window.statusBar().currentMessage()


def test_export_the_selected_partners_agreements(qtbot, monkeypatch, tmp_path, window):
    click_partner(window, "Paris")
    target = tmp_path / "paris.csv"
    seen = export(qtbot, monkeypatch, window, target, choose(ExportScope.PARTNER))
    rows = read_csv(target)
    assert {row["Agreement"] for row in rows} == PARIS_TITLES
    assert {row["Partner"] for row in rows} == {"Paris"}
    assert seen["default"].scope == ExportScope.PARTNER
    assert "Paris" in seen["texts"][ExportScope.PARTNER]
    assert "(3)" in seen["texts"][ExportScope.PARTNER]
    assert "paris" in Path(seen["suggested"]).name


def test_export_exactly_what_the_filter_shows_in_view_order(qtbot, monkeypatch, tmp_path, window):
    search(qtbot, window, "communique")
    header = window.agreement_view.horizontalHeader()
    header.setSortIndicator(AgreementTableModel.DATE_SIGNED, Qt.SortOrder.AscendingOrder)
    target = tmp_path / "communiques.csv"
    seen = export(qtbot, monkeypatch, window, target, choose(ExportScope.SHOWN))
    rows = read_csv(target)
    assert [row["Agreement"] for row in rows] == shown_titles(window)
    assert len(rows) == 5
    assert [row["Date signed"] for row in rows] == sorted(row["Date signed"] for row in rows)
    assert seen["default"].scope == ExportScope.SHOWN


def test_export_exactly_the_selected_rows_in_view_order(qtbot, monkeypatch, tmp_path, window):
    view = window.agreement_view
    model = view.model()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().clearSelection()
    for row in (7, 2, 4):
        view.selectionModel().select(model.index(row, 0), flags)
    wanted = [shown_titles(window)[row] for row in (2, 4, 7)]
    target = tmp_path / "selected.csv"
    seen = export(qtbot, monkeypatch, window, target, choose(ExportScope.SELECTED))
    assert [row["Agreement"] for row in read_csv(target)] == wanted
    assert "(3)" in seen["texts"][ExportScope.SELECTED]
    assert seen["count"] == 3


def test_export_partners_one_row_each(qtbot, monkeypatch, tmp_path, window):
    target = tmp_path / "partners.csv"

    def partners(dialog: ExportDialog) -> None:
        dialog.partners_radio.setChecked(True)
        assert not dialog.scope_radio(ExportScope.ALL).isEnabled()

    seen = export(qtbot, monkeypatch, window, target, partners)
    rows = read_csv(target)
    assert len(rows) == 20 == seen["count"]
    assert {r["Partner"]: r["Agreements"] for r in rows}["Paris"] == "3"
    assert Path(seen["suggested"]).name.startswith("accord-partners-")
    assert "20 partners" in window.statusBar().currentMessage()


# -- options and preview ------------------------------------------------------------


def test_options_make_the_file_the_preview_shows(qtbot, monkeypatch, tmp_path, window):
    target = tmp_path / "options.csv"

    def options(dialog: ExportDialog) -> None:
        dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(";"))
        dialog.date_combo.setCurrentIndex(dialog.date_combo.findData("slash"))
        chooser = dialog.columns
        chooser.set_columns(chooser.names(), ["Date signed", "Partner", "ID"])
        chooser.list.setCurrentRow(1)  # Partner
        chooser.move_current(-1)

    seen = export(qtbot, monkeypatch, window, target, options)
    raw = target.read_bytes().decode("utf-8-sig")
    assert raw.startswith(seen["preview"])
    assert seen["preview"].startswith("Partner;Date signed;ID\r\nAbu Dhabi;2023/11/30;19\r\n")
    assert seen["preview"].count("\r\n") == 6  # header and five rows
    rows = read_csv(target, delimiter=";")
    assert len(rows) == 21
    assert all("/" in r["Date signed"] for r in rows)


def test_the_preview_follows_every_change(qtbot, library):
    dialog = new_dialog(qtbot, library)
    assert dialog.preview_text().startswith("ID,Partner,Country,")
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData("\t"))
    assert dialog.preview_text().startswith("ID\tPartner\tCountry\t")
    dialog.columns.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.preview_text().startswith("Partner\tCountry\t")
    dialog.partners_radio.setChecked(True)
    assert dialog.preview_text().startswith("ID\tPartner\tLocal name\t")
    for row in range(dialog.columns.list.count()):
        dialog.columns.list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.export_button.isEnabled()
    assert "at least one column" in dialog.warning.text()
    dialog.columns.reset_button.click()
    assert dialog.export_button.isEnabled()
    assert dialog.columns.chosen()[:2] == ("ID", "Partner")


def test_columns_and_options_are_remembered_per_record_kind(qtbot, library):
    first = new_dialog(qtbot, library)
    first.columns.set_columns(first.columns.names(), ["Agreement", "ID"])
    first.date_combo.setCurrentIndex(first.date_combo.findData("slash"))
    first.encoding_combo.setCurrentIndex(first.encoding_combo.findData("utf-8"))
    first.accept()
    second = new_dialog(qtbot, library)
    assert second.columns.chosen() == ("Agreement", "ID")
    assert second.csv_format().date_style == "slash"
    assert second.csv_format().encoding == "utf-8"
    second.partners_radio.setChecked(True)
    assert second.columns.chosen() == tuple(
        second.columns.names()
    )  # partners: their own, still all
    second.columns.set_columns(second.columns.names(), ["Partner", "Agreements"])
    second.accept()
    third = new_dialog(qtbot, library)
    assert third.partners_radio.isChecked()
    assert third.columns.chosen() == ("Partner", "Agreements")
    third.agreements_radio.setChecked(True)
    assert third.columns.chosen() == ("Agreement", "ID")
    cancelled = new_dialog(qtbot, library)
    cancelled.columns.reset()
    cancelled.reject()  # cancelling remembers nothing
    assert new_dialog(qtbot, library).columns.chosen() == ("Partner", "Agreements")


# -- Shift_JIS --------------------------------------------------------------------


def test_shift_jis_names_every_record_it_cannot_carry_and_blocks_export(qtbot, library):
    dialog = new_dialog(qtbot, library)
    assert dialog.export_button.isEnabled()
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("cp932"))
    assert not dialog.export_button.isEnabled()
    assert "6 agreements" in dialog.warning.text()
    listed = dialog.unencodable_list.toPlainText().splitlines()
    assert len(listed) == 6
    bangkok = next(line for line in listed if "(Bangkok)" in line)
    assert bangkok.startswith("ID ")
    assert "ก" in bangkok
    assert any("(Paris): “é”" in line for line in listed)  # each quoted on its own
    dialog.export_button.click()  # disabled: nothing happens
    assert dialog.isVisible() is False
    assert dialog.result() == 0
    # Leaving out the columns that hold them is enough.
    dialog.columns.set_columns(dialog.columns.names(), ["ID", "Partner", "Date signed"])
    assert dialog.export_button.isEnabled()
    assert dialog.unencodable == []
    dialog.columns.reset()
    assert not dialog.export_button.isEnabled()
    dialog.use_utf8_button.click()
    assert dialog.csv_format().encoding == "utf-8-sig"
    assert dialog.export_button.isEnabled()
    assert dialog.unencodable_list.isHidden()


def test_a_large_scope_is_checked_off_the_gui_thread(qtbot, monkeypatch, library):
    monkeypatch.setattr(export_dialog_module, "SYNC_CHECK_LIMIT", 3)
    dialog = new_dialog(qtbot, library)
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findData("cp932"))
    assert "Checking 21 records" in dialog.warning.text()
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: len(dialog.unencodable) == 6, timeout=10_000)
    assert "6 agreements" in dialog.warning.text()
    assert not dialog.export_button.isEnabled()
    berlin = find_partner(library, "Berlin")
    assert berlin is not None
    dialog.columns.set_columns(dialog.columns.names(), ["ID"])  # a check that finds nothing
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=10_000)


def test_shift_jis_export_of_what_it_can_carry(qtbot, monkeypatch, tmp_path, window, warnings):
    click_partner(window, "Berlin")
    target = tmp_path / "berlin.csv"
    seen = export(qtbot, monkeypatch, window, target, choose(ExportScope.PARTNER, "cp932"))
    assert seen["unencodable"] == []
    assert seen["count"] == 2
    assert target.read_bytes().decode("cp932").startswith("ID,Partner,")
    assert warnings.calls == []


# -- running ------------------------------------------------------------------------


def test_cancel_leaves_no_file_and_the_old_one_unchanged(qtbot, monkeypatch, tmp_path, window):
    target = tmp_path / "report.csv"
    target.write_bytes(b"old report")
    release = threading.Event()
    window.tasks.run(
        lambda _progress: release.wait(10), on_success=lambda _r: None, on_failure=print
    )  # the one worker is busy: the export waits behind it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Recorder((str(target), "")))
    answer_export_dialog(choose(ExportScope.ALL))
    action(window, "actionExportCsv").trigger()
    exporter = window.exporter
    assert exporter.progress is not None
    assert exporter.progress.objectName() == "exportProgress"
    with qtbot.waitSignal(exporter.export_failed, timeout=10_000) as blocker:
        exporter.progress.findChild(QPushButton).click()
        release.set()
    assert "cancelled; no file was written" in blocker.args[0]
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".csv", ".part")) == [
        "report.csv"
    ]
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_failed_export_is_one_sentence_and_writes_nothing(
    qtbot, monkeypatch, tmp_path, window, warnings
):
    target = tmp_path / "no-such-folder" / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", Recorder((str(target), "")))
    answer_export_dialog(choose(ExportScope.ALL))
    with qtbot.waitSignal(window.exporter.export_failed, timeout=10_000):
        action(window, "actionExportCsv").trigger()
    assert "cannot be written" in warnings.texts[0]
    assert "\n" not in warnings.texts[0]
    assert not target.parent.exists()


def test_cancelling_the_dialog_asks_for_no_file(qtbot, monkeypatch, window, library):
    save = Recorder(("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    seen = answer_export_dialog(accept=False)
    action(window, "actionExportCsv").trigger()
    qtbot.waitUntil(lambda: "preview" in seen)
    assert save.calls == []
    assert len(list_agreements(library)) == 21


def test_japanese_headings_are_a_choice_of_the_dialog_and_remembered(qtbot, library):
    dialog = new_dialog(qtbot, library)
    assert dialog.csv_format().header_language == "en"
    dialog.headings_combo.setCurrentIndex(dialog.headings_combo.findData("ja"))
    preview = dialog.preview_text()
    assert preview.startswith("ID,提携先,国,関係,協定名,種類,締結日,")
    assert ",2023-11-30," in preview  # dates keep their own choice (ISO)
    dialog.partners_radio.setChecked(True)
    assert dialog.preview_text().startswith("ID,提携先,現地名,国,区分,関係,")
    dialog.accept()
    again = new_dialog(qtbot, library)
    assert again.csv_format().header_language == "ja"
