"""Saving a form while it stays open: someone else's change, and a busy library.

A partner or agreement form given a :class:`FormSaving` saves while it is
still open, so nothing the user typed is lost when saving fails:

- the library is busy (another window or colleague holds the write lock
  past the busy timeout), or any other refusal: the one sentence is shown
  inline under the form (``formError``) and the form stays as typed;
- someone else changed the record after the form was filled
  (:class:`~db.errors.ConflictError`: two windows, two
  colleagues): :class:`ConflictDialog` (``conflictDialog``) lists each
  field that differs, theirs and the user's, and who changed it when, and
  the user chooses: "Keep My Changes" (the fields the user changed are
  saved over the current version; fields the user did not touch keep
  theirs), "Use Theirs" (the form closes and the views show their
  version) or "Back to Editing" (the form stays open as typed; saving
  again asks again).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.errors import AccordError, ConflictError
from db.history.read import record_history
from db.i18n.date_display import format_date
from db.storage.history_recorder import display, when
from desktop.dialogs.base_dialog import Dialog
from desktop.support.labels import enum_label, field_label
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from db.library import Library


class ConflictChoice(enum.Enum):
    """What the user chose in the :class:`ConflictDialog`."""

    KEEP_MINE = "keep mine"
    USE_THEIRS = "use theirs"
    BACK_TO_EDITING = "back"


@dataclass(frozen=True)
class ConflictRow:
    """One field that differs: its label, their value, the user's, and who changed it when.

    ``mine_changed`` is False for a field the user did not touch (their
    value is kept by "Keep My Changes").
    """

    label: str
    theirs: str
    mine: str
    changed_by: str
    mine_changed: bool = True


class ConflictDialog(Dialog):
    """Both versions of a record, side by side; ``objectName`` ``conflictDialog``.

    ``message`` is the :class:`ConflictError`'s sentence (who changed it,
    when); ``rows`` the differing fields. :attr:`choice` is what the user
    chose (Escape or closing: back to editing).
    """

    def __init__(
        self, parent: QWidget | None, *, message: str, rows: Sequence[ConflictRow]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = ConflictChoice.BACK_TO_EDITING
        heading = QLabel(message, self)
        heading.setObjectName("conflictMessage")
        heading.setWordWrap(True)
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setObjectName("conflictFields")
        self.table.setHorizontalHeaderLabels(
            [
                #: Column heading: the name of a field of the record (Title, Country...).
                self.tr("Field"),
                #: Column heading: the other person's value, already saved.
                self.tr("Theirs (saved)"),
                #: Column heading: the value the user typed in the form.
                self.tr("Yours"),
                #: Column heading: who last changed the field, and when.
                self.tr("Changed by"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for number, row in enumerate(rows):
            mine = row.mine
            if not row.mine_changed:
                mine = fill(self.tr("{value} (not changed by you)"), value=row.mine)
            cells = (row.label, row.theirs, mine, row.changed_by)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(number, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # Wrapped values take the height their column's width leaves them.
        header.sectionResized.connect(self.table.resizeRowsToContents)
        note = QLabel(
            self.tr(
                "Keep My Changes saves the fields you changed over their version; "
                "fields you did not change keep theirs."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.keep_mine_button = self._button(
            buttons, self.tr("&Keep My Changes"), "keepMineButton", ConflictChoice.KEEP_MINE
        )
        self.use_theirs_button = self._button(
            #: Button: take the other person's saved version and close the form.
            buttons,
            self.tr("&Use Theirs"),
            "useTheirsButton",
            ConflictChoice.USE_THEIRS,
        )
        self.back_button = self._button(
            buttons, self.tr("&Back to Editing"), "backToEditingButton", None
        )
        self.back_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def _button(
        self, box: QDialogButtonBox, text: str, name: str, choice: ConflictChoice | None
    ) -> QPushButton:
        role = (
            QDialogButtonBox.ButtonRole.RejectRole
            if choice is None
            else QDialogButtonBox.ButtonRole.AcceptRole
        )
        button = box.addButton(text, role)
        assert button is not None
        button.setObjectName(name)
        if choice is None:
            button.clicked.connect(self.reject)
        else:
            button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, *, message: str, rows: Sequence[ConflictRow]
    ) -> ConflictChoice:
        """Show the dialog modally and return the user's choice."""
        dialog = cls(parent, message=message, rows=rows)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()


