"""A read-only library in the window: what would change it is turned off, and says why.

A library whose folder or database cannot be written opens read-only
(:attr:`db.library.Library.read_only`): every change would be refused by the
database, but only when saved. So the window disables the actions that
write (add, edit, delete, attach, locate, import, back up, restore, undo,
redo, the trash), gives each a tool tip saying why, and keeps a note in the
status bar; reading, opening documents and exporting stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

if TYPE_CHECKING:
    from collections.abc import Iterable

    from PySide6.QtGui import QAction


class ReadOnlyGuard(QObject):
    """Keeps ``actions`` disabled while the library is read-only, with :meth:`reason` as tip.

    :meth:`apply` runs after every update of the window's enabled state (and
    whenever an action enables itself, as undo and redo do), so no update
    can turn a writing action back on. When ``read_only`` is false it does
    nothing.
    """

    def __init__(
        self,
        read_only: bool,
        actions: Iterable[QAction],
        status_bar: QStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.read_only = read_only
        self._actions = list(actions)
        self.note: QLabel | None = None
        if not read_only:
            return
        #: A note in the status bar: the library shown cannot be changed.
        self.note = QLabel(self.tr("Read-only library"), status_bar)
        self.note.setObjectName("readOnlyNote")
        self.note.setToolTip(self.reason())
        status_bar.insertPermanentWidget(0, self.note)
        for action in self._actions:
            action.setToolTip(self.reason())
            action.setStatusTip(self.reason())
            action.changed.connect(self.apply)
        self.apply()

    def reason(self) -> str:
        """The sentence shown on every action turned off."""
        return self.tr(
            "This library is read-only because Accord cannot write in its folder, "
            "so it can be viewed and exported but not changed."
        )

    def apply(self) -> None:
        """Disable every writing action again (a no-op for a library that can be written)."""
        if not self.read_only:
            return
        for action in self._actions:
            if action.isEnabled():
                action.setEnabled(False)
