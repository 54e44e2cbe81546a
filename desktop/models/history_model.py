"""The history table of one record: when, who, what, newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt

from db.history.values import history_value
from db.i18n.translate import QT_TRANSLATE_NOOP
from desktop.models.document_model import format_added
from desktop.models.table_model import Index, RecordTableModel
from desktop.support.item_roles import ItemRole
from desktop.support.labels import field_label
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.history.read import HistoryEntry

# How each action of :data:`db.storage.history_recorder.ACTIONS` reads in the What column.
_ACTION_WORDS = {
    #: History, What column: the record was created (followed by what was set).
    "created": QT_TRANSLATE_NOOP("HistoryTableModel", "created"),
    #: History, What column: a field was changed (followed by Field: “old” → “new”).
    "changed": QT_TRANSLATE_NOOP("HistoryTableModel", "changed"),
    "trashed": QT_TRANSLATE_NOOP("HistoryTableModel", "moved to the trash"),
    "restored": QT_TRANSLATE_NOOP("HistoryTableModel", "restored from the trash"),
    "deleted": QT_TRANSLATE_NOOP("HistoryTableModel", "deleted for good"),
    #: History, What column: a document was attached (followed by its file name).
    "document added": QT_TRANSLATE_NOOP("HistoryTableModel", "document added"),
    #: History, What column: a document was removed (followed by its file name).
    "document removed": QT_TRANSLATE_NOOP("HistoryTableModel", "document removed"),
}


class HistoryTableModel(RecordTableModel):
    """Adapter over the :class:`~db.history.read.HistoryEntry` list of one record, newest first.

    Columns: when (local time; the tooltip gives UTC), who (the
    operating-system user), what ("changed Title: “old” → “new”",
    "document added jo.pdf"). ``ItemRole.RECORD`` gives the entry.
    """

    WHEN, WHO, WHAT = range(3)
    HEADERS = (
        #: Column heading of the history: the date and time of a change.
        QT_TRANSLATE_NOOP("HistoryTableModel", "When"),
        #: Column heading of the history: the user who made the change.
        QT_TRANSLATE_NOOP("HistoryTableModel", "Who"),
        #: Column heading of the history: what was done.
        QT_TRANSLATE_NOOP("HistoryTableModel", "What"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        """Show ``entries`` (oldest first, as :func:`db.history.read.record_history` gives them).

        They are listed newest first. A model reset.
        """
        self.beginResetModel()
        self._entries = list(reversed(entries))
        self.endResetModel()

    def entries(self) -> list[HistoryEntry]:
        """The entries shown, newest first."""
        return list(self._entries)

    def what(self, entry: HistoryEntry) -> str:
        """Return the What text of ``entry``: its action, then what changed."""
        word = _ACTION_WORDS.get(entry.action)
        action = self.tr(str(word)) if word else entry.action
        #: The What column of the history: {action} (e.g. “changed”), then {detail}.
        text = self.tr("{action} {detail}")
        return fill(text, action=action, detail=self._detail(entry)).strip()

    def _detail(self, entry: HistoryEntry) -> str:
        """What changed (as :attr:`HistoryEntry.detail`) with the field's name translated."""
        if entry.field and entry.action in ("changed", "created"):
            if entry.action == "changed":
                #: A change in the history: {field} (Title...), its {old} and {new} values.
                text = self.tr("{field}: “{old}” → “{new}”")
            else:
                #: A value set when the record was created: {field} (Title...) and its {new} value.
                text = self.tr("{field}: “{new}”")
            new, old = (
                history_value(entry.field, entry.new_value),
                history_value(entry.field, entry.old_value),
            )
            return fill(text, field=field_label(entry.field), old=old, new=new)
        return entry.detail

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.is_valid(index):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return format_added(entry.at)
            if column == self.WHO:
                return entry.user
            return self.what(entry).replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.WHEN:
                return entry.at.strftime("%Y-%m-%d %H:%M:%S UTC")
            return self.what(entry) if column == self.WHAT else entry.user
        if role == ItemRole.RECORD:
            return entry
        return None
