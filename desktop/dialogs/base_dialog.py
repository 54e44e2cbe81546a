"""The base of Accord's dialogs, and the inline error line their forms share.

:class:`Dialog` remembers where the user left it, as calibre's
``gui2/widgets2.py`` ``Dialog`` does: its geometry is restored on the first
show and saved when it closes, in ``QSettings`` (UI state only; DESIGN keeps
records in the database) under a key made from its ``objectName``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Callable


def geometry_key(name: str) -> str:
    """Return the QSettings key under which the dialog named ``name`` keeps its geometry."""
    return f"dialogs/{name}/geometry"


class Dialog(QDialog):
    """A dialog that restores its size and position from the last time it was closed.

    Subclasses set an ``objectName`` in their constructor (before the first
    show); without one the class name is used. ``QSettings()`` is
    default-constructed, so the application's organisation and application
    names (and, in tests, the isolated settings path) decide where it goes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._geometry_restored = False

    def settings_key(self) -> str:
        """The QSettings key of this dialog's geometry (see :func:`geometry_key`)."""
        return geometry_key(self.objectName() or type(self).__name__)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        if not self._geometry_restored:
            self._geometry_restored = True
            saved = QSettings().value(self.settings_key())
            if isinstance(saved, (QByteArray, bytes)) and saved:
                self.restoreGeometry(QByteArray(saved))
        super().showEvent(event)

    def set_form(self, form: QFormLayout, *, on_save: Callable[[], None]) -> None:
        """Lay out ``form`` above an inline :class:`FormError` and Save/Cancel buttons.

        Sets ``self.error_label`` and ``self.button_box``; Save calls
        ``on_save`` (which validates and accepts), Cancel rejects.
        """
        self.error_label = FormError(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.accepted.connect(on_save)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)

    def done(self, result: int) -> None:  # Qt override: accept, reject and close end here
        QSettings().setValue(self.settings_key(), self.saveGeometry())
        super().done(result)


class FormError(QLabel):
    """The red line under a form that says what keeps it from being saved.

    Hidden while there is nothing to say. ``objectName`` is ``formError``
    (tests and screen readers find it by that name).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formError")
        self.setWordWrap(True)
        self.hide()
        self._apply_colour()

    def show_message(self, message: str, field: QWidget | None = None) -> None:
        """Show ``message`` and put the keyboard focus on ``field``."""
        self.setText(message)
        self.setAccessibleDescription(message)
        self.show()
        if field is not None:
            field.setFocus()

    def clear_message(self) -> None:
        """Hide the line."""
        self.clear()
        self.hide()

    def _apply_colour(self) -> None:
        # A red that keeps its contrast on both light and dark window colours.
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setStyleSheet(f"QLabel#formError {{ color: {'#ff7b72' if dark else '#c62828'}; }}")
