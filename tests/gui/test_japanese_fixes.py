"""The Japanese window shows what the tester read in English: history values, and more."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from db.agreements import delete_agreement, list_agreements
from db.csv.import_plan import PlannedRow, Problem, RowAction
from db.history.read import HistoryEntry
from db.i18n import translate as i18n
from db.i18n.ui_language import LanguageChoice
from db.partners import delete_partner, find_partner, list_partners
from db.trash import list_trash
from desktop.dialogs.agreement_dialog import AgreementDialog
from desktop.dialogs.date_field import DateField
from desktop.dialogs.export_choice import ExportContext, ExportScope, scope_text
from desktop.dialogs.export_dialog import ExportDialog
from desktop.dialogs.language_combo import LanguageCombo
from desktop.dialogs.trash_dialog import TrashDialog
from desktop.models.history_model import HistoryTableModel
from desktop.models.import_model import row_details
from desktop.models.trash_model import TrashTableModel
from desktop.support.language import install_translators
from desktop.window.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture
def japanese(qapp) -> Iterator[None]:  # noqa: ANN001 - pytest-qt's QApplication
    install_translators(qapp, LanguageChoice("ja", "option"))
    yield
    install_translators(qapp, LanguageChoice("en", "option"))


@pytest.mark.usefixtures("japanese")
def test_the_history_tab_shows_types_and_dates_in_japanese(qtbot) -> None:  # noqa: ANN001
    at = dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    model = HistoryTableModel()
    changed_type = HistoryEntry(
        at, "kato", "changed", "type", "Memorandum of understanding", "Joint statement"
    )
    changed_date = HistoryEntry(at, "kato", "changed", "expires_on", "", "2024-05-01")
    assert model.what(changed_type) == "変更 種類: 「覚書」→「共同声明」"
    assert model.what(changed_date).endswith("「」→「2024/05/01」")


@pytest.mark.usefixtures("japanese")
def test_the_attach_language_list_is_in_the_languages_own_names(qtbot) -> None:  # noqa: ANN001
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "指定なし"
    assert {"한국어 (ko)", "日本語 (ja)", "English (en)", "français (fr)"} <= set(items)
    assert "Korean (ko)" not in items
    combo.lineEdit().setText("한국어")
    assert combo.code() == "ko"
    combo.lineEdit().setText("Korean")
    assert combo.code() == "ko"


def test_the_attach_language_list_is_in_english_names_in_english(qtbot) -> None:  # noqa: ANN001
    combo = LanguageCombo()
    qtbot.addWidget(combo)
    items = [combo.itemText(i) for i in range(1, combo.count())]
    assert items[:2] == ["Abkhazian (ab)", "Afar (aa)"]
    assert "Korean (ko)" in items


class _Questions:
    """Stands in for ``QMessageBox.question``: records the texts, answers No."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, parent, title, text, *args):  # noqa: ANN001, ANN002, ANN204
        self.texts.append(text)
        return QMessageBox.StandardButton.No