class SaveOutcome(enum.Enum):
    """How a form's save ended: saved, still editing, or closed for their version."""

    SAVED = "saved"
    STAY = "stay"
    THEIRS = "theirs"


class FormSaving:
    """How a form saves while it is open, and what came of it.

    ``save(value, expected_version, **options)`` writes the form's value
    (a ``PartnerCreate``/``AgreementCreate``) and returns the saved
    record; ``original`` is the record the form was filled from (``None``
    when adding; its ``version`` is the first ``expected_version``);
    ``kind`` is ``"partner"`` or ``"agreement"``; ``partner_names`` name
    partners by ID for the conflict table. Afterwards :attr:`saved` is the
    saved record, :attr:`before` the record as stored just before the
    save that went through (``original``, or their version when the user
    kept their own changes over it), and :attr:`theirs` their version when
    the user chose to use it.
    """

    def __init__(
        self,
        library: Library,
        *,
        kind: str,
        save: Callable[..., Any],
        original: Any | None = None,
        partner_names: Mapping[int, str] | None = None,
    ) -> None:
        self._library = library
        self._kind = kind
        self._save = save
        self._partner_names = dict(partner_names or {})
        self.original = original
        self.expected_version: int | None = original.version if original is not None else None
        self.saved: Any = None
        self.before: Any = original
        self.theirs: Any = None

    def attempt(self, form: Dialog, value: Any, **options: Any) -> SaveOutcome:
        """Save ``value``; on a refusal say why in ``form.error_label``, on a conflict ask."""
        expected = self.expected_version
        while True:
            try:
                self.saved = self._save(value, expected, **options)
            except ConflictError as exc:
                current: Any = exc.current
                choice = ConflictDialog.ask(form, message=str(exc), rows=self.rows(value, current))
                if choice is ConflictChoice.KEEP_MINE and current is not None:
                    value, expected = self.merged(value, current), current.version
                    self.before = current
                    continue
                if choice is ConflictChoice.USE_THEIRS:
                    self.theirs = current
                    return SaveOutcome.THEIRS
                form.error_label.show_message(str(exc))
                return SaveOutcome.STAY
            except AccordError as exc:  # busy, gone, refused: the form keeps what was typed
                form.error_label.show_message(str(exc))
                return SaveOutcome.STAY
            form.error_label.clear_message()
            return SaveOutcome.SAVED

    def _mine_changed(self, value: Any, name: str) -> bool:
        return self.original is None or getattr(self.original, name) != getattr(value, name)

    def merged(self, value: Any, current: Any) -> Any:
        """Return ``value`` with their values in the fields the user did not change."""
        keep = {
            name: getattr(current, name)
            for name in type(value).model_fields
            if hasattr(current, name) and not self._mine_changed(value, name)
        }
        return value.model_copy(update=keep)

    def rows(self, value: Any, current: Any) -> list[ConflictRow]:
        """The fields where ``value`` (the user's) and ``current`` (theirs) differ."""
        if current is None:
            return []
        entries = record_history(self._library, self._kind, current.id)
        rows = []
        for name in type(value).model_fields:
            if not hasattr(current, name):
                continue
            theirs, mine = getattr(current, name), getattr(value, name)
            if theirs == mine:
                continue
            by = ""
            if self.original is None or getattr(self.original, name, None) != theirs:
                changes = [e for e in entries if e.action == "changed" and e.field == name]
                last = changes[-1] if changes else (entries[-1] if entries else None)
                by = self._changed_by(last.user, when(last.at)) if last is not None else ""
            rows.append(
                ConflictRow(
                    label=field_label(name),
                    theirs=self._show(name, theirs),
                    mine=self._show(name, mine),
                    changed_by=by,
                    mine_changed=self._mine_changed(value, name),
                )
            )
        return rows

    @staticmethod
    def _changed_by(user: str, at: str) -> str:
        #: Who changed a field and when: {user} is a user name, {when} a time ("10:42 UTC").
        text = QCoreApplication.translate("ConflictDialog", "{user}, {when}")
        return fill(text, user=user, when=at)

    def _show(self, name: str, value: Any) -> str:
        if name == "partner_id" and value in self._partner_names:
            return self._partner_names[value]
        if isinstance(value, Enum):
            return enum_label(value)
        if type(value) is dt.date:
            return format_date(value)
        return display(name, value) or "—"
