"""An editable combo box of ISO 639-1 languages: "Korean (ko)"; a name or a code may be typed.

In English the languages are offered by their English names. Qt has no language
names in other languages (``QLocale.languageToString`` is English only, and the
CLDR tables it has give each language only its own name), so in any other
language each is offered by its own name, as its speakers write it, with its
code (``한국어 (ko)``, ``日本語 (ja)``; the English name when Qt has none), sorted
by the chosen language's collator. English names and codes are read in every
language.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from db.i18n import translate as i18n
from db.i18n.languages import languages
from db.text import fold
from desktop.support.collation import collated

_CODE_IN_BRACKETS = re.compile(r"\(\s*([A-Za-z]{2})\s*\)\s*$")


def language_item(code: str) -> str:
    """Return how a language is offered: ``"Korean (ko)"`` in English, ``"한국어 (ko)"`` in
    any other language."""
    return f"{shown_names(i18n.language())[code]} ({code})"


@cache
def shown_names(language: str) -> dict[str, str]:
    """Return ``{code: name}`` of every known language as offered in ``language``: English
    names in English, else each language's own name (the English one when Qt has none)."""
    if language == "en":
        return languages()
    return {code: _own_name(code) or english for code, english in languages().items()}


def _own_name(code: str) -> str:
    if code == "en":
        return "English"  # Qt's own name of "en" is "American English"
    locale = QLocale(code)
    if QLocale.languageToCode(locale.language()) != code:
        return ""
    return locale.nativeLanguageName()


def parse_language(text: str) -> str | None:
    """Return the ISO 639-1 code that ``text`` names, ``""`` for none, ``None`` if unknown.

    Accepts a code (``"ko"``), an English name in any case (``"korean"``)
    and the offered form ``"Korean (ko)"``.
    """
    text = text.strip()
    if not text:
        return ""
    known = languages()
    if (match := _CODE_IN_BRACKETS.search(text)) and match.group(1).lower() in known:
        return match.group(1).lower()
    if text.lower() in known:
        return text.lower()
    key = fold(text)
    for names in (known, shown_names(i18n.language())):
        for code, name in names.items():
            if fold(name) == key:
                return code
    return None


class LanguageCombo(QComboBox):
    """Offers every ISO 639-1 language by name (see the module), sorted; the data is the code.

    The first item, "Not stated", stands for no language. Typing filters the
    list by any part of a name (a popup completer); :meth:`code` reads what
    is typed or chosen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.addItem(self.tr("Not stated"), "")
        names = shown_names(i18n.language())
        for code in collated(names, key=names.__getitem__):
            self.addItem(language_item(code), code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line_edit = self.lineEdit()
        assert line_edit is not None  # an editable combo box has one
        line_edit.setPlaceholderText(self.tr("Type a language or its code"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)

    def code(self) -> str | None:
        """The chosen or typed language: a code, ``""`` for none, ``None`` when unknown."""
        text = self.currentText()
        if text == self.itemText(0):
            return ""
        return parse_language(text)

    def set_code(self, code: str) -> None:
        """Choose the language ``code`` (unknown or empty: "Not stated")."""
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))
