"""The main window's status bar: short confirmations and the library's counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.support.messages import fill

if TYPE_CHECKING:
    from pathlib import Path

# How long a confirmation stays in the status bar (ms).
STATUS_TIMEOUT_MS = 6000


class WindowStatusBar(QStatusBar):
    """Shows commands' confirmations for a while, and the counts (``countsLabel``) always.

    The counts label's tool tip names the library folder ``library_root``.
    """

    def __init__(self, library_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setToolTip(fill(self.tr("Library: {path}"), path=library_root))
        self.addPermanentWidget(self.counts_label)

    @Slot(str)
    def post(self, message: str) -> None:
        """Show ``message`` for :data:`STATUS_TIMEOUT_MS`."""
        self.showMessage(message, STATUS_TIMEOUT_MS)

    def show_counts(self, *, partners: int, total: int, shown: int) -> None:
        """Show how many partners and agreements there are, and how many are shown."""
        self.counts_label.setText(
            " · ".join(
                (
                    #: Status bar: how many partners the library has.
                    self.tr("%n partner(s)", "", partners),
                    #: Status bar: how many agreements the library has.
                    self.tr("%n agreement(s)", "", total),
                    #: Status bar: how many agreements the table shows (a search may hide some).
                    fill(self.tr("{n} shown"), n=shown),
                )
            )
        )

    @Slot(str, str)
    def show_connection(self, text: str, tip: str = "") -> None:
        """Show a lasting connection state (``connectionLabel``, leftmost of the lasting
        labels; ``tip`` on hover); ``""`` hides it."""
        label = self.findChild(QLabel, "connectionLabel")
        if label is None:
            label = QLabel(self)
            label.setObjectName("connectionLabel")
            label.setStyleSheet("QLabel { color: palette(bright-text); background: #b3261e;"
                                " padding: 0 6px; border-radius: 3px; }")  # fmt: skip
            self.insertPermanentWidget(0, label)
        label.setText(text)
        label.setToolTip(tip)
        label.setVisible(bool(text))

    def show_upcoming(self, text: str, tip: str = "") -> None:
        """Show what falls due soon (``upcomingLabel``, left of the counts); ``""`` hides it."""
        label = self.findChild(QLabel, "upcomingLabel")
        if label is None:
            label = QLabel(self)
            label.setObjectName("upcomingLabel")
            self.insertPermanentWidget(0, label)
        label.setText(text)
        label.setToolTip(tip)
        label.setVisible(bool(text))
