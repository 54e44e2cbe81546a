"""The main window's operations, made on first use, and the action slots that run them.

:class:`LazyOperations` is mixed into :class:`~desktop.window.main_window.MainWindow`:
its modules (forms, CSV, undo commands) are not needed to show the window, so
they load when an operation is first used.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # for the checker only: the operations' modules load on first use
    from collections.abc import Callable

    from db.integrity import DocumentStatus
    from db.library import Library
    from db.schemas import AgreementRead, DocumentRead, PartnerRead
    from desktop.operations.briefing import BriefingOperation
    from desktop.operations.document_files import DocumentFileOperations
    from desktop.operations.documents import DocumentOperations
    from desktop.operations.export import ExportOperation
    from desktop.operations.import_csv import ImportOperation
    from desktop.operations.records import RecordOperations
    from desktop.support.changes import RecordsNotifier
    from desktop.support.tasks import TaskRunner
    from desktop.undo.base import UndoContext
    from desktop.window.record_browser import RecordBrowser
    from desktop.window.status_bar import WindowStatusBar


class LazyOperations:
    """The :class:`~desktop.window.main_window.MainWindow`'s operations, each made when first used.

    Relies on what the window sets or defines, declared below so that type
    checkers see it; the class it is mixed into is a ``QWidget`` (the
    operations' parent).
    """

    library: Library
    notifier: RecordsNotifier
    tasks: TaskRunner
    undo_context: UndoContext
    status_bar: WindowStatusBar
    browser: RecordBrowser
    current_partner: Callable[[], PartnerRead | None]
    current_agreement: Callable[[], AgreementRead | None]
    current_document: Callable[[], DocumentRead | None]
    # The known status of a document's stored file (None: unknown, or no document).
    _document_status: Callable[[DocumentRead | None], DocumentStatus | None]
    # Open, Show in Folder or Save a Copy found a stored file missing or changed.
    _on_document_problem_found: Callable[[DocumentRead, DocumentStatus], None]

    @property
    def _window(self) -> QWidget:
        """This window, over which the operations open their dialogs."""
        assert isinstance(self, QWidget)
        return self

    @cached_property
    def records(self) -> RecordOperations:
        """Add, edit and delete partners and agreements (made on first use)."""
        from desktop.operations.records import RecordOperations

        return RecordOperations(
            self.library, self.notifier, self.tasks, self._window, undo=self.undo_context
        )

    @cached_property
    def document_files(self) -> DocumentFileOperations:
        """Show in folder, Save a copy, Locate… (made on first use)."""
        from desktop.operations.document_files import DocumentFileOperations

        operations = DocumentFileOperations(self.library, self.notifier, self.tasks, self._window)
        operations.message_posted.connect(self.status_bar.post)
        operations.problem_found.connect(self._on_document_problem_found)
        return operations

    @cached_property
    def documents(self) -> DocumentOperations:
        """Attach and open documents (made on first use)."""
        from desktop.operations.documents import DocumentOperations

        operations = DocumentOperations(
            self.library,
            self.notifier,
            self.tasks,
            self._window,
            locate=lambda document: self.document_files.locate(document),
            undo=self.undo_context,
        )
        operations.message_posted.connect(self.status_bar.post)
        operations.problem_found.connect(self._on_document_problem_found)
        return operations

    @cached_property
    def exporter(self) -> ExportOperation:
        """CSV export (made on first use)."""
        from desktop.operations.export import ExportOperation

        exporter = ExportOperation(self.library, self.notifier, self.tasks, self._window)
        exporter.message_posted.connect(self.status_bar.post)
        return exporter

    @cached_property
    def importer(self) -> ImportOperation:
        """CSV import (made on first use)."""
        from desktop.operations.import_csv import ImportOperation

        importer = ImportOperation(
            self.library, self.notifier, self.tasks, self._window, undo=self.undo_context
        )
        importer.message_posted.connect(self.status_bar.post)
        return importer

    @cached_property
    def briefings(self) -> BriefingOperation:
        """File › Briefing Sheet… (made on first use)."""
        from desktop.operations.briefing import BriefingOperation

        operation = BriefingOperation(self.library, self.notifier, self.tasks, self._window)
        operation.message_posted.connect(self.status_bar.post)
        return operation

    # -- action slots that run an operation ---------------------------------

    @Slot()
    def _on_add_partner_triggered(self) -> None:
        self.records.add_partner()

    @Slot()
    def _on_add_agreement_triggered(self) -> None:
        partner = self.current_partner()
        self.records.add_agreement(partner.id if partner else None)

    @Slot()
    def _on_attach_document_triggered(self) -> None:
        agreement = self.current_agreement()
        if agreement is not None:
            self.documents.attach_with_dialog(agreement)

    @Slot()
    def _on_open_document_triggered(self) -> None:
        document = self.current_document()
        if document is not None:
            self.documents.open_document(document, known_status=self._document_status(document))

    @Slot()
    def _on_show_in_folder_triggered(self) -> None:
        if (document := self.current_document()) is not None:
            self.document_files.show_in_folder(document)

    @Slot()
    def _on_save_document_copy_triggered(self) -> None:
        if (document := self.current_document()) is not None:
            self.document_files.save_copy(document, known_status=self._document_status(document))

    @Slot()
    def _on_locate_document_triggered(self) -> None:
        if (document := self.current_document()) is not None:
            self.document_files.locate(document)

    @Slot()
    def _on_remove_document_triggered(self) -> None:
        if (document := self.current_document()) is not None:
            self.records.remove_document(document)

    @Slot()
    def _on_import_csv_triggered(self) -> None:
        self.importer.run()

    @Slot()
    def _on_export_csv_triggered(self) -> None:
        self.exporter.run(
            total=self.browser.counts()[1],
            shown_ids=self.browser.shown_ids(),
            partner=self.current_partner(),
            searching=self.browser.searching,
            selected_ids=self.browser.selected_ids(),
        )

    @Slot()
    def _on_briefing_triggered(self) -> None:
        self.briefings.run(partner=self.current_partner(), selected_ids=self.browser.selected_ids())
