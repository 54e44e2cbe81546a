"""The main window: menus, toolbar, search, status bar and the record browser."""

from __future__ import annotations

import html
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from db.integrity import DocumentStatus
from db.library import Library
from db.schemas import AgreementRead, DocumentRead, PartnerRead
from desktop.actions import WindowActions
from desktop.changes import RecordsNotifier
from desktop.document_commands import DocumentCommands
from desktop.document_status import DocumentStatusChecker
from desktop.export_command import CsvExporter
from desktop.messages import fill, inform, plural
from desktop.models.document_model import PROBLEMS
from desktop.models.roles import ItemRole
from desktop.record_browser import RecordBrowser
from desktop.record_commands import RecordCommands
from desktop.tasks import TaskRunner

#: How long the search field waits after the last key before filtering (ms).
SEARCH_DELAY_MS = 180
_STATUS_TIMEOUT_MS = 6000
_SETTINGS_GROUP = "mainWindow"


class MainWindow(QMainWindow):
    """Accord's master-detail window over one :class:`~db.library.Library`.

    The :class:`~desktop.record_browser.RecordBrowser` shows the records;
    commands (:class:`RecordCommands`, :class:`DocumentCommands`,
    :class:`CsvExporter`) change them and announce each change on
    :attr:`notifier`, which the browser reloads from. Edit and Delete act on
    the view that last had the focus. ``restore_settings=False`` neither
    restores nor saves the remembered layout (for reproducible screenshots).
    """

    def __init__(
        self, library: Library, *, restore_settings: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Accord"))
        self.setAcceptDrops(True)
        self.library = library
        self._remember = restore_settings
        self.notifier = RecordsNotifier(self)
        self.tasks = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.window_actions = WindowActions(self, self.undo_stack)
        self.records = RecordCommands(library, self.notifier, self)
        self.documents = DocumentCommands(library, self.notifier, self.tasks, self)
        self.exporter = CsvExporter(library, self.tasks, self)

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
        self._focus_view: QWidget = self.agreement_view
        self.setCentralWidget(self.browser)

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("Search partners and agreements (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setMinimumWidth(300)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setToolTip(fill(self.tr("Library: {path}"), path=library.root))

        self._build_chrome()
        self._connect()
        self.resize(1280, 800)
        if self._remember:
            self._restore_settings()
        self.browser.select_partner(None)
        self.browser.select_agreement(None)
        self.agreement_view.setFocus()
        self._on_browser_selection_changed()

    def _build_chrome(self) -> None:
        actions = self.window_actions
        actions.build_menus(self.menuBar())
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        actions.build_toolbar(toolbar)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        self.addToolBar(toolbar)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.detail.set_document_actions(
            actions.attach_document, actions.document_actions(), locate=actions.locate_document
        )

        clear_search = QAction(self.search_field)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(self.search_field.clear)
        self.search_field.addAction(clear_search)

        self.partner_view.addActions([actions.add_agreement, actions.edit, actions.delete])
        self.agreement_view.addActions(
            [actions.edit, actions.delete, actions.attach_document, actions.export_csv]
        )
        self.document_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.document_view.addActions(actions.document_actions())

    def _connect(self) -> None:
        actions = self.window_actions
        actions.add_partner.triggered.connect(self._on_add_partner_triggered)
        actions.add_agreement.triggered.connect(self._on_add_agreement_triggered)
        actions.edit.triggered.connect(self._on_edit_triggered)
        actions.delete.triggered.connect(self._on_delete_triggered)
        actions.attach_document.triggered.connect(self._on_attach_document_triggered)
        actions.open_document.triggered.connect(self._on_open_document_triggered)
        actions.show_in_folder.triggered.connect(self._on_show_in_folder_triggered)
        actions.save_document_copy.triggered.connect(self._on_save_document_copy_triggered)
        actions.locate_document.triggered.connect(self._on_locate_document_triggered)
        actions.remove_document.triggered.connect(self._on_remove_document_triggered)
        actions.export_csv.triggered.connect(self._on_export_csv_triggered)
        actions.find.triggered.connect(self._on_find_triggered)
        actions.show_all.triggered.connect(self._on_show_all_triggered)
        actions.refresh.triggered.connect(self._on_refresh_triggered)
        actions.quit.triggered.connect(self.close)
        actions.about.triggered.connect(self._on_about_triggered)
        actions.about_qt.triggered.connect(QApplication.aboutQt)

        self.browser.selection_changed.connect(self._on_browser_selection_changed)
        self.browser.search_cleared.connect(self._on_browser_search_cleared)
        self.partner_view.activated.connect(self._on_partner_view_activated)
        self.agreement_view.activated.connect(self._on_agreement_view_activated)
        self.document_view.document_activated.connect(self._on_document_view_document_activated)
        self.document_view.document_model.dataChanged.connect(self._on_document_model_data_changed)
        self.preview.open_externally_requested.connect(self._on_open_document_triggered)
        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self.search_field.returnPressed.connect(self.apply_search)
        self._search_timer.timeout.connect(self.apply_search)
        self.documents.message_posted.connect(self._on_command_message_posted)
        self.exporter.message_posted.connect(self._on_command_message_posted)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_application_focus_changed)

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
        self._search_timer.stop()
        self.browser.set_search(self.search_field.text())

    # -- status and enabled state -------------------------------------------

    def _edit_target(self) -> str:
        """What Edit and Delete act on: the kind shown by the view that last had the focus."""
        if self._focus_view is self.partner_view:
            return "partner"
        if self._focus_view is self.document_view:
            return "document"
        return "agreement"

    def _update_actions(self) -> None:
        actions = self.window_actions
        partner, agreement = self.current_partner(), self.current_agreement()
        document = self.current_document()
        target = self._edit_target()
        if target == "partner":
            edit_text, delete_text = self.tr("&Edit Partner…"), self.tr("&Delete Partner…")
            can_edit = can_delete = partner is not None
        elif target == "document":
            edit_text, delete_text = self.tr("&Edit Agreement…"), self.tr("&Remove Document…")
            can_edit, can_delete = agreement is not None, document is not None
        else:
            edit_text, delete_text = self.tr("&Edit Agreement…"), self.tr("&Delete Agreement…")
            can_edit = can_delete = agreement is not None
        actions.edit.setText(edit_text)
        actions.delete.setText(delete_text)
        actions.edit.setEnabled(can_edit)
        actions.delete.setEnabled(can_delete)
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

    def _document_status(self, document: DocumentRead | None):
        """The known status of ``document``'s stored file (``None``: unknown or no document)."""
        if document is None:
            return None
        return self.document_view.document_model.status_of(document.id)

    def _update_status(self) -> None:
        partners, total, shown = self.browser.counts()
        self.counts_label.setText(
            " · ".join(
                (
                    plural(partners, self.tr("{n} partner"), self.tr("{n} partners")),
                    plural(total, self.tr("{n} agreement"), self.tr("{n} agreements")),
                    fill(self.tr("{n} shown"), n=shown),
                )
            )
        )

    # -- slots: browser, views, search --------------------------------------

    @Slot()
    def _on_browser_selection_changed(self) -> None:
        self._update_actions()
        self._update_status()

    @Slot()
    def _on_browser_search_cleared(self) -> None:
        self.search_field.blockSignals(True)
        self.search_field.clear()
        self.search_field.blockSignals(False)
        self._search_timer.stop()

    @Slot(str)
    def _on_search_field_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot(QWidget, QWidget)
    def _on_application_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new in (self.partner_view, self.agreement_view, self.document_view):
            self._focus_view = new
            self._update_actions()

    @Slot(QModelIndex)
    def _on_partner_view_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        partner = index.data(ItemRole.RECORD)
        if partner is not None:
            self.records.edit_partner(partner)

    @Slot(QModelIndex)
    def _on_agreement_view_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        agreement = index.data(ItemRole.RECORD)
        if agreement is not None:
            self.records.edit_agreement(agreement)

    @Slot(object)
    def _on_document_view_document_activated(self, document: DocumentRead) -> None:
        self.documents.open_document(document, known_status=self._document_status(document))

    @Slot()
    def _on_document_model_data_changed(self) -> None:
        self._update_actions()

    @Slot(str)
    def _on_command_message_posted(self, message: str) -> None:
        self.statusBar().showMessage(message, _STATUS_TIMEOUT_MS)

    # -- slots: actions -----------------------------------------------------

    @Slot()
    def _on_add_partner_triggered(self) -> None:
        self.records.add_partner()

    @Slot()
    def _on_add_agreement_triggered(self) -> None:
        partner = self.current_partner()
        self.records.add_agreement(partner.id if partner else None)

    @Slot()
    def _on_edit_triggered(self) -> None:
        partner, agreement = self.current_partner(), self.current_agreement()
        if self._edit_target() == "partner":
            if partner is not None:
                self.records.edit_partner(partner)
        elif agreement is not None:
            self.records.edit_agreement(agreement)

    @Slot()
    def _on_delete_triggered(self) -> None:
        target = self._edit_target()
        partner, agreement = self.current_partner(), self.current_agreement()
        document = self.current_document()
        if target == "partner" and partner is not None:
            self.records.delete_partner(partner)
        elif target == "document" and document is not None:
            self.records.remove_document(document)
        elif target == "agreement" and agreement is not None:
            self.records.delete_agreement(agreement)

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
            self.documents.show_in_folder(document)

    @Slot()
    def _on_save_document_copy_triggered(self) -> None:
        if (document := self.current_document()) is not None:
            self.documents.save_copy(document)

    @Slot()
    def _on_locate_document_triggered(self) -> None:
        if (document := self.current_document()) is not None:
            self.documents.locate(document)

    @Slot()
    def _on_remove_document_triggered(self) -> None:
        if (document := self.current_document()) is not None:
            self.records.remove_document(document)

    @Slot()
    def _on_export_csv_triggered(self) -> None:
        self.exporter.run(
            total=self.browser.counts()[1],
            shown_ids=self.browser.agreement_proxy.shown_ids(),
            partner=self.current_partner(),
            searching=self.browser.agreement_proxy.searching,
        )

    @Slot()
    def _on_find_triggered(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @Slot()
    def _on_show_all_triggered(self) -> None:
        self.browser.select_partner(None)

    @Slot()
    def _on_refresh_triggered(self) -> None:
        self.browser.refresh()

    @Slot()
    def _on_about_triggered(self) -> None:
        try:
            version = metadata.version("accord")
        except metadata.PackageNotFoundError:
            version = "0.1"
        QMessageBox.about(
            self,
            self.tr("About Accord"),
            fill(
                self.tr(
                    "<h3>Accord {version}</h3><p>Partners, agreements and their signed "
                    "documents, for an international-affairs office.</p><p>Library: {path}</p>"
                ),
                version=html.escape(version),
                path=html.escape(str(self.library.root)),
            ),
        )

    # -- drag and drop ------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        paths = _local_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_dropped_files(paths)

    def attach_dropped_files(self, paths: list[Path]) -> None:
        """Attach files dropped on the window to the selected agreement."""
        agreement = self.current_agreement()
        if agreement is None:
            message = self.tr(
                "Select an agreement first, then drop the PDF on the window to attach it."
            )
            self.statusBar().showMessage(message, _STATUS_TIMEOUT_MS)
            inform(self, message)
            return
        self.documents.attach_files(agreement, paths)

    # -- settings -----------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(_SETTINGS_GROUP)
        for key, restore in (("geometry", self.restoreGeometry), ("state", self.restoreState)):
            value = settings.value(key)
            if isinstance(value, QByteArray | bytes) and value:
                restore(QByteArray(value))
        self.browser.restore_state_from(settings)
        settings.endGroup()

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup(_SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        self.browser.save_state_to(settings)
        settings.endGroup()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.tasks.wait_for_done()
        if self._remember:
            self._save_settings()
        super().closeEvent(event)


def _local_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
