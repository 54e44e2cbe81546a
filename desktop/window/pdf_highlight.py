"""The words of a search marked on the previewed PDF's pages (QtPdf's ``QPdfSearchModel``).

PDFium finds the words itself, page by page, in the PDF's own text layer:
it ignores case but folds neither accents nor kana, so the words are the
person's own spelling (:func:`db.search.query.typed_words`);
the first word or phrase is marked, on whichever document the preview
loads while the search lasts (the model searches a reloaded document
anew). :meth:`PageHighlighter.show_page` moves the preview to a page and
makes that page's first result current.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Slot
from PySide6.QtPdf import QPdfSearchModel

if TYPE_CHECKING:
    from collections.abc import Sequence

    from desktop.window.pdf_preview import PdfPreview


class PageHighlighter(QObject):
    """Marks search words on ``preview``'s pages with a search model of its own (:attr:`model`,
    ``previewSearchModel``), set on the preview's ``QPdfView``."""

    def __init__(self, preview: PdfPreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self.model = QPdfSearchModel(self)
        self.model.setObjectName("previewSearchModel")
        self.model.setDocument(preview.document)
        preview.view.setSearchModel(self.model)
        # The page whose first result becomes current once PDFium has searched it (-1: none).
        self._page = -1
        self.model.rowsInserted.connect(self._on_model_rows_inserted)
        self.model.modelReset.connect(self._on_model_rows_inserted)

    @property
    def search_string(self) -> str:
        """The words marked now (empty: none)."""
        return self.model.searchString()

    def set_words(self, words: Sequence[str]) -> None:
        """Mark the first of ``words`` on every page (none: no marks)."""
        text = words[0] if words else ""
        if text != self.model.searchString():
            self._page = -1
            self.model.setSearchString(text)

    def show_page(self, page: int) -> None:
        """Move the preview to ``page`` (0-based) and make its first mark current."""
        document = self._preview.document
        count = document.pageCount()
        if not count:
            return
        page = max(0, min(page, count - 1))
        navigator = self._preview.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())
        self._page = page
        self._make_current()

    @Slot()
    def _on_model_rows_inserted(self) -> None:
        if self._page >= 0:
            self._make_current()

    def _make_current(self) -> None:
        results = self.model.resultsOnPage(self._page)
        if not results:
            return
        for row in range(self.model.count()):
            if self.model.resultAtIndex(row).page() == self._page:
                self._page = -1
                self._preview.view.setCurrentSearchResultIndex(row)
                return
