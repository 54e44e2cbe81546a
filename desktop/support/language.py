"""The window's language: Qt's translators, the remembered choice, and the Language menu.

:func:`install_translators` loads Accord's catalogue
(``resources/translations/accord_<code>.qm``) and Qt's own
(``qtbase_<code>.qm``, so file dialogs, ``QDialogButtonBox`` buttons and
context menus speak the same language) into the application, and tells
:mod:`db.i18n.translate` the same language for the sentences of ``db/``. The choice
follows :func:`db.i18n.ui_language.choose`: ``--language``, ``ACCORD_LANGUAGE``,
the window's remembered choice, the system's.

Texts already shown do not change when translators change (every widget
would have to handle ``QEvent.LanguageChange``), so a new choice is saved
and Accord offers to restart itself in it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QProcess,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from db.i18n.translate import set_language
from db.i18n.ui_language import LANGUAGES, OPTION, LanguageChoice, choose, normalize, option_given
from desktop.support.resources import get_asset

if TYPE_CHECKING:
    from collections.abc import Sequence

# QSettings key of the language chosen in the window ("" or absent: the system's).
SETTINGS_KEY = "language"
# Each language in its own words, so that a person finds theirs whatever is shown now.
ENDONYMS = {"en": "English", "ja": "日本語"}
_TRANSLATOR_NAME = "accordTranslator"


def saved_language(settings: QSettings | None = None) -> str | None:
    """Return the language remembered by the window, or ``None`` to follow the system."""
    value = (settings or QSettings()).value(SETTINGS_KEY, "")
    return normalize(value if isinstance(value, str) else None)


def save_language(code: str | None, settings: QSettings | None = None) -> None:
    """Remember ``code`` as the window's language (``None``: follow the system again)."""
    target = settings or QSettings()
    if code is None:
        target.remove(SETTINGS_KEY)
    else:
        target.setValue(SETTINGS_KEY, code)
    target.sync()


def qt_catalogue_folders() -> list[Path]:
    """Where Qt's own ``qtbase_<code>.qm`` may be: the bundle's copy, then the wheel's.

    The release bundle carries it under ``resources/translations/qt``
    (packaging/accord.spec); from the source tree or an installed wheel it is
    in PySide6's ``Qt/translations`` (``QLibraryInfo``'s TranslationsPath).
    """
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [get_asset("translations/qt"), Path(translations)]


def install_translators(
    app: QCoreApplication, choice: LanguageChoice | None = None
) -> LanguageChoice:
    """Install the translators of the chosen language into ``app``; return the choice.

    ``choice`` defaults to :func:`db.i18n.ui_language.choose` with the command
    line's ``--language``, the environment and the remembered setting.
    Translators installed before by this function are removed first. A
    missing catalogue is not an error: the English source texts show.
    """
    if choice is None:
        choice = choose(option=option_given(), saved=saved_language())
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    set_language(choice.code)
    catalogues = [(f"accord_{choice.code}.qm", [get_asset("translations")])]
    catalogues.append((f"qtbase_{choice.code}.qm", qt_catalogue_folders()))
    for name, folders in catalogues:
        for folder in folders:
            translator = QTranslator(app)
            translator.setObjectName(_TRANSLATOR_NAME)
            if (folder / name).is_file() and translator.load(name, str(folder)):
                app.installTranslator(translator)
                break
            translator.deleteLater()
    return choice


def restart_command(
    code: str | None,
    *,
    executable: str | None = None,
    argv: Sequence[str] | None = None,
    frozen: bool | None = None,
) -> tuple[str, list[str]]:
    """Return the program and arguments that start Accord again in ``code``.

    The same command line as this run (``sys.orig_argv``, so ``python -m
    desktop`` stays a module run; a frozen build's ``sys.argv``), less its
    ``--language``, plus ``--language code`` unless ``code`` is ``None``.
    ``argv`` is the whole command line, the program first.
    """
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if argv is None:
        argv = sys.argv if frozen else getattr(sys, "orig_argv", sys.argv)
    words = list(argv[1:])
    kept: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word == OPTION:
            skip = True
        elif not word.startswith(OPTION + "="):
            kept.append(word)
    if code is not None:
        kept += [OPTION, code]
    return executable or sys.executable, kept


def _start_detached(program: str, arguments: list[str]) -> bool:
    """Start ``program`` on its own (the OS edge tests patch); whether it started."""
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


class LanguageMenu(QMenu):
    """Language menu: "Same as the system" and each language in its own words.

    Its :meth:`menuAction` is ``actionLanguage`` (DESIGN, "Widget names").
    Choosing saves the setting and offers to restart Accord in it.
    """

    def __init__(self, parent: QWidget, settings: QSettings | None = None) -> None:
        #: The menu that chooses the language of the window (a noun).
        super().__init__(self.tr("&Language"), parent)
        self.menuAction().setObjectName("actionLanguage")
        self._settings = settings
        self._group = QActionGroup(self)
        saved = saved_language(settings)
        #: Language menu item: follow the operating system's language.
        entries: list[tuple[str | None, str]] = [(None, self.tr("Same as the &System"))]
        entries += [(code, ENDONYMS.get(code, code)) for code in LANGUAGES]
        for code, text in entries:
            action = QAction(text, self)
            action.setObjectName(f"actionLanguage_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            action.triggered.connect(self._on_action_triggered)
            self._group.addAction(action)
            self.addAction(action)

    def _on_action_triggered(self) -> None:
        action = self.sender()
        if not isinstance(action, QAction):
            return
        code = action.data() or None
        save_language(code, self._settings)
        self.offer_restart(code)

    def offer_restart(self, code: str | None) -> bool:
        """Ask whether to restart now in ``code``; restart if so. Return whether it restarted."""
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        answer = QMessageBox.question(
            window,
            #: Title of the message box shown after a language was chosen (a noun).
            self.tr("Language"),
            self.tr("Accord shows the new language when it starts again. Restart Accord now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if window is not None and not window.close():
            return False  # the window refused to close (unsaved work)
        if not _start_detached(*restart_command(code)):
            QMessageBox.warning(
                None,
                self.tr("Language"),
                self.tr("Accord could not start again; start it yourself."),
            )
            return False
        QCoreApplication.quit()
        return True
