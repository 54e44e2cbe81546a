"""The agreement form's "Term and signing" and "Events" pages.

:class:`AgreementLifeForm` edits when an agreement is in force and how it goes on
(effective from, renewal, term, notice period), who signed where (signatories of each
side, place of signing) and who looks after it (responsible staff);
:class:`~desktop.dialogs.life_widgets.EventsEdit` its renewals, amendments and
termination. The expiry stays on the first page beside the date signed. The status is
never typed: the detail panel shows it, derived (:func:`db.lifecycle.life.status`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from db.enums import Renewal
from db.rules import (
    date_refusal,
    effective_from_refusal,
    line_refusal,
    renewal_refusal,
    signatories_refusal,
)
from desktop.dialogs.date_field import DateField
from desktop.dialogs.life_widgets import PeriodField, SignatoriesEdit
from desktop.support.labels import enum_label

if TYPE_CHECKING:
    import datetime as dt

    from db.schemas import AgreementRead


class AgreementLifeForm(QWidget):
    """Effective from, renewal, term, notice, place, signatories and staff of an agreement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementLifeForm")
        self.effective_field = DateField(self, optional=True)
        #: Tooltip of the agreement form's "Effective from": what an empty field means.
        self.effective_field.setToolTip(
            QCoreApplication.translate(
                "AgreementLifeForm", "Leave empty if it entered into force when signed"
            )
        )
        self.renewal_combo = QComboBox(self)
        for kind in Renewal:
            self.renewal_combo.addItem(enum_label(kind), kind.value)
        self.term_field = PeriodField(self)
        self.notice_field = PeriodField(self)
        self.place_edit = QLineEdit(self)
        self.office_signatories = SignatoriesEdit(self)
        self.partner_signatories = SignatoriesEdit(self)
        self.staff_edit = QLineEdit(self)
        form = QFormLayout(self)
        rows = (
            #: Agreement form: the day the agreement entered into force.
            (
                QCoreApplication.translate("AgreementLifeForm", "E&ffective from:"),
                self.effective_field,
            ),
            #: Agreement form: how the agreement goes on after its end (none, automatic...).
            (QCoreApplication.translate("AgreementLifeForm", "&Renewal:"), self.renewal_combo),
            #: Agreement form: the length of each renewed term.
            (QCoreApplication.translate("AgreementLifeForm", "Renewal &term:"), self.term_field),
            #: Agreement form: how long before the end notice must be given.
            (QCoreApplication.translate("AgreementLifeForm", "N&otice period:"), self.notice_field),
            #: Agreement form: the city where the agreement was signed.
            (QCoreApplication.translate("AgreementLifeForm", "&Place signed:"), self.place_edit),
            #: Agreement form: who signed for the office (Tokyo).
            (
                QCoreApplication.translate("AgreementLifeForm", "Signed for the &office:"),
                self.office_signatories,
            ),
            #: Agreement form: who signed for the partner.
            (
                QCoreApplication.translate("AgreementLifeForm", "Signed for the p&artner:"),
                self.partner_signatories,
            ),
            #: Agreement form: the staff member who looks after the agreement.
            (
                QCoreApplication.translate("AgreementLifeForm", "Responsible &staff:"),
                self.staff_edit,
            ),
        )
        for caption, widget in rows:
            form.addRow(caption, widget)

    def fill(self, agreement: AgreementRead | None) -> None:
        """Show ``agreement``'s values (a new agreement: none, no renewal)."""
        if agreement is None:
            self.renewal_combo.setCurrentIndex(self.renewal_combo.findData(Renewal.NONE.value))
            return
        self.effective_field.setDate(agreement.effective_from)
        self.renewal_combo.setCurrentIndex(self.renewal_combo.findData(agreement.renewal.value))
        self.term_field.set_iso(agreement.renewal_term)
        self.notice_field.set_iso(agreement.notice_period)
        self.place_edit.setText(agreement.place_signed)
        self.office_signatories.set_signatories(agreement.office_signatories)
        self.partner_signatories.set_signatories(agreement.partner_signatories)
        self.staff_edit.setText(agreement.responsible_staff)

    def refusal(
        self, date_signed: dt.date | None, expires_on: dt.date | None
    ) -> tuple[str, QWidget] | None:
        """The first reason these fields cannot be saved (for an agreement signed on
        ``date_signed`` and ending on ``expires_on``), with the widget to fix."""
        if not self.effective_field.is_valid():
            message = QCoreApplication.translate(
                "AgreementLifeForm", "“Effective from” is not a date; write it as YYYY-MM-DD."
            )
            return self.effective_field.refusal(message), self.effective_field
        if (refusal := date_refusal(self.effective_field.date())) is not None:
            return refusal, self.effective_field
        refusal = effective_from_refusal(date_signed, self.effective_field.date())
        if refusal is not None:
            return refusal, self.effective_field
        for field in (self.term_field, self.notice_field):
            if (refusal := field.refusal()) is not None:
                return refusal, field
        refusal = renewal_refusal(
            Renewal(self.renewal_combo.currentData()), self.term_field.iso(), expires_on
        )
        if refusal is not None:
            return refusal, self.term_field
        for people in (self.office_signatories, self.partner_signatories):
            if (refusal := people.refusal()) is not None:
                return refusal, people
            if (refusal := signatories_refusal(people.signatories())) is not None:
                return refusal, people
        for line in (self.place_edit, self.staff_edit):
            name = "place_signed" if line is self.place_edit else "responsible_staff"
            if (refusal := line_refusal(name, line.text())) is not None:
                return refusal, line
        return None

    def values(self) -> dict[str, Any]:
        """The fields as :class:`db.schemas.AgreementCreate` takes them."""
        return {
            "effective_from": self.effective_field.date(),
            "renewal": Renewal(self.renewal_combo.currentData()),
            "renewal_term": self.term_field.iso(),
            "notice_period": self.notice_field.iso(),
            "place_signed": self.place_edit.text(),
            "office_signatories": self.office_signatories.signatories(),
            "partner_signatories": self.partner_signatories.signatories(),
            "responsible_staff": self.staff_edit.text(),
        }
