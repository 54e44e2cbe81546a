"""The pages a search found in documents: one row per :class:`~db.text_search.PageHit`."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from desktop.support.item_roles import ItemRole
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.text_search import PageHit
    from desktop.models.table_model import Index


def snippet_html(hit: PageHit, mark: str) -> str:
    """Return the snippet of ``hit`` as HTML, its highlighted ranges in ``<b>`` with the
    CSS ``mark`` (``background: ...; color: ...``); the rest escaped as plain text."""
    parts: list[str] = []
    at = 0
    for start, end in sorted(hit.highlights):
        if start < at or end <= start:
            continue  # overlapping or empty: the earlier one stands
        parts.append(html.escape(hit.snippet[at:start]))
        parts.append(f'<b style="{mark}">{html.escape(hit.snippet[start:end])}</b>')
        at = end
    parts.append(html.escape(hit.snippet[at:]))
    return "".join(parts)


class SearchHitsModel(QAbstractListModel):
    """Adapter over the page hits of a search, in the search's order.

    Display: "name — p. N"; ``ItemRole.RECORD`` the :class:`~db.text_search.PageHit`
    (its snippet marked by the view's delegate, :func:`snippet_html`); the
    tooltip and the accessible description add the snippet as plain text.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: tuple[PageHit, ...] = ()

    def set_hits(self, hits: Sequence[PageHit]) -> None:
        """Replace every hit (a model reset)."""
        self.beginResetModel()
        self._hits = tuple(hits)
        self.endResetModel()

    def hits(self) -> tuple[PageHit, ...]:
        """Return the hits shown, in order."""
        return self._hits

    def page_label(self, hit: PageHit) -> str:
        """Return "p. N" for ``hit``'s page, translated."""
        #: A page number in the search results panel, short ("p. 3").
        return fill(self.tr("p. {page}"), page=hit.page_number)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits) or index.column():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.original_name} — {self.page_label(hit)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.original_name} — {self.page_label(hit)}\n{hit.snippet}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return hit.snippet
        if role == ItemRole.RECORD:
            return hit
        return None
