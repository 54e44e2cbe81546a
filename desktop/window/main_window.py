"""The main window: menus, toolbar, search, status bar and the record browser."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QToolBar,
    QWidget,
)

from db.integrity import DocumentStatus
from db.server.roles import Action
from desktop.dialogs.about_box import show_about
from desktop.models.document_model import PROBLEMS
from desktop.operations.backup import BackupOperations
from desktop.operations.reindex import ReindexOperation
from desktop.operations.renewals import AutomaticRenewer
from desktop.operations.trash_purge import TrashPurger
from desktop.support.changes import RecordsNotifier
from desktop.support.item_roles import ItemRole
from desktop.support.messages import fill, inform
from desktop.support.tasks import TaskRunner
from desktop.undo.base import StackLock, UndoContext
from desktop.window.actions import WindowActions
from desktop.window.change_monitor import ChangeMonitor
from desktop.window.document_status import DocumentStatusChecker
from desktop.window.edit_target import EditTarget
from desktop.window.file_drops import FileDropTarget
from desktop.window.layout import WindowLayout
from desktop.window.operation_slots import LazyOperations
from desktop.window.read_only import ReadOnlyGuard
from desktop.window.record_browser import RecordBrowser
from desktop.window.role_guard import RoleGuard, window_asks
from desktop.window.search_field import SearchField
from desktop.window.status_bar import WindowStatusBar
from desktop.window.timeline_dock import TimelineDock
from desktop.window.upcoming_dock import UpcomingDock

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library
    from db.schemas import AgreementRead, DocumentRead, PartnerRead
    from desktop.dialogs.trash_dialog import TrashDialog


class MainWindow(LazyOperations, FileDropTarget, QMainWindow):
    """Accord's master-detail window over one :class:`~db.library.Library`.

    The :class:`~desktop.window.record_browser.RecordBrowser` shows the records;
    operations (:class:`RecordOperations`, :class:`DocumentOperations`,
    :class:`DocumentFileOperations`, :class:`ExportOperation`) change them and
    announce each change on :attr:`notifier`, which the browser reloads from;
    they are made when first used (:attr:`records`, :attr:`documents`,
    :attr:`document_files`, :attr:`exporter`, :attr:`importer`), so their
    modules load then and not at start-up (:class:`LazyOperations`, which also
    holds the action slots that run them; dropped files: :class:`FileDropTarget`).
    Edit and Delete act on the view that last had the focus (:class:`EditTarget`). The
    :class:`SearchField`, :class:`WindowStatusBar` and :class:`WindowLayout`
    (remembered geometry) are composed in. ``restore_settings=False`` neither
    restores nor saves the remembered layout (for reproducible screenshots).
    """

    def __init__(
        self, library: Library, *, restore_settings: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        #: The window's title: the application's name, usually kept as it is.
        self.setWindowTitle(self.tr("Accord"))
        self.setAcceptDrops(True)
        self.library = library
        self._remember = restore_settings
        self.notifier = RecordsNotifier(self)
        self.tasks = TaskRunner(self)
        # Before the browser: it must hear the window's own changes first (change_monitor.py).
        self.change_monitor = ChangeMonitor(
            library, self.notifier, self, busy=lambda: self.tasks.busy
        )
        self.undo_stack = QUndoStack(self)
        self.window_actions = WindowActions(self, self.undo_stack)
        self.undo_context = UndoContext(
            library,
            self.notifier,
            self,
            self.undo_stack,
            runner=self.tasks,
            lock=StackLock(
                self.undo_stack, self.window_actions.undo, self.window_actions.redo, self
            ),
        )
        self.backups = BackupOperations(library, self.notifier, self.tasks, self)
        self.trash_purger = TrashPurger(library, self.tasks, self)
        self.renewer = AutomaticRenewer(library, self.notifier, self.tasks, self)
        self.reindexer = ReindexOperation(library, self.notifier, self.tasks, self)
        self.trash_dialog: TrashDialog | None = None

        self.browser = RecordBrowser(library, self.notifier, self)
        self.partner_view = self.browser.partner_view
        self.agreement_view = self.browser.agreement_view
        self.detail = self.browser.detail
        self.document_view = self.browser.document_view
        self.main_splitter = self.browser
        self.preview = self.detail.preview
        self.status_checker = DocumentStatusChecker(
            library, self.tasks, self.document_view.document_model, self
        )
        self.edit_target = EditTarget(self.browser, self.window_actions, lambda: self.records, self)
        self.setCentralWidget(self.browser)

        self.search_field = SearchField(self)
        self.status_bar = WindowStatusBar(library.root, self)
        self.counts_label = self.status_bar.counts_label
        self.layout_settings = WindowLayout(self, self.browser)

        self._build_chrome()
        self.timeline_dock = TimelineDock(self, library, self.notifier, self.browser)
        actions = self.window_actions
        actions.view_menu.insertAction(actions.show_trash, self.timeline_dock.toggleViewAction())
        self.upcoming = UpcomingDock(self, library, notifier=self.notifier, tasks=self.tasks,
                                     status_bar=self.status_bar, browser=self.browser)  # fmt: skip
        self.upcoming.add_to_menus(self.window_actions.file_menu, self.window_actions.view_menu)
        self._connect()
        self.read_only = ReadOnlyGuard(
            library.read_only, self.window_actions.writing(self.library_actions()), self.status_bar
        )
        asks = {**window_asks(self.window_actions), self.reindexer.action: Action.REINDEX}
        self.role_guard = RoleGuard(library.role, asks, self.status_bar, self)
        if library.read_only or not self.role_guard.allows(Action.ATTACH):  # nothing to drop
            self.document_view.set_empty_text(self.tr("No documents yet."))
        self.resize(1280, 800)
        if self._remember:
            self.layout_settings.restore()
        self.browser.select_partner(None)
        self.browser.select_agreement(None)
        self.agreement_view.setFocus()
        self._on_browser_selection_changed()
        self.change_monitor.keep_scroll_of(
            [self.partner_view, self.agreement_view, self.document_view]
        )
        self.change_monitor.start()

    def _build_chrome(self) -> None:
        actions = self.window_actions
        actions.build_menus(self.menuBar(), library_actions=self.library_actions())
        #: Name of the toolbar (shown in its context menu).
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        actions.build_toolbar(self, toolbar, self.search_field)
        self.setStatusBar(self.status_bar)
        self.detail.set_document_actions(
            actions.attach_document, actions.document_actions(), locate=actions.locate_document
        )

        self.partner_view.addActions([actions.add_agreement, actions.edit, actions.delete])
        self.agreement_view.addActions(
            [actions.edit, actions.delete, actions.attach_document, actions.export_csv]
        )
        self.document_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.document_view.addActions(actions.document_actions())

    def library_actions(self) -> list:
        """The File menu's actions on the whole library: back up, restore, rebuild the index."""
        return [*self.backups.actions(), self.reindexer.action]

    def _connect(self) -> None:
        actions = self.window_actions
        actions.add_partner.triggered.connect(self._on_add_partner_triggered)
        actions.add_agreement.triggered.connect(self._on_add_agreement_triggered)
        actions.attach_document.triggered.connect(self._on_attach_document_triggered)
        actions.open_document.triggered.connect(self._on_open_document_triggered)
        actions.show_in_folder.triggered.connect(self._on_show_in_folder_triggered)
        actions.save_document_copy.triggered.connect(self._on_save_document_copy_triggered)
        actions.locate_document.triggered.connect(self._on_locate_document_triggered)
        actions.remove_document.triggered.connect(self._on_remove_document_triggered)
        actions.export_csv.triggered.connect(self._on_export_csv_triggered)
        actions.import_csv.triggered.connect(self._on_import_csv_triggered)
        actions.briefing.triggered.connect(self._on_briefing_triggered)
        actions.find.triggered.connect(self._on_find_triggered)
        actions.show_all.triggered.connect(self._on_show_all_triggered)
        actions.refresh.triggered.connect(self._on_refresh_triggered)
        actions.quit.triggered.connect(self.close)
        actions.undo.triggered.connect(self._on_undo_triggered)
        actions.redo.triggered.connect(self._on_redo_triggered)
        actions.about.triggered.connect(self._on_about_triggered)
        actions.about_qt.triggered.connect(QApplication.aboutQt)
        actions.show_trash.triggered.connect(self._on_show_trash_triggered)
        actions.show_era_dates.toggled.connect(self.detail.refresh_dates)
        for source in (
            self.backups, self.trash_purger, self.renewer, self.change_monitor, self.reindexer
        ):  # fmt: skip
            source.message_posted.connect(self.status_bar.post)
        self.change_monitor.connection_state.connect(self.status_bar.show_connection)

        self.browser.selection_changed.connect(self._on_browser_selection_changed)
        self.browser.search_cleared.connect(self._on_browser_search_cleared)
        self.partner_view.activated.connect(self._on_partner_view_activated)
        self.agreement_view.activated.connect(self._on_agreement_view_activated)
        self.document_view.document_activated.connect(self._on_document_view_document_activated)
        self.document_view.document_model.dataChanged.connect(self._on_document_model_data_changed)
        self.preview.open_externally_requested.connect(self._on_open_document_triggered)
        self.search_field.search_requested.connect(self._on_search_field_search_requested)
        self.edit_target.target_changed.connect(self._on_edit_target_changed)

    # -- what is selected (delegated to the browser) ------------------------

    def current_partner(self) -> PartnerRead | None:
        """The selected partner; ``None`` when "All agreements" is selected."""
        return self.browser.current_partner()

    def current_agreement(self) -> AgreementRead | None:
        """The selected agreement, ``None`` when there is none."""
        return self.browser.current_agreement()

    def current_document(self) -> DocumentRead | None:
        """The selected document of the selected agreement, ``None`` when there is none."""
        return self.browser.current_document()

    def select_partner(self, partner_id: int | None) -> bool:
        """Select a partner (``None``: "All agreements"); False if it is not shown."""
        return self.browser.select_partner(partner_id)

    def select_agreement(self, agreement_id: int | None) -> bool:
        """Select a shown agreement (``None``: the first); False if it is not shown."""
        return self.browser.select_agreement(agreement_id)

    def refresh(self) -> None:
        """Reload every record from the library, keeping the selection."""
        self.browser.refresh()

    @Slot()
    def apply_search(self) -> None:
        """Filter partners and agreements by the search field's text now."""
        self.search_field.search_now()

    # -- status and enabled state -------------------------------------------

    def _update_actions(self) -> None:
        actions = self.window_actions
        agreement, document = self.current_agreement(), self.current_document()
        self.edit_target.update_actions()
        partners, total, _shown = self.browser.counts()
        actions.add_agreement.setEnabled(partners > 0)
        actions.attach_document.setEnabled(agreement is not None)
        status = self._document_status(document)
        actions.open_document.setEnabled(document is not None)  # explains a missing file
        actions.remove_document.setEnabled(document is not None)
        has_file = document is not None and status != DocumentStatus.MISSING
        actions.show_in_folder.setEnabled(has_file)
        actions.save_document_copy.setEnabled(has_file)
        actions.locate_document.setEnabled(status in PROBLEMS)
        actions.export_csv.setEnabled(total > 0)
        actions.briefing.setEnabled(self.current_partner() is not None or agreement is not None)

    def _refused_read_only(self, action: Action = Action.EDIT) -> bool:
        """In a read-only library, or for a role without ``action``, say why in the status
        bar and return True."""
        if self.read_only.read_only:
            self.status_bar.post(self.read_only.reason())
        elif not self.role_guard.allows(action):
            self.status_bar.post(self.role_guard.reason(action))
            return True
        return self.read_only.read_only

    def _document_status(self, document: DocumentRead | None):
        """The known status of ``document``'s stored file (``None``: unknown or no document)."""
        if document is None:
            return None
        return self.document_view.document_model.status_of(document.id)

    def _update_status(self) -> None:
        partners, total, shown = self.browser.counts()
        self.status_bar.show_counts(partners=partners, total=total, shown=shown)

    # -- slots: browser, views, search --------------------------------------

    @Slot()
    def _on_browser_selection_changed(self) -> None:
        self._update_actions()
        self._update_status()

    @Slot()
    def _on_undo_triggered(self) -> None:
        # The stack has stepped back: the command at its index is the one undone.
        #: Status bar after Undo; {what} names the change undone (Add partner).
        self._post_step(self.undo_stack.index(), self.tr("Undone: {what}."))

    @Slot()
    def _on_redo_triggered(self) -> None:
        #: Status bar after Redo; {what} names the change redone (Add partner).
        self._post_step(self.undo_stack.index() - 1, self.tr("Redone: {what}."))

    def _post_step(self, index: int, template: str) -> None:
        """Say in the status bar which step Undo or Redo took (replacing an older message)."""
        command = self.undo_stack.command(index) if 0 <= index < self.undo_stack.count() else None
        if command is not None:
            self.status_bar.post(fill(template, what=command.text()))

    @Slot()
    def _on_browser_search_cleared(self) -> None:
        self.search_field.clear_quietly()

    @Slot(str)
    def _on_search_field_search_requested(self, text: str) -> None:
        self.browser.set_search(text)

    @Slot()
    def _on_edit_target_changed(self) -> None:
        self._update_actions()

    @Slot(QModelIndex)
    def _on_partner_view_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        partner = index.data(ItemRole.RECORD)
        if partner is not None and not self._refused_read_only():
            self.records.edit_partner(partner)

    @Slot(QModelIndex)
    def _on_agreement_view_activated(self, _index: QModelIndex | QPersistentModelIndex) -> None:
        # The view's row is a light row; the form needs the whole agreement.
        agreement = self.current_agreement()
        if agreement is not None and not self._refused_read_only():
            self.records.edit_agreement(agreement)

    @Slot(object)
    def _on_document_view_document_activated(self, document: DocumentRead) -> None:
        self.documents.open_document(document, known_status=self._document_status(document))

    @Slot()
    def _on_document_model_data_changed(self) -> None:
        self._update_actions()

    @Slot(object, object)
    def _on_document_problem_found(self, document: DocumentRead, status: DocumentStatus) -> None:
        # Open, Show in Folder or Save a Copy found it: mark the row now (and
        # so enable Locate…) rather than at the next refresh.
        self.status_checker.mark(document.id, status)

    # -- slots: actions (those that run an operation: window_commands.py) --

    @Slot()
    def _on_find_triggered(self) -> None:
        self.search_field.focus_for_typing()

    @Slot()
    def _on_show_all_triggered(self) -> None:
        self.browser.select_partner(None)

    @Slot()
    def _on_refresh_triggered(self) -> None:
        self.browser.refresh()

    @Slot()
    def _on_show_trash_triggered(self) -> None:
        if self.trash_dialog is None:
            from desktop.dialogs.trash_dialog import TrashDialog

            self.trash_dialog = TrashDialog(self.library, self.notifier, self)
        self.trash_dialog.open_trash()

    @Slot()
    def _on_about_triggered(self) -> None:
        show_about(self, self.library.root)

    # -- dropped files ------------------------------------------------------

    def attach_dropped_files(self, paths: list[Path]) -> None:
        """Attach files dropped on the window to the selected agreement."""
        if self._refused_read_only(Action.ATTACH):
            return
        agreement = self.current_agreement()
        if agreement is None:
            message = self.tr(
                "Select an agreement first, then drop the PDF on the window to attach it."
            )
            self.status_bar.post(message)
            inform(self, message)
            return
        self.documents.attach_files(agreement, paths)

    # -- closing ------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.change_monitor.stop()
        self.tasks.wait_for_done()
        self.browser.preview_tasks.wait_for_done()
        self.browser.agreement_model.wait_for_workers()
        if self._remember:
            self.layout_settings.save()
        super().closeEvent(event)
