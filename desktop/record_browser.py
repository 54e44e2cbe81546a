"""The master-detail area: partners, their agreements, the selected agreement's details."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QWidget

from db import agreements as agreement_cases
from db import partners as partner_cases
from db.errors import AccordError
from db.library import Library
from db.schemas import AgreementRead, DocumentRead, PartnerRead
from desktop.changes import RecordChange, RecordsNotifier
from desktop.detail_panel import AgreementDetail
from desktop.messages import fill, show_error
from desktop.models.agreement_model import AgreementTableModel
from desktop.models.agreement_proxy import AgreementFilterProxy
from desktop.models.partner_model import PartnerTableModel
from desktop.models.partner_proxy import PartnerFilterProxy
from desktop.models.roles import ItemRole

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
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return view


class RecordBrowser(QSplitter):
    """Partners ("All agreements" pinned first) | agreements, over the detail panel.

    The detail panel spans the whole width, so the preview of the selected
    document is wide enough to read.

    Master-detail runs through the selection models' ``currentRowChanged``.
    It reloads itself from ``library`` when ``notifier`` announces a change,
    keeping the selection or moving to what the change names. The window
    drives the search with :meth:`set_search` and listens to
    :attr:`selection_changed`.
    """

    #: The current partner, agreement or document (or what is shown) changed.
    selection_changed = Signal()
    #: The search had to be cleared to show a changed record.
    search_cleared = Signal()

    def __init__(
        self, library: Library, notifier: RecordsNotifier, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("mainSplitter")
        self._library = library
        self.partner_model = PartnerTableModel(self)
        self.partner_proxy = PartnerFilterProxy(self)
        self.partner_proxy.setSourceModel(self.partner_model)
        self.agreement_model = AgreementTableModel(self)
        self.agreement_proxy = AgreementFilterProxy(self)
        self.agreement_proxy.setSourceModel(self.agreement_model)
        self._search_text = ""
        self._previewed: tuple | None = None

        self.partner_view = _table_view("partnerView", self)
        self.partner_view.setAccessibleName(self.tr("Partners"))
        self.partner_view.setModel(self.partner_proxy)
        for column, width in _PARTNER_WIDTHS.items():
            self.partner_view.horizontalHeader().resizeSection(column, width)
        self.agreement_view = _table_view("agreementView", self)
        self.agreement_view.setAccessibleName(self.tr("Agreements"))
        self.agreement_view.setModel(self.agreement_proxy)
        header = self.agreement_view.horizontalHeader()
        header.setSectionResizeMode(AgreementTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in _AGREEMENT_WIDTHS.items():
            header.resizeSection(column, width)
        self.detail = AgreementDetail(self, library=library)
        self.document_view = self.detail.document_view

        self.lists_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.lists_splitter.setObjectName("listsSplitter")
        self.lists_splitter.addWidget(self.partner_view)
        self.lists_splitter.addWidget(self.agreement_view)
        self.lists_splitter.setChildrenCollapsible(False)
        self.lists_splitter.setStretchFactor(1, 1)
        self.addWidget(self.lists_splitter)
        self.addWidget(self.detail)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.setSizes([300, 420])
        self.lists_splitter.setSizes([592, 688])

        self.partner_view.selectionModel().currentRowChanged.connect(
            self._on_partner_selection_current_row_changed
        )
        self.agreement_view.selectionModel().currentRowChanged.connect(
            self._on_agreement_selection_current_row_changed
        )
        self.document_view.selectionModel().currentRowChanged.connect(
            self._on_document_selection_current_row_changed
        )
        self.agreement_proxy.layoutChanged.connect(self.selection_changed)
        notifier.records_changed.connect(self._on_notifier_records_changed)
        self.detail.clear_search_requested.connect(self._clear_search)

        self._reload()
        self.partner_view.sortByColumn(PartnerTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.agreement_view.sortByColumn(
            AgreementTableModel.DATE_SIGNED, Qt.SortOrder.DescendingOrder
        )

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

    def counts(self) -> tuple[int, int, int]:
        """Return (partners, agreements, agreements shown)."""
        return (
            len(self.partner_model.partners()),
            self.partner_model.total_agreements,
            self.agreement_proxy.rowCount(),
        )

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

    # -- search -------------------------------------------------------------

    def set_search(self, text: str) -> None:
        """Show only what matches ``text``; a hidden partner gives way to "All agreements"."""
        self._search_text = text
        partner = self.current_partner()
        agreement = self.current_agreement()
        self.agreement_proxy.set_search(text)
        self._apply_search_to_partners()
        # Qt would move the selection to a neighbouring, unrelated partner.
        if not self.select_partner(partner.id if partner else None):
            self.select_partner(None)
        if not self.select_agreement(agreement.id if agreement else None):
            self.select_agreement(None)
        self.selection_changed.emit()

    def _apply_search_to_partners(self) -> None:
        text = self._search_text
        ids = self.agreement_proxy.partner_ids_matching_search() if text.strip() else ()
        self.partner_proxy.set_search(text, partner_ids=ids)

    # -- loading and refreshing ---------------------------------------------

    def refresh(self, change: RecordChange | None = None) -> None:
        """Reload what ``change`` names from the library (default: everything).

        The selection is kept, or moved to the partner/agreement/document the
        change names; a search that would hide that record is cleared.
        """
        change = change or RecordChange(partners=True, agreements=True)
        partner = self.current_partner()
        agreement = self.current_agreement()
        document = self.current_document()
        partner_id = None if change.select_all or partner is None else partner.id
        if change.partner_id is not None:
            partner_id = change.partner_id
        agreement_id = change.agreement_id or (agreement.id if agreement else None)
        document_id = change.document_id or (document.id if document else None)
        self._reload(partners=change.partners, agreements=change.agreements or change.documents)
        if change.agreement_id is not None:
            changed = self.agreement_model.agreement_at(self.agreement_model.row_of(agreement_id))
            if changed is not None and partner_id is not None:
                partner_id = changed.partner_id  # it may have moved to another partner
            if self._hidden_by_search(change.agreement_id):
                self._clear_search()
        if change.partner_id is not None and self._hidden_partner(change.partner_id):
            self._clear_search()
        if not self.select_partner(partner_id):
            self.select_partner(None)
        if not self.select_agreement(agreement_id):
            self.select_agreement(None)
        self._sync_detail(keep_document_id=document_id)

    def _hidden_partner(self, partner_id: int) -> bool:
        row = self.partner_model.row_of(partner_id)
        index = self.partner_proxy.mapFromSource(self.partner_model.index(row, 0))
        return row >= 0 and not index.isValid()

    def _clear_search(self) -> None:
        self.set_search("")
        self.search_cleared.emit()

    def _reload(self, *, partners: bool = True, agreements: bool = True) -> None:
        try:
            partner_rows = partner_cases.list_partners(self._library)
            agreement_rows = agreement_cases.list_agreements(self._library) if agreements else []
        except AccordError as exc:
            show_error(self, exc)
            return
        if partners:
            self.partner_model.set_rows(partner_rows)
        if agreements:
            self.agreement_model.set_rows(
                agreement_rows, local_names={p.id: p.local_name for p in partner_rows}
            )
        self._apply_search_to_partners()

    def _hidden_by_search(self, agreement_id: int) -> bool:
        row = self.agreement_model.row_of(agreement_id)
        if row < 0 or not self.agreement_proxy.searching:
            return False
        saved = self.agreement_proxy.partner_id
        self.agreement_proxy.set_partner(None)
        index = self.agreement_proxy.mapFromSource(self.agreement_model.index(row, 0))
        self.agreement_proxy.set_partner(saved)
        return not index.isValid()

    def _sync_partner_filter(self) -> None:
        partner = self.current_partner()
        partner_id = partner.id if partner else None
        self.agreement_proxy.set_partner(partner_id)
        self.agreement_view.setColumnHidden(AgreementTableModel.PARTNER, partner_id is not None)
        self.selection_changed.emit()

    def _sync_detail(self, *, keep_document_id: int | None = None) -> None:
        agreement = self.current_agreement()
        if agreement is None:
            self._show_empty_detail()
            self._sync_preview()
            self.selection_changed.emit()
            return
        partner = next(
            (p for p in self.partner_model.partners() if p.id == agreement.partner_id), None
        )
        superseded = None
        if agreement.supersedes_id is not None:
            superseded = self.agreement_model.agreement_at(
                self.agreement_model.row_of(agreement.supersedes_id)
            )
        self.detail.set_agreement(
            agreement,
            local_name=partner.local_name if partner else "",
            supersedes_title=(
                f"{superseded.title} ({superseded.date_signed.isoformat()})" if superseded else ""
            ),
            keep_document_id=keep_document_id,
        )
        self._sync_preview()
        self.selection_changed.emit()

    def _sync_preview(self) -> None:
        """Preview the selected document (reloaded only when its file is another or came back)."""
        document = self.current_document() if self.current_agreement() else None
        if document is None:
            key: tuple | None = None
            path = None
        else:
            path = self._library.path_of(document.stored_path)
            key = (document.id, document.sha256, path.is_file())
        if key == self._previewed:
            return
        self._previewed = key
        self.detail.preview.show_document(path, name=document.original_name if document else "")

    def _show_empty_detail(self) -> None:
        """Say why no agreement is shown: nothing matches the search, or there is none."""
        if self.agreement_proxy.rowCount() > 0:
            self.detail.set_agreement(None)
        elif self.agreement_proxy.searching:
            text = fill(self.tr("No agreements match “{text}”."), text=self._search_text.strip())
            hint = self.tr("Press Esc in the search field or click Clear search to see them all.")
            self.detail.show_hint(f"{text}\n{hint}", offer_clear_search=True)
        elif (partner := self.current_partner()) is not None:
            self.detail.show_hint(fill(self.tr("{name} has no agreements yet."), name=partner.name))
        else:
            self.detail.show_hint(self.tr("There are no agreements yet."))

    # -- layout state -------------------------------------------------------

    def save_state_to(self, settings: QSettings) -> None:
        """Store splitter sizes and column widths/order/sorting in ``settings``."""
        # Keys of their own: a splitter's state holds its orientation, and the
        # layout before the preview had the detail panel on the right.
        settings.setValue("splitters/main", self.saveState())
        settings.setValue("splitters/lists", self.lists_splitter.saveState())
        settings.setValue("splitters/detail", self.detail.splitter.saveState())
        settings.setValue("partnerHeader", self.partner_view.horizontalHeader().saveState())
        settings.setValue("agreementHeader", self.agreement_view.horizontalHeader().saveState())

    def restore_state_from(self, settings: QSettings) -> None:
        """Restore what :meth:`save_state_to` stored; missing or broken values are skipped."""
        for key, restore in (
            ("splitters/main", self.restoreState),
            ("splitters/lists", self.lists_splitter.restoreState),
            ("splitters/detail", self.detail.splitter.restoreState),
            ("partnerHeader", self.partner_view.horizontalHeader().restoreState),
            ("agreementHeader", self.agreement_view.horizontalHeader().restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray | bytes) and value:
                restore(QByteArray(value))
        for view in (self.partner_view, self.agreement_view):
            header = view.horizontalHeader()
            view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._sync_partner_filter()

    # -- slots --------------------------------------------------------------

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
        self._sync_preview()
        self.selection_changed.emit()

    @Slot(object)
    def _on_notifier_records_changed(self, change: RecordChange) -> None:
        self.refresh(change)
