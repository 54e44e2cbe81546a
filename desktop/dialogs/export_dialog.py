"""The "Export CSV" dialog (``objectName`` ``exportDialog``): what, which columns, how written.

Records (agreements or partners); for agreements the scope (all, the
selected partner's, what the view shows, the selected rows); the columns
(:class:`~desktop.dialogs.export_columns.ColumnChooser`); encoding, delimiter and
date format; a live preview of the first rows exactly as they will be
written. Choosing Shift_JIS (``cp932``) names, before anything is written,
every record of the scope it cannot carry, and the Export button stays
disabled until the user picks UTF-8 (one click) or leaves those columns out.

The records of a scope are read once (as the window reads them, names in its collation:
:mod:`desktop.support.collation`) and the check runs over the chosen columns: synchronously
up to :data:`SYNC_CHECK_LIMIT` records (a few ms), in the dialog's own
:class:`~desktop.support.tasks.TaskRunner` beyond, so 100,000 agreements never freeze it.
Every choice but the scope is remembered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.csv.choices import DEFAULT_ENCODING, DELIMITERS
from db.csv.export import (
    AGREEMENT_COLUMNS,
    PARTNER_COLUMNS,
    CsvFormat,
    ReportTable,
    Unencodable,
    agreement_table,
    partner_table,
    preview_text,
    select_agreements,
    unencodable_rows,
)
from db.errors import AccordError
from db.partners import list_partners
from desktop.dialogs.base_dialog import Dialog, FormError
from desktop.dialogs.export_choice import (
    ExportChoice,
    ExportContext,
    ExportScope,
    RecordKind,
    encoding_combo,
    headings_combo,
    remember_choices,
    restore_combos,
    saved_columns,
    saved_kind,
    scope_text,
    unencodable_lines,
)
from desktop.dialogs.export_columns import ColumnChooser
from desktop.support.collation import name_key
from desktop.support.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.library import Library

# Up to this many records the Shift_JIS check runs at once, beyond in a worker.
SYNC_CHECK_LIMIT = 5000
# Rows in the preview (after the header).
PREVIEW_ROWS = 5


class ExportDialog(Dialog):
    """Asks what to export and how; see the module's description."""

    def __init__(
        self, library: Library, context: ExportContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export CSV"))
        self._library = library
        self._context = context
        self._records: dict[Any, Sequence[Any]] = {}
        self._local_names: dict[int, str] | None = None
        self._table: ReportTable | None = None
        self._check: Task | None = None
        self._runner = TaskRunner(self)
        self.unencodable: list[Unencodable] = []

        #: Export choice: one row per agreement (the other choice is partners).
        self.agreements_radio = QRadioButton(self.tr("&Agreements"), self)
        self.partners_radio = QRadioButton(self.tr("&Partners (one row each)"), self)
        kinds = QHBoxLayout()
        kinds.addWidget(self.agreements_radio)
        kinds.addWidget(self.partners_radio)
        kinds.addStretch(1)
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.agreements_radio)
        self._kinds.addButton(self.partners_radio)

        self._scope_radios = self._make_scope_radios(context)
        scope_box = QVBoxLayout()
        scope_box.setSpacing(2)
        self._scopes = QButtonGroup(self)
        for radio in self._scope_radios.values():
            scope_box.addWidget(radio)
            self._scopes.addButton(radio)
        default = self._scope_radios[context.default_scope]
        (default if default.isEnabled() else self._scope_radios[ExportScope.ALL]).setChecked(True)

        self.columns = ColumnChooser(self)
        self.encoding_combo = encoding_combo(self)
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.addItem(self.tr("Comma ( , )"), DELIMITERS["comma"])
        self.delimiter_combo.addItem(self.tr("Semicolon ( ; )"), DELIMITERS["semicolon"])
        #: The tab character, as the delimiter between the values of a CSV file.
        self.delimiter_combo.addItem(self.tr("Tab"), DELIMITERS["tab"])
        self.date_combo = QComboBox(self)
        self.date_combo.addItem(self.tr("ISO (2014-07-23)"), "iso")
        self.date_combo.addItem(self.tr("Year/month/day (2014/07/23)"), "slash")
        self.headings_combo = headings_combo(self)
        options = QHBoxLayout()
        for label, combo in (
            (self.tr("&Delimiter:"), self.delimiter_combo),
            (self.tr("Da&tes:"), self.date_combo),
            #: Label of the choice of the language of a CSV report's headings and labels.
            (self.tr("&Headings:"), self.headings_combo),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            options.addWidget(caption)
            options.addWidget(combo)
        options.addStretch(1)

        self.warning = FormError(self)
        self.unencodable_list = QPlainTextEdit(self)
        self.unencodable_list.setObjectName("exportUnencodable")
        self.unencodable_list.setReadOnly(True)
        self.unencodable_list.setMaximumHeight(90)
        self.unencodable_list.hide()
        self.use_utf8_button = QPushButton(self.tr("Use &UTF-8 with BOM"), self)
        self.use_utf8_button.hide()
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("exportPreview")
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setMinimumHeight(120)

        form = QFormLayout()
        #: Which records to export: agreements or partners.
        form.addRow(self.tr("Records:"), kinds)
        #: Label of the choice of which agreements to export (all, a partner's, shown...).
        self.scope_label = QLabel(self.tr("Agreements:"), self)
        form.addRow(self.scope_label, scope_box)
        #: The CSV columns to export (a list to tick and order).
        form.addRow(self.tr("Columns:"), self.columns)
        form.addRow(self.tr("E&ncoding:"), self.encoding_combo)
        form.addRow("", options)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        #: The button that chooses the file and writes the CSV (a verb).
        self.export_button.setText(self.tr("Export…"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning, 1)
        warning_row.addWidget(self.use_utf8_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(warning_row)
        layout.addWidget(self.unencodable_list)
        layout.addWidget(QLabel(self.tr("Preview of the first rows as written:"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.button_box)
        self.resize(680, 640)

        self._restore_choices()
        self.columns.follow_headings(self.headings_combo)
        self._kinds.buttonToggled.connect(self._on_kinds_button_toggled)
        self._scopes.buttonToggled.connect(self._on_option_changed)
        self.columns.columns_changed.connect(self._on_option_changed)
        for combo in self._combos().values():
            combo.currentIndexChanged.connect(self._on_option_changed)
        self.use_utf8_button.clicked.connect(self._on_use_utf8_button_clicked)
        self._on_kinds_button_toggled()

    @classmethod
    def ask(
        cls, library: Library, context: ExportContext, parent: QWidget | None = None
    ) -> ExportChoice | None:
        """Show the dialog modally; return the choice, or ``None`` when cancelled."""
        dialog = cls(library, context, parent)
        try:
            accepted = dialog.exec() == Dialog.DialogCode.Accepted
            return dialog.choice() if accepted else None
        finally:
            dialog.deleteLater()

    # -- what is chosen ------------------------------------------------------

    def kind(self) -> RecordKind:
        """Agreements or partners."""
        return RecordKind.PARTNERS if self.partners_radio.isChecked() else RecordKind.AGREEMENTS

    def scope(self) -> ExportScope:
        """The agreements' scope (meaningless for partners)."""
        return next(s for s, radio in self._scope_radios.items() if radio.isChecked())

    def scope_radio(self, scope: ExportScope) -> QRadioButton:
        """The radio button of ``scope``."""
        return self._scope_radios[scope]

    def csv_format(self) -> CsvFormat:
        """The format chosen (columns as ticked; all when none is)."""
        return CsvFormat(
            encoding=self.encoding_combo.currentData(),
            delimiter=self.delimiter_combo.currentData(),
            date_style=self.date_combo.currentData(),
            columns=self.columns.chosen(),
            header_language=self.headings_combo.currentData(),
        )

    def choice(self) -> ExportChoice:
        """Return what is chosen, with the table of the records the dialog read."""
        table = self._table if self._table is not None else self._make_table()
        return ExportChoice(self.kind(), self.scope(), self.csv_format(), table)

    def preview_text(self) -> str:
        """The preview as the file will hold it (CRLF line ends)."""
        return self.preview.toPlainText().replace("\n", "\r\n")

    def accept(self) -> None:  # Qt override: only when the choices can be written
        if not self.export_button.isEnabled():
            return
        remember_choices(self.kind(), self.columns.chosen(), self._combos())
        super().accept()

    def done(self, result: int) -> None:  # Qt override
        if self._check is not None:
            self._check.cancel()
        super().done(result)

    # -- reacting to changes -------------------------------------------------

    def _on_kinds_button_toggled(self, *_args: object) -> None:
        partners = self.kind() == RecordKind.PARTNERS
        self.scope_label.setEnabled(not partners)
        for scope, radio in self._scope_radios.items():
            radio.setEnabled(not partners and self._context.scope_enabled(scope))
        available = PARTNER_COLUMNS if partners else AGREEMENT_COLUMNS
        self.columns.set_columns(available, saved_columns(self.kind()))  # emits columns_changed

    def _on_option_changed(self, *_args: object) -> None:
        if self._check is not None:
            self._check.cancel()
            self._check = None
        self.warning.clear_message()
        self.unencodable_list.hide()
        self.use_utf8_button.hide()
        self.unencodable = []
        if not self.columns.chosen():
            self._table = None
            self.preview.clear()
            self._block(self.tr("Tick at least one column to export."))
            return
        try:
            self._table = self._make_table()
        except AccordError as exc:
            self._table = None
            self.preview.clear()
            self._block(str(exc))
            return
        self.preview.setPlainText(preview_text(self._table, PREVIEW_ROWS))
        self.export_button.setEnabled(True)
        if self._table.csv_format.encoding == "cp932":
            self._check_encoding(self._table)

    def _check_encoding(self, table: ReportTable) -> None:
        if len(table) <= SYNC_CHECK_LIMIT:
            self._show_unencodable(table, unencodable_rows(table))
            return
        self._block(
            self.tr("Checking %n record(s) for characters Shift_JIS cannot carry…", "", len(table))
        )
        task = self._runner.run(
            lambda _progress: unencodable_rows(table),
            on_success=lambda found: self._on_check_done(task, table, found),
            on_failure=lambda error: self._on_check_done(task, table, None, error),
        )
        self._check = task

    def _on_check_done(
        self,
        task: Task,
        table: ReportTable,
        found: list[Unencodable] | None,
        error: Exception | None = None,
    ) -> None:
        if task is not self._check:
            return  # an option changed since: a newer check runs
        self._check = None
        if error is not None:
            self._block(str(error))
        else:
            self._show_unencodable(table, found or [])

    def _show_unencodable(self, table: ReportTable, found: list[Unencodable]) -> None:
        self.unencodable = found
        if not found:
            self.export_button.setEnabled(True)
            self.warning.clear_message()
            return
        if table.record == "agreement":
            text = self.tr(
                "Shift_JIS cannot carry characters of %n agreement(s), listed below: "
                "choose UTF-8 with BOM, or untick the columns that hold them.",
                "",
                len(found),
            )
        else:
            text = self.tr(
                "Shift_JIS cannot carry characters of %n partner(s), listed below: "
                "choose UTF-8 with BOM, or untick the columns that hold them.",
                "",
                len(found),
            )
        self._block(text)
        self.unencodable_list.setPlainText(unencodable_lines(found))
        self.unencodable_list.show()
        self.use_utf8_button.show()

    def _on_use_utf8_button_clicked(self) -> None:
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(DEFAULT_ENCODING))

    def _block(self, message: str) -> None:
        self.export_button.setEnabled(False)
        self.warning.show_message(message)

    # -- records -------------------------------------------------------------

    def _make_table(self) -> ReportTable:
        csv_format = self.csv_format()
        if self.kind() == RecordKind.PARTNERS:
            return partner_table(self._load(RecordKind.PARTNERS), csv_format)
        if self._local_names is None:  # the partners' local names, read once
            self._local_names = {p.id: p.local_name for p in self._load(RecordKind.PARTNERS)}
        return agreement_table(self._load(self.scope()), self._local_names, csv_format)

    def _load(self, key: RecordKind | ExportScope) -> Sequence[Any]:
        if key not in self._records:
            context = self._context
            if key == RecordKind.PARTNERS:
                self._records[key] = list_partners(self._library, name_key=name_key())
            elif key == ExportScope.PARTNER and context.partner is not None:
                self._records[key] = select_agreements(self._library, partner=context.partner.id)
            elif key in (ExportScope.SHOWN, ExportScope.SELECTED):
                ids = context.shown_ids if key == ExportScope.SHOWN else context.selected_ids
                self._records[key] = select_agreements(self._library, agreement_ids=ids)
            else:
                self._records[key] = select_agreements(self._library, name_key=name_key())
        return self._records[key]

    # -- building and remembering --------------------------------------------

    def _make_scope_radios(self, context: ExportContext) -> dict[ExportScope, QRadioButton]:
        radios = {scope: QRadioButton(scope_text(context, scope), self) for scope in ExportScope}
        if context.partner is None:
            radios[ExportScope.PARTNER].setToolTip(self.tr("Select a partner first"))
        for scope, radio in radios.items():
            radio.setEnabled(context.scope_enabled(scope))
        return radios

    def _restore_choices(self) -> None:
        partners = saved_kind() == RecordKind.PARTNERS
        (self.partners_radio if partners else self.agreements_radio).setChecked(True)
        restore_combos(self._combos())

    def _combos(self) -> dict[str, QComboBox]:
        return {
            "encoding": self.encoding_combo,
            "delimiter": self.delimiter_combo,
            "dateStyle": self.date_combo,
            "headerLanguage": self.headings_combo,
        }
