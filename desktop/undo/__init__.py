"""Undo and redo of every change made in the window, one ``QUndoCommand`` each.

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

The submodules load when one of their names is first asked for (PEP 562),
so the window starts without the import and record commands.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each public name and the submodule that defines it.
_MODULES = {
    "RecordCommand": "base",
    "StackLock": "base",
    "UndoContext": "base",
    "AttachDocumentCommand": "documents",
    "RemoveDocumentCommand": "documents",
    "ImportCommand": "import_undo",
    "ImportSnapshot": "import_undo",
    "AddAgreementCommand": "records",
    "AddPartnerCommand": "records",
    "DeleteAgreementCommand": "records",
    "DeletePartnerCommand": "records",
    "EditAgreementCommand": "records",
    "EditPartnerCommand": "records",
}

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


def __getattr__(name: str) -> Any:
    """Import the submodule defining ``name`` on first use (``AttributeError`` otherwise)."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
