"""The add/edit agreement form (``objectName`` ``agreementForm``, a DESIGN contract).

``AgreementDialog.ask(...)`` returns an :class:`AgreementFormResult` or None.
The form refuses inline what :func:`db.agreements.add_agreement` would
refuse (no partner, no title, no date signed, "valid until" before it), then
asks :func:`db.agreements.find_duplicate` whether the partner already has
the same title on the same date (DESIGN: import "never creates a
duplicate"; the form lets a person insist). It reads the library but never
writes to it: the caller adds or updates with the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from db.agreement_fields import FORM_FIELDS
from db.agreements import find_duplicate
from db.enums import AgreementType
from db.errors import AccordError
from db.i18n.date_display import format_date
from db.i18n.translate import QT_TRANSLATE_NOOP
from db.partner_names import display_name
from db.rules import date_refusal, expires_on_refusal, title_refusal
from db.schemas import AgreementCreate, AgreementRead, PartnerRead, clean_areas
from db.text import fold
from desktop.dialogs.agreement_life_form import AgreementLifeForm
from desktop.dialogs.agreement_widgets import AREA_SEPARATOR, AreasCompleter, TitleEdit, first_error
from desktop.dialogs.base_dialog import Dialog
from desktop.dialogs.conflict_dialog import FormSaving, SaveOutcome
from desktop.dialogs.date_field import DateField, confirm_future_date
from desktop.dialogs.life_widgets import EventsEdit
from desktop.support.labels import enum_label, field_label
from desktop.support.messages import fill

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from db.library import Library

# Areas offered by the completer besides those the caller passes, in the window's language.
COMMON_AREAS = (
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "environment"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "climate change"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "sports"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "culture"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "tourism"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "disaster prevention"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "urban development"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "transport"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "health"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "education"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "economy"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "innovation"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "start-ups"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "smart city"),
    #: An area of cooperation, offered while typing in the Areas field (saved as shown).
    QT_TRANSLATE_NOOP("AgreementDialog", "water"),
)


@dataclass(frozen=True)
class AgreementFormResult:
    """What the form produced: the agreement, and whether a duplicate was confirmed.

    ``allow_duplicate`` is True only when the user answered "yes, save
    anyway" to the duplicate question; pass it on to ``add_agreement`` /
    ``update_agreement``.
    """

    data: AgreementCreate
    allow_duplicate: bool


class AgreementDialog(Dialog):
    """Form for one agreement; ``objectName`` ``agreementForm``.

    ``partners`` fill the Partner choices (``partner_id`` pre-selects one);
    ``agreement`` pre-fills the form for editing (its ``supersedes_id`` is
    kept in the result); ``known_areas`` feed the areas completer together
    with :data:`COMMON_AREAS`. After Save, :meth:`result_value` holds the
    :class:`AgreementFormResult`. With ``saving`` the form saves while still
    open (:class:`~desktop.dialogs.conflict_dialog.FormSaving`, called with
    ``allow_duplicate``): a busy library or a refusal is shown inline and
    keeps what was typed, someone else's change is shown side by side.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        library: Library,
        partners: Sequence[PartnerRead],
        agreement: AgreementRead | None = None,
        partner_id: int | None = None,
        known_areas: Sequence[str] = (),
        saving: FormSaving | None = None,
    ) -> None:
        super().__init__(parent)
        self._saving = saving
        self.setObjectName("agreementForm")
        self.setWindowTitle(self.tr("Edit agreement") if agreement else self.tr("Add agreement"))
        self._library = library
        self._agreement = agreement
        self._result: AgreementFormResult | None = None

        self.partner_combo = QComboBox(self)
        self.partner_combo.setPlaceholderText(self.tr("Choose a partner"))
        for partner in partners:
            self.partner_combo.addItem(display_name(partner.name, partner.office_name), partner.id)
            self.partner_combo.setItemData(
                self.partner_combo.count() - 1, partner.country, Qt.ItemDataRole.ToolTipRole
            )
        self.title_edit = TitleEdit(self)
        self.title_edit.submitted.connect(self._on_title_edit_submitted)
        self.type_combo = QComboBox(self)
        for kind in AgreementType:
            self.type_combo.addItem(enum_label(kind), kind.value)
        self.signed_field = DateField(self)
        # The optional dates (valid until...): a date field each, as the field table says.
        self.date_fields: dict[str, DateField] = {}
        for field in FORM_FIELDS:
            if field.kind == "date" and not field.required:
                self.date_fields[field.name] = date_field = DateField(self, optional=True)
                if field.form_tip:
                    tip = QCoreApplication.translate("AgreementDialog", field.form_tip)
                    date_field.setToolTip(tip)
        self.areas_edit = QLineEdit(self)
        self.areas_edit.setPlaceholderText(self.tr("e.g. environment; culture; sports"))
        common = [QCoreApplication.translate("AgreementDialog", str(area)) for area in COMMON_AREAS]
        areas = sorted(clean_areas([*known_areas, *common]), key=fold)
        self.areas_edit.setCompleter(AreasCompleter(areas, self.areas_edit))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)

        widgets: dict[str, QWidget] = {
            "partner_id": self.partner_combo,
            "title": self.title_edit,
            "type": self.type_combo,
            "date_signed": self.signed_field,
            "areas": self.areas_edit,
            "notes": self.notes_edit,
            **self.date_fields,
        }
        general = QWidget(self)
        form = QFormLayout(general)
        for field in FORM_FIELDS:  # in the order and with the captions of the field table
            caption = QCoreApplication.translate("AgreementDialog", str(field.form))
            form.addRow(caption, widgets[field.name])
        # Its life on pages of their own: the first page stays what most edits need.
        self.life_form = AgreementLifeForm(self)
        self.events_edit = EventsEdit(self)
        self.tabs = QTabWidget(self)
        #: A page of the agreement form: title, type, dates, areas, notes.
        self.tabs.addTab(general, self.tr("&General"))
        #: A page of the agreement form: in force from, renewal, notice, signatories.
        self.tabs.addTab(self.life_form, self.tr("Term and &signing"))
        #: A page of the agreement form: renewals, amendments, termination.
        self.tabs.addTab(self.events_edit, self.tr("&Events"))
        outer = QFormLayout()
        outer.addRow(self.tabs)
        self.set_form(outer, on_save=self._on_button_box_accepted)
        self.setMinimumWidth(560)

        self._fill(agreement, partner_id)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        library: Library,
        partners: Sequence[PartnerRead],
        agreement: AgreementRead | None = None,
        partner_id: int | None = None,
        known_areas: Sequence[str] = (),
        saving: FormSaving | None = None,
    ) -> AgreementFormResult | None:
        """Show the form modally; return what was saved, or ``None`` when cancelled.

        Without ``saving``, the caller writes: for an edit, turn
        ``result.data`` into a change with
        ``AgreementUpdate(**result.data.model_dump())``. With it, the form
        has saved already (``saving.saved``), or returned ``None`` with
        ``saving.theirs`` set when the user took the other version.
        """
        dialog = cls(
            parent,
            library=library,
            partners=partners,
            agreement=agreement,
            partner_id=partner_id,
            known_areas=known_areas,
            saving=saving,
        )
        try:
            accepted = dialog.exec() == Dialog.DialogCode.Accepted
            return dialog.result_value() if accepted else None
        finally:
            dialog.deleteLater()

    def result_value(self) -> AgreementFormResult | None:
        """The saved agreement and the duplicate decision; ``None`` until saved."""
        return self._result

    def _fill(self, agreement: AgreementRead | None, partner_id: int | None) -> None:
        if agreement is not None:
            partner_id = agreement.partner_id
            self.title_edit.setPlainText(agreement.title)
            self.signed_field.setDate(agreement.date_signed)
            for name, date_field in self.date_fields.items():
                date_field.setDate(getattr(agreement, name))
            self.areas_edit.setText(AREA_SEPARATOR.join(agreement.areas))
            self.notes_edit.setPlainText(agreement.notes)
            self.events_edit.set_events(agreement.events)
        self.life_form.fill(agreement)
        kind = agreement.type if agreement else AgreementType.MEMORANDUM_OF_UNDERSTANDING
        self.type_combo.setCurrentIndex(self.type_combo.findData(kind.value))
        self.partner_combo.setCurrentIndex(
            -1 if partner_id is None else self.partner_combo.findData(partner_id)
        )

    def _on_title_edit_submitted(self) -> None:
        self.button_box.button(QDialogButtonBox.StandardButton.Save).click()

    def _refusal(self) -> tuple[str, QWidget] | None:
        """The first reason the form cannot be saved, with the field to fix; None if none."""
        title = self.title_edit.title()
        signed = self.signed_field.date()
        if self.partner_combo.currentIndex() < 0:
            return self.tr("Choose the partner."), self.partner_combo
        if not title:
            return self.tr("Enter the title of the agreement."), self.title_edit
        if (refusal := title_refusal(title)) is not None:
            return refusal, self.title_edit
        if not self.signed_field.is_valid():
            message = self.tr("The date signed is not a date; write it as YYYY-MM-DD.")
            return self.signed_field.refusal(message), self.signed_field
        if signed is None:
            return self.tr("Enter the date the agreement was signed."), self.signed_field
        if (refusal := date_refusal(signed)) is not None:
            return refusal, self.signed_field
        for name, field in self.date_fields.items():
            if not field.is_valid():
                #: A form's refusal: {field} is the name of a date field ("Valid until").
                message = fill(self.tr("“{field}” is not a date; write it as YYYY-MM-DD."),
                               field=field_label(name))  # fmt: skip
                return field.refusal(message), field
            if (refusal := date_refusal(field.date())) is not None:
                return refusal, field
        until_field = self.date_fields["expires_on"]
        if (refusal := expires_on_refusal(signed, until_field.date())) is not None:
            return refusal, until_field
        if (life_refusal := self.life_form.refusal(signed, until_field.date())) is not None:
            self.tabs.setCurrentWidget(self.life_form)
            return life_refusal
        if (refusal := self.events_edit.refusal()) is not None:
            self.tabs.setCurrentWidget(self.events_edit)
            return refusal, self.events_edit
        return None

    def _data(self, signed: dt.date) -> AgreementCreate:
        """The agreement as the form gives it; raises what the schema refuses."""
        return AgreementCreate(
            partner_id=self.partner_combo.currentData(),
            title=self.title_edit.title(),
            type=AgreementType(self.type_combo.currentData()),
            date_signed=signed,
            areas=clean_areas(self.areas_edit.text().replace("；", ";")),
            notes=self.notes_edit.toPlainText(),
            **{name: date_field.date() for name, date_field in self.date_fields.items()},  # type: ignore[arg-type]
            **self.life_form.values(),
            events=self.events_edit.events(),
            supersedes_id=self._agreement.supersedes_id if self._agreement else None,
        )

    def _on_button_box_accepted(self) -> None:
        refusal = self._refusal()
        if refusal is not None:
            self.error_label.show_message(*refusal)
            return
        self.error_label.clear_message()
        # "Expires on" is meant to lie ahead; only the date signed is asked about.
        if not confirm_future_date(self.signed_field):
            return
        signed = self.signed_field.date()
        assert signed is not None  # _refusal() refuses an empty date signed
        try:
            data = self._data(signed)
        except (ValueError, ValidationError) as exc:  # a rule of the use case: say it inline
            self.error_label.show_message(first_error(exc), self.tabs)
            return
        allow_duplicate = False
        try:
            duplicate = find_duplicate(
                self._library,
                partner_id=data.partner_id,
                title=data.title,
                date_signed=data.date_signed,
                exclude_id=self._agreement.id if self._agreement else None,
            )
        except AccordError as exc:  # the server gone: say so, keep what was typed
            self.error_label.show_message(str(exc))
            return
        if duplicate is not None:
            question = fill(
                self.tr(
                    "{partner} already has “{title}” signed on {date} (ID {id}).\n\n"
                    "Save this agreement anyway?"
                ),
                partner=duplicate.partner_name,
                title=duplicate.title,
                date=format_date(duplicate.date_signed),
                id=duplicate.id,
            )
            answer = QMessageBox.question(
                self,
                self.tr("Possible duplicate"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.title_edit.setFocus()
                return
            allow_duplicate = True
        if self._saving is not None:
            outcome = self._saving.attempt(self, data, allow_duplicate=allow_duplicate)
            if outcome is SaveOutcome.THEIRS:
                self.reject()
            if outcome is not SaveOutcome.SAVED:
                return
        self._result = AgreementFormResult(data=data, allow_duplicate=allow_duplicate)
        self.accept()
