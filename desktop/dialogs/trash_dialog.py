"""View › Trash…: deleted partners, agreements and documents, to restore or delete for good.

One row per delete, as :func:`db.trash.list_trash` gives it (a partner
deleted with its agreements is one row that holds them). Restore brings
back the whole batch a row went with (:func:`db.trash.restore`); Delete for
Good and Empty Trash ask first and call :func:`db.trash.purge`. The dialog
is not modal: it follows every change announced on the window's
:class:`~desktop.support.changes.RecordsNotifier`, and announces its own restores
there so the window's views reload and select what came back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import trash
from db.agreements import get_agreement
from db.documents import get_document
from db.errors import AccordError, NotFoundError
from db.server.roles import Action, may, refusal
from desktop.dialogs.base_dialog import Dialog
from desktop.models.trash_model import KIND_ORDER, TrashSortProxy, TrashTableModel
from desktop.support.changes import RecordChange, RecordsNotifier
from desktop.support.item_roles import ItemRole
from desktop.support.messages import confirm, fill, show_error
from desktop.support.trash_settings import KEEP_DAYS_RANGE, keep_days, set_keep_days

if TYPE_CHECKING:
    from collections.abc import Sequence

    from db.library import Library
    from db.trash import TrashItem

_WIDTHS = {
    TrashTableModel.KIND: 90,
    TrashTableModel.NAME: 260,
    TrashTableModel.PARENT: 160,
    TrashTableModel.DELETED: 120,
    TrashTableModel.BY: 90,
}


class TrashDialog(Dialog):
    """The trash (``objectName`` ``trashDialog``): a table of what was deleted, and its buttons.

    ``trashView`` lists the items (several may be selected); ``restoreButton``,
    ``purgeButton`` (Delete for Good…) and ``emptyTrashButton`` act on them;
    ``keepDaysSpin`` sets how many days items stay before the start-up purge
    removes them (``QSettings`` ``trash/keepDays``). A refusal from the
    records core is shown as its one sentence.
    """

    # Records came back: the :class:`RecordChange` announced for them.
    restored = Signal(object)
    # Items were deleted for good: how many.
    purged = Signal(int)

    def __init__(self, library: Library, notifier: RecordsNotifier, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trashDialog")
        #: Title of the window of deleted records (View › Trash).
        self.setWindowTitle(self.tr("Trash"))
        self._library = library
        self._notifier = notifier
        self._announcing = False

        intro = QLabel(
            self.tr(
                "Deleted partners, agreements and documents wait here. Restore brings a record "
                "back with everything deleted together with it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = TrashTableModel(self)
        self.proxy = TrashSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setObjectName("trashView")
        self.view.setAccessibleName(self.tr("Deleted records"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TrashTableModel.HOLDS, QHeaderView.ResizeMode.Stretch)
        for column, width in _WIDTHS.items():  # at least as wide as the heading
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.view.sortByColumn(TrashTableModel.DELETED, Qt.SortOrder.DescendingOrder)

        self.empty_label = QLabel(self.tr("The trash is empty."), self)
        self.empty_label.setObjectName("trashEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        #: Button: bring the selected deleted records back.
        self.restore_button = self._button("restoreButton", self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected items back where they were"))
        self.purge_button = self._button("purgeButton", self.tr("&Delete for Good…"))
        self.empty_button = self._button("emptyTrashButton", self.tr("&Empty Trash…"))
        role = library.role  # what it does not allow stays off, and says why
        self._may_restore = may(role, Action.RESTORE)
        self._may_purge = may(role, Action.PURGE)
        if not self._may_restore:
            self.restore_button.setToolTip(refusal(role, Action.RESTORE))
        if not self._may_purge:
            self.purge_button.setToolTip(refusal(role, Action.PURGE))
            self.empty_button.setToolTip(refusal(role, Action.PURGE))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty_trash)

        self.keep_spin = QSpinBox(self)
        self.keep_spin.setObjectName("keepDaysSpin")
        self.keep_spin.setRange(*KEEP_DAYS_RANGE)
        self.keep_spin.setValue(keep_days())
        self.keep_spin.setAccessibleName(self.tr("Days deleted items are kept"))
        self.keep_spin.valueChanged.connect(self._on_keep_spin_value_changed)
        #: Followed by a number box and "days": Keep deleted items for [30] days.
        keep_label = QLabel(self.tr("&Keep deleted items for"), self)
        keep_label.setBuddy(self.keep_spin)
        self._days_label = QLabel(self)
        self._on_keep_spin_value_changed(self.keep_spin.value(), save=False)

        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep_spin)
        keep_row.addWidget(self._days_label)
        keep_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)
        layout.addLayout(keep_row)
        layout.addWidget(close_box)
        self.resize(max(860, self._width_for_headings()), 420)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        notifier.records_changed.connect(self._on_notifier_records_changed)
        self.reload()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    # -- what is shown and selected -----------------------------------------

    def open_trash(self) -> None:
        """Reload, show the dialog (not modal) and bring it to the front."""
        self.reload()
        self.show()
        self.raise_()
        self.activateWindow()

    def _width_for_headings(self) -> int:
        """The dialog's width at which every heading shows whole, the last one (which
        stretches) included: a Japanese font's 含むもの is wider than the space left."""
        header = self.view.horizontalHeader()
        columns = sum(header.sectionSize(column) for column in _WIDTHS)
        last = header.sectionSizeHint(TrashTableModel.HOLDS)
        layout = self.layout()
        assert layout is not None  # set in __init__
        margins = layout.contentsMargins()
        frame = 2 * self.view.frameWidth() + self.view.verticalScrollBar().sizeHint().width()
        return columns + last + frame + margins.left() + margins.right()

    def reload(self) -> None:
        """Read the trash again, keeping the selected items selected if they are still there."""
        kept = {(item.kind, item.id) for item in self.selected_items()}
        try:
            items = trash.list_trash(self._library)
        except AccordError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(items)
        for kind, record_id in kept:
            self.select(kind, record_id, clear=False)
        empty = not items
        self.view.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self._update_buttons()

    def items(self) -> list[TrashItem]:
        """The items listed, in view order."""
        rows = range(self.proxy.rowCount())
        return [self.proxy.index(row, 0).data(ItemRole.RECORD) for row in rows]

    def selected_items(self) -> list[TrashItem]:
        """The selected items, in view order."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(ItemRole.RECORD) for index in rows]

    def select(self, kind: str, record_id: int, *, clear: bool = True) -> bool:
        """Select the item of ``(kind, record_id)`` (``clear``: only it); False if not listed."""
        row = self.model.row_of(kind, record_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        if clear:
            flags |= QItemSelectionModel.SelectionFlag.Clear
        self.view.selectionModel().select(index, flags)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.NoUpdate
        )
        return True

    @Slot()
    def _update_buttons(self) -> None:
        selected = bool(self.view.selectionModel().selectedRows())
        self.restore_button.setEnabled(selected and self._may_restore)
        self.purge_button.setEnabled(selected and self._may_purge)
        self.empty_button.setEnabled(self.model.rowCount() > 0 and self._may_purge)

    # -- restore --------------------------------------------------------------

    @Slot()
    def restore_selected(self) -> int:
        """Restore the selected items (partners first); return how many came back.

        A refusal ("Restore the partner Seoul first.") is shown as its
        sentence; the other items are restored all the same.
        """
        items = sorted(self.selected_items(), key=lambda item: KIND_ORDER.index(item.kind))
        done: list[TrashItem] = []
        refusals: list[str] = []
        for item in items:
            try:
                trash.restore(self._library, item.kind, item.id)
            except NotFoundError:
                continue  # it came back with an item restored just before
            except AccordError as exc:
                refusals.append(str(exc))
            else:
                done.append(item)
        self.reload()
        if done:
            change = self._change_for(done[0])
            self._announce(change)
            self.restored.emit(change)
        if refusals:
            #: Title of an error box after the Restore button was clicked.
            show_error(self, refusals[0], title=self.tr("Restore"))
        return len(done)

    def _change_for(self, item: TrashItem) -> RecordChange:
        """The change that reloads the window's views and selects the restored ``item``."""
        try:
            if item.kind == "partner":
                return RecordChange(partners=True, agreements=True, partner_id=item.id)
            if item.kind == "agreement":
                agreement = get_agreement(self._library, item.id)
                return RecordChange(partners=True, agreements=True, agreement_id=agreement.id)
            document = get_document(self._library, item.id)
        except AccordError:
            return RecordChange(partners=True, agreements=True)
        return RecordChange.document_stored(document)

    # -- delete for good --------------------------------------------------------

    @Slot()
    def purge_selected(self) -> int:
        """Ask, then delete the selected items for good; return how many were deleted."""
        items = self.selected_items()
        if not items:
            return 0
        if len(items) == 1:
            item = items[0]
            #: {what} is e.g. the agreement “MoU on culture”, with 2 documents,
            text = fill(self.tr("Delete {what} for good?"), what=_describe(item))
        else:
            text = self.tr("Delete these %n item(s) for good?", "", len(items))
            holds = [item.holds for item in items if item.holds]
            if holds:
                text += " " + fill(
                    self.tr("What they hold goes with them ({holds})."), holds="; ".join(holds)
                )
        text += " " + self.tr(
            "Stored files are removed when no other record uses them. This cannot be undone."
        )
        #: Title of the question box: delete permanently, without a way back.
        if not confirm(self, self.tr("Delete for Good"), text):
            return 0
        return self._purge(items)

    @Slot()
    def empty_trash(self) -> int:
        """Ask, then delete everything in the trash for good; return how many items went."""
        items = self.model.items()
        if not items:
            return 0
        text = self.tr(
            "Delete all %n item(s) in the trash for good, with all they hold?", "", len(items)
        )
        text += " " + self.tr("This cannot be undone.")
        if not confirm(self, self.tr("Empty Trash"), text):
            return 0
        return self._purge(items)

    def _purge(self, items: Sequence[TrashItem]) -> int:
        purged = 0
        error: AccordError | None = None
        for item in items:
            try:
                trash.purge(self._library, item.kind, item.id)
            except NotFoundError:
                continue  # gone already with its partner or agreement
            except AccordError as exc:
                error = error or exc
            else:
                purged += 1
        self.reload()
        if purged:
            self.purged.emit(purged)
        if error is not None:
            show_error(self, error, title=self.tr("Delete for Good"))
        return purged

    # -- slots -------------------------------------------------------------------

    def _announce(self, change: RecordChange) -> None:
        self._announcing = True
        try:
            self._notifier.notify(change)
        finally:
            self._announcing = False

    @Slot(object)
    def _on_notifier_records_changed(self, _change: RecordChange) -> None:
        if not self._announcing and self.isVisible():
            self.reload()

    @Slot(int)
    def _on_keep_spin_value_changed(self, days: int, *, save: bool = True) -> None:
        #: After the number box: Keep deleted items for [30] days (no number in the text).
        self._days_label.setText(self.tr("day(s)", "", days))
        if save:
            set_keep_days(days)


def _describe(item: TrashItem) -> str:
    """Return "the agreement “Title”, with 2 documents," style words for ``item``."""
    if item.kind == "partner":
        #: Put into “Delete {what} for good?”; {name} is the partner's name.
        kind = QCoreApplication.translate("TrashDialog", "the partner “{name}”")
    elif item.kind == "agreement":
        #: Put into “Delete {what} for good?”; {name} is the agreement's title.
        kind = QCoreApplication.translate("TrashDialog", "the agreement “{name}”")
    elif item.kind == "document":
        #: Put into “Delete {what} for good?”; {name} is the document's file name.
        kind = QCoreApplication.translate("TrashDialog", "the document “{name}”")
    else:
        kind = "“{name}”"
    what = fill(kind, name=item.name)
    if item.holds:
        #: {what} is e.g. the partner “Seoul”; {holds} what it holds (2 agreements, 3 documents).
        text = QCoreApplication.translate("TrashDialog", "{what}, with {holds},")
        what = fill(text, what=what, holds=item.holds)
    return what
