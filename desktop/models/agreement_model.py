"""The agreement table: one row per agreement, of one partner or of all."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    Qt,
)

from db.schemas import AgreementRead
from db.search import search_text
from db.text import fold
from desktop.models.roles import ItemRole
from desktop.models.table_model import RIGHT, Index, RecordTableModel


class AgreementTableModel(RecordTableModel):
    """Adapter over a list of :class:`~db.schemas.AgreementRead`.

    Holds every agreement given (the proxy narrows them to one partner and to
    the search). ``ItemRole.SORT`` gives dates as ISO strings (they sort as
    dates) and document counts as ints; ``ItemRole.SEARCH`` the folded text
    of partner names, country and relationship, title, type, the dates as
    shown (ISO), notes and areas.
    """

    TITLE, PARTNER, TYPE, DATE_SIGNED, DOCUMENTS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AgreementTableModel", "Title"),
        QT_TRANSLATE_NOOP("AgreementTableModel", "Partner"),
        QT_TRANSLATE_NOOP("AgreementTableModel", "Type"),
        QT_TRANSLATE_NOOP("AgreementTableModel", "Date signed"),
        QT_TRANSLATE_NOOP("AgreementTableModel", "Documents"),
    )
    RIGHT_ALIGNED = frozenset({DOCUMENTS})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._agreements: list[AgreementRead] = []
        self._search: list[str] = []

    def set_rows(
        self, agreements: Sequence[AgreementRead], *, local_names: Mapping[int, str] | None = None
    ) -> None:
        """Replace every agreement (a model reset).

        ``local_names`` maps partner IDs to their local names, so that a
        search in the partner's own script finds its agreements too.
        """
        names = local_names or {}
        self.beginResetModel()
        self._agreements = list(agreements)
        self._search = [
            search_text(
                a.partner_name,
                names.get(a.partner_id, ""),
                a.partner_country,
                a.relationship.label,
                a.title,
                a.type.label,
                a.date_signed.isoformat(),
                a.valid_until.isoformat() if a.valid_until else "",
                a.notes,
                *a.areas,
            )
            for a in self._agreements
        ]
        self.endResetModel()

    def agreement_at(self, row: int) -> AgreementRead | None:
        """Return the agreement of ``row``, ``None`` outside the model."""
        return self._agreements[row] if 0 <= row < len(self._agreements) else None

    def row_of(self, agreement_id: int) -> int:
        """Return the row of the agreement ``agreement_id``; -1 if it is not in the model."""
        for row, agreement in enumerate(self._agreements):
            if agreement.id == agreement_id:
                return row
        return -1

    def search_text(self, row: int) -> str:
        """Return the folded search text of ``row``."""
        return self._search[row]

    def agreements(self) -> list[AgreementRead]:
        """Return every agreement, in model order."""
        return list(self._agreements)

    # -- QAbstractTableModel ------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._agreements)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.is_valid(index):
            return None
        agreement = self._agreements[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(agreement, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return agreement.title
            if column == self.PARTNER:
                return f"{agreement.partner_name} ({agreement.partner_country})"
            return None
        if role == ItemRole.RECORD:
            return agreement
        if role == ItemRole.SORT:
            return self._sort_key(agreement, column)
        if role == ItemRole.SEARCH:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DOCUMENTS:
            return RIGHT
        return None

    def _display(self, agreement: AgreementRead, column: int) -> str | None:
        if column == self.TITLE:
            return agreement.title
        if column == self.PARTNER:
            return agreement.partner_name
        if column == self.TYPE:
            return agreement.type.label
        if column == self.DATE_SIGNED:
            return agreement.date_signed.isoformat()
        if column == self.DOCUMENTS:
            return str(agreement.document_count)
        return None

    def _sort_key(self, agreement: AgreementRead, column: int) -> str | int:
        if column == self.PARTNER:
            return fold(agreement.partner_name)
        if column == self.TYPE:
            return agreement.type.label
        if column == self.DATE_SIGNED:
            return agreement.date_signed.isoformat()
        if column == self.DOCUMENTS:
            return agreement.document_count
        return fold(agreement.title)
