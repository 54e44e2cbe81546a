"""Undo commands for documents: attached to an agreement, removed from it.

Undoing an attach moves the document to the trash (its stored file stays
in the library); redoing it, or undoing a removal, restores it from there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from db import documents as document_cases
from db import trash
from desktop.support.changes import RecordChange
from desktop.support.messages import fill
from desktop.undo.base import RecordCommand, UndoContext, restore_unless_back, short

if TYPE_CHECKING:
    from db.schemas import DocumentRead


class _DocumentCommand(RecordCommand):
    def __init__(self, context: UndoContext, text: str, document: DocumentRead) -> None:
        super().__init__(context, text)
        self.document_id = document.id
        self.agreement_id = document.agreement_id
        self._version = document.version

    def _remove(self) -> RecordChange:
        expected = self.context.versions.expected("document", self.document_id, self._version)
        document_cases.remove_document(
            self.context.library, self.document_id, expected_version=expected
        )
        return RecordChange(agreements=True, documents=True, agreement_id=self.agreement_id)

    def _restore(self) -> RecordChange:
        library = self.context.library
        restore_unless_back(
            lambda: trash.restore_document(library, self.document_id),
            lambda: document_cases.get_document(library, self.document_id),
        )
        document = document_cases.get_document(library, self.document_id)
        self._version = document.version
        self.context.versions.note("document", document.id, document.version)
        return RecordChange.document_stored(document)


class AttachDocumentCommand(_DocumentCommand):
    """A document was attached: undo moves it to the trash, redo restores it."""

    def __init__(self, context: UndoContext, document: DocumentRead) -> None:
        #: A step in Edit › Undo (“Undo Attach …”); {name} is the file's name.
        text = fill(
            QCoreApplication.translate("undo", "Attach “{name}”"),
            name=short(document.original_name),
        )
        super().__init__(context, text, document)
        context.versions.note("document", document.id, document.version)

    def revert(self) -> RecordChange:
        return self._remove()

    def apply(self) -> RecordChange:
        return self._restore()


class RemoveDocumentCommand(_DocumentCommand):
    """A document was removed (moved to the trash): undo restores it, redo removes it again."""

    def __init__(self, context: UndoContext, document: DocumentRead) -> None:
        #: A step in Edit › Undo (“Undo Remove Document …”); {name} is the file's name.
        text = fill(
            QCoreApplication.translate("undo", "Remove Document “{name}”"),
            name=short(document.original_name),
        )
        super().__init__(context, text, document)

    def revert(self) -> RecordChange:
        return self._restore()

    def apply(self) -> RecordChange:
        return self._remove()
