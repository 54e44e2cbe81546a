"""An editable combo box of ISO 639-1 languages: "Korean (ko)"; a name or a code may be typed."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from db.languages import languages
from db.text import fold

_CODE_IN_BRACKETS = re.compile(r"\(\s*([A-Za-z]{2})\s*\)\s*$")


def language_item(code: str) -> str:
    """Return how a language is offered: ``"Korean (ko)"``."""
    return f"{languages()[code]} ({code})"


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
    for code, name in known.items():
        if fold(name) == key:
            return code
    return None


class LanguageCombo(QComboBox):
    """Offers every ISO 639-1 language by English name, sorted; the item data is the code.

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
        for code in sorted(languages(), key=lambda code: fold(languages()[code])):
            self.addItem(language_item(code), code)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type a language or its code"))
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
