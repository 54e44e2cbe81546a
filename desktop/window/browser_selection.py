"""What the record browser has selected, and how the detail panel follows it.

:class:`BrowserSelection` is a mix-in of :class:`~desktop.window.record_browser.RecordBrowser`:
reading and setting the current partner, agreement and document, bringing
the selection back after new agreements are loaded, and filling the detail
panel and the preview with the selected agreement and document (or saying
why there is none). Its texts keep the ``RecordBrowser`` translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex

from db.agreement_query import agreement_rows
from db.agreements import get_agreement
from db.documents import local_file
from db.errors import AccordError, DocumentDamagedError, DocumentMissingError, NotFoundError
from db.integrity import DocumentStatus
from desktop.operations.document_support import preview_path
from desktop.support.item_roles import ItemRole
from desktop.support.messages import fill, sentence
from desktop.support.user_text import quoted

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QTableView

    from db.library import Library
    from db.progress import Progress
    from db.schemas import AgreementRead, DocumentRead, PartnerRead
    from desktop.models.agreement_model import AgreementTableModel
    from desktop.models.partner_model import PartnerTableModel
    from desktop.models.partner_proxy import PartnerFilterProxy
    from desktop.support.tasks import TaskRunner
    from desktop.window.detail_panel import AgreementDetail
    from desktop.window.document_list import DocumentListView
    from desktop.window.pdf_highlight import PageHighlighter


class BrowserSelection:
    """The selection and the detail panel of the record browser (a mix-in).

    :attr:`unreadable` is the error that kept the selected agreement from being read
    (a server out of reach), ``None`` once it is read again.
    """

    unreadable: AccordError | None = None

    if TYPE_CHECKING:
        _library: Library
        _current: AgreementRead | None
        _before_search: tuple[int | None, int | None] | None
        _kept_agreement_id: int | None
        _previewed: tuple | None
        _preview_generation: int
        _page_after_fetch: int
        highlighter: PageHighlighter
        preview_tasks: TaskRunner
        _search_text: str
        partner_model: PartnerTableModel
        partner_proxy: PartnerFilterProxy
        agreement_model: AgreementTableModel
        partner_view: QTableView
        agreement_view: QTableView
        document_view: DocumentListView
        detail: AgreementDetail
        selection_changed: SignalInstance

        def _sync_partner_filter(self) -> None: ...

    def current_partner(self) -> PartnerRead | None:
        """The selected partner; ``None`` when "All agreements" (or nothing) is selected."""
        index = self.partner_view.currentIndex()
        return index.data(ItemRole.RECORD) if index.isValid() else None

    def current_agreement(self) -> AgreementRead | None:
        """The selected agreement, read whole from the library; ``None`` when there is none."""
        agreement_id = self._current_agreement_id()
        if agreement_id is None:
            return None
        if self._current is None or self._current.id != agreement_id:
            try:
                self._current = get_agreement(self._library, agreement_id)
            except NotFoundError:
                return None
            except AccordError as exc:  # the server gone: the rows shown stay, the detail says why
                self.unreadable = exc
                return None
        self.unreadable = None
        return self._current

    def _current_agreement_id(self) -> int | None:
        index = self.agreement_view.currentIndex()
        return self.agreement_model.id_at(index.row()) if index.isValid() else None

    def current_document(self) -> DocumentRead | None:
        """The selected document of the selected agreement, ``None`` when there is none."""
        return self.document_view.current_document()

    def counts(self) -> tuple[int, int, int]:
        """Return (partners, agreements, agreements shown)."""
        return (
            self.partner_model.partner_count(),
            self.partner_model.total_agreements,
            self.agreement_model.rowCount(),
        )

    @property
    def searching(self) -> bool:
        """True while the search field narrows the agreements."""
        return bool(self.agreement_model.search)

    @property
    def loading(self) -> bool:
        """True while a search or a sort is being loaded off the GUI thread."""
        return self.agreement_model.pending

    def shown_ids(self) -> list[int]:
        """Return the IDs of the agreements shown, in view order (a pending load finished first)."""
        self.agreement_model.settle()
        return self.agreement_model.ids()

    def selected_ids(self) -> list[int]:
        """Return the IDs of the agreement rows selected in the view, in view order."""
        rows = sorted(index.row() for index in self.agreement_view.selectionModel().selectedRows())
        found = (self.agreement_model.id_at(row) for row in rows)
        return [agreement_id for agreement_id in found if agreement_id is not None]

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
        self.agreement_model.settle()
        row = 0 if agreement_id is None else self.agreement_model.row_of(agreement_id)
        index = self.agreement_model.index(row, 0) if row >= 0 else QModelIndex()
        if not index.isValid():
            self.agreement_view.setCurrentIndex(QModelIndex())
            self._sync_detail()
            return False
        self.agreement_view.setCurrentIndex(index)
        self.agreement_view.scrollTo(index)
        self._sync_detail()
        return True

    def _restore_selection(self) -> None:
        """After new agreements: the partner of the query, and the agreement selected before."""
        shown = self.agreement_model.query.partner_id
        partner = self.current_partner()
        moved = partner is None or partner.id != shown
        if moved and not self.select_partner(shown):
            self.select_partner(None)
        if not self.searching and self._before_search is not None:
            # The search is over: a selection it took away comes back (Zotero does so).
            partner_id, agreement_id = self._before_search
            self._before_search = None
            if not self.agreement_view.currentIndex().isValid() and self.select_partner(partner_id):
                self.select_agreement(agreement_id)
        if not self.agreement_view.currentIndex().isValid():
            if not self.select_agreement(self._kept_agreement_id):
                self.select_agreement(None)
        else:
            self.agreement_view.scrollTo(self.agreement_view.currentIndex())
            self._sync_detail()

    def _sync_detail(self, *, keep_document_id: int | None = None) -> None:
        agreement = self.current_agreement()
        if agreement is None:
            self._show_empty_detail()
            self._sync_preview()
            self.selection_changed.emit()
            return
        partner = self.partner_model.partner(agreement.partner_id)
        superseded = None
        if agreement.supersedes_id is not None:
            superseded = agreement_rows(self._library, [agreement.supersedes_id]).get(
                agreement.supersedes_id
            )
        self.detail.set_agreement(
            agreement,
            local_name=partner.local_name if partner else "",
            office_name=partner.office_name if partner else "",
            supersedes_title=(
                f"{superseded.title} ({superseded.date_signed.isoformat()})" if superseded else ""
            ),
            keep_document_id=keep_document_id,
        )
        self._sync_preview()
        self.selection_changed.emit()

    def _sync_preview(self) -> None:
        """Preview the selected document (reloaded only when its file is another or came back;
        on a server library fetched first, off the GUI thread: :meth:`_fetch_preview`)."""
        document = self.current_document() if self.current_agreement() else None
        path = None
        if document is None:
            key: tuple | None = None
        elif self._library.documents_in_database:
            key = (document.id, document.sha256, "fetch")
        else:
            path = preview_path(self._library, document)
            key = (document.id, document.sha256, path.is_file())
        if key == self._previewed:
            return
        self._previewed = key
        self._preview_generation += 1  # a fetch still under way is for another document now
        self._page_after_fetch = -1
        if document is not None and path is None:
            self._fetch_preview(document)
            return
        self.detail.preview.show_document(path, name=document.original_name if document else "")

    def _fetch_preview(self, document: DocumentRead) -> None:
        """Say "Loading…" in the preview and fetch ``document``'s verified copy into this
        person's cache in :attr:`preview_tasks` (a whole download the first time), then
        preview it; a fetch that fails puts its sentence in the preview (the next sync
        tries again). A result for a document no longer selected is dropped, and a queued
        fetch for one is not started."""
        generation, library, name = self._preview_generation, self._library, document.original_name
        preview = self.detail.preview
        loading = QCoreApplication.translate("RecordBrowser", "Loading “{name}” from the server…")
        preview.show_document(None, message=fill(loading, name=name))

        def work(_progress: Progress) -> Path | None:
            if generation != self._preview_generation:
                return None  # another document was selected while this one waited
            return local_file(library, document)

        def shown(path: Path | None) -> None:
            if path is not None and generation == self._preview_generation:
                preview.show_document(path, name=name)
                if self._page_after_fetch >= 0:  # a search hit chosen while it was fetched
                    self.highlighter.show_page(self._page_after_fetch)

        def failed(error: Exception) -> None:
            status = _status_found(error)
            if status is not None:  # the list marks what the fetch found, as Open does
                self.document_view.document_model.set_statuses({document.id: status})
            if generation == self._preview_generation:
                self._previewed = (document.id, document.sha256, "failed")
                preview.show_document(None, name=name, message=sentence(error))

        self.preview_tasks.run(work, on_success=shown, on_failure=failed)

    def _show_empty_detail(self) -> None:
        """Say why no agreement is shown: it cannot be read, nothing matches the search, or
        there is none."""
        if self.unreadable is not None:
            self.detail.show_hint(str(self.unreadable))
        elif self.agreement_model.rowCount() > 0:
            self.detail.set_agreement(None)
        elif self.searching:
            text = fill(
                QCoreApplication.translate("RecordBrowser", "No agreements match “{text}”."),
                text=quoted(self._search_text),
            )
            hint = QCoreApplication.translate(
                "RecordBrowser",
                "Press Esc in the search field or click Clear search to see them all.",
            )
            self.detail.show_hint(f"{text}\n{hint}", offer_clear_search=True)
        elif (partner := self.current_partner()) is not None:
            no_agreements = QCoreApplication.translate(
                "RecordBrowser", "{name} has no agreements yet."
            )
            self.detail.show_hint(fill(no_agreements, name=partner.name))
        else:
            self.detail.show_hint(
                QCoreApplication.translate("RecordBrowser", "There are no agreements yet.")
            )


def _status_found(error: Exception) -> DocumentStatus | None:
    """The stored file's status a failed fetch proves: missing from or damaged in the database."""
    if isinstance(error, DocumentMissingError):
        return DocumentStatus.MISSING
    if isinstance(error, DocumentDamagedError):
        return DocumentStatus.CHANGED
    return None
