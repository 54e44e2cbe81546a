"""The add/edit partner form: ``PartnerDialog.ask(...)`` returns a ``PartnerCreate`` or None.

The form refuses, inline and before anything reaches the database, what
:func:`db.partners.add_partner` would refuse: a missing name or country, and
a name another partner already has (compared with :func:`db.text.fold`,
without regard to case and accents, as the records core does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from db.enums import PartnerKind, Relationship
from db.rules import MAX_NAME, date_refusal
from db.schemas import PartnerCreate, PartnerRead
from db.text import clean, fold
from desktop.dialogs.base_dialog import Dialog
from desktop.dialogs.conflict_dialog import FormSaving, SaveOutcome
from desktop.dialogs.date_field import DateField, confirm_future_date
from desktop.support.labels import enum_label
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Sequence


class PartnerDialog(Dialog):
    """Form for one partner; ``objectName`` ``partnerForm``.

    ``countries`` fills the Country choices (the countries partners already
    have; any other can be typed). ``partner`` pre-fills the form for
    editing. ``existing_names`` are the English names of all partners, the
    edited one may be among them. After Save, :meth:`result_value` is the
    :class:`~db.schemas.PartnerCreate`. With ``saving`` the form saves
    while still open (:class:`~desktop.dialogs.conflict_dialog.FormSaving`):
    a busy library or a refusal is shown inline and keeps what was typed,
    someone else's change is shown side by side; without it the dialog
    never writes to the database itself.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        countries: Sequence[str] = (),
        partner: PartnerRead | None = None,
        existing_names: Sequence[str] = (),
        saving: FormSaving | None = None,
    ) -> None:
        super().__init__(parent)
        self._saving = saving
        self.setObjectName("partnerForm")
        self.setWindowTitle(self.tr("Edit partner") if partner else self.tr("Add partner"))
        own = fold(partner.name) if partner else None
        self._taken = {fold(clean(n)): clean(n) for n in existing_names if fold(clean(n)) != own}
        self._result: PartnerCreate | None = None

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("In English, e.g. Seoul"))
        self.local_name_edit = QLineEdit(self)
        self.local_name_edit.setMaxLength(MAX_NAME)
        self.local_name_edit.setPlaceholderText(self.tr("In its own script, e.g. 서울특별시"))
        self.office_name_edit = QLineEdit(self)
        self.office_name_edit.setObjectName("officeNameEdit")
        self.office_name_edit.setMaxLength(MAX_NAME)
        #: Placeholder of the partner's name in the office's language; a translation may
        #: give an example in its language (Seoul: ソウル特別市).
        self.office_name_edit.setPlaceholderText(self.tr("As the office writes it"))
        self.country_combo = QComboBox(self)
        self.country_combo.setEditable(True)
        self.country_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country_combo.addItems(sorted({clean(c) for c in countries if clean(c)}, key=fold))
        self.country_combo.setCurrentIndex(-1)
        completer = self.country_combo.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.kind_combo = QComboBox(self)
        for kind in PartnerKind:
            self.kind_combo.addItem(enum_label(kind), kind.value)
        self.relationship_combo = QComboBox(self)
        for relationship in Relationship:
            self.relationship_combo.addItem(enum_label(relationship), relationship.value)
        self.affiliation_field = DateField(self, optional=True)
        self.affiliation_field.setToolTip(self.tr("Leave empty if there is no affiliation date"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)

        form = QFormLayout()
        #: Form label: the partner's name in English (Seoul).
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Local name:"), self.local_name_edit)
        #: Form label: the partner's name in the office's own language (ソウル特別市 in Japanese).
        form.addRow(self.tr("Office-lan&guage name:"), self.office_name_edit)
        form.addRow(self.tr("&Country:"), self.country_combo)
        #: Form label: what kind of government the partner is (city, state, province...).
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        #: Form label: sister/friendship city or cooperation partner.
        form.addRow(self.tr("&Relationship:"), self.relationship_combo)
        form.addRow(self.tr("Date of &affiliation:"), self.affiliation_field)
        form.addRow(self.tr("N&otes:"), self.notes_edit)
        self.set_form(form, on_save=self._on_button_box_accepted)
        self.setMinimumWidth(460)

        self._fill(partner)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        countries: Sequence[str],
        partner: PartnerRead | None = None,
        existing_names: Sequence[str] = (),
        saving: FormSaving | None = None,
    ) -> PartnerCreate | None:
        """Show the form modally; return what was saved, or ``None`` when cancelled.

        Without ``saving``, the caller writes: for an edit, turn the result
        into a change with ``PartnerUpdate(**result.model_dump())``. With
        it, the form has saved already (``saving.saved``), or returned
        ``None`` with ``saving.theirs`` set when the user took the other
        version of the partner.
        """
        dialog = cls(
            parent,
            countries=countries,
            partner=partner,
            existing_names=existing_names,
            saving=saving,
        )
        try:
            accepted = dialog.exec() == Dialog.DialogCode.Accepted
            return dialog.result_value() if accepted else None
        finally:
            dialog.deleteLater()

    def result_value(self) -> PartnerCreate | None:
        """The partner as saved, or ``None`` while the form has not been saved."""
        return self._result

    def _fill(self, partner: PartnerRead | None) -> None:
        kind = partner.kind if partner else PartnerKind.CITY
        relationship = partner.relationship if partner else Relationship.COOPERATION_PARTNER
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.relationship_combo.setCurrentIndex(
            self.relationship_combo.findData(relationship.value)
        )
        if partner is None:
            return
        self.name_edit.setText(partner.name)
        self.local_name_edit.setText(partner.local_name)
        self.office_name_edit.setText(partner.office_name)
        self.country_combo.setCurrentText(partner.country)
        self.affiliation_field.setDate(partner.date_of_affiliation)
        self.notes_edit.setPlainText(partner.notes)

    def _on_button_box_accepted(self) -> None:
        name = clean(self.name_edit.text())
        country = clean(self.country_combo.currentText())
        if not name:
            self.error_label.show_message(self.tr("Enter the partner’s name."), self.name_edit)
        elif fold(name) in self._taken:
            self.error_label.show_message(
                fill(
                    self.tr("There is already a partner named “{name}”."),
                    name=self._taken[fold(name)],
                ),
                self.name_edit,
            )
        elif not country:
            self.error_label.show_message(self.tr("Enter the country."), self.country_combo)
        elif not self.affiliation_field.is_valid():
            message = self.tr("The date of affiliation is not a date; write it as YYYY-MM-DD.")
            self.error_label.show_message(
                self.affiliation_field.refusal(message), self.affiliation_field
            )
        elif (refusal := date_refusal(self.affiliation_field.date())) is not None:
            self.error_label.show_message(refusal, self.affiliation_field)
        else:
            self.error_label.clear_message()
            if not confirm_future_date(self.affiliation_field):
                return
            value = PartnerCreate(
                name=name,
                local_name=self.local_name_edit.text(),
                office_name=self.office_name_edit.text(),
                country=country,
                kind=PartnerKind(self.kind_combo.currentData()),
                relationship=Relationship(self.relationship_combo.currentData()),
                date_of_affiliation=self.affiliation_field.date(),
                notes=self.notes_edit.toPlainText(),
            )
            if self._saving is not None:
                outcome = self._saving.attempt(self, value)
                if outcome is SaveOutcome.THEIRS:
                    self.reject()
                if outcome is not SaveOutcome.SAVED:
                    return
            self._result = value
            self.accept()
