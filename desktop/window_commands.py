"""The main window's commands, made on first use, and the action slots that run them.

:class:`LazyCommands` is mixed into :class:`~desktop.main_window.MainWindow`:
its modules (forms, CSV, undo commands) are not needed to show the window, so
they load when a command is first used.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

if TYPE_CHECKING:  # made on first use: their modules (forms, CSV, undo) load then
    from desktop.document_commands import DocumentCommands
    from desktop.document_file_commands import DocumentFileCommands
    from desktop.export_command import CsvExporter
    from desktop.import_command import CsvImporter
    from desktop.record_commands import RecordCommands


class LazyCommands:
    """The :class:`~desktop.main_window.MainWindow`'s commands, each made when first used.

    Relies on the window's ``library``, ``notifier``, ``tasks``, ``undo_context``,
    ``status_bar``, ``browser``, ``current_partner/agreement/document``,
    ``_document_status`` and ``_on_document_problem_found``.
    """

    @cached_property
    def records(self) -> RecordCommands:
        """Add, edit and delete partners and agreements (made on first use)."""
        from desktop.record_commands import RecordCommands

        return RecordCommands(self.library, self.notifier, self.tasks, self, undo=self.undo_context)

    @cached_property
    def document_files(self) -> DocumentFileCommands:
        """Show in folder, Save a copy, Locate… (made on first use)."""
        from desktop.document_file_commands import DocumentFileCommands

        commands = DocumentFileCommands(self.library, self.notifier, self.tasks, self)
        commands.message_posted.connect(self.status_bar.post)
        commands.problem_found.connect(self._on_document_problem_found)
        return commands

    @cached_property
    def documents(self) -> DocumentCommands:
        """Attach and open documents (made on first use)."""
        from desktop.document_commands import DocumentCommands

        commands = DocumentCommands(
            self.library,
            self.notifier,
            self.tasks,
            self,
            locate=lambda document: self.document_files.locate(document),
            undo=self.undo_context,
        )
        commands.message_posted.connect(self.status_bar.post)
        commands.problem_found.connect(self._on_document_problem_found)
        return commands

    @cached_property
    def exporter(self) -> CsvExporter:
        """CSV export (made on first use)."""
        from desktop.export_command import CsvExporter

        exporter = CsvExporter(self.library, self.notifier, self.tasks, self)
        exporter.message_posted.connect(self.status_bar.post)
        return exporter

    @cached_property
    def importer(self) -> CsvImporter:
        """CSV import (made on first use)."""
        from desktop.import_command import CsvImporter

        importer = CsvImporter(
            self.library, self.notifier, self.tasks, self, undo=self.undo_context
        )
        importer.message_posted.connect(self.status_bar.post)
        return importer

    # -- action slots that run a command -----------------------------------

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
