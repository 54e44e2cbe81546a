"""The main window: partners, their agreements, the selected agreement and its documents."""

from __future__ import annotations

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
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QWidget,
)

from db import agreements as agreement_cases
from db import partners as partner_cases
from db.errors import AccordError
from db.library import Library
from db.schemas import AgreementRead, DocumentRead, PartnerRead
from desktop.actions import WindowActions
from desktop.changes import RecordChange, RecordsNotifier
from desktop.detail_panel import AgreementDetail
from desktop.document_commands import DocumentCommands
from desktop.export_command import CsvExporter
from desktop.messages import inform, plural, show_error
from desktop.models.agreement_model import AgreementTableModel
from desktop.models.agreement_proxy import AgreementFilterProxy
from desktop.models.partner_model import PartnerTableModel
from desktop.models.partner_proxy import PartnerFilterProxy
from desktop.models.roles import ItemRole
from desktop.record_commands import RecordCommands
from desktop.tasks import TaskRunner

#: How long the search field waits after the last key before filtering (ms).
SEARCH_DELAY_MS = 180
_STATUS_TIMEOUT_MS = 6000
_PARTNER_WIDTHS = {
    PartnerTableModel.NAME: 140,
    PartnerTableModel.LOCAL_NAME: 100,
    PartnerTableModel.COUNTRY: 110,
    PartnerTableModel.RELATIONSHIP: 128,
    PartnerTableModel.AGREEMENTS: 90,
}
_AGREEMENT_WIDTHS = {
    AgreementTableModel.PARTNER: 120,
    AgreementTableModel.TYPE: 192,
    AgreementTableModel.DATE_SIGNED: 90,
    AgreementTableModel.DOCUMENTS: 88,
}


