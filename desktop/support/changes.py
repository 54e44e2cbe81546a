"""What a change to the records touched: one signal carries it to every view.

After a use case has changed the library, its command emits
``RecordsNotifier.records_changed(RecordChange(...))``; each view decides
what to reload (the pattern of Anki's ``operations``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from db.schemas import DocumentRead


@dataclass(frozen=True)
class RecordChange:
    """What changed, and what to select afterwards (``None``: keep the selection).

    ``partners``/``agreements``/``documents`` say which kinds of record
    changed; ``select_all`` asks for the "All agreements" row.
    """

    partners: bool = False
    agreements: bool = False
    documents: bool = False
    partner_id: int | None = None
    agreement_id: int | None = None
    document_id: int | None = None
    select_all: bool = False

    @classmethod
    def document_stored(cls, document: DocumentRead) -> RecordChange:
        """A file of ``document`` was stored (attached, put back, replaced): select it."""
        return cls(
            agreements=True,
            documents=True,
            agreement_id=document.agreement_id,
            document_id=document.id,
        )


class RecordsNotifier(QObject):
    """Carries :class:`RecordChange` values from commands to the views."""

    records_changed = Signal(object)

    def notify(self, change: RecordChange) -> None:
        """Emit :attr:`records_changed` with ``change``."""
        self.records_changed.emit(change)
