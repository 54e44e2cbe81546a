"""The small "Export CSV" dialog: which agreements, which encoding."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs.base_dialog import Dialog
from desktop.messages import fill


class ExportScope(Enum):
    """Which agreements an export holds."""

    ALL = "all"
    PARTNER = "partner"
    SHOWN = "shown"


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose: the scope and a :data:`db.csv_export.ENCODINGS` value."""

    scope: ExportScope
    encoding: str


class ExportDialog(Dialog):
    """Asks for the scope and encoding of a CSV export; ``objectName`` ``exportDialog``.

    ``partner_name`` is the selected partner (``None``: that choice is
    disabled); ``shown_count`` the number of agreements the view shows, in
    its order, and ``total`` the number in the library.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        total: int,
        shown_count: int,
        partner_name: str | None = None,
        partner_count: int = 0,
        default_scope: ExportScope = ExportScope.ALL,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export agreements as CSV"))

        self.all_radio = QRadioButton(self.tr("&All agreements (%n)", "", total), self)
        self.partner_radio = QRadioButton(self)
        if partner_name is None:
            self.partner_radio.setText(self.tr("&Selected partner's agreements"))
            self.partner_radio.setEnabled(False)
            self.partner_radio.setToolTip(self.tr("Select a partner first"))
        else:
            self.partner_radio.setText(
                fill(
                    self.tr("&{partner}'s agreements ({n})"),
                    partner=partner_name.replace("&", "&&"),  # a name's & is no shortcut
                    n=partner_count,
                )
            )
        self.shown_radio = QRadioButton(
            self.tr("&Exactly the agreements shown now (%n), in their order", "", shown_count),
            self,
        )
        self.shown_radio.setEnabled(shown_count > 0)
        self._scopes = QButtonGroup(self)
        for scope, radio in self._radios().items():
            self._scopes.addButton(radio)
            if scope == default_scope and radio.isEnabled():
                radio.setChecked(True)
        if self._scopes.checkedButton() is None:
            self.all_radio.setChecked(True)

        self.encoding_combo = QComboBox(self)
        self.encoding_combo.addItem(self.tr("UTF-8 with BOM (Excel)"), "utf-8-sig")
        self.encoding_combo.addItem(self.tr("UTF-8 without BOM"), "utf-8")
        self.encoding_combo.addItem(self.tr("Shift_JIS (cp932)"), "cp932")
        self.encoding_combo.setToolTip(
            self.tr(
                "Excel on Japanese Windows opens “UTF-8 with BOM” correctly. "
                "Shift_JIS cannot carry Korean, Thai, Arabic or Russian names."
            )
        )

        scope_box = QVBoxLayout()
        for radio in self._radios().values():
            scope_box.addWidget(radio)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Agreements:"), self), scope_box)
        form.addRow(self.tr("E&ncoding:"), self.encoding_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        total: int,
        shown_count: int,
        partner_name: str | None = None,
        partner_count: int = 0,
        default_scope: ExportScope = ExportScope.ALL,
    ) -> ExportChoice | None:
        """Show the dialog modally; return the choice, or ``None`` when cancelled."""
        dialog = cls(
            parent,
            total=total,
            shown_count=shown_count,
            partner_name=partner_name,
            partner_count=partner_count,
            default_scope=default_scope,
        )
        try:
            accepted = dialog.exec() == Dialog.DialogCode.Accepted
            return dialog.choice() if accepted else None
        finally:
            dialog.deleteLater()

    def choice(self) -> ExportChoice:
        """Return the scope and encoding currently chosen."""
        scope = next(s for s, radio in self._radios().items() if radio.isChecked())
        return ExportChoice(scope=scope, encoding=self.encoding_combo.currentData())

    def _radios(self) -> dict[ExportScope, QRadioButton]:
        return {
            ExportScope.ALL: self.all_radio,
            ExportScope.PARTNER: self.partner_radio,
            ExportScope.SHOWN: self.shown_radio,
        }
