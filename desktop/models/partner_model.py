"""The partner table: one row per partner, after a pinned "All agreements" row.

A deliberate departure from STYLE.md ("sorting in a QSortFilterProxyModel,
never in the source"), as for the agreement table: a proxy over a Python
model calls back into Python for every comparison (some 14,000 calls, a
third of a second, for 2,000 partners), so this model sorts its own rows
(:meth:`PartnerTableModel.sort`, one Python ``sorted`` with keys made once
per column) and :class:`~desktop.models.partner_proxy.PartnerFilterProxy`
only filters, passing its header clicks on. Names, countries and
relationships sort by the chosen language's ``QCollator``
(:mod:`desktop.support.collation`), as the CSV exports do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from db.i18n.translate import QT_TRANSLATE_NOOP
from db.partner_names import display_name, names_line
from db.partner_rows import PartnerRow
from db.schemas import PartnerRead
from db.search.terms import search_text
from db.text import fold
from desktop.models.table_model import Index, RecordTableModel
from desktop.support.collation import NameKey, name_key
from desktop.support.item_roles import ItemRole
from desktop.support.labels import enum_label

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence


class PartnerTableModel(RecordTableModel):
    """Adapter over every partner (a few thousand): :class:`~db.partner_rows.PartnerRow`
    values, or :class:`~db.schemas.PartnerRead` records.

    Row 0 is the pinned "All agreements (N)" row (``ItemRole.PINNED``, no
    record); partners follow in the order given, or in the order of the
    last :meth:`sort` (kept across :meth:`set_rows`). ``ItemRole.RECORD``,
    :meth:`partner_at` and :meth:`partners` give
    :class:`~db.schemas.PartnerRead` records. Counts are ints for
    ``ItemRole.SORT`` so that they sort as numbers.
    """

    NAME, LOCAL_NAME, COUNTRY, RELATIONSHIP, AGREEMENTS = range(5)
    HEADERS = (
        #: Column heading of the partners table: the partner's English name.
        QT_TRANSLATE_NOOP("PartnerTableModel", "Name"),
        #: Column heading of the partners table: the partner's name in its own language and script.
        QT_TRANSLATE_NOOP("PartnerTableModel", "Local name"),
        #: Column heading of the partners table: the partner's country.
        QT_TRANSLATE_NOOP("PartnerTableModel", "Country"),
        #: Column heading of the partners table: sister/friendship city, cooperation partner...
        QT_TRANSLATE_NOOP("PartnerTableModel", "Relationship"),
        #: Column heading of the partners table: how many agreements the partner has.
        QT_TRANSLATE_NOOP("PartnerTableModel", "Agreements"),
    )
    RIGHT_ALIGNED = frozenset({AGREEMENTS})
    # Row of the pinned "All agreements" item.
    ALL_ROW = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._given: list[PartnerRead | PartnerRow] = []
        self._partners: list[PartnerRead | PartnerRow] = []
        self._rows: dict[int, int] = {}
        self._records: dict[int, PartnerRead] = {}
        self._search: dict[int, str] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._total = 0

    # -- the rows ---------------------------------------------------------

    def set_rows(self, partners: Sequence[PartnerRead | PartnerRow]) -> None:
        """Replace every partner (a model reset), in the order of the last :meth:`sort`.

        Light :class:`~db.partner_rows.PartnerRow` values (what the
        window reads) become :class:`~db.schemas.PartnerRead` records when
        first asked for; their stored ``search_text`` is completed with the
        notes when a search first needs it.
        """
        self.beginResetModel()
        self._given = list(partners)
        self._records = {}
        self._search = None
        self._total = sum(p.agreement_count for p in self._given)
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the partners by ``column``, ties by name; row 0 stays first.

        Texts (names, countries, the relationship's label) go by the chosen
        language's collation (:func:`desktop.support.collation.name_key`), counts as numbers.

        Descending reverses the keys, not the ties' given order (as Qt's
        stable sort does). Persistent indexes follow their partners.
        """
        if not 0 <= column < len(self.HEADERS) or self._sort == (column, order):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.partner_at(index.row()) for index in before]
        self._sort = (column, order)
        self._arrange()
        after = [
            index if partner is None else self.index(self._rows[partner.id], index.column())
            for index, partner in zip(before, ids, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        partners = self._given
        if self._sort is not None:
            column, order = self._sort
            text_key = name_key()
            names = {p.id: text_key(display_name(p.name, p.office_name)) for p in partners}
            keys: Mapping[int, NameKey | tuple[int | NameKey, NameKey]]
            if column == self.NAME:
                keys = names
            elif column == self.AGREEMENTS:
                keys = {p.id: (p.agreement_count, names[p.id]) for p in partners}
            else:
                texts = {p.id: self._display(p, column, tooltip=False) or "" for p in partners}
                keyed = {text: text_key(text) for text in set(texts.values())}  # repeat a lot
                keys = {p.id: (keyed[texts[p.id]], names[p.id]) for p in partners}
            partners = sorted(
                partners,
                key=lambda p: keys[p.id],
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        self._partners = partners
        self._rows = {partner.id: row for row, partner in enumerate(partners, start=1)}

    def partner_at(self, row: int) -> PartnerRead | None:
        """Return the partner shown in ``row``; ``None`` for the pinned row."""
        if row <= self.ALL_ROW or row > len(self._partners):
            return None
        return self._record(self._partners[row - 1])

    def _record(self, partner: PartnerRead | PartnerRow) -> PartnerRead:
        if isinstance(partner, PartnerRead):
            return partner
        record = self._records.get(partner.id)
        if record is None:
            record = self._records[partner.id] = partner.read()
        return record

    def partner_id_at(self, row: int) -> int | None:
        """Return the ID of the partner shown in ``row``; ``None`` for the pinned row."""
        if row <= self.ALL_ROW or row > len(self._partners):
            return None
        return self._partners[row - 1].id

    def partner_count(self) -> int:
        """Number of partners (the pinned row not counted)."""
        return len(self._partners)

    def row_of(self, partner_id: int | None) -> int:
        """Return the row of a partner (``None``: the pinned row); -1 if not shown."""
        if partner_id is None:
            return self.ALL_ROW
        return self._rows.get(partner_id, -1)

    def search_text(self, row: int) -> str:
        """Return the folded search text of ``row``'s partner, notes included ("" for row 0).

        Made for every partner on the first call after :meth:`set_rows` (a search).
        """
        partner_id = self.partner_id_at(row)
        if partner_id is None:
            return ""
        if self._search is None:
            self._search = self._search_texts()
        return self._search[partner_id]

    def _search_texts(self) -> dict[int, str]:
        texts = {}
        for p in self._given:
            if isinstance(p, PartnerRow):
                # fold(a + " " + b) == fold(a) + " " + fold(b): a space composes with nothing.
                notes = search_text(p.notes) if p.notes else ""
                texts[p.id] = " ".join(filter(None, (p.search_text, notes)))
            else:
                label = p.relationship.label
                texts[p.id] = search_text(p.name, p.local_name, p.country, label, p.notes)
        return texts

    def partner(self, partner_id: int) -> PartnerRead | None:
        """Return the partner ``partner_id``, ``None`` if it is not in the model."""
        row = self.row_of(partner_id)
        return self.partner_at(row) if row > self.ALL_ROW else None

    def partners(self) -> list[PartnerRead]:
        """Return every partner, in model order."""
        return [self._record(p) for p in self._partners]

    @property
    def total_agreements(self) -> int:
        """Number of agreements of all partners together."""
        return self._total

    # -- QAbstractTableModel ------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._partners) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.is_valid(index):
            return None
        row, column = index.row(), index.column()
        if row == self.ALL_ROW:
            return self._all_row_data(column, role)
        partner = self._partners[row - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(partner, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == ItemRole.RECORD:
            return self._record(partner)
        if role == ItemRole.SORT:
            return self._sort_key(partner, column)
        if role == ItemRole.SEARCH:
            return self.search_text(row)
        if role == ItemRole.PINNED:
            return False
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGREEMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _all_row_data(self, column: int, role: int):
        total = self.total_agreements
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return self.tr("All agreements (%n)", "", total)
            if column == self.AGREEMENTS:
                return str(total)
            return ""
        if role == ItemRole.KEEP and column == self.NAME:
            return _count_end(self.tr("All agreements (%n)", "", total), total)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return self.tr("Show the agreements of every partner")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == ItemRole.PINNED:
            return True
        if role == ItemRole.SORT:
            return total if column == self.AGREEMENTS else ""
        if role == ItemRole.SEARCH:
            return ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGREEMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(
        self, partner: PartnerRead | PartnerRow, column: int, *, tooltip: bool
    ) -> str | None:
        if column == self.NAME:
            if tooltip:
                return names_line(partner.name, partner.local_name, partner.office_name)
            return display_name(partner.name, partner.office_name)
        if column == self.LOCAL_NAME:
            return partner.local_name or ("" if not tooltip else None)
        if column == self.COUNTRY:
            return partner.country
        if column == self.RELATIONSHIP:
            return enum_label(partner.relationship)
        if column == self.AGREEMENTS:
            return None if tooltip else str(partner.agreement_count)
        return None

    def _sort_key(self, partner: PartnerRead | PartnerRow, column: int) -> str | int:
        if column == self.LOCAL_NAME:
            return fold(partner.local_name)
        if column == self.COUNTRY:
            return fold(partner.country)
        if column == self.RELATIONSHIP:
            return enum_label(partner.relationship)
        if column == self.AGREEMENTS:
            return partner.agreement_count
        return fold(display_name(partner.name, partner.office_name))


def _count_end(text: str, count: int) -> str:
    """Return the end of ``text`` from the number ``count`` on, with the bracket before it.

    ``"All agreements (21)"`` → ``"(21)"``; whatever a translation puts
    around the number (``"（21件）"``) is kept with it. Empty when the
    number is not in ``text``.
    """
    for number in (QLocale().toString(count), f"{count:,}", str(count)):
        start = text.rfind(number)
        if start >= 0:
            while start > 0 and not (text[start - 1].isalnum() or text[start - 1].isspace()):
                start -= 1
            return text[start:]
    return ""
