"""The real main window on a real library: select, search, add, attach, open, delete.

Widgets are driven through their API (``setText``, ``setCurrentIndex``,
``QAction.trigger``); only the OS edges are patched (``QFileDialog``,
``QMessageBox``, ``QDesktopServices.openUrl``). Background work is awaited
with ``waitUntil``/``waitSignal``, never with sleep.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
)

from db.agreements import list_agreements
from db.documents import attach_document
from db.enums import AgreementType
from db.opening import open_library
from db.partners import list_partners
from db.schemas import AgreementCreate, PartnerCreate
from desktop.dialogs.agreement_dialog import AgreementDialog, AgreementFormResult
from desktop.dialogs.partner_dialog import PartnerDialog
from desktop.models.agreement_model import AgreementTableModel
from desktop.models.partner_model import PartnerTableModel
from desktop.support.item_roles import ItemRole
from desktop.window.document_list import DocumentListView
from desktop.window.main_window import MainWindow
from tests.conftest import assert_no_orphans

if TYPE_CHECKING:
    from db.library import Library

ACTION_NAMES = (
    "actionAddPartner",
    "actionAddAgreement",
    "actionEdit",
    "actionDelete",
    "actionAttachDocument",
    "actionOpenDocument",
    "actionExportCsv",
    "actionImportCsv",
    "actionUndo",
    "actionRedo",
)
PARIS_TITLES = {
    "Joint Declaration between Tokyo and Paris",
    "Joint Communiqué of the Governor of Tokyo and the Mayor of Paris",
    "Memorandum of Understanding on Exchange and Cooperation Between the Tokyo "
    "Metropolitan Government and the City of Paris",
}


# -- helpers ------------------------------------------------------------------


def action(win: MainWindow, name: str) -> QAction:
    found = win.findChild(QAction, name)
    assert found is not None, name
    return found


def view_column(view: QTableView, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    model = view.model()
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def shown_titles(win: MainWindow) -> list[str]:
    return view_column(win.agreement_view, AgreementTableModel.TITLE)


def click_partner(win: MainWindow, name: str) -> None:
    """Make the partner row named ``name`` current, as a click would."""
    model = win.partner_view.model()
    for row in range(model.rowCount()):
        index = model.index(row, PartnerTableModel.NAME)
        record = index.data(ItemRole.RECORD)
        if (record.name if record else index.data()) == name or (record is None and name == "All"):
            win.partner_view.setCurrentIndex(index)
            return
    raise AssertionError(f"{name} is not in the partner view")


def click_agreement(win: MainWindow, title: str) -> None:
    model = win.agreement_view.model()
    for row in range(model.rowCount()):
        if model.index(row, AgreementTableModel.TITLE).data() == title:
            win.agreement_view.setCurrentIndex(model.index(row, 0))
            return
    raise AssertionError(f"{title} is not in the agreement view")


def search(qtbot, win: MainWindow, text: str) -> None:
    """Type ``text`` with setText (never keyClicks: non-ASCII), wait for the results."""
    win.search_field.setText(text)
    qtbot.waitUntil(lambda: not win.search_field.pending and not win.browser.loading)


def sort_by(qtbot, win: MainWindow, column: int, order: Qt.SortOrder) -> None:
    """Click the agreement view's header to sort (in the database, off the GUI thread)."""
    win.agreement_view.horizontalHeader().setSortIndicator(column, order)
    qtbot.waitUntil(lambda: not win.browser.loading)


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


class Recorder:
    """Stands in for a static QMessageBox / QFileDialog function and records its calls."""

    def __init__(self, answer=None) -> None:
        self.answer = answer
        self.calls: list[tuple] = []

    def __call__(self, *args, **kwargs):
        self.calls.append(args)
        return self.answer

    @property
    def texts(self) -> list[str]:
        return [str(call[2]) for call in self.calls if len(call) > 2]


@pytest.fixture
def warnings(monkeypatch) -> Recorder:
    recorder = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    return recorder