@pytest.mark.usefixtures("japanese")
def test_the_japanese_window_names_the_partner_by_its_japanese_name(
    qtbot,
    library,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    questions = _Questions()
    monkeypatch.setattr(QMessageBox, "question", questions)
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    seoul = find_partner(library, "Seoul")
    assert seoul is not None
    assert seoul.office_name == "ソウル特別市"
    agreement = next(a for a in list_agreements(library) if a.partner_id == seoul.id)
    window.records.delete_agreement(agreement)
    window.records.delete_partner(seoul)
    assert questions.texts[0].startswith(f"協定「{agreement.title}」（ソウル特別市、")
    assert "「ソウル特別市」" in questions.texts[1]
    context = ExportContext(total=10, partner=seoul)
    assert scope_text(context, ExportScope.PARTNER).startswith("ソウル特別市")


def test_the_trash_names_the_partner_in_the_chosen_language(library) -> None:  # noqa: ANN001
    seoul = find_partner(library, "Seoul")
    assert seoul is not None
    agreement = next(a for a in list_agreements(library) if a.partner_id == seoul.id)
    delete_agreement(library, agreement.id)
    delete_partner(library, seoul.id, with_agreements=True)
    i18n.set_language("ja")
    try:
        items = list_trash(library)
    finally:
        i18n.set_language("en")
    assert {item.parent for item in items if item.kind == "agreement"} == {"ソウル特別市"}
    assert "ソウル特別市" in {item.name for item in items if item.kind == "partner"}
    assert "Seoul" in {item.name for item in list_trash(library)}


@pytest.fixture
def large_font(qapp) -> Iterator[None]:  # noqa: ANN001 - pytest-qt's QApplication
    """A font as wide as a CJK font at 200% (offscreen's default is narrower)."""
    before = qapp.font()
    font = qapp.font()
    font.setPointSize(20)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


@pytest.mark.usefixtures("japanese", "large_font")
def test_the_trash_dialogs_last_heading_is_not_cut_off(qtbot, library, window) -> None:  # noqa: ANN001
    delete_agreement(library, list_agreements(library)[0].id)
    dialog = TrashDialog(library, window.notifier, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.view.horizontalHeader()
    last = TrashTableModel.HOLDS
    assert header.model().headerData(last, Qt.Orientation.Horizontal) == "含むもの"
    assert header.sectionSize(last) >= header.sectionSizeHint(last)
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        dialog.view.viewport().width()
    )


@pytest.mark.usefixtures("japanese")
def test_the_export_dialog_lists_columns_in_the_headings_language(qtbot, library) -> None:  # noqa: ANN001
    dialog = ExportDialog(library, ExportContext(total=21))
    qtbot.addWidget(dialog)
    assert dialog.headings_combo.currentData() == "ja"  # the Japanese window's default
    shown = [dialog.columns.list.item(row).text() for row in range(dialog.columns.list.count())]
    assert shown[:2] == ["ID", "提携先"]
    assert "締結日" in shown
    assert dialog.columns.names()[:2] == ("ID", "Partner")
    dialog.headings_combo.setCurrentIndex(dialog.headings_combo.findData("en"))
    assert dialog.columns.list.item(1).text() == "Partner"


def test_a_saved_headings_choice_wins_over_the_window_language(
    qtbot,
    library,
    qapp,  # noqa: ANN001
) -> None:
    QSettings().setValue("export/headerLanguage", "en")
    install_translators(qapp, LanguageChoice("ja", "option"))
    try:
        dialog = ExportDialog(library, ExportContext(total=21))
        qtbot.addWidget(dialog)
        assert dialog.headings_combo.currentData() == "en"
        assert dialog.columns.list.item(1).text() == "Partner"
    finally:
        install_translators(qapp, LanguageChoice("en", "option"))


@pytest.mark.usefixtures("japanese")
def test_the_import_preview_names_columns_in_japanese() -> None:
    row = PlannedRow(
        3, RowAction.REJECTED, "Paris", problems=(Problem(3, "Date signed", "読めません。"),)
    )
    assert row_details(row) == "締結日: 読めません。"


@pytest.mark.usefixtures("japanese")
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("平成31年5月1日", "平成"),
        ("昭和64年1月8日", "昭和"),
        ("2014-02-30", "2014-02-30"),
    ],
)
def test_the_date_field_gives_the_parsers_reason(qtbot, text: str, reason: str) -> None:  # noqa: ANN001
    field = DateField()
    qtbot.addWidget(field)
    field.lineEdit().setText(text)
    assert field.hint() != "日付として読めません"
    assert reason in field.hint()
    assert field.hint() == field.reason()
    field.lineEdit().setText("いつか")
    assert field.hint() == "日付として読めません"
    assert field.lineEdit().placeholderText() == "2014/7/23、令和6年5月14日"


@pytest.mark.usefixtures("japanese")
def test_the_date_field_shows_a_date_in_the_japanese_table_form(qtbot) -> None:  # noqa: ANN001
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(dt.date(2024, 5, 1))
    assert field.lineEdit().text() == "2024/05/01"
    assert field.date() == dt.date(2024, 5, 1)


@pytest.mark.usefixtures("japanese")
def test_saving_an_impossible_era_date_says_why_in_japanese(qtbot, library) -> None:  # noqa: ANN001
    partners = list_partners(library)
    dialog = AgreementDialog(None, library=library, partners=partners, known_areas=[])
    qtbot.addWidget(dialog)
    dialog.partner_combo.setCurrentIndex(1)
    dialog.title_edit.setPlainText("協定")
    dialog.signed_field.lineEdit().setText("平成31年5月1日")
    refusal = dialog._refusal()
    assert refusal is not None
    message, _ = refusal
    assert message.startswith("締結日を日付として読み取れません（例: 2014/7/23、令和6年5月14日）。")
    assert "平成" in message.split("。", 1)[1]
