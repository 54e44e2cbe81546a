"""The main window in Japanese and in English: actions, menus, headers, status bar, empty states.

The window is built with the language chosen (as ``--language`` does). In
Japanese no text it shows may be plain ASCII words (bar CSV, PDF...); in
English none may hold Japanese. Records are data and left out: the table
cells, partner names, the library's folder.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QLabel, QMenu

from db.agreements import list_agreements
from db.i18n.ui_language import LanguageChoice
from db.partners import list_partners
from desktop.models.agreement_model import AgreementTableModel
from desktop.support.date_settings import ERA_KEY
from desktop.support.language import ENDONYMS, install_translators
from desktop.window.actions import toolbar_text
from desktop.window.main_window import MainWindow
from tests.gui.test_language_dialogs import assert_language, visible_texts

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["ja", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # noqa: ANN001
    install_translators(qapp, LanguageChoice(request.param, "option"))
    yield request.param
    install_translators(qapp, LanguageChoice("en", "option"))


@pytest.fixture
def lang_window(qtbot, library, language: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def action_texts(window: MainWindow) -> list[str]:
    """Text, icon text, tooltip and status tip of every action, and every menu's title."""
    texts = []
    for action in window.findChildren(QAction):
        if action.isSeparator() or action.text() in ENDONYMS.values():
            continue
        texts += [action.text(), action.iconText(), action.toolTip(), action.statusTip()]
    for menu in window.findChildren(QMenu):
        texts.append(menu.title())
    return [text.replace("&", "") for text in texts if text]


def captions(window: MainWindow) -> list[str]:
    form = window.detail.findChild(QFormLayout)
    assert form is not None
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())]
    return [item.widget().text() for item in labels if isinstance(item.widget(), QLabel)]


def test_every_action_and_menu_is_in_the_language(lang_window: MainWindow, language: str) -> None:
    texts = action_texts(lang_window)
    assert len(texts) > 80
    assert_language(texts, language)
    if language == "ja":
        assert lang_window.window_actions.add_partner.text() == "提携先を追加(&P)…"
        assert lang_window.window_actions.add_partner.iconText() == "提携先を追加"
        assert lang_window.window_actions.edit.iconText() == "協定を編集"  # follows the selection
    buttons = [
        text
        for action in lang_window.findChildren(QAction)
        if action.objectName().startswith("action")
        and action.menu() is None
        and not action.objectName().startswith("actionLanguage_")
        for text in (action.iconText(), action.toolTip())
        if re.search(r"\([A-Z]\)", text)
    ]
    assert buttons == []  # toolbar buttons and their tooltips show no "(P)"


def test_headers_status_bar_hints_and_captions_are_in_the_language(
    lang_window: MainWindow, language: str
) -> None:
    window = lang_window
    cairo = next(p for p in list_partners(window.library) if p.name == "Cairo")
    assert window.select_partner(cairo.id)  # no agreements: the hints show
    skip = {str(window.library.root), ""}
    texts = visible_texts(window, skip=skip)
    texts += captions(window)
    texts.append(window.detail.document_view._empty_text)
    texts.append(window.status_bar.counts_label.text())
    texts.append(window.detail.hint_label.text())
    assert_language(texts, language)
    if language == "ja":
        assert "締結日:" in captions(window)
        assert window.status_bar.counts_label.text().startswith("提携先 20件")


def test_dates_follow_the_language_and_the_era_option(
    lang_window: MainWindow,
    language: str,
    qtbot,  # noqa: ANN001
) -> None:
    window = lang_window
    seoul = next(a for a in list_agreements(window.library) if a.date_signed == dt.date(2015, 2, 3))
    assert window.select_agreement(seoul.id)
    model = window.browser.agreement_model
    cell = model.index(model.row_of(seoul.id), AgreementTableModel.DATE_SIGNED)
    table = {"ja": "2015/02/03", "en": "2015-02-03"}[language]
    assert cell.data() == table
    long = {"ja": "2015年2月3日", "en": "3 February 2015"}[language]
    assert window.detail.value_label("date_signed").text() == long
    era = window.window_actions.show_era_dates
    assert not era.isChecked()
    era.trigger()
    assert QSettings().value(ERA_KEY, False, type=bool)
    with_era = {"ja": "2015年2月3日（平成27年）", "en": "3 February 2015 (Heisei 27)"}[language]
    assert window.detail.value_label("date_signed").text() == with_era
    assert cell.data() == table  # tables never carry the era
    era.trigger()
    assert window.detail.value_label("date_signed").text() == long


def test_language_menu_is_in_the_view_menu(lang_window: MainWindow, language: str) -> None:
    view = next(
        menu
        for menu in lang_window.menuBar().findChildren(QMenu)
        if menu.title().replace("&", "") in {"表示(V)", "View"}
    )
    names = [action.objectName() for action in view.actions()]
    assert "actionLanguage" in names
    assert "actionShowEraDates" in names


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("提携先を追加(&P)…", "提携先を追加…"),
        ("提携先を追加(P)", "提携先を追加"),
        ("Add &Partner…", "Add Partner…"),
        ("Save && Close", "Save & Close"),
    ],
)
def test_toolbar_text_drops_the_mnemonic(text: str, shown: str) -> None:
    assert toolbar_text(text) == shown


def test_dates_sort_by_date_not_by_text(lang_window: MainWindow, language: str) -> None:
    view = lang_window.agreement_view
    model = lang_window.browser.agreement_model
    column = AgreementTableModel.DATE_SIGNED
    header = model.headerData(column, Qt.Orientation.Horizontal)
    assert header == {"ja": "締結日", "en": "Date signed"}[language]
    view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    model.settle()
    shown = [model.index(r, column).data() for r in range(model.rowCount())]
    assert shown == sorted(shown)  # both table forms are year-month-day with leading zeros


# Every module of the desktop layer: a new room or module is checked without a list to keep.
WINDOW_MODULES = sorted((ROOT / "desktop").rglob("*.py"))

_MARKED = re.compile(r"\b(translate|tr|QT_TRANSLATE_NOOP)\(")


@pytest.mark.parametrize("path", WINDOW_MODULES, ids=lambda path: path.name)
def test_translator_comments_stand_just_above_a_marked_text(path: Path) -> None:
    """``#:`` is for translators only; documentation comments are plain ``#``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    stray = []
    for number, line in enumerate(lines, start=1):
        if line.strip().startswith("#:"):
            following = [text for text in lines[number : number + 4] if "#:" not in text]
            if not any(_MARKED.search(text) for text in following[:2]):
                stray.append(number)
    assert stray == []
    source = "\n".join(lines)
    assert not re.search(r"(?<![.\w])(_tr|tr)\(|\bparent\.tr\(", source)  # never extracted


def test_the_window_counts_are_plural_messages() -> None:
    """Every ``%n`` text of the window's contexts is a numerus message in both catalogues."""
    contexts = {"WindowStatusBar", "BackupOperations", "ImportDialog", "MainWindow"}
    for name in ("accord_ja.ts", "accord_en.ts"):
        root = ElementTree.parse(ROOT / "resources" / "translations" / name).getroot()
        flat = [
            (context.findtext("name"), message.findtext("source"))
            for context in root.iter("context")
            for message in context.iter("message")
            if "%n" in (message.findtext("source") or "") and message.get("numerus") != "yes"
        ]
        assert [entry for entry in flat if entry[0] in contexts] == [], name