def _table_view(name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.setSortingEnabled(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return view


class MainWindow(QMainWindow):
    """Accord's master-detail window over one :class:`~db.library.Library`.

    Partners (with "All agreements" pinned first) on the left; the selected
    partner's agreements top right; the selected agreement's fields and
    documents below. Every change to the records goes through a command
    that announces it on :attr:`notifier`; the window then reloads what
    changed and keeps the selection. ``restore_settings=False`` ignores (and
    does not save) the remembered layout, for reproducible screenshots.
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
        self._focus_view: QWidget | None = None

        self.partner_model = PartnerTableModel(self)
        self.partner_proxy = PartnerFilterProxy(self)
        self.partner_proxy.setSourceModel(self.partner_model)
        self.agreement_model = AgreementTableModel(self)
        self.agreement_proxy = AgreementFilterProxy(self)
        self.agreement_proxy.setSourceModel(self.agreement_model)

        self._build_views()
        self._build_chrome()
        self._connect()
        self._reload()
        self.partner_view.sortByColumn(PartnerTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.agreement_view.sortByColumn(
            AgreementTableModel.DATE_SIGNED, Qt.SortOrder.DescendingOrder
        )
        self.resize(1280, 800)
        if self._remember:
            self._restore_settings()
        self.select_partner(None)
        self.agreement_view.setFocus()

    # -- construction -------------------------------------------------------

    def _build_views(self) -> None:
        self.partner_view = _table_view("partnerView", self)
        self.partner_view.setAccessibleName(self.tr("Partners"))
        self.partner_view.setModel(self.partner_proxy)
        self.partner_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.partner_view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in _PARTNER_WIDTHS.items():
            header.resizeSection(column, width)

        self.agreement_view = _table_view("agreementView", self)
        self.agreement_view.setAccessibleName(self.tr("Agreements"))
        self.agreement_view.setModel(self.agreement_proxy)
        self.agreement_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.agreement_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(AgreementTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in _AGREEMENT_WIDTHS.items():
            header.resizeSection(column, width)

        self.detail = AgreementDetail(self)
        self.document_view = self.detail.document_view

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("Search partners and agreements (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setMinimumWidth(300)
        self.search_field.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.agreement_view)
        self.right_splitter.addWidget(self.detail)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.right_splitter.setChildrenCollapsible(False)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.partner_view)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setSizes([572, 708])
        self.right_splitter.setSizes([430, 330])
        self.setCentralWidget(self.main_splitter)

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
        self.detail.set_document_actions(actions.attach_document, actions.open_document)

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
        self.document_view.addActions([actions.open_document, actions.delete])

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setToolTip(self.tr("Library: %1").replace("%1", str(self.library.root)))
        self.statusBar().addPermanentWidget(self.counts_label)

    def _connect(self) -> None:
        actions = self.window_actions
        actions.add_partner.triggered.connect(self._on_add_partner_triggered)
        actions.add_agreement.triggered.connect(self._on_add_agreement_triggered)
        actions.edit.triggered.connect(self._on_edit_triggered)
        actions.delete.triggered.connect(self._on_delete_triggered)
        actions.attach_document.triggered.connect(self._on_attach_document_triggered)
        actions.open_document.triggered.connect(self._on_open_document_triggered)
        actions.export_csv.triggered.connect(self._on_export_csv_triggered)
        actions.find.triggered.connect(self._on_find_triggered)
        actions.show_all.triggered.connect(self._on_show_all_triggered)
        actions.refresh.triggered.connect(self._on_refresh_triggered)
        actions.quit.triggered.connect(self.close)
        actions.about.triggered.connect(self._on_about_triggered)
        actions.about_qt.triggered.connect(QApplication.aboutQt)

        self.partner_view.selectionModel().currentRowChanged.connect(
            self._on_partner_selection_current_row_changed
        )
        self.agreement_view.selectionModel().currentRowChanged.connect(
            self._on_agreement_selection_current_row_changed
        )
        self.document_view.selectionModel().currentRowChanged.connect(
            self._on_document_selection_current_row_changed
        )
        self.partner_view.activated.connect(self._on_partner_view_activated)
        self.agreement_view.activated.connect(self._on_agreement_view_activated)
        self.document_view.document_activated.connect(self._on_document_view_document_activated)
        self.agreement_proxy.layoutChanged.connect(self._update_status)

        self.search_field.textChanged.connect(self._on_search_field_text_changed)
        self.search_field.returnPressed.connect(self.apply_search)
        self._search_timer.timeout.connect(self.apply_search)

        self.notifier.records_changed.connect(self._on_notifier_records_changed)
        self.documents.message_posted.connect(self._on_command_message_posted)
        self.exporter.message_posted.connect(self._on_command_message_posted)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_application_focus_changed)

    # -- what is selected ---------------------------------------------------

    def current_partner(self) -> PartnerRead | None:
        """The selected partner; ``None`` when "All agreements" (or nothing) is selected."""
        index = self.partner_view.currentIndex()
        return index.data(ItemRole.RECORD) if index.isValid() else None

    def current_agreement(self) -> AgreementRead | None:
        """The selected agreement, ``None`` when there is none."""
        index = self.agreement_view.currentIndex()
        return index.data(ItemRole.RECORD) if index.isValid() else None

    def current_document(self) -> DocumentRead | None:
        """The selected document of the selected agreement, ``None`` when there is none."""
        return self.document_view.current_document()

    def select_partner(self, partner_id: int | None) -> bool:
        """Select a partner (``None``: "All agreements"); False if it is not shown."""
        source_row = self.partner_model.row_of(partner_id)
        index = self.partner_proxy.mapFromSource(self.partner_model.index(source_row, 0))
        if not index.isValid():
            return False
        self.partner_view.setCurrentIndex(index)
        self._sync_partner_filter()
        return True

    def select_agreement(self, agreement_id: int | None) -> bool:
        """Select an agreement among those shown (``None``: the first); False if not shown."""
        if agreement_id is None:
            index = self.agreement_proxy.index(0, 0)
        else:
            source_row = self.agreement_model.row_of(agreement_id)
            index = self.agreement_proxy.mapFromSource(self.agreement_model.index(source_row, 0))
        if not index.isValid():
            self.agreement_view.setCurrentIndex(QModelIndex())
            self._sync_detail()
            return False
        self.agreement_view.setCurrentIndex(index)
        self.agreement_view.scrollTo(index)
        self._sync_detail()
        return True

    # -- loading and refreshing ---------------------------------------------

    def _reload(self) -> None:
        try:
            partners = partner_cases.list_partners(self.library)
            agreements = agreement_cases.list_agreements(self.library)
        except AccordError as exc:
            show_error(self, exc)
            return
        self.partner_model.set_rows(partners)
        self.agreement_model.set_rows(
            agreements, local_names={p.id: p.local_name for p in partners}
        )
        self._apply_search_to_partners()

    def refresh(self, change: RecordChange | None = None) -> None:
        """Reload the records from the library, keeping (or moving to) the selection."""
        change = change or RecordChange(partners=True, agreements=True)
        partner = self.current_partner()
        agreement = self.current_agreement()
        document = self.current_document()
        partner_id = None if change.select_all or partner is None else partner.id
        agreement_id = change.agreement_id or (agreement.id if agreement else None)
        document_id = change.document_id or (document.id if document else None)
        if change.partner_id is not None:
            partner_id = change.partner_id
        self._reload()
        if change.agreement_id is not None and partner_id is not None:
            moved = self.agreement_model.agreement_at(self.agreement_model.row_of(agreement_id))
            if moved is not None and moved.partner_id != partner_id:
                partner_id = moved.partner_id
        if change.agreement_id is not None and self._hidden_by_search(change.agreement_id):
            self.search_field.clear()
            self.apply_search()
        if not self.select_partner(partner_id):
            self.select_partner(None)
        if not self.select_agreement(agreement_id):
            self.select_agreement(None)
        self._sync_detail(keep_document_id=document_id)

    def _hidden_by_search(self, agreement_id: int) -> bool:
        row = self.agreement_model.row_of(agreement_id)
        if row < 0 or not self.agreement_proxy.searching:
            return False
        saved = self.agreement_proxy.partner_id
        self.agreement_proxy.set_partner(None)
        hidden = not self.agreement_proxy.mapFromSource(
            self.agreement_model.index(row, 0)
        ).isValid()
        self.agreement_proxy.set_partner(saved)
        return hidden

    def _sync_partner_filter(self) -> None:
        partner = self.current_partner()
        partner_id = partner.id if partner else None
        self.agreement_proxy.set_partner(partner_id)
        self.agreement_view.setColumnHidden(AgreementTableModel.PARTNER, partner_id is not None)
        self._update_status()
        self._update_actions()

    def _sync_detail(self, *, keep_document_id: int | None = None) -> None:
        agreement = self.current_agreement()
        if agreement is None:
            self.detail.set_agreement(None)
        else:
            local = next(
                (
                    p.local_name
                    for p in self.partner_model.partners()
                    if p.id == agreement.partner_id
                ),
                "",
            )
            superseded = None
            if agreement.supersedes_id is not None:
                row = self.agreement_model.row_of(agreement.supersedes_id)
                superseded = self.agreement_model.agreement_at(row)
            self.detail.set_agreement(
                agreement,
                local_name=local,
                supersedes_title=(
                    f"{superseded.title} ({superseded.date_signed.isoformat()})"
                    if superseded
                    else ""
                ),
                keep_document_id=keep_document_id,
            )
        self._update_actions()

    # -- search -------------------------------------------------------------

    @Slot()
    def apply_search(self) -> None:
        """Filter partners and agreements by the search field's text now."""
        self._search_timer.stop()
        partner = self.current_partner()
        agreement = self.current_agreement()
        self.agreement_proxy.set_search(self.search_field.text())
        self._apply_search_to_partners()
        # A partner the search hides gives way to "All agreements" (Qt would
        # otherwise move the selection to a neighbouring, unrelated partner).
        if not self.select_partner(partner.id if partner else None):
            self.select_partner(None)
        if not self.select_agreement(agreement.id if agreement else None):
            self.select_agreement(None)
        self._update_status()

    def _apply_search_to_partners(self) -> None:
        text = self.search_field.text()
        ids = self.agreement_proxy.partner_ids_matching_search() if text.strip() else ()
        self.partner_proxy.set_search(text, partner_ids=ids)

    @Slot(str)
    def _on_search_field_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    # -- status and enabled state -------------------------------------------

    def _update_status(self) -> None:
        partners = len(self.partner_model.partners())
        total = self.partner_model.total_agreements
        shown = self.agreement_proxy.rowCount()
        parts = [
            plural(partners, self.tr("%n partner"), self.tr("%n partners")),
            plural(total, self.tr("%n agreement"), self.tr("%n agreements")),
            self.tr("%1 shown").replace("%1", str(shown)),
        ]
        self.counts_label.setText(" · ".join(parts))

    def _edit_target(self) -> str:
        """Which kind of record Edit and Delete act on: the view that last had the focus."""
        if self._focus_view is self.partner_view:
            return "partner"
        if self._focus_view is self.document_view:
            return "document"
        return "agreement"

    def _update_actions(self) -> None:
        actions = self.window_actions
        partner = self.current_partner()
        agreement = self.current_agreement()
        document = self.current_document()
        target = self._edit_target()
        if target == "partner":
            actions.edit.setText(self.tr("&Edit Partner…"))
            actions.delete.setText(self.tr("&Delete Partner…"))
            actions.edit.setEnabled(partner is not None)
            actions.delete.setEnabled(partner is not None)
        elif target == "document":
            actions.edit.setText(self.tr("&Edit Agreement…"))
            actions.delete.setText(self.tr("&Remove Document…"))
            actions.edit.setEnabled(agreement is not None)
            actions.delete.setEnabled(document is not None)
        else:
            actions.edit.setText(self.tr("&Edit Agreement…"))
            actions.delete.setText(self.tr("&Delete Agreement…"))
            actions.edit.setEnabled(agreement is not None)
            actions.delete.setEnabled(agreement is not None)
        actions.add_agreement.setEnabled(bool(self.partner_model.partners()))
        actions.attach_document.setEnabled(agreement is not None)
        actions.open_document.setEnabled(document is not None)
        actions.export_csv.setEnabled(self.partner_model.total_agreements > 0)

    # -- slots: selection ---------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_partner_selection_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if not current.isValid():
            return
        agreement = self.current_agreement()
        self._sync_partner_filter()
        if not self.select_agreement(agreement.id if agreement else None):
            self.select_agreement(None)

    @Slot(QModelIndex, QModelIndex)
    def _on_agreement_selection_current_row_changed(
        self, _current: QModelIndex, _previous: QModelIndex
    ) -> None:
        self._sync_detail()

    @Slot(QModelIndex, QModelIndex)
    def _on_document_selection_current_row_changed(
        self, _current: QModelIndex, _previous: QModelIndex
    ) -> None:
        self._update_actions()

    @Slot(QWidget, QWidget)
    def _on_application_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        views = (self.partner_view, self.agreement_view, self.document_view)
        if new in views:
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
        self.documents.open_document(document)

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
        target = self._edit_target()
        partner, agreement = self.current_partner(), self.current_agreement()
        if target == "partner" and partner is not None:
            self.records.edit_partner(partner)
        elif target != "partner" and agreement is not None:
            self.records.edit_agreement(agreement)

    @Slot()
    def _on_delete_triggered(self) -> None:
        target = self._edit_target()
        if target == "partner":
            partner = self.current_partner()
            if partner is not None:
                self.records.delete_partner(partner)
        elif target == "document":
            document = self.current_document()
            if document is not None:
                self.records.remove_document(document)
        else:
            agreement = self.current_agreement()
            if agreement is not None:
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
            self.documents.open_document(document)

    @Slot()
    def _on_export_csv_triggered(self) -> None:
        self.exporter.run(
            total=self.partner_model.total_agreements,
            shown_ids=self.agreement_proxy.shown_ids(),
            partner=self.current_partner(),
            searching=self.agreement_proxy.searching,
        )

    @Slot()
    def _on_find_triggered(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @Slot()
    def _on_show_all_triggered(self) -> None:
        self.select_partner(None)

    @Slot()
    def _on_refresh_triggered(self) -> None:
        self.refresh()

    @Slot()
    def _on_about_triggered(self) -> None:
        try:
            version = metadata.version("accord")
        except metadata.PackageNotFoundError:
            version = "0.1"
        QMessageBox.about(
            self,
            self.tr("About Accord"),
            self.tr(
                "<h3>Accord %1</h3><p>Partners, agreements and their signed documents, "
                "for an international-affairs office.</p><p>Library: %2</p>"
            )
            .replace("%1", version)
            .replace("%2", str(self.library.root)),
        )

    @Slot(object)
    def _on_notifier_records_changed(self, change: RecordChange) -> None:
        self.refresh(change)

    @Slot(str)
    def _on_command_message_posted(self, message: str) -> None:
        self.statusBar().showMessage(message, _STATUS_TIMEOUT_MS)

    # -- drag and drop ------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # Qt override
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
        self.documents.attach_files(agreement.id, paths)

    # -- settings -----------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup("mainWindow")
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("state", self.restoreState),
            ("mainSplitter", self.main_splitter.restoreState),
            ("rightSplitter", self.right_splitter.restoreState),
            ("partnerHeader", self.partner_view.horizontalHeader().restoreState),
            ("agreementHeader", self.agreement_view.horizontalHeader().restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, (QByteArray, bytes)) and value:
                restore(QByteArray(value))
        settings.endGroup()
        for view in (self.partner_view, self.agreement_view):
            header = view.horizontalHeader()
            view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.beginGroup("mainWindow")
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        settings.setValue("mainSplitter", self.main_splitter.saveState())
        settings.setValue("rightSplitter", self.right_splitter.saveState())
        settings.setValue("partnerHeader", self.partner_view.horizontalHeader().saveState())
        settings.setValue("agreementHeader", self.agreement_view.horizontalHeader().saveState())
        settings.endGroup()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.tasks.wait_for_done()
        if self._remember:
            self._save_settings()
        super().closeEvent(event)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
