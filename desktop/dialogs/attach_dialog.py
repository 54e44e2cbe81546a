"""What is being attached: language and role of each file (``objectName`` ``attachForm``).

``AttachDialog.ask(parent, paths, has_original=...)`` returns one
:class:`AttachChoice` per file, or ``None`` when the user cancelled (then
nothing is attached). The last language chosen is remembered in QSettings
and offered first next time; the role defaults to "Signed original" for the
first file of an agreement that has none yet, else "Translation".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from db.enums import DocumentRole
from desktop.dialogs.base_dialog import Dialog, FormError
from desktop.dialogs.language_combo import LanguageCombo
from desktop.support.labels import enum_label
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Sequence

LAST_LANGUAGE_KEY = "documents/lastLanguage"
_NAME_WIDTH = 260


@dataclass(frozen=True)
class AttachChoice:
    """One file to attach, with the language (ISO 639-1 code or "") and role chosen."""

    path: Path
    language: str
    role: DocumentRole


class _Row:
    """The widgets of one file's row."""

    def __init__(self, path: Path, parent: QWidget) -> None:
        self.path = path
        self.name_label = QLabel(parent)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        metrics = self.name_label.fontMetrics()
        self.name_label.setText(
            metrics.elidedText(path.name, Qt.TextElideMode.ElideMiddle, _NAME_WIDTH)
        )
        self.name_label.setToolTip(str(path))
        self.language = LanguageCombo(parent)
        #: Accessible name of the language box of one file; {name} is the file's name.
        language = QCoreApplication.translate("AttachDialog", "Language of {name}")
        self.language.setAccessibleName(fill(language, name=path.name))
        self.role = QComboBox(parent)
        #: Accessible name of the role box (signed original, translation...) of one file.
        role_name = QCoreApplication.translate("AttachDialog", "Role of {name}")
        self.role.setAccessibleName(fill(role_name, name=path.name))
        for role in DocumentRole:
            self.role.addItem(enum_label(role), role)


class AttachDialog(Dialog):
    """Asks the language and role of each file before it is attached."""

    def __init__(
        self,
        paths: Sequence[Path],
        *,
        agreement_title: str = "",
        has_original: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachForm")
        self.setWindowTitle(
            self.tr("Attach documents") if len(paths) > 1 else self.tr("Attach a document")
        )
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(
            fill(self.tr("What is being attached to “{title}”?"), title=agreement_title)
            if agreement_title
            else self.tr("What is being attached?")
        )
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        headings = (
            #: Column heading: the file being attached.
            self.tr("File"),
            #: Column heading: the language the document is written in.
            self.tr("Language"),
            #: Column heading: what the document is (signed original, translation, scan...).
            self.tr("Role"),
        )
        for column, heading in enumerate(headings):
            label = QLabel(heading, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        last = str(QSettings().value(LAST_LANGUAGE_KEY, "") or "")
        self.rows: list[_Row] = []
        for number, path in enumerate(paths, start=1):
            row = _Row(Path(path), self)
            row.language.set_code(last)
            original = not has_original and number == 1
            default = DocumentRole.SIGNED_ORIGINAL if original else DocumentRole.TRANSLATION
            row.role.setCurrentIndex(row.role.findData(default))
            grid.addWidget(row.name_label, number, 0)
            grid.addWidget(row.language, number, 1)
            grid.addWidget(row.role, number, 2)
            self.rows.append(row)
        if self.rows:
            self.rows[0].name_label.setBuddy(self.rows[0].language)

        self.error_label = FormError(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        #: The button that attaches the files (a verb).
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Attach"))
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.button_box)
        self._choices: list[AttachChoice] = []
        self.setMinimumWidth(560)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        paths: Sequence[Path],
        *,
        agreement_title: str = "",
        has_original: bool = False,
    ) -> list[AttachChoice] | None:
        """Show the dialog; return the choices, or ``None`` if it was cancelled."""
        dialog = cls(
            paths, agreement_title=agreement_title, has_original=has_original, parent=parent
        )
        try:
            if dialog.exec() != Dialog.DialogCode.Accepted:
                return None
            return dialog.choices()
        finally:
            dialog.deleteLater()

    def choices(self) -> list[AttachChoice]:
        """What was accepted (empty before the user clicked Attach)."""
        return list(self._choices)

    def _on_button_box_accepted(self) -> None:
        choices: list[AttachChoice] = []
        for row in self.rows:
            code = row.language.code()
            if code is None:
                self.error_label.show_message(
                    fill(
                        self.tr(
                            "“{text}” is not a language Accord knows. Type its English name "
                            "(Korean) or its two-letter code (ko), or choose one from the list."
                        ),
                        text=row.language.currentText().strip(),
                    ),
                    row.language,
                )
                return
            choices.append(AttachChoice(row.path, code, row.role.currentData()))
        self._choices = choices
        if choices:
            QSettings().setValue(LAST_LANGUAGE_KEY, choices[-1].language)
        self.accept()
