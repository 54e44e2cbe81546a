"""Widgets of the agreement form's first page: the title and the areas, and its refusals.

- :class:`TitleEdit`: a title of up to three visible lines that stays one line of text;
- :class:`AreasCompleter`: completes the last of the ``;``-separated areas;
- :func:`first_error`: one sentence from what the schema refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit, QWidget

from db.text import clean

if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QKeyEvent

# The list separator of areas, as in the CSV contract (DESIGN).
AREA_SEPARATOR = "; "


def first_error(exc: Exception) -> str:
    """One sentence from a refusal: a pydantic error's first message (a period the schema
    could not read), else the exception's own."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        found = errors()
        if found:
            return str(found[0].get("ctx", {}).get("error", found[0].get("msg", exc)))
    return str(exc)


class TitleEdit(QPlainTextEdit):
    """A title of up to three visible lines that stays one line of text.

    Enter submits the form (``submitted``) instead of breaking the line, and
    line breaks pasted from a PDF become spaces.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines = self.fontMetrics().lineSpacing() * 3
        margins = self.contentsMargins()
        frame = 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom()
        self.setFixedHeight(lines + frame + 2)

    def title(self) -> str:
        """The text as one line: line breaks as spaces, ends trimmed, NFC (db.text.clean)."""
        return clean(" ".join(self.toPlainText().splitlines()))

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(360, self.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # Qt override
        if source.hasText():
            self.insertPlainText(" ".join(source.text().splitlines()))


class AreasCompleter(QCompleter):
    """Completes the last of the ``;``-separated areas and keeps the ones before it."""

    def __init__(self, areas: Sequence[str], parent: QLineEdit) -> None:
        super().__init__(list(areas), parent)
        self._edit = parent
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # Qt override
        return [path.rsplit(";", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # Qt override
        chosen = str(index.data())
        before = self._edit.text().rsplit(";", 1)[0] if ";" in self._edit.text() else ""
        kept = [area.strip() for area in before.split(";") if area.strip()]
        return AREA_SEPARATOR.join([*kept, chosen])
