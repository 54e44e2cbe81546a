"""The preview of a CSV import: what will be added, updated, left alone, rejected, and why.

Nothing is written while it is open. The Import button is enabled only when
the whole file can be imported (no rejected row) and, if the file names
partners the library lacks, the user ticked "Create these partners". The
day/month order of all-number dates is the user's choice: changing it asks
for the file to be read again (:attr:`ImportDialog.date_order_changed`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.csv.import_plan import ImportKind, ImportPlan, RowAction
from db.dates import DateOrder
from db.i18n.translate import QT_TRANSLATE_NOOP
from desktop.dialogs.base_dialog import Dialog
from desktop.models.import_model import ImportPlanModel, ImportPlanProxy
from desktop.support.messages import fill

_ENCODING_NAMES = {
    #: An encoding of a CSV file: UTF-8 that starts with a byte order mark (BOM).
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 with BOM"),
    "utf-8": "UTF-8",
    "cp932": "Shift_JIS (cp932)",
}
_DELIMITER_NAMES = {
    #: What separates the cells of a CSV file, in "{encoding}, {delimiter}-separated".
    ",": QT_TRANSLATE_NOOP("ImportDialog", "comma"),
    #: A delimiter of CSV cells: ;
    ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolon"),
    #: A delimiter of CSV cells: the tab character.
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "tab"),
}


class ImportDialog(Dialog):
    """Shows an :class:`~db.csv.import_plan.ImportPlan`; ``objectName`` ``importDialog``.

    Widgets tests reach: ``summary_label``, ``problem_label`` (why nothing
    can be imported), ``notes_label`` (unknown columns, kept cells, partner
    details not applied), ``filter_combo`` (which rows), ``table``
    (``importPreview``), ``date_order_combo``, ``create_partners_check``
    and ``import_button``.
    """

    # The user chose another day/month order (a :class:`DateOrder` or ``None``).
    date_order_changed = Signal(object)

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        #: Title of the import preview; {file} is the CSV file's name.
        self.setWindowTitle(fill(self.tr("Import {file}"), file=Path(plan.source).name))
        self.plan = plan

        self.source_label = QLabel(self)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label = QLabel(self)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.problem_label = self._wrapping_label("importProblem")
        self.problem_label.setStyleSheet("color: #b00020;")
        self.notes_label = self._wrapping_label("importNotes")

        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("importFilter")
        self.date_order_combo = QComboBox(self)
        self.date_order_combo.setObjectName("importDateOrder")
        self.date_order_combo.addItem(self.tr("Refuse them (ask me)"), None)
        self.date_order_combo.addItem(
            self.tr("Day first (08/07/2021 is 8 July)"), DateOrder.DAY_FIRST
        )
        self.date_order_combo.addItem(
            self.tr("Month first (08/07/2021 is August 7)"), DateOrder.MONTH_FIRST
        )
        self.date_order_combo.setToolTip(
            self.tr(
                "How to read all-number dates such as 08/07/2021. "
                "ISO (2021-07-08) and Excel's 2021/7/8 are never ambiguous."
            )
        )
        self.date_order_combo.currentIndexChanged.connect(self._on_date_order_changed)

        self.model = ImportPlanModel(self)
        self.proxy = ImportPlanProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("importPreview")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ImportPlanModel.DETAILS, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(ImportPlanModel.ROW, 56)
        header.resizeSection(ImportPlanModel.ACTION, 120)
        header.resizeSection(ImportPlanModel.RECORD, 320)
        self.filter_combo.currentIndexChanged.connect(self._on_filter_changed)

        self.create_partners_check = QCheckBox(self)
        self.create_partners_check.setObjectName("createPartnersCheck")
        self.create_partners_check.toggled.connect(self._update_button)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        #: The button that imports the file (a verb).
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        options = QFormLayout()
        #: Label of the list that chooses which rows of the preview are shown.
        options.addRow(self.tr("&Show:"), self.filter_combo)
        #: Label of the choice of how to read dates such as 08/07/2021.
        options.addRow(self.tr("All-number &dates:"), self.date_order_combo)
        top = QHBoxLayout()
        top.addLayout(options)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.notes_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.create_partners_check)
        layout.addWidget(self.buttons)
        self.resize(960, 560)
        self.set_plan(plan)

    def _wrapping_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- showing a plan -------------------------------------------------------

    def set_plan(self, plan: ImportPlan) -> None:
        """Show ``plan`` (a first one, or the file read again with another date order)."""
        self.plan = plan
        kind = (
            #: What an import file holds, in "{file} — {kind}, ...": agreements.
            self.tr("agreements")
            if plan.kind is ImportKind.AGREEMENTS
            #: What an import file holds, in "{file} — {kind}, ...": partners.
            else self.tr("partners")
        )
        self.source_label.setText(
            fill(
                #: Where an import comes from: {file} the CSV file, {kind} agreements or
                #: partners, {encoding} UTF-8..., {delimiter} comma, semicolon or tab.
                self.tr(
                    "{file} — {kind}, {encoding}, {delimiter}-separated, %n row(s)",
                    "",
                    len(plan.rows),
                ),
                file=plan.source,
                kind=kind,
                encoding=self.tr(_ENCODING_NAMES.get(plan.encoding, plan.encoding)),
                delimiter=self.tr(_DELIMITER_NAMES.get(plan.delimiter, repr(plan.delimiter))),
            )
        )
        counts = {action: len(plan.of(action)) for action in RowAction}
        self.summary_label.setText(
            fill(
                self.tr("{add} to add, {update} to update, {same} unchanged, {bad} rejected."),
                add=counts[RowAction.ADD],
                update=counts[RowAction.UPDATE],
                same=counts[RowAction.UNCHANGED],
                bad=counts[RowAction.REJECTED],
            )
        )
        self.problem_label.setText(self._problem_text(plan, counts[RowAction.REJECTED]))
        self.problem_label.setVisible(bool(self.problem_label.text()))
        self.notes_label.setText(self._notes_text(plan))
        self.notes_label.setVisible(bool(self.notes_label.text()))
        self._fill_filter(counts)
        self.model.set_plan(plan)
        self.table.sortByColumn(ImportPlanModel.ACTION, Qt.SortOrder.AscendingOrder)
        new = plan.new_partners
        self.create_partners_check.setVisible(bool(new))
        self.create_partners_check.setChecked(False)
        if new:
            names = ", ".join(new[:5]) + ("…" if len(new) > 5 else "")
            self.create_partners_check.setText(
                fill(
                    #: A check box of the import preview; {names} lists the first five names.
                    self.tr(
                        "&Create the %n partner(s) the library does not have yet: {names}",
                        "",
                        len(new),
                    ),
                    names=names,
                )
            )
        self._update_button()

    def _problem_text(self, plan: ImportPlan, rejected: int) -> str:
        if plan.file_problems:
            return " ".join(plan.file_problems) + " " + self.tr("Nothing will be imported.")
        if rejected:
            return self.tr(
                "%n row(s) cannot be imported, so nothing will be: a file imports whole or "
                "not at all. Correct the row(s) in the file and import it again.",
                "",
                rejected,
            )
        if not plan.changes_anything:
            return self.tr("The library already holds everything in this file.")
        return ""

    def _notes_text(self, plan: ImportPlan) -> str:
        notes: list[str] = []
        if plan.unknown_columns:
            notes.append(
                fill(
                    self.tr("Columns not imported (not Accord's): {columns}."),
                    #: Between the columns of a list (Japanese 、).
                    columns=self.tr(", ").join(
                        #: A column name quoted (Japanese 「{name}」).
                        fill(self.tr("“{name}”"), name=c)
                        for c in plan.unknown_columns
                    ),
                )
            )
        if plan.kept:
            notes.append(
                self.tr(
                    "%n cell(s) look damaged by a spreadsheet (“?” for characters its "
                    "encoding lacks); the library's values are kept.",
                    "",
                    len(plan.kept),
                )
            )
        for notice in plan.notices[:3]:
            notes.append(str(notice))
        if len(plan.notices) > 3:
            notes.append(fill(self.tr("…and {n} more such cells."), n=len(plan.notices) - 3))
        return "\n".join(notes)

    def _fill_filter(self, counts: dict[RowAction, int]) -> None:
        current = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(fill(self.tr("All rows ({n})"), n=sum(counts.values())), None)
        names = {
            RowAction.ADD: self.tr("To add ({n})"),
            RowAction.UPDATE: self.tr("To update ({n})"),
            #: Filter of the preview rows: those that change nothing; {n} how many.
            RowAction.UNCHANGED: self.tr("Unchanged ({n})"),
            #: Filter of the preview rows: those that cannot be imported; {n} how many.
            RowAction.REJECTED: self.tr("Rejected ({n})"),
        }
        for action, text in names.items():
            self.filter_combo.addItem(fill(text, n=counts[action]), action)
        default = RowAction.REJECTED if counts[RowAction.REJECTED] else current
        position = self.filter_combo.findData(default)
        self.filter_combo.setCurrentIndex(max(position, 0))
        self.filter_combo.blockSignals(False)
        self.proxy.set_action(self.filter_combo.currentData())

    # -- choices --------------------------------------------------------------

    def date_order(self) -> DateOrder | None:
        """The day/month order chosen for all-number dates (``None``: refuse them)."""
        return self.date_order_combo.currentData()

    def create_partners(self) -> bool:
        """True when the user agreed to create the partners the library lacks."""
        return bool(self.plan.new_partners) and self.create_partners_check.isChecked()

    def _update_button(self) -> None:
        plan = self.plan
        ready = plan.can_apply and plan.changes_anything
        if plan.new_partners and not self.create_partners_check.isChecked():
            ready = False
        self.import_button.setEnabled(ready)

    def _on_filter_changed(self) -> None:
        self.proxy.set_action(self.filter_combo.currentData())

    def _on_date_order_changed(self) -> None:
        self.import_button.setEnabled(False)  # until the file has been read again
        self.date_order_changed.emit(self.date_order())
