"""What every undo command shares: its context, its first redo, and failing without harm."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from db import agreements as agreement_cases
from db import partners as partner_cases
from db.errors import AccordError, NotFoundError
from desktop.support.changes import RecordChange, RecordsNotifier
from desktop.support.messages import fill, show_error

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from PySide6.QtWidgets import QWidget

    from db.library import Library
    from db.schemas import AgreementRead, PartnerRead
    from desktop.support.tasks import TaskRunner


def short(text: str, limit: int = 50) -> str:
    """Return ``text`` cut to ``limit`` characters with an ellipsis, for a menu item."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class StackLock(QObject):
    """Keeps Undo and Redo disabled while a step runs off the GUI thread.

    The stack's own actions follow ``canUndoChanged``/``canRedoChanged``;
    this lock listens to the same signals (connected after them, so it has
    the last word) and, while held, turns both actions off again; on
    release they follow the stack's last word.
    """

    def __init__(
        self, stack: QUndoStack, undo: QAction, redo: QAction, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._undo = undo
        self._redo = redo
        self._held = 0
        self._can_undo = stack.canUndo()
        self._can_redo = stack.canRedo()
        # The signals' own values: the stack may be half-destroyed when it last emits them.
        stack.canUndoChanged.connect(self._on_stack_can_undo_changed)
        stack.canRedoChanged.connect(self._on_stack_can_redo_changed)

    @property
    def held(self) -> bool:
        """True while a step is running and Undo/Redo are off."""
        return self._held > 0

    def hold(self) -> None:
        """Turn Undo and Redo off until :meth:`release`."""
        self._held += 1
        self._update()

    def release(self) -> None:
        """Give Undo and Redo back to the stack."""
        self._held = max(0, self._held - 1)
        if not self.held:
            self._undo.setEnabled(self._can_undo)
            self._redo.setEnabled(self._can_redo)

    @Slot(bool)
    def _on_stack_can_undo_changed(self, can: bool) -> None:
        self._can_undo = can
        self._update()

    @Slot(bool)
    def _on_stack_can_redo_changed(self, can: bool) -> None:
        self._can_redo = can
        self._update()

    def _update(self) -> None:
        # Only while held (or just released): otherwise the stack's actions follow it alone.
        if self.held:
            self._undo.setEnabled(False)
            self._redo.setEnabled(False)


class Versions:
    """The version of each record as this window's own steps last left it.

    Moving a record to the trash and back moves its version on (and its
    agreements' and documents' with it), so a command lower on the stack
    asks here which version to expect rather than keeping its own: a
    version moved on by someone else still shows as a conflict.
    """

    def __init__(self) -> None:
        self._known: dict[tuple[str, int], int] = {}

    def note(self, kind: str, record_id: int, version: int) -> None:
        """Remember that ``kind`` ``record_id`` is at ``version`` after our own step."""
        self._known[(kind, record_id)] = version

    def expected(self, kind: str, record_id: int, fallback: int) -> int:
        """Return the version to pass as ``expected_version`` (``fallback`` if none noted)."""
        return self._known.get((kind, record_id), fallback)

    def note_agreement(self, agreement: AgreementRead) -> None:
        """Remember an agreement's version and those of its documents."""
        self.note("agreement", agreement.id, agreement.version)
        for document in agreement.documents:
            self.note("document", document.id, document.version)

    def note_partner_tree(self, library: Library, partner_id: int) -> PartnerRead:
        """Read a partner, its agreements and their documents back and remember their versions."""
        partner = partner_cases.get_partner(library, partner_id)
        self.note("partner", partner.id, partner.version)
        for agreement in agreement_cases.list_agreements(library, partner_id=partner_id):
            self.note_agreement(agreement)
        return partner


@dataclass(frozen=True)
class UndoContext:
    """What a command needs: the library, where to announce changes, where to speak.

    ``parent`` owns the message boxes; ``runner`` and ``lock`` are for
    steps that run off the GUI thread (a whole import); ``stack`` is the
    stack the commands live on (cleared when such a step fails half-way).
    """

    library: Library
    notifier: RecordsNotifier
    parent: QWidget
    stack: QUndoStack
    runner: TaskRunner | None = None
    lock: StackLock | None = None
    versions: Versions = field(default_factory=Versions)

    def push(self, command: QUndoCommand) -> None:
        """Put ``command`` (whose change is already made) on the stack."""
        self.stack.push(command)


class RecordCommand(QUndoCommand):
    """A change already made in the window, which undo and redo take back and make again.

    Subclasses implement :meth:`apply` (make the change again) and
    :meth:`revert` (take it back); each calls :mod:`db` use cases and
    returns the :class:`RecordChange` the views refresh with (it names the
    record to select). The first ``redo()``, which ``QUndoStack.push``
    calls, does nothing: the change is already made.

    When a step cannot be made (someone else changed, deleted or purged the
    record: :class:`~db.errors.ConflictError`, :class:`~db.errors.NotFoundError`
    and the like), nothing is written by it, the user reads the error's one
    sentence, the views reload, and the command is made obsolete, so the
    stack drops it. The stack stays consistent because every later step
    checks the record's version too.
    """

    def __init__(self, context: UndoContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._pushed = False

    def apply(self) -> RecordChange:
        """Make the change again; return what to refresh. Raises :class:`AccordError`."""
        raise NotImplementedError

    def revert(self) -> RecordChange:
        """Take the change back; return what to refresh. Raises :class:`AccordError`."""
        raise NotImplementedError

    def redo(self) -> None:  # Qt override
        if not self._pushed:
            self._pushed = True
            return
        #: Title of an error box; {what} is the step, e.g. Add Partner “Seoul”.
        self._step(self.apply, QCoreApplication.translate("undo", "Cannot redo “{what}”"))

    def undo(self) -> None:  # Qt override
        #: Title of an error box; {what} is the step, e.g. Add Partner “Seoul”.
        self._step(self.revert, QCoreApplication.translate("undo", "Cannot undo “{what}”"))

    def _step(self, step: Callable[[], RecordChange], title: str) -> None:
        try:
            change = step()
        except AccordError as exc:
            self.fail(exc, title)
            return
        self.context.notifier.notify(change)

    def fail(self, error: AccordError | str, title: str) -> None:
        """Drop this command from the stack, reload the views and say why in one sentence."""
        self.setObsolete(True)
        self.context.notifier.notify(RecordChange(partners=True, agreements=True, documents=True))
        show_error(self.context.parent, error, title=fill(title, what=self.text()))


def restore_unless_back(restore: Callable[[], object], read: Callable[[], object]) -> None:
    """Bring a record back from the trash for an undo or redo step.

    A record that is already back (restored from View › Trash meanwhile)
    is left as it is: the step is done. ``read()`` (e.g. ``get_agreement``)
    tells which; a record neither in the trash nor in use (deleted for good)
    raises its :class:`~db.errors.NotFoundError` from ``read``.
    """
    try:
        restore()
    except NotFoundError:
        read()


def changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``{field: value}`` of ``after`` for the fields whose value ``before`` lacks."""
    return {field: value for field, value in after.items() if before.get(field) != value}
