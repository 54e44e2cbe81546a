"""The documents of one agreement: name, role, language, pages, size, date added, status."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from db.i18n.date_display import format_date
from db.i18n.languages import language_name as _db_language_name
from db.i18n.translate import QT_TRANSLATE_NOOP
from db.integrity import DocumentStatus
from db.text import fold
from desktop.models.table_model import RIGHT, Index, RecordTableModel
from desktop.support.item_roles import ItemRole
from desktop.support.labels import enum_label
from desktop.support.messages import fill
from desktop.support.resources import get_asset

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from db.schemas import DocumentRead

_DASH = "—"
# Statuses that put a mark on a document (OK and not-yet-known show none).
PROBLEMS = frozenset({DocumentStatus.MISSING, DocumentStatus.CHANGED, DocumentStatus.UNREADABLE})
_STATUS_WORDS = {
    #: Status of a document whose stored file is gone (shown before its name: “Missing: x.pdf”).
    DocumentStatus.MISSING: QT_TRANSLATE_NOOP("DocumentTableModel", "Missing"),
    #: Status of a document whose stored file no longer matches its checksum.
    DocumentStatus.CHANGED: QT_TRANSLATE_NOOP("DocumentTableModel", "Changed"),
    #: Status of a document whose stored file cannot be read.
    DocumentStatus.UNREADABLE: QT_TRANSLATE_NOOP("DocumentTableModel", "Unreadable"),
}


def format_size(size: int, locale: QLocale | None = None) -> str:
    """Return ``size`` bytes for a person: ``"3.3 kB"``, ``"1.2 MB"`` (decimal units)."""
    return (locale or QLocale()).formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def language_name(code: str) -> str:
    """Return the English name of an ISO 639-1 language code ("ko" → "Korean").

    An empty code gives ``""``; an unknown one is returned as it is.
    """
    return _db_language_name(code)


def format_added(added_at: dt.datetime) -> str:
    """Return a UTC timestamp as local date and time: ``YYYY-MM-DD HH:MM`` in English.

    The date is in the language's table form (:func:`db.i18n.date_display.format_date`,
    Japanese ``2014/07/23``), the time in 24 hours.
    """
    local = _local(added_at)
    return f"{format_date(local.date())} {local:%H:%M}"


def _local(moment: dt.datetime) -> dt.datetime:
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone()


def _problem_colour() -> QColor:
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff7b72" if dark else "#c62828")


class DocumentTableModel(RecordTableModel):
    """Adapter over the :class:`~db.schemas.DocumentRead` list of one agreement.

    Besides the records it holds each document's
    :class:`~db.integrity.DocumentStatus` once known (:meth:`set_statuses`):
    a missing or changed stored file is marked in the Name column (warning
    icon, red "Missing: name", the problem as tooltip); ``ItemRole.STATUS``
    gives the status itself (``None`` while unknown). With :attr:`in_database` (a server
    library) the sentences say the database on the server, and :meth:`set_cached` marks
    the documents whose verified copy is in this person's cache.
    """

    NAME, ROLE, LANGUAGE, PAGES, SIZE, ADDED = range(6)
    HEADERS = (
        #: Column heading of the documents: the file name.
        QT_TRANSLATE_NOOP("DocumentTableModel", "Name"),
        #: Column heading of the documents: signed original, translation, scan...
        QT_TRANSLATE_NOOP("DocumentTableModel", "Role"),
        #: Column heading of the documents: the language of the text.
        QT_TRANSLATE_NOOP("DocumentTableModel", "Language"),
        #: Column heading of the documents: number of pages.
        QT_TRANSLATE_NOOP("DocumentTableModel", "Pages"),
        #: Column heading of the documents: file size (3.3 kB).
        QT_TRANSLATE_NOOP("DocumentTableModel", "Size"),
        #: Column heading of the documents: the date the document was attached.
        QT_TRANSLATE_NOOP("DocumentTableModel", "Added"),
    )
    RIGHT_ALIGNED = frozenset({PAGES, SIZE})

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: list[DocumentRead] = []
        self._statuses: dict[int, DocumentStatus] = {}
        # Documents with no page of text in the search index (a scan): marked "no text".
        self._no_text: frozenset[int] = frozenset()
        # Documents of a server library with a verified copy in this person's cache.
        self._cached: frozenset[int] = frozenset()
        # True on a server library: the stored files are in its database (the sentences say so).
        self.in_database = False
        self._lock_icon: QIcon | None = None
        self._warning_icon: QIcon | None = None

    def set_rows(self, documents: Sequence[DocumentRead]) -> None:
        """Replace every document (a model reset); statuses are unknown again."""
        self.beginResetModel()
        self._documents = list(documents)
        self._statuses = {}
        self._no_text = frozenset()
        self._cached = frozenset()
        self.endResetModel()

    def documents(self) -> list[DocumentRead]:
        """Return the documents shown, in model order."""
        return list(self._documents)

    def document_at(self, row: int) -> DocumentRead | None:
        """Return the document of ``row``, ``None`` outside the model."""
        return self._documents[row] if 0 <= row < len(self._documents) else None

    def row_of(self, document_id: int) -> int:
        """Return the row of the document ``document_id``; -1 if it is not in the model."""
        for row, document in enumerate(self._documents):
            if document.id == document_id:
                return row
        return -1

    def status_of(self, document_id: int) -> DocumentStatus | None:
        """Return the known status of a document, ``None`` while it is not known."""
        return self._statuses.get(document_id)

    def no_text(self, document_id: int) -> bool:
        """True when the document is known to have no text layer (its words cannot be found)."""
        return document_id in self._no_text

    def set_no_text(self, document_ids: Iterable[int]) -> None:
        """Mark the documents ``document_ids`` (among those shown) "no text", the others not."""
        marked = frozenset(document_ids)
        if marked == self._no_text:
            return
        self._no_text = marked
        if self._documents:
            column = self.index(0, self.PAGES)
            last = self.index(len(self._documents) - 1, self.PAGES)
            self.dataChanged.emit(
                column, last, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole]
            )

    def set_cached(self, document_ids: Iterable[int]) -> None:
        """Record which documents (of a server library) have a verified copy in this person's
        cache; their Name tooltip says so."""
        self._cached = frozenset(document_ids)
        if self._documents:
            last = self.index(len(self._documents) - 1, self.NAME)
            self.dataChanged.emit(self.index(0, self.NAME), last, [Qt.ItemDataRole.ToolTipRole])

    def is_cached(self, document_id: int) -> bool:
        """Whether a verified copy of the document is known to be in this person's cache."""
        return document_id in self._cached

    def set_statuses(self, statuses: Mapping[int, DocumentStatus]) -> None:
        """Record the status of the documents named by ID (others are left alone)."""
        for document_id, status in statuses.items():
            row = self.row_of(document_id)
            if row < 0 or self._statuses.get(document_id) == status:
                continue
            self._statuses[document_id] = status
            self.dataChanged.emit(
                self.index(row, 0),
                self.index(row, self.columnCount() - 1),
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole,
                    ItemRole.STATUS,
                ],
            )

    # -- QAbstractTableModel ------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._documents)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.is_valid(index):
            return None
        document = self._documents[index.row()]
        column = index.column()
        status = self._statuses.get(document.id)
        problem = status in PROBLEMS
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(document, column, status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(document, column, status)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == self.NAME and problem:
                return self._warning()
            if column == self.PAGES and document.encrypted:
                return self._lock()
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NAME and problem:
            return QBrush(_problem_colour())
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == self.NAME and problem:
            return status.problem_where(in_database=self.in_database) if status else None
        if role == ItemRole.RECORD:
            return document
        if role == ItemRole.STATUS:
            return status
        if role == ItemRole.SORT:
            return self._sort_key(document, column)
        if role == ItemRole.SEARCH:
            return fold(document.original_name)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return RIGHT
        return None

    def _display(
        self, document: DocumentRead, column: int, status: DocumentStatus | None
    ) -> str | None:
        if column == self.NAME:
            if status in PROBLEMS:
                return fill(
                    #: A problem document: {status} (Missing, Changed...), then {name}, its file.
                    self.tr("{status}: {name}"),
                    status=self.tr(_STATUS_WORDS[status]),
                    name=document.original_name,
                )
            return document.original_name
        if column == self.ROLE:
            return enum_label(document.role)
        if column == self.LANGUAGE:
            return document.language_name or _DASH
        if column == self.PAGES:
            if document.encrypted or document.page_count is None:
                pages = _DASH
            else:
                pages = QLocale().toString(document.page_count)
            if document.id in self._no_text and not document.encrypted:  # the lock says why
                #: Pages column of a document without a text layer: {pages}, then a short tag.
                return fill(self.tr("{pages} · no text"), pages=pages)
            return pages
        if column == self.SIZE:
            return format_size(document.size)
        if column == self.ADDED:
            return format_date(_local(document.added_at).date())
        return None

    def _tooltip(
        self, document: DocumentRead, column: int, status: DocumentStatus | None
    ) -> str | None:
        if column == self.NAME:
            text = fill(
                #: Tooltip of a document: its file name, then its checksum on the next line.
                self.tr("{name}\nSHA-256: {sha256}"),
                name=document.original_name,
                sha256=document.sha256,
            )
            if document.title:
                #: Tooltip of a document: the PDF's own title, then {rest} (name and checksum).
                text = fill(self.tr("{title}\n{rest}"), title=document.title, rest=text)
            if self.in_database and status not in PROBLEMS:
                #: Tooltip of a document: {rest} (name and checksum), then where it is stored.
                text = fill(self.tr("{rest}\n\n{where}"), rest=text, where=self._where(document))
            if status in PROBLEMS:
                problem = status.problem_where(in_database=self.in_database)
                #: Tooltip of a document with a problem: the problem's sentence, then {rest}.
                text = fill(self.tr("{problem}\n\n{rest}"), problem=problem, rest=text)
            return text
        if column == self.PAGES and document.encrypted:
            return self.tr("Password-protected PDF: the preview asks for the password.")
        if column == self.PAGES and document.id in self._no_text and not document.encrypted:
            #: Tooltip of the "no text" tag of a document whose pages hold no text.
            return self.tr("No text layer (a scan?): its words cannot be searched")
        if column == self.LANGUAGE and document.language:
            return fill(
                #: Tooltip of a language: {name} its name, {code} its ISO 639-1 code (ko).
                self.tr("{name} ({code})"),
                name=document.language_name,
                code=document.language,
            )
        if column == self.SIZE:
            #: Tooltip of a file size: the exact number of bytes (1,234,567).
            return fill(self.tr("{size} bytes"), size=QLocale().toString(document.size))
        if column == self.ADDED:
            return format_added(document.added_at)
        return None

    def _where(self, document: DocumentRead) -> str:
        """Where a server library's document is: in its database, and maybe in the cache."""
        if document.id in self._cached:
            #: Tooltip line of a document of a server library whose copy was verified here.
            return self.tr("Stored in the database on the server; a verified copy is here too.")
        #: Tooltip line of a document of a server library.
        return self.tr("Stored in the database on the server.")

    def _sort_key(self, document: DocumentRead, column: int) -> str | int:
        if column == self.ROLE:
            return list(type(document.role)).index(document.role)
        if column == self.LANGUAGE:
            return fold(document.language_name)
        if column == self.PAGES:
            return -1 if document.page_count is None else document.page_count
        if column == self.SIZE:
            return document.size
        if column == self.ADDED:
            return document.added_at.isoformat()
        return fold(document.original_name)

    def _lock(self) -> QIcon:
        if self._lock_icon is None:
            self._lock_icon = QIcon(str(get_asset("icons/locked.svg")))
        return self._lock_icon

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            style = QApplication.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon
