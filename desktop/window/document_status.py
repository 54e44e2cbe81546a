"""Keeps the documents list's status marks current: missing, changed or unreadable files,
and documents without a text layer ("no text": their words cannot be searched).

When the documents model is reset (another agreement shown, a reload), a
quick check (file present, size as recorded) marks missing files at once;
the SHA-256 of the others is then computed off the GUI thread by the task
runner, and its result applied only if the same documents are still shown.

On a server library the quick check is the status: the stored file is in the
database with the recorded size (:func:`db.attachments.database.stored_state`, one
small query each). The background step then only looks in this person's cache for
a verified copy (a local read; the model's tooltip says so): reading every file
back from the server each time an agreement is shown would cost a whole download,
and hashing the server's copies is ``accord check``'s job (every fetch verifies
what it hands out anyway).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from db.attachments import database
from db.errors import AccordError
from db.integrity import DocumentStatus, document_status
from db.text_search import documents_without_text

if TYPE_CHECKING:
    from db.library import Library
    from db.progress import Progress
    from db.schemas import DocumentRead
    from desktop.models.document_model import DocumentTableModel
    from desktop.support.tasks import TaskRunner

log = logging.getLogger(__name__)


class DocumentStatusChecker(QObject):
    """Checks the stored files of the documents in ``model`` whenever it is reset."""

    # The full check of the documents shown has been applied to the model.
    checked = Signal()

    def __init__(
        self,
        library: Library,
        runner: TaskRunner,
        model: DocumentTableModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._runner = runner
        self._model = model
        self._generation = 0
        self._pending = False
        model.modelReset.connect(self._on_model_reset)

    @property
    def pending(self) -> bool:
        """True while a full check of the documents shown is running."""
        return self._pending

    def check(self) -> None:
        """Check the documents shown now: quickly here, fully in the background."""
        self._generation += 1
        generation = self._generation
        documents = self._model.documents()
        if not documents:
            self._pending = False
            return
        library = self._library
        try:  # one indexed query: the documents with no page of text in the search index
            self._model.set_no_text(documents_without_text(library, [d.id for d in documents]))
        except AccordError as error:
            log.warning("reading which documents have no text failed: %s", error)
        quick = {d.id: document_status(library, d, full=False) for d in documents}
        self._model.set_statuses(
            {key: status for key, status in quick.items() if status != DocumentStatus.OK}
        )
        to_hash = [d for d in documents if quick[d.id] == DocumentStatus.OK]
        if not to_hash:
            self._pending = False
            self.checked.emit()
            return

        quick_ok = [d.id for d in to_hash]

        def work(_progress: Progress) -> tuple[dict[int, DocumentStatus], set[int]]:
            if library.documents_in_database:  # the quick check was the database's answer
                cached = _verified_in_cache(library, to_hash)
                return dict.fromkeys(quick_ok, DocumentStatus.OK), cached
            return _full_statuses(library, to_hash), set()

        self._pending = True
        self._runner.run(
            work,
            on_success=lambda statuses: self._on_task_succeeded(generation, statuses),
            on_failure=lambda error: self._on_task_failed(generation, error),
        )

    def mark(self, document_id: int, status: DocumentStatus) -> None:
        """Record a status found by a command (Open, Save a Copy…) for a document shown."""
        self._model.set_statuses({document_id: status})

    def _on_task_succeeded(
        self, generation: int, result: tuple[dict[int, DocumentStatus], set[int]]
    ) -> None:
        if generation != self._generation:
            return  # other documents are shown by now
        self._pending = False
        statuses, cached = result
        if self._library.documents_in_database:  # a fetch may have found a problem since
            statuses = {key: s for key, s in statuses.items() if self._model.status_of(key) is None}
        self._model.set_statuses(statuses)
        if cached:
            self._model.set_cached(cached)
        self.checked.emit()

    def _on_task_failed(self, generation: int, error: Exception) -> None:
        log.warning("checking the stored files failed: %s", error)
        if generation == self._generation:
            self._pending = False

    @Slot()
    def _on_model_reset(self) -> None:
        self.check()


def _full_statuses(library: Library, documents: list[DocumentRead]) -> dict[int, DocumentStatus]:
    return {d.id: document_status(library, d, full=True) for d in documents}


def _verified_in_cache(library: Library, documents: list[DocumentRead]) -> set[int]:
    """The IDs of ``documents`` (of a server library) with a verified copy in the cache."""
    return {d.id for d in documents if database.verified_in_cache(library, d.sha256, d.size)}
