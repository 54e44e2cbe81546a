"""The person's role in a server library, in the window: what it does not allow is off.

The role is read once when the library is opened (:attr:`db.library.Library.role`,
:mod:`db.server.roles`). Each action that changes the library is tied to the
:class:`~db.server.roles.Action` it asks for; those the role does not allow are
disabled with a tool tip saying why ("Your role on this server library, reader, does
not allow adding records; ask an administrator."), and the status bar names the role.
The server refuses them anyway; this only keeps a person from trying. An administrator
(and every library in a folder) sees no change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from db.server.roles import Action, Role, may, refusal

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtGui import QAction

    from desktop.window.actions import WindowActions


class RoleGuard(QObject):
    """Keeps the actions of ``asks`` (action -> what it asks) that ``role`` does not
    allow disabled, with :func:`~db.server.roles.refusal` as their tip.

    Like :class:`~desktop.window.read_only.ReadOnlyGuard`, :meth:`apply` runs whenever
    such an action changes, so no update of the window turns it back on.
    """

    def __init__(
        self,
        role: Role,
        asks: Mapping[QAction, Action],
        status_bar: QStatusBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.role = role
        self._refused = {qt: action for qt, action in asks.items() if not may(role, action)}
        self.note: QLabel | None = None
        if role is Role.ADMINISTRATOR:
            return
        #: A note in the status bar: the person's role in the server library.
        self.note = QLabel(self.tr("Role: %1").replace("%1", role.label), status_bar)
        self.note.setObjectName("roleNote")
        self.note.setContentsMargins(0, 0, 12, 0)  # apart from the counts beside it
        self.note.setToolTip(
            self.tr("Your role on this server library; an administrator can change it.")
        )
        status_bar.insertPermanentWidget(0, self.note)
        for qt, action in self._refused.items():
            qt.setToolTip(refusal(role, action))
            qt.setStatusTip(refusal(role, action))
            qt.changed.connect(self.apply)
        self.apply()

    def allows(self, action: Action) -> bool:
        """Whether the role allows ``action``."""
        return may(self.role, action)

    def reason(self, action: Action) -> str:
        """The sentence refusing ``action`` to the role."""
        return refusal(self.role, action)

    def apply(self) -> None:
        """Disable every action the role does not allow again."""
        for qt in self._refused:
            if qt.isEnabled():
                qt.setEnabled(False)


def window_asks(actions: WindowActions) -> dict[QAction, Action]:
    """What each of the window's actions that change the library asks of the role."""
    return {
        actions.add_partner: Action.ADD,
        actions.add_agreement: Action.ADD,
        actions.edit: Action.EDIT,
        actions.delete: Action.TRASH,
        actions.attach_document: Action.ATTACH,
        actions.locate_document: Action.ATTACH,
        actions.remove_document: Action.TRASH,
        actions.import_csv: Action.IMPORT,
        actions.undo: Action.EDIT,
        actions.redo: Action.EDIT,
    }
