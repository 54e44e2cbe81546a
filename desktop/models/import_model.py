"""The rows of an import preview: one line per record row of the file, what happens to it, why."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

from db.csv.choices import shown_column
from db.csv.import_plan import ImportPlan, PlannedRow, RowAction
from db.i18n.translate import QT_TRANSLATE_NOOP
from desktop.models.table_model import RIGHT, Index, RecordTableModel
from desktop.support.item_roles import ItemRole
from desktop.support.messages import fill

# What happens to a row, as the Action column says it (the labels of RowAction).
ACTION_LABELS = (
    #: Import preview, Action column: the row will become a new record.
    QT_TRANSLATE_NOOP("ImportPlanModel", "Will be added"),
    #: Import preview, Action column: the row will change a record the library has.
    QT_TRANSLATE_NOOP("ImportPlanModel", "Will be updated"),
    #: Import preview, Action column: the library already holds the row as it is.
    QT_TRANSLATE_NOOP("ImportPlanModel", "Unchanged"),
    #: Import preview, Action column: the row cannot be imported.
    QT_TRANSLATE_NOOP("ImportPlanModel", "Rejected"),
)


def row_details(row: PlannedRow) -> str:
    """Return what a preview says of ``row`` beyond its action, one item per line.

    Rejected rows list every problem as ``Column: reason``; updates list each
    change as ``Column: “old” → “new”``; damaged cells kept are said too.
    """
    lines: list[str] = []
    for problem in row.problems:
        if problem.column:
            #: Why a row is rejected: {column} is the CSV column, {reason} the sentence.
            text = QCoreApplication.translate("ImportPlanModel", "{column}: {reason}")
            lines.append(fill(text, column=shown_column(problem.column), reason=problem.reason))
        else:
            lines.append(problem.reason)
    for change in row.changes:
        #: A change an import makes: {column} is the CSV column, {old} and {new} its values.
        text = QCoreApplication.translate("ImportPlanModel", "{column}: “{old}” → “{new}”")
        lines.append(fill(text, column=shown_column(change.column), old=change.old, new=change.new))
    for kept in row.kept:
        lines.append(
            fill(
                QCoreApplication.translate(
                    "ImportPlanModel",
                    "{column}: the file's “{file}” looks damaged; the library's “{kept}” is kept.",
                ),
                column=shown_column(kept.column),
                file=kept.file_value,
                kept=kept.kept_value,
            )
        )
    return "\n".join(lines)


class ImportPlanModel(RecordTableModel):
    """The rows of an :class:`~db.csv.import_plan.ImportPlan`: Row, Action, Record, Details.

    ``ItemRole.RECORD`` gives the :class:`~db.csv.import_plan.PlannedRow`;
    ``ItemRole.SORT`` sorts rows by number and actions in the order added,
    updated, unchanged, rejected. Details hold one line per problem or
    change; the view shows the first and the tooltip all of them.
    """

    ROW, ACTION, RECORD, DETAILS = range(4)
    HEADERS = (
        #: Column heading of the import preview: the row's number in the CSV file.
        QT_TRANSLATE_NOOP("ImportPlanModel", "Row"),
        #: Column heading of the import preview: what importing the row does (added, updated...).
        QT_TRANSLATE_NOOP("ImportPlanModel", "Action"),
        #: Column heading of the import preview: the partner or agreement of the row.
        QT_TRANSLATE_NOOP("ImportPlanModel", "Record"),
        #: Column heading of the import preview: problems or changes of the row.
        QT_TRANSLATE_NOOP("ImportPlanModel", "Details"),
    )
    RIGHT_ALIGNED = frozenset({ROW})
    _ORDER = {RowAction.REJECTED: 0, RowAction.ADD: 1, RowAction.UPDATE: 2, RowAction.UNCHANGED: 3}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[PlannedRow, ...] = ()
        self._details: dict[int, str] = {}

    def set_plan(self, plan: ImportPlan | None) -> None:
        """Show the rows of ``plan`` (``None``: none)."""
        self.beginResetModel()
        self._rows = plan.rows if plan is not None else ()
        self._details = {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def _detail(self, number: int) -> str:
        if number not in self._details:
            self._details[number] = row_details(self._rows[number])
        return self._details[number]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.is_valid(index):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ItemRole.RECORD:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.ROW:
                return str(row.row)
            if column == self.ACTION:
                return QCoreApplication.translate("ImportPlanModel", row.action.label)
            if column == self.RECORD:
                return row.summary
            detail = self._detail(index.row())
            if role == Qt.ItemDataRole.ToolTipRole:
                return detail or None
            first, _, rest = detail.partition("\n")
            more = rest.count("\n") + 1 if rest else 0
            if not more:
                return first
            #: After the first of several details: how many more lines the tooltip shows.
            return first + self.tr(" (+%n more)", "", more)
        if role == ItemRole.SORT:
            if column == self.ROW:
                return row.row
            if column == self.ACTION:
                return self._ORDER[row.action] * 2**40 + row.row  # one number: Qt sorts it
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and row.action is RowAction.REJECTED:
            return QBrush(Qt.GlobalColor.red)
        if role == Qt.ItemDataRole.ForegroundRole and row.action is RowAction.UNCHANGED:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return RIGHT
        return None


class ImportPlanProxy(QSortFilterProxyModel):
    """Sorts an :class:`ImportPlanModel` by ``ItemRole.SORT`` and shows one action, or all."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(ItemRole.SORT)
        self._action: RowAction | None = None

    def set_action(self, action: RowAction | None) -> None:
        """Show only rows with ``action`` (``None``: every row)."""
        self.beginFilterChange()
        self._action = action
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # Qt override
        if self._action is None:
            return True
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ItemRole.RECORD)
        return row is not None and row.action is self._action
