"""The documents of one agreement: name, size, language, date added."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QModelIndex,
    Qt,
)

from db.schemas import DocumentRead
from db.text import fold
from desktop.messages import fill
from desktop.models.roles import ItemRole
from desktop.models.table_model import RIGHT, Index, RecordTableModel


def format_size(size: int, locale: QLocale | None = None) -> str:
    """Return ``size`` bytes for a person: ``"3.3 kB"``, ``"1.2 MB"`` (decimal units)."""
    return (locale or QLocale()).formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def language_name(code: str) -> str:
    """Return the English name of an ISO 639-1 language code ("ko" → "Korean").

    An empty code gives ``""``; an unknown one is returned as it is.
    """
    if not code:
        return ""
    language = QLocale(code).language()
    if language == QLocale.Language.C:
        return code
    return QLocale.languageToString(language)


def format_added(added_at: dt.datetime) -> str:
    """Return a UTC timestamp as local date and time, ``YYYY-MM-DD HH:MM``."""
    aware = added_at if added_at.tzinfo else added_at.replace(tzinfo=dt.UTC)
    return aware.astimezone().strftime("%Y-%m-%d %H:%M")


class DocumentTableModel(RecordTableModel):
    """Adapter over the :class:`~db.schemas.DocumentRead` list of one agreement."""

    NAME, SIZE, LANGUAGE, ADDED = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("DocumentTableModel", "Name"),
        QT_TRANSLATE_NOOP("DocumentTableModel", "Size"),
        QT_TRANSLATE_NOOP("DocumentTableModel", "Language"),
        QT_TRANSLATE_NOOP("DocumentTableModel", "Added"),
    )
    RIGHT_ALIGNED = frozenset({SIZE})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: list[DocumentRead] = []

    def set_rows(self, documents: Sequence[DocumentRead]) -> None:
        """Replace every document (a model reset)."""
        self.beginResetModel()
        self._documents = list(documents)
        self.endResetModel()

    def document_at(self, row: int) -> DocumentRead | None:
        """Return the document of ``row``, ``None`` outside the model."""
        return self._documents[row] if 0 <= row < len(self._documents) else None

    def row_of(self, document_id: int) -> int:
        """Return the row of the document ``document_id``; -1 if it is not in the model."""
        for row, document in enumerate(self._documents):
            if document.id == document_id:
                return row
        return -1

    # -- QAbstractTableModel ------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._documents)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.is_valid(index):
            return None
        document = self._documents[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(document, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return fill(
                    self.tr("{name}\nSHA-256: {sha256}"),
                    name=document.original_name,
                    sha256=document.sha256,
                )
            if column == self.SIZE:
                return fill(self.tr("{size} bytes"), size=QLocale().toString(document.size))
            return None
        if role == ItemRole.RECORD:
            return document
        if role == ItemRole.SORT:
            return self._sort_key(document, column)
        if role == ItemRole.SEARCH:
            return fold(document.original_name)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return RIGHT
        return None

    def _display(self, document: DocumentRead, column: int) -> str | None:
        if column == self.NAME:
            return document.original_name
        if column == self.SIZE:
            return format_size(document.size)
        if column == self.LANGUAGE:
            return language_name(document.language)
        if column == self.ADDED:
            return format_added(document.added_at)
        return None

    def _sort_key(self, document: DocumentRead, column: int) -> str | int:
        if column == self.SIZE:
            return document.size
        if column == self.LANGUAGE:
            return document.language
        if column == self.ADDED:
            return document.added_at.isoformat()
        return fold(document.original_name)
