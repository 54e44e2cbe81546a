"""What is coming as a two-level item model: sections, and under each its dates.

A thin adapter over the :class:`UpcomingRow` values the window reads
(:mod:`desktop.window.upcoming_dock`): a top-level row per section (its heading and
count in the first column, which the view spans across the row), a child row per date
with the columns Date, What, Partner, Agreement. Child rows give the
:class:`~db.lifecycle.upcoming.UpcomingItem` under :attr:`ItemRole.RECORD` and the ISO
date under :attr:`ItemRole.SORT`. Rows come sorted by date from
:func:`db.lifecycle.upcoming.upcoming`; grouping is the order, so there is no proxy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from db.i18n.translate import QT_TRANSLATE_NOOP
from desktop.support.date_settings import table_date
from desktop.support.item_roles import ItemRole
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.lifecycle.upcoming import UpcomingItem

Index = QModelIndex | QPersistentModelIndex
# internalId of a section's row; a date's row carries its section's number plus one.
_TOP = 0


@dataclass(frozen=True)
class UpcomingRow:
    """One date as the panel shows it: the item, what it is, and its partner's name."""

    item: UpcomingItem
    what: str
    partner: str


@dataclass(frozen=True)
class UpcomingSection:
    """A heading and its rows."""

    title: str
    rows: tuple[UpcomingRow, ...]


class UpcomingModel(QAbstractItemModel):
    """Sections of upcoming dates (see the module)."""

    DATE, WHAT, PARTNER, AGREEMENT = range(4)
    HEADERS = (
        #: Column of the Upcoming panel: the day a deadline, expiry or anniversary falls on.
        QT_TRANSLATE_NOOP("UpcomingModel", "Date"),
        #: Column of the Upcoming panel: what the date is (Notice deadline, Expires...).
        QT_TRANSLATE_NOOP("UpcomingModel", "What"),
        QT_TRANSLATE_NOOP("UpcomingModel", "Partner"),
        QT_TRANSLATE_NOOP("UpcomingModel", "Agreement"),
    )

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._sections: tuple[UpcomingSection, ...] = ()

    def set_sections(self, sections: Sequence[UpcomingSection]) -> None:
        """Show ``sections`` (a reset)."""
        self.beginResetModel()
        self._sections = tuple(sections)
        self.endResetModel()

    def items(self) -> list[UpcomingItem]:
        """Every date shown, section by section."""
        return [row.item for section in self._sections for row in section.rows]

    # -- Qt's item model ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._sections[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return len(self.HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _TOP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("UpcomingModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._section_data(self._sections[index.row()], index.column(), role)
        row = self._sections[int(index.internalId()) - 1].rows[index.row()]
        column = index.column()
        if role == ItemRole.RECORD:
            return row.item
        if role == ItemRole.SORT and column == self.DATE:
            return row.item.date.isoformat()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, tip=role == Qt.ItemDataRole.ToolTipRole)
        return None

    def _section_data(self, section: UpcomingSection, column: int, role: int):
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{section.title} ({len(section.rows)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: UpcomingRow, column: int, *, tip: bool) -> str | None:
        item = row.item
        if column == self.DATE:
            return table_date(item.date)
        if column == self.WHAT:
            return row.what
        if column == self.PARTNER:
            return row.partner
        if item.agreement_id is None:
            return None
        if tip:
            #: Tooltip of an agreement in the Upcoming panel: its ID and title.
            text = QCoreApplication.translate("UpcomingModel", "Agreement {id}: {title}")
            return fill(text, id=item.agreement_id, title=item.title)
        return item.title
