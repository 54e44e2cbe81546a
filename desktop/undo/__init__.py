"""Undo and redo of every change made in the window (issue 5), one ``QUndoCommand`` each.

The user's action makes the change first (a form saved, a worker done) and
then pushes a command whose first ``redo()`` does nothing. Each later step
calls the same :mod:`db` use cases the window does: undoing an addition
moves the record to the trash and redoing it restores it (so IDs stay
stable for the commands above it on the stack), undoing a delete restores,
and an edit is put back field by field with ``expected_version`` so that a
record someone else changed meanwhile is never silently overwritten.

- :mod:`desktop.undo.base`: :class:`UndoContext` and the base command;
- :mod:`desktop.undo.records`: partners and agreements added, edited, deleted;
- :mod:`desktop.undo.documents`: documents attached and removed;
- :mod:`desktop.undo.import_undo`: a whole CSV import, undone off the GUI thread.
"""

from __future__ import annotations

from desktop.undo.base import RecordCommand, StackLock, UndoContext
from desktop.undo.documents import AttachDocumentCommand, RemoveDocumentCommand
from desktop.undo.import_undo import ImportCommand, ImportSnapshot
from desktop.undo.records import (
    AddAgreementCommand,
    AddPartnerCommand,
    DeleteAgreementCommand,
    DeletePartnerCommand,
    EditAgreementCommand,
    EditPartnerCommand,
)

__all__ = [
    "AddAgreementCommand",
    "AddPartnerCommand",
    "AttachDocumentCommand",
    "DeleteAgreementCommand",
    "DeletePartnerCommand",
    "EditAgreementCommand",
    "EditPartnerCommand",
    "ImportCommand",
    "ImportSnapshot",
    "RecordCommand",
    "RemoveDocumentCommand",
    "StackLock",
    "UndoContext",
]
