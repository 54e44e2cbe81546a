"""The window's language: Accord's and Qt's translators, the remembered choice, the restart."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow, QMenu, QMessageBox

from db.i18n import translate as i18n
from db.i18n import ui_language
from db.i18n.ui_language import LanguageChoice
from desktop.support import language
from desktop.support.language import (
    LanguageMenu,
    install_translators,
    restart_command,
    save_language,
    saved_language,
)

if TYPE_CHECKING:
    from collections.abc import Iterator


@pytest.fixture(autouse=True)
def _english_afterwards(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # noqa: ANN001
    monkeypatch.setattr(ui_language, "_option_given", None)  # no --language given
    for name in ("ACCORD_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    install_translators(qapp, LanguageChoice("en", "default"))


def test_japanese_reaches_accords_texts_qts_buttons_and_db(qapp) -> None:  # noqa: ANN001
    install_translators(qapp, LanguageChoice("ja", "option"))
    assert QCoreApplication.translate("WindowActions", "&Quit") == "終了(&Q)"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().startswith("キャンセル")  # from Qt's own qtbase_ja.qm
    assert i18n.language() == "ja"
    assert i18n.translate("dates", "May") == "5月"


def test_english_again_removes_the_japanese_translators(qapp) -> None:  # noqa: ANN001
    install_translators(qapp, LanguageChoice("ja", "option"))
    install_translators(qapp, LanguageChoice("en", "option"))
    assert QCoreApplication.translate("WindowActions", "&Quit") == "&Quit"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_the_main_window_speaks_japanese(qapp, qtbot, library) -> None:  # noqa: ANN001
    from desktop.window.main_window import MainWindow

    install_translators(qapp, LanguageChoice("ja", "option"))
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["ファイル(&F)", "編集(&E)"]


def test_the_choice_order_environment_then_settings_then_system(
    qapp,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    assert install_translators(qapp) == LanguageChoice("en", "default")
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert install_translators(qapp) == LanguageChoice("ja", "system")
    save_language("en")
    assert install_translators(qapp) == LanguageChoice("en", "settings")
    monkeypatch.setenv("ACCORD_LANGUAGE", "ja")
    assert install_translators(qapp) == LanguageChoice("ja", "environment")


def test_saved_language_round_trips_and_none_follows_the_system() -> None:
    save_language("ja")
    assert saved_language() == "ja"
    assert QSettings().value(language.SETTINGS_KEY) == "ja"
    save_language(None)
    assert saved_language() is None


def _menu(qtbot) -> tuple[QMainWindow, QMenu]:  # noqa: ANN001
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(window)
    window.menuBar().addMenu(menu)
    return window, menu


def test_the_language_menu_is_action_language_with_each_language_in_its_own_words(
    qtbot,  # noqa: ANN001
) -> None:
    save_language("ja")
    window, menu = _menu(qtbot)
    assert window.findChild(type(menu.menuAction()), "actionLanguage") is menu.menuAction()
    texts = {action.data(): action.text() for action in menu.actions()}
    assert texts == {None: "Same as the &System", "en": "English", "ja": "日本語"}
    checked = [action.data() for action in menu.actions() if action.isChecked()]
    assert checked == ["ja"]


def test_choosing_saves_and_later_does_not_restart(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *args: asked.append(text) or QMessageBox.StandardButton.No,
    )
    started: list = []
    monkeypatch.setattr(language, "_start_detached", lambda *args: started.append(args))
    _window, menu = _menu(qtbot)
    menu.findChild(type(menu.menuAction()), "actionLanguage_ja").trigger()
    assert saved_language() == "ja"
    assert asked
    assert "Restart" in asked[0]
    assert started == []


def test_restart_now_closes_the_window_and_starts_accord_in_the_language(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    started: list = []
    monkeypatch.setattr(language, "_start_detached", lambda *args: started.append(args) or True)
    quits: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", lambda: quits.append(True))
    window, menu = _menu(qtbot)
    window.show()
    menu.findChild(type(menu.menuAction()), "actionLanguage_en").trigger()
    program, arguments = started[0]
    assert arguments[-2:] == ["--language", "en"]
    assert not window.isVisible()
    assert quits == [True]


def test_restart_command_keeps_the_command_line_but_its_language() -> None:
    command = ["/usr/bin/python3", "-m", "desktop", "--language", "ja", "--library", "/L"]
    assert restart_command("en", executable="/py", argv=command, frozen=False) == (
        "/py",
        ["-m", "desktop", "--library", "/L", "--language", "en"],
    )
    frozen = ["/opt/Accord/accord", "--language=ja"]
    assert restart_command(None, executable="/opt/Accord/accord", argv=frozen, frozen=True) == (
        "/opt/Accord/accord",
        [],
    )
