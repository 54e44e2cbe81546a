"""The master-detail area: partners, their agreements, the selected agreement's details.

The agreement table shows what a :class:`~desktop.models.agreement_search.ShownQuery`
selects (the partner chosen, the search typed, the header's sort), its rows
fetched a page at a time (:mod:`desktop.models.agreement_model`). A search
or a header click loads off the GUI thread and lands when it is done (a
stale one is dropped); choosing a partner and the window's own changes load
at once, so the changed record can be selected right away. A change to one
agreement repaints its row only, unless it may move or leave the table.
The pages a search finds are listed beside the agreements
(:mod:`desktop.window.search_hits`); choosing one shows it in the preview.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QSplitter, QWidget

from db.agreement_query import AgreementQuery, AgreementRow, agreement_rows
from db.errors import AccordError
from db.partner_rows import partner_list_rows
from db.search.terms import matches, search_terms
from db.text_search import agreement_found
from desktop.models.agreement_model import AgreementTableModel
from desktop.models.agreement_search import Found, ShownQuery, highlight_words, search_work
from desktop.models.partner_model import PartnerTableModel
from desktop.models.partner_proxy import PartnerFilterProxy
from desktop.support.changes import RecordChange, RecordsNotifier
from desktop.support.collation import name_key
from desktop.support.item_roles import ItemRole
from desktop.support.messages import show_error
from desktop.support.tasks import TaskRunner
from desktop.window.browser_columns import BrowserColumns
from desktop.window.browser_layout import BrowserLayout, table_view
from desktop.window.browser_selection import BrowserSelection
from desktop.window.detail_panel import AgreementDetail
from desktop.window.pdf_highlight import PageHighlighter
from desktop.window.search_hits import SearchHitsPanel

if TYPE_CHECKING:
    from db.library import Library
    from db.schemas import AgreementRead
    from db.text_search import PageHit


class RecordBrowser(BrowserSelection, BrowserLayout, QSplitter):
    """Partners ("All agreements" pinned first) | agreements, over the detail panel.

    The detail panel spans the whole width, so the preview of the selected
    document is wide enough to read.

    Master-detail runs through the selection models' ``currentRowChanged``.
    It reloads itself from ``library`` when ``notifier`` announces a change,
    keeping the selection or moving to what the change names. The window
    drives the search with :meth:`set_search` and listens to
    :attr:`selection_changed`; :attr:`agreements_loaded` says the agreements
    of a search or a sort are shown (:attr:`loading` is false again).
    """

    # The current partner, agreement or document (or what is shown) changed.
    selection_changed = Signal()
    # The search had to be cleared to show a changed record.
    search_cleared = Signal()
    # The agreements of a search, a sort or a reload are in the table.
    agreements_loaded = Signal()

    def __init__(
        self, library: Library, notifier: RecordsNotifier, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("mainSplitter")
        self._library = library
        self.partner_model = PartnerTableModel(self)
        self.partner_proxy = PartnerFilterProxy(self)
        self.partner_proxy.setSourceModel(self.partner_model)
        self.agreement_model = AgreementTableModel(library, self)
        self._search_text = ""
        # (partner ID, agreement ID) selected when a search began, restored if it took them away.
        self._before_search: tuple[int | None, int | None] | None = None
        self._current: AgreementRead | None = None
        self._kept_agreement_id: int | None = None
        self._loading_now = 0
        # True while the partner list is narrowed (Qt moves its current row): no reload then.
        self._narrowing = False
        self._previewed: tuple | None = None
        self._preview_generation = 0
        # The page of a search hit to show once the file being fetched is previewed (-1: none).
        self._page_after_fetch = -1
        # Fetches a server library's file to preview (its own thread: never behind an attach).
        self.preview_tasks = TaskRunner(self)

        #: Accessible name of the partners table.
        self.partner_view = table_view("partnerView", self, self.tr("Partners"))
        self.partner_view.setModel(self.partner_proxy)
        #: Accessible name of the agreements table.
        self.agreement_view = table_view("agreementView", self, self.tr("Agreements"))
        self.agreement_view.setModel(self.agreement_model)
        header = self.agreement_view.horizontalHeader()
        header.setSortIndicator(AgreementTableModel.DATE_SIGNED, Qt.SortOrder.DescendingOrder)
        self.detail = AgreementDetail(self, library=library)
        self.document_view = self.detail.document_view

        self.lists_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.lists_splitter.setObjectName("listsSplitter")
        self.lists_splitter.addWidget(self.partner_view)
        self.lists_splitter.addWidget(self.agreement_view)
        # The pages a search found, beside the agreements (hidden without page hits).
        self._found = Found("")
        self.hits_panel = SearchHitsPanel(self.lists_splitter)
        self.lists_splitter.addWidget(self.hits_panel)
        self.highlighter = PageHighlighter(self.detail.preview, self)
        self.lists_splitter.setChildrenCollapsible(False)
        self.lists_splitter.setStretchFactor(1, 1)
        self.addWidget(self.lists_splitter)
        self.addWidget(self.detail)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.setSizes([300, 420])
        # Fits the columns to their contents when first shown, unless restored.
        self.columns = BrowserColumns(self.lists_splitter, self.partner_view, self.agreement_view)

        self.partner_view.selectionModel().currentRowChanged.connect(
            self._on_partner_selection_current_row_changed
        )
        self.agreement_view.selectionModel().currentRowChanged.connect(
            self._on_agreement_selection_current_row_changed
        )
        self.document_view.selectionModel().currentRowChanged.connect(
            self._on_document_selection_current_row_changed
        )
        self.agreement_model.modelAboutToBeReset.connect(self._on_agreement_model_about_to_reset)
        self.agreement_model.loaded.connect(self._on_agreement_model_loaded)
        self.agreement_model.load_failed.connect(self._on_agreement_model_load_failed)
        notifier.records_changed.connect(self._on_notifier_records_changed)
        self.detail.clear_search_requested.connect(self._clear_search)
        self.hits_panel.hit_chosen.connect(self._on_hits_panel_hit_chosen)

        # Sorted before the rows come, so that they are sorted once.
        self.partner_view.sortByColumn(PartnerTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self._reload()

    # -- search -------------------------------------------------------------

    def set_search(self, text: str, *, wait: bool = False) -> None:
        """Show only what matches ``text`` (loaded in a worker unless ``wait``).

        A selected partner with no matching agreement, whose own text does
        not match either, gives way to "All agreements".
        """
        if text and not self._search_text:  # a search begins: where to come back to
            partner, agreement = self.current_partner(), self._current_agreement_id()
            self._before_search = (partner.id if partner else None, agreement)
        self._search_text = text
        partner = self.current_partner()
        query = self._shown_query(partner.id if partner else None)
        terms = search_terms(text)
        keep_partner = partner is None or matches(terms, self._partner_search_text(partner.id))
        work = search_work(self._library, query, keep_partner, first=not wait)
        if wait:
            self._load_now(query, work)
            self._restore_selection()
        else:
            self.agreement_model.request(query, work)

    def _shown_query(self, partner_id: int | None) -> ShownQuery:
        """The query of ``partner_id``'s agreements for the search typed: ranked again when
        the text is new, else in the order shown."""
        query = self.agreement_model.query
        assert isinstance(query, ShownQuery)
        ranked = query.ranked if query.search == self._search_text else True
        return replace(query, search=self._search_text, ranked=ranked, partner_id=partner_id)

    def _partner_search_text(self, partner_id: int) -> str:
        row = self.partner_model.row_of(partner_id)
        return self.partner_model.index(row, 0).data(ItemRole.SEARCH) or "" if row > 0 else ""

    def _apply_search_to_partners(self) -> None:
        searching = bool(self.agreement_model.search)
        found = self._found.partner_ids if searching else frozenset()
        self._narrow_partners(self._search_text if searching else "", found)

    def _narrow_partners(self, text: str, partner_ids: frozenset[int]) -> None:
        """Show the partners matching ``text`` and those in ``partner_ids``, quietly."""
        self._narrowing = True
        try:
            self.partner_proxy.set_search(text, partner_ids=partner_ids)
        finally:
            self._narrowing = False

    # -- loading and refreshing ---------------------------------------------

    def refresh(self, change: RecordChange | None = None) -> None:
        """Reload what ``change`` names from the library (default: everything).

        The selection is kept, or moved to the partner/agreement/document the
        change names; a search that would hide that record is cleared. A
        change to one agreement that cannot move it or take it out of the
        table repaints its row only.
        """
        change = change or RecordChange(partners=True, agreements=True)
        partner = self.current_partner()
        document = self.current_document()
        partner_id = None if change.select_all or partner is None else partner.id
        if change.partner_id is not None:
            partner_id = change.partner_id
        agreement_id = change.agreement_id or self._current_agreement_id()
        document_id = change.document_id or (document.id if document else None)
        self._current = None
        try:
            self._refresh(change, partner_id, agreement_id)
        except AccordError as exc:
            show_error(self, exc)
            return
        self._sync_detail(keep_document_id=document_id)

    def _refresh(self, change: RecordChange, partner_id: int | None, agreement_id: int | None):
        model = self.agreement_model
        model.settle()
        if change.partners:
            self.partner_model.set_rows(partner_list_rows(self._library, name_key=name_key()))
        changed: AgreementRow | None = None
        if change.agreement_id is not None:
            changed = agreement_rows(self._library, [change.agreement_id]).get(change.agreement_id)
            if changed is not None and partner_id is not None:
                partner_id = changed.partner_id  # it may have moved to another partner
            if changed is not None and self._hidden_by_search(change.agreement_id):
                self._clear_search(load=False)
        if change.partner_id is not None and self._hidden_partner(change.partner_id):
            self._clear_search(load=False)
        if self.partner_model.row_of(partner_id) < 0:
            partner_id = None
        query = self._shown_query(partner_id)
        touched = change.agreements or change.documents
        touched = touched or (change.partners and query.sort == "partner")
        one = change.agreement_id
        if (
            touched
            and one is not None
            and query == model.query
            and not self._may_move(one, changed)
        ):
            model.refresh_rows([one])
            touched = False
        if touched or query != model.query:
            model.forget_rows()
            self._load_now(query)
        elif change.partners:
            model.repaint_all()  # a partner's name may have changed
            self._apply_search_to_partners()
        if not self.select_partner(partner_id):
            self.select_partner(None)
        if not self.select_agreement(agreement_id):
            self.select_agreement(None)

    def _may_move(self, agreement_id: int, changed: AgreementRow | None) -> bool:
        """Whether a change to ``agreement_id`` may move it or take it in or out of the table."""
        before = self.agreement_model.cached_row(agreement_id)
        if before is None or changed is None or self.searching:
            return True
        keys = ("partner_id", "title", "date_signed", "type", "partner_name", "document_count")
        return any(getattr(before, key) != getattr(changed, key) for key in keys)

    def _load_now(self, query: AgreementQuery, work=None, *, partners: bool = True) -> None:
        """Load ``query`` in this thread (``work``: a search's load).

        During a search the partners with matches are found again too,
        unless ``partners`` is false (another partner was chosen: they are the same).
        """
        self._loading_now += 1
        try:
            if work is None and isinstance(query, ShownQuery) and query.search and partners:
                work = search_work(self._library, query, keep_partner=True)
            self.agreement_model.set_query(query, work)
        finally:
            self._loading_now -= 1

    def _hidden_partner(self, partner_id: int) -> bool:
        row = self.partner_model.row_of(partner_id)
        index = self.partner_proxy.mapFromSource(self.partner_model.index(row, 0))
        return row >= 0 and not index.isValid()

    @Slot()
    def _clear_search(self, *, load: bool = True) -> None:
        self._search_text = ""
        if load:
            self.set_search("", wait=True)
        else:
            self._narrow_partners("", frozenset())
        self.search_cleared.emit()

    def _reload(self) -> None:
        try:
            self.partner_model.set_rows(partner_list_rows(self._library, name_key=name_key()))
            self._load_now(self.agreement_model.query)
        except AccordError as exc:
            show_error(self, exc)

    def _hidden_by_search(self, agreement_id: int) -> bool:
        text = self.agreement_model.search
        return bool(text) and not agreement_found(self._library, text, agreement_id)

    def _sync_partner_filter(self) -> None:
        partner = self.current_partner()
        partner_id = partner.id if partner else None
        model = self.agreement_model
        if model.query.partner_id != partner_id or model.pending:
            try:
                self._load_now(replace(model.query, partner_id=partner_id), partners=False)
            except AccordError as exc:
                show_error(self, exc)
        self.agreement_view.setColumnHidden(AgreementTableModel.PARTNER, partner_id is not None)
        self.selection_changed.emit()

    # -- slots --------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_partner_selection_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if not current.isValid() or self._narrowing:
            return
        agreement_id = self._current_agreement_id()
        self._sync_partner_filter()
        if not self.select_agreement(agreement_id):
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

    @Slot()
    def _on_agreement_model_about_to_reset(self) -> None:
        self._kept_agreement_id = self._current_agreement_id()

    @Slot(object)
    def _on_agreement_model_loaded(self, extra: object) -> None:
        """New agreements are shown: narrow the partners to a search, keep the selection."""
        if isinstance(extra, Found) and extra.partial:  # the first screen: now the rest
            query = self.agreement_model.query
            self.agreement_model.request(query, search_work(self._library, query, True))
        if isinstance(extra, Found):
            self._found = extra if self.searching else Found("")
        if isinstance(extra, Found) and not extra.partial:
            self._narrow_partners(extra.text if self.searching else "", extra.partner_ids)
        if not self.searching:
            self._found = Found("")
        self.hits_panel.set_hits(self._found.hits, highlight_words(self._found.text))
        self.highlighter.set_words(highlight_words(self._found.text))
        self.agreement_view.horizontalHeader().setSortIndicatorShown(
            not self.agreement_model.ranked
        )
        if not self._loading_now:
            self._restore_selection()  # a search or sort from a worker
        self.agreement_view.setColumnHidden(
            AgreementTableModel.PARTNER, self.agreement_model.query.partner_id is not None
        )
        if not (isinstance(extra, Found) and extra.partial):  # the rest is on its way
            self.agreements_loaded.emit()

    @Slot(object)
    def _on_hits_panel_hit_chosen(self, hit: PageHit) -> None:
        """Show the agreement and document of ``hit``, the preview at its page, words marked."""
        if self.agreement_model.row_of(hit.agreement_id) < 0 or not self.select_agreement(
            hit.agreement_id
        ):
            return
        model = self.document_view.document_model
        row = model.row_of(hit.document_id)
        if row >= 0:
            self.document_view.setCurrentIndex(model.index(row, 0))
        self._page_after_fetch = hit.page_number - 1  # for a server library's file, once here
        self.highlighter.show_page(hit.page_number - 1)

    @Slot(object)
    def _on_agreement_model_load_failed(self, exc: Exception) -> None:
        show_error(self, exc)
        self.agreements_loaded.emit()