def choose_file(monkeypatch, path: Path) -> None:
    """Answer the next file dialogs with ``path`` (Attach asks for several, Locate for one)."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", Recorder(([str(path)], "PDF documents (*.pdf)"))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", Recorder((str(path), "PDF documents (*.pdf)"))
    )


def attachment_files(library: Library) -> list[Path]:
    return [p for p in library.attachments_dir.rglob("*") if p.is_file()]


# -- the window and its parts -------------------------------------------------


def test_window_has_the_object_names_of_design(window):
    assert window.objectName() == "mainWindow"
    for name in ("partnerView", "agreementView", "documentView"):
        assert isinstance(window.findChild(QTableView, name), QTableView), name
    assert window.findChild(QLineEdit, "searchField") is window.search_field
    assert window.findChild(DocumentListView, "documentView") is window.document_view
    assert window.detail.objectName() == "agreementDetail"
    for name in ACTION_NAMES:
        action(window, name)


def test_import_is_enabled_and_undo_has_nothing_to_do(window):
    import_csv = action(window, "actionImportCsv")
    assert import_csv.isEnabled()
    assert import_csv.shortcut().toString() == "Ctrl+Shift+I"
    assert not action(window, "actionUndo").isEnabled()
    assert not action(window, "actionRedo").isEnabled()
    assert action(window, "actionAddAgreement").shortcut().toString() == "Ctrl+N"
    assert action(window, "actionExportCsv").shortcut().toString() == "Ctrl+E"


def test_window_opens_on_all_agreements_with_the_newest_selected(window):
    assert window.current_partner() is None
    assert window.agreement_view.model().rowCount() == 21
    assert window.current_agreement().date_signed == dt.date(2025, 2, 6)
    assert window.detail.title_label.text() == window.current_agreement().title
    assert not window.agreement_view.isColumnHidden(AgreementTableModel.PARTNER)
    assert window.counts_label.text() == "20 partners · 21 agreements · 21 shown"


def test_selecting_a_partner_shows_its_agreements(window):
    click_partner(window, "Paris")
    assert window.current_partner().name == "Paris"
    assert set(shown_titles(window)) == PARIS_TITLES
    assert window.agreement_view.isColumnHidden(AgreementTableModel.PARTNER)
    assert window.counts_label.text().endswith("3 shown")
    assert window.current_agreement().partner_name == "Paris"
    assert window.detail.value_label("partner_id").text().startswith("Paris")
    click_partner(window, "All")
    assert window.agreement_view.model().rowCount() == 21
    assert not window.agreement_view.isColumnHidden(AgreementTableModel.PARTNER)


def test_a_partner_without_agreements_shows_an_empty_detail(window):
    click_partner(window, "Cairo")
    assert window.agreement_view.model().rowCount() == 0
    assert window.current_agreement() is None
    assert window.detail.agreement is None
    assert not action(window, "actionAttachDocument").isEnabled()


def test_detail_panel_follows_the_selected_agreement(window):
    click_partner(window, "Seoul")
    click_agreement(window, "Joint Statement by the Governor of Tokyo and Mayor of Seoul")
    assert window.detail.title_label.text() == (
        "Joint Statement by the Governor of Tokyo and Mayor of Seoul"
    )
    assert window.detail.value_label("type").text() == "Joint statement"
    assert window.detail.value_label("date_signed").text() == "3 February 2015"
    assert "서울특별시" in window.detail.value_label("partner_id").text()


def test_local_names_in_korean_thai_arabic_and_russian_are_shown(window):
    names = view_column(window.partner_view, PartnerTableModel.NAME)
    local = view_column(window.partner_view, PartnerTableModel.LOCAL_NAME)
    shown = dict(zip(names, local, strict=True))
    assert shown["Seoul"] == "서울특별시"
    assert shown["Bangkok"] == "กรุงเทพมหานคร"
    assert shown["Abu Dhabi"] == "أبوظبي"
    assert shown["Cairo"] == "القاهرة"
    assert shown["Moscow"] == "Москва"


def test_sorting_by_date_signed_is_chronological(qtbot, window):
    sort_by(qtbot, window, AgreementTableModel.DATE_SIGNED, Qt.SortOrder.AscendingOrder)
    records = view_column(window.agreement_view, 0, ItemRole.RECORD)
    dates = [r.date_signed for r in records]
    assert dates == sorted(dates)
    assert dates[0] == dt.date(2014, 7, 23)
    sort_by(qtbot, window, AgreementTableModel.DATE_SIGNED, Qt.SortOrder.DescendingOrder)
    dates = [r.date_signed for r in view_column(window.agreement_view, 0, ItemRole.RECORD)]
    assert dates == sorted(dates, reverse=True)


def test_all_agreements_stays_first_when_partners_are_sorted(window):
    header = window.partner_view.horizontalHeader()
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        header.setSortIndicator(PartnerTableModel.AGREEMENTS, order)
        assert view_column(window.partner_view, 0)[0] == "All agreements (21)"


# -- search ---------------------------------------------------------------------


def test_ctrl_f_focuses_the_search_field(qtbot, window):
    focus(qtbot, window.agreement_view)
    qtbot.keyClick(window.agreement_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)
    assert window.search_field.isClearButtonEnabled()
    assert window.search_field.placeholderText()


def test_search_communique_finds_the_five_communiques(qtbot, window):
    search(qtbot, window, "communique")
    titles = shown_titles(window)
    assert len(titles) == 5
    assert all("Communique" in t or "Communiqué" in t for t in titles)
    assert "Joint Communiqué of the Governor of Tokyo and the Mayor of Paris" in titles
    partners = view_column(window.partner_view, PartnerTableModel.NAME)[1:]
    assert sorted(partners) == [
        "Bangkok",
        "Berlin",
        "Brussels-Capital Region",
        "City of Helsinki",
        "Paris",
    ]
    assert window.counts_label.text() == "20 partners · 21 agreements · 5 shown"
    search(qtbot, window, "")
    assert window.agreement_view.model().rowCount() == 21


def test_typing_filters_as_you_type(qtbot, window):
    focus(qtbot, window.search_field)
    qtbot.keyClicks(window.search_field, "letter of")
    qtbot.waitUntil(lambda: window.agreement_view.model().rowCount() == 1)
    assert shown_titles(window) == [
        "Letter of Intent between The Tokyo Metropolitan Government and Kuala Lumpur City Hall"
    ]
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.agreement_view.model().rowCount() == 21)


@pytest.mark.parametrize(
    "text", ["(", "'", "-", '"', "[(", "*", "\\", "Brussel-Capital", "(Japan)"]
)
def test_quotes_hyphens_and_brackets_never_raise(qtbot, window, text):
    search(qtbot, window, text)
    for title in shown_titles(window):
        assert isinstance(title, str)
    assert window.agreement_view.model().rowCount() <= 21


def test_search_in_a_local_script_finds_the_partner_and_its_agreements(qtbot, window):
    search(qtbot, window, "서울")
    assert view_column(window.partner_view, PartnerTableModel.NAME)[1:] == ["Seoul"]
    assert window.agreement_view.model().rowCount() == 2


def test_search_that_hides_the_selected_partner_falls_back_to_all(qtbot, window):
    click_partner(window, "Seoul")
    search(qtbot, window, "communique")
    assert window.current_partner() is None
    assert window.agreement_view.model().rowCount() == 5
    assert window.current_agreement() is not None


def test_search_keeps_a_selected_partner_that_has_matches(qtbot, window):
    click_partner(window, "Paris")
    search(qtbot, window, "communique")
    assert window.current_partner().name == "Paris"
    assert shown_titles(window) == [
        "Joint Communiqué of the Governor of Tokyo and the Mayor of Paris"
    ]


def test_search_by_year_and_in_quotes_finds_what_the_table_shows(qtbot, window):
    search(qtbot, window, "2024")
    assert view_column(window.agreement_view, AgreementTableModel.DATE_SIGNED) == [
        "2024-05-16",
        "2024-05-14",
        "2024-02-06",
    ]
    search(qtbot, window, '"Seoul"')
    assert view_column(window.partner_view, PartnerTableModel.NAME)[1:] == ["Seoul"]
    assert window.agreement_view.model().rowCount() == 2


def test_a_search_that_matches_nothing_says_so_and_offers_to_clear_it(qtbot, window):
    search(qtbot, window, "  xyz ")
    assert window.agreement_view.model().rowCount() == 0
    assert window.current_agreement() is None
    assert window.detail.hint_label.text() == (
        "No agreements match “xyz”.\n"
        "Press Esc in the search field or click Clear search to see them all."
    )
    assert window.detail.hint_label.isVisible()
    assert window.detail.clear_search_button.isVisible()
    window.detail.clear_search_button.click()
    assert window.search_field.text() == ""
    assert window.agreement_view.model().rowCount() == 21
    assert window.current_agreement() is not None
    assert not window.detail.hint_label.isVisible()


def test_the_no_match_hint_quotes_the_search_as_plain_text(qtbot, window):
    search(qtbot, window, "<b>%1 {text}</b>")
    assert window.detail.hint_label.textFormat() == Qt.TextFormat.PlainText
    assert window.detail.hint_label.text().startswith("No agreements match “<b>%1 {text}</b>”.")


def test_esc_clears_a_search_that_matches_nothing(qtbot, window):
    focus(qtbot, window.search_field)
    qtbot.keyClicks(window.search_field, "xyz")
    qtbot.waitUntil(lambda: window.detail.clear_search_button.isVisible())
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.agreement_view.model().rowCount() == 21)
    assert not window.detail.clear_search_button.isVisible()


def test_clearing_a_search_that_matched_nothing_brings_the_selection_back(qtbot, window):
    click_partner(window, "Berlin")
    click_agreement(window, window.agreement_view.model().index(1, 0).data())
    before = (window.current_partner().name, window.current_agreement().id)
    focus(qtbot, window.search_field)
    qtbot.keyClicks(window.search_field, "Memorandm")  # a typo: nothing matches
    qtbot.waitUntil(lambda: window.detail.clear_search_button.isVisible())
    assert window.current_agreement() is None
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.browser.loading and not window.search_field.pending)
    assert (window.current_partner().name, window.current_agreement().id) == before


def test_a_partner_without_agreements_says_so(qtbot, window):
    click_partner(window, "Cairo")
    assert window.detail.hint_label.text() == "Cairo has no agreements yet."
    assert not window.detail.clear_search_button.isVisible()
    click_partner(window, "All")
    assert window.detail.agreement is not None


# -- add and edit -------------------------------------------------------------------


def test_add_agreement_through_the_form_and_find_it_after_reopening(
    qtbot, monkeypatch, library, library_dir, window
):
    click_partner(window, "Paris")
    paris = window.current_partner()
    asked: dict = {}
    title = "Memorandum on Cooperation in Sport between Tokyo and Paris"

    def ask(parent, **kwargs):
        asked.update(kwargs)
        data = AgreementCreate(
            partner_id=kwargs["partner_id"],
            title=title,
            type=AgreementType.MEMORANDUM_OF_UNDERSTANDING,
            date_signed=dt.date(2026, 11, 30),
            areas=["sports", "culture"],
        )
        return AgreementFormResult(data=data, allow_duplicate=False)

    monkeypatch.setattr(AgreementDialog, "ask", ask)
    action(window, "actionAddAgreement").trigger()
    assert asked["partner_id"] == paris.id
    assert asked["library"] is library
    assert window.current_partner().name == "Paris"
    assert window.current_agreement().title == title
    assert window.agreement_view.model().rowCount() == 4
    assert window.detail.value_label("areas").text() == "sports; culture"
    assert view_column(window.partner_view, 0)[0] == "All agreements (22)"

    window.close()
    library.close()
    reopened = open_library(library_dir)
    try:
        again = MainWindow(reopened)
        qtbot.addWidget(again)
        click_partner(again, "Paris")
        assert title in shown_titles(again)
        assert again.agreement_view.model().rowCount() == 4
        again.close()
        assert_no_orphans(reopened)
    finally:
        reopened.close()


def test_ctrl_n_opens_the_real_form_preset_to_the_partner(qtbot, window):
    click_partner(window, "Moscow")
    seen: dict = {}

    def fill_the_form() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        assert dialog.objectName() == "agreementForm"
        seen["partner"] = dialog.partner_combo.currentText()
        dialog.title_edit.setPlainText("Joint Statement on Winter Sports")
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("joint_statement"))
        dialog.signed_field.setDate(dt.date(2026, 1, 15))
        dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, fill_the_form)
    focus(qtbot, window.agreement_view)
    qtbot.keyClick(window.agreement_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.agreement_view.model().rowCount() == 2)
    assert seen["partner"] == "Moscow"
    assert window.current_agreement().title == "Joint Statement on Winter Sports"
    assert window.current_agreement().type == AgreementType.JOINT_STATEMENT


def test_cancelled_form_changes_nothing(monkeypatch, library, window):
    monkeypatch.setattr(AgreementDialog, "ask", lambda *a, **k: None)
    action(window, "actionAddAgreement").trigger()
    assert len(list_agreements(library)) == 21


def test_a_db_error_is_shown_as_its_sentence(monkeypatch, warnings, window):
    click_partner(window, "Paris")
    existing = window.current_agreement()

    def ask(parent, **kwargs):
        data = AgreementCreate(
            partner_id=existing.partner_id, title=existing.title, date_signed=existing.date_signed
        )
        return AgreementFormResult(data=data, allow_duplicate=False)

    monkeypatch.setattr(AgreementDialog, "ask", ask)
    action(window, "actionAddAgreement").trigger()
    assert len(warnings.calls) == 1
    assert warnings.texts[0].startswith("Paris already has “")
    assert "Traceback" not in warnings.texts[0]


# -- attach, open -------------------------------------------------------------------


def test_attach_a_pdf_through_the_file_dialog(
    qtbot, monkeypatch, library, samples, window, answer_attach_form
):
    click_partner(window, "Seoul")
    agreement = window.current_agreement()
    choose_file(monkeypatch, samples / "jo.pdf")
    with qtbot.waitSignal(window.documents.document_attached, timeout=10_000):
        action(window, "actionAttachDocument").trigger()
    (stored,) = next(a for a in list_agreements(library) if a.id == agreement.id).documents
    expected = hashlib.sha256((samples / "jo.pdf").read_bytes()).hexdigest()
    assert stored.size == 3373
    assert stored.sha256 == expected
    assert stored.original_name == "jo.pdf"
    assert library.path_of(stored.stored_path).read_bytes() == (samples / "jo.pdf").read_bytes()
    documents = window.document_view.model()
    assert documents.rowCount() == 1
    assert documents.index(0, 0).data() == "jo.pdf"
    assert window.current_agreement().id == agreement.id
    assert window.current_document().id == stored.id
    assert "jo.pdf" in window.statusBar().currentMessage()
    row = window.agreement_view.currentIndex().row()
    count = window.agreement_view.model().index(row, AgreementTableModel.DOCUMENTS)
    assert count.data() == "1"
    assert action(window, "actionOpenDocument").isEnabled()


@pytest.mark.parametrize("name", ["notes.txt", "disguised.pdf"])
def test_a_file_that_is_not_a_pdf_is_refused_and_nothing_is_stored(
    qtbot, monkeypatch, tmp_path, library, warnings, window, name, answer_attach_form
):
    fake = tmp_path / name
    fake.write_text("These are meeting notes, not a signed PDF.\n", encoding="utf-8")
    choose_file(monkeypatch, fake)
    with qtbot.waitSignal(window.documents.attach_failed, timeout=10_000):
        action(window, "actionAttachDocument").trigger()
    assert warnings.texts == [f"The file {name} is not a PDF (it has no %PDF- header)."]
    assert all(not a.documents for a in list_agreements(library))
    assert attachment_files(library) == []
    assert window.document_view.model().rowCount() == 0


def test_cancelling_a_large_attachment_stores_nothing(
    qtbot, monkeypatch, tmp_path, library, window, answer_attach_form
):
    big = tmp_path / "big-scan.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.write(b"\0" * (64 << 20))
        handle.write(b"\n%%EOF\n")
    choose_file(monkeypatch, big)
    with qtbot.waitSignal(window.documents.attach_failed, timeout=20_000) as blocker:
        action(window, "actionAttachDocument").trigger()
        progress = window.findChild(QProgressDialog, "attachProgress")
        assert progress is not None
        progress.findChild(QPushButton).click()
    assert "cancelled" in blocker.args[0]
    assert all(not a.documents for a in list_agreements(library))
    assert attachment_files(library) == []


def test_dropping_a_pdf_attaches_it_to_the_selected_agreement(
    qtbot, library, samples, window, answer_attach_form
):
    agreement = window.current_agreement()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(samples / "habibi.pdf"))])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.documents.document_attached, timeout=10_000):
        window.dropEvent(event)
    (stored,) = next(a for a in list_agreements(library) if a.id == agreement.id).documents
    assert stored.original_name == "habibi.pdf"
    assert window.document_view.model().index(0, 0).data() == "habibi.pdf"


def test_dropping_without_a_selected_agreement_says_what_to_do(
    monkeypatch, library, samples, window
):
    told = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", told)
    click_partner(window, "Cairo")
    window.attach_dropped_files([samples / "jo.pdf"])
    assert "Select an agreement first" in told.texts[0]
    assert attachment_files(library) == []


def _attach_to_newest(library: Library, samples: Path, name: str = "jo.pdf"):
    agreement = list_agreements(library)[0]
    return attach_document(library, agreement.id, samples / name, language="ja")


def test_open_hands_the_stored_file_to_the_os_as_a_local_file_url(
    qtbot, library, samples, opened, window
):
    document = _attach_to_newest(library, samples)
    window.refresh()
    assert window.current_document().id == document.id
    action(window, "actionOpenDocument").trigger()
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == library.path_of(document.stored_path)


def test_enter_on_the_documents_list_opens_the_document(qtbot, library, samples, opened, window):
    document = _attach_to_newest(library, samples)
    window.refresh()
    focus(qtbot, window.document_view)
    qtbot.keyClick(window.document_view, Qt.Key.Key_Return)
    assert [Path(url.toLocalFile()) for url in opened] == [library.path_of(document.stored_path)]


def test_a_library_path_with_a_hash_sign_opens_the_right_file(qtbot, tmp_path, samples, opened):
    library = open_library(tmp_path / "records #2 (2026)")
    try:
        document = _attach_to_newest(library, samples)
        win = MainWindow(library)
        qtbot.addWidget(win)
        action(win, "actionOpenDocument").trigger()
        assert Path(opened[0].toLocalFile()) == library.path_of(document.stored_path)
        assert "#" in opened[0].toLocalFile()
        win.close()
    finally:
        library.close()


def test_a_viewer_that_does_not_start_is_reported(monkeypatch, library, samples, warnings, window):
    _attach_to_newest(library, samples)
    window.refresh()
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    action(window, "actionOpenDocument").trigger()
    assert "could not be opened" in warnings.texts[0]


# -- delete -----------------------------------------------------------------------


def test_delete_acts_on_the_view_with_focus(qtbot, window):
    delete = action(window, "actionDelete")
    focus(qtbot, window.partner_view)
    assert not delete.isEnabled()  # "All agreements" is no record
    click_partner(window, "Paris")
    assert delete.isEnabled()
    assert "Partner" in delete.text()
    focus(qtbot, window.agreement_view)
    assert "Agreement" in delete.text()


def test_delete_a_partner_with_agreements_after_asking(qtbot, monkeypatch, library, window):
    asked = Recorder(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", asked)
    click_partner(window, "Paris")
    focus(qtbot, window.partner_view)
    action(window, "actionDelete").trigger()
    assert "Delete “Paris” and its 3 agreements?" in asked.texts[0]
    assert "go to the trash with their documents, and can be restored" in asked.texts[0]
    assert "Paris" not in {p.name for p in list_partners(library)}
    assert len(list_agreements(library)) == 18
    assert window.current_partner() is None
    assert view_column(window.partner_view, 0)[0] == "All agreements (18)"
    assert not PARIS_TITLES & set(shown_titles(window))
    assert_no_orphans(library)


def test_answering_no_keeps_the_partner(qtbot, monkeypatch, library, window):
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.No))
    click_partner(window, "Paris")
    focus(qtbot, window.partner_view)
    action(window, "actionDelete").trigger()
    assert "Paris" in {p.name for p in list_partners(library)}
    assert window.current_partner().name == "Paris"


def test_delete_an_agreement_and_its_documents(qtbot, monkeypatch, library, samples, window):
    document = _attach_to_newest(library, samples)
    window.refresh()
    asked = Recorder(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", asked)
    focus(qtbot, window.agreement_view)
    doomed = window.current_agreement()
    action(window, "actionDelete").trigger()
    assert "It goes to the trash with its document, and can be restored" in asked.texts[0]
    assert doomed.id not in {a.id for a in list_agreements(library)}
    assert window.agreement_view.model().rowCount() == 20
    assert library.path_of(document.stored_path).exists()  # in the trash, restorable
    from db.trash import purge

    purge(library, "agreement", doomed.id)
    assert not library.path_of(document.stored_path).exists()


def test_remove_a_document_when_the_documents_list_has_focus(
    qtbot, monkeypatch, library, samples, window
):
    _attach_to_newest(library, samples)
    window.refresh()
    monkeypatch.setattr(QMessageBox, "question", Recorder(QMessageBox.StandardButton.Yes))
    focus(qtbot, window.document_view)
    assert action(window, "actionDelete").text() == "&Remove Document…"
    action(window, "actionDelete").trigger()
    assert list_agreements(library)[0].documents == []
    assert window.document_view.model().rowCount() == 0
    assert len(list_agreements(library)) == 21


# -- settings -----------------------------------------------------------------------


def test_layout_is_remembered(qtbot, library):
    first = MainWindow(library)
    qtbot.addWidget(first)
    first.resize(760, 560)  # the offscreen screen is 800x800; restoreGeometry keeps inside it
    first.show()
    first.main_splitter.setSizes([300, 460])
    first.agreement_view.horizontalHeader().resizeSection(AgreementTableModel.TYPE, 250)
    remembered = first.main_splitter.sizes()
    first.close()
    second = MainWindow(library)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == first.size()
    assert second.main_splitter.sizes() == remembered
    assert second.agreement_view.horizontalHeader().sectionSize(AgreementTableModel.TYPE) == 250


# -- partners -------------------------------------------------------------------------


def test_add_a_partner_through_the_form_selects_it(monkeypatch, library, window):
    asked: dict = {}

    def ask(parent, **kwargs):
        asked.update(kwargs)
        return PartnerCreate(
            name="Taipei", local_name="臺北市", country="Taiwan", notes="Friendship talks"
        )

    monkeypatch.setattr(PartnerDialog, "ask", ask)
    action(window, "actionAddPartner").trigger()
    assert "Paris" in asked["existing_names"]
    assert "French Republic" in asked["countries"]
    assert window.current_partner().name == "Taipei"
    assert window.agreement_view.model().rowCount() == 0
    assert window.counts_label.text().startswith("21 partners")
    assert "Taipei" in {p.name for p in list_partners(library)}


def test_edit_a_partner_keeps_it_selected(qtbot, monkeypatch, library, window):
    click_partner(window, "Rome")
    focus(qtbot, window.partner_view)
    asked: dict = {}

    def ask(parent, **kwargs):
        asked.update(kwargs)
        partner = kwargs["partner"]
        return PartnerCreate(**{**partner.model_dump(), "local_name": "Roma Capitale"})

    monkeypatch.setattr(PartnerDialog, "ask", ask)
    action(window, "actionEdit").trigger()
    assert asked["partner"].name == "Rome"
    assert "Rome" not in asked["existing_names"]
    assert window.current_partner().local_name == "Roma Capitale"
    rome = next(p for p in list_partners(library) if p.name == "Rome")
    assert rome.local_name == "Roma Capitale"


def test_edit_an_agreement_moves_it_when_its_partner_changes(qtbot, monkeypatch, library, window):
    click_partner(window, "Paris")
    focus(qtbot, window.agreement_view)
    click_agreement(window, "Joint Declaration between Tokyo and Paris")
    rome = next(p for p in list_partners(library) if p.name == "Rome")

    def ask(parent, **kwargs):
        data = AgreementCreate(**{**kwargs["agreement"].model_dump(), "partner_id": rome.id})
        return AgreementFormResult(data=data, allow_duplicate=False)

    monkeypatch.setattr(AgreementDialog, "ask", ask)
    action(window, "actionEdit").trigger()
    assert window.current_partner().name == "Rome"
    assert window.current_agreement().title == "Joint Declaration between Tokyo and Paris"
    assert window.current_agreement().partner_name == "Rome"


def test_a_new_agreement_hidden_by_the_search_clears_the_search(qtbot, monkeypatch, window):
    search(qtbot, window, "communique")
    berlin = next(p for p in window.browser.partner_model.partners() if p.name == "Berlin")

    def ask(parent, **kwargs):
        data = AgreementCreate(
            partner_id=berlin.id,
            title="Letter of Intent on Urban Forests",
            date_signed="2026-04-01",
        )
        return AgreementFormResult(data=data, allow_duplicate=False)

    monkeypatch.setattr(AgreementDialog, "ask", ask)
    action(window, "actionAddAgreement").trigger()
    assert window.search_field.text() == ""
    assert window.current_agreement().title == "Letter of Intent on Urban Forests"
    assert window.agreement_view.model().rowCount() == 22


def test_a_new_partner_hidden_by_the_search_clears_the_search(qtbot, monkeypatch, window):
    search(qtbot, window, "communique")
    monkeypatch.setattr(
        PartnerDialog, "ask", lambda *a, **k: PartnerCreate(name="Taipei", country="Taiwan")
    )
    action(window, "actionAddPartner").trigger()
    assert window.search_field.text() == ""
    assert window.current_partner().name == "Taipei"


def test_attaching_keeps_the_partner_list_as_it_was(
    qtbot, monkeypatch, samples, window, answer_attach_form
):
    click_partner(window, "Berlin")
    before = window.partner_view.model()
    reset: list = []
    before.modelReset.connect(lambda: reset.append(True))
    choose_file(monkeypatch, samples / "minimal-document.pdf")
    with qtbot.waitSignal(window.documents.document_attached, timeout=10_000):
        action(window, "actionAttachDocument").trigger()
    assert reset == []  # only the agreements changed
    assert window.current_partner().name == "Berlin"
    assert window.current_document().original_name == "minimal-document.pdf"


def test_dragging_files_is_accepted_and_text_is_not(window, samples):
    def drag(mime: QMimeData) -> bool:
        rest = (
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        try:
            event = QDragEnterEvent(QPointF(window.rect().center()), *rest)
        except TypeError:  # PySide6 before 6.12 takes a QPoint only (deprecated since)
            event = QDragEnterEvent(window.rect().center(), *rest)
        window.dragEnterEvent(event)
        return event.isAccepted()

    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(samples / "jo.pdf"))])
    text = QMimeData()
    text.setText("just words")
    assert drag(files)
    assert not drag(text)
