"""The agreement form's "Term and signing" and "Events" pages, with a real library."""

from __future__ import annotations

import datetime as dt

import pytest

from db.agreements import get_agreement, list_agreements, update_agreement
from db.enums import EventKind, Renewal
from db.partners import list_partners
from db.schemas import AgreementUpdate
from desktop.dialogs.agreement_dialog import AgreementDialog


@pytest.fixture
def seoul_dialog(qtbot, library):
    agreement = next(a for a in list_agreements(library) if a.partner_name == "Seoul")
    dialog = AgreementDialog(
        None, library=library, partners=list_partners(library), agreement=agreement
    )
    qtbot.addWidget(dialog)
    return dialog, agreement


def test_the_life_pages_give_what_the_use_case_stores(qtbot, library) -> None:
    first = next(a for a in list_agreements(library) if a.partner_name == "Seoul")
    agreement = update_agreement(
        library, first.id, AgreementUpdate(expires_on=dt.date(2019, 7, 22))
    )
    dialog = AgreementDialog(
        None, library=library, partners=list_partners(library), agreement=agreement
    )
    qtbot.addWidget(dialog)
    life = dialog.life_form
    signed = agreement.date_signed
    later = signed + dt.timedelta(days=30)
    life.effective_field.setDate(later)
    life.renewal_combo.setCurrentIndex(life.renewal_combo.findData("automatic"))
    life.term_field.amount.setValue(12)
    life.notice_field.amount.setValue(60)
    life.notice_field.unit.setCurrentIndex(life.notice_field.unit.findData("days"))
    life.place_edit.setText("서울특별시청")
    life.partner_signatories.add_row(("박원순", "서울특별시장"))
    life.office_signatories.add_row(("舛添要一", ""))
    life.staff_edit.setText("山田")
    dialog.events_edit.add_row(("2019-07-01", "renewed", "2024-07-22", "both sides agreed"))
    dialog.events_edit.add_row((f"{later.year}/{later.month}/{later.day}", "amended", "", "3"))
    dialog._on_button_box_accepted()
    data = dialog.result_value().data
    saved = update_agreement(library, agreement.id, AgreementUpdate(**data.model_dump()))
    assert (saved.effective_from, saved.renewal, saved.renewal_term, saved.notice_period) == (
        later, Renewal.AUTOMATIC, "P12M", "P60D")  # fmt: skip
    assert saved.partner_signatories == [{"name": "박원순", "title": "서울특별시장"}]
    assert saved.office_signatories == [{"name": "舛添要一", "title": ""}]
    assert [(e.kind, e.date, e.new_expiry) for e in saved.events] == [
        (EventKind.AMENDED, later, None),
        (EventKind.RENEWED, dt.date(2019, 7, 1), dt.date(2024, 7, 22)),
    ]
    assert saved.expires_on == dt.date(2024, 7, 22)  # the renewal moved the expiry shown
    assert get_agreement(library, agreement.id).place_signed == "서울특별시청"


def test_a_bad_event_date_is_refused_inline_on_its_page(seoul_dialog) -> None:
    dialog, _agreement = seoul_dialog
    dialog.events_edit.add_row(("someday", "amended", "", ""))
    dialog._on_button_box_accepted()
    assert dialog.result_value() is None
    assert dialog.tabs.currentWidget() is dialog.events_edit
    assert "Event 1" in dialog.error_label.text()


def test_an_automatic_renewal_without_a_term_is_refused_inline(seoul_dialog) -> None:
    dialog, _agreement = seoul_dialog
    life = dialog.life_form
    life.renewal_combo.setCurrentIndex(life.renewal_combo.findData("automatic"))
    dialog._on_button_box_accepted()
    assert dialog.result_value() is None
    assert dialog.tabs.currentWidget() is life
    assert "renews automatically" in dialog.error_label.text()


def test_a_signatory_title_without_a_name_is_refused(seoul_dialog) -> None:
    dialog, _agreement = seoul_dialog
    dialog.life_form.office_signatories.add_row(("", "Governor"))
    dialog._on_button_box_accepted()
    assert dialog.result_value() is None
    assert "needs a name" in dialog.error_label.text()


def test_entry_into_force_before_signing_is_refused_inline(seoul_dialog) -> None:
    dialog, agreement = seoul_dialog
    dialog.life_form.effective_field.setDate(agreement.date_signed - dt.timedelta(days=1))
    dialog._on_button_box_accepted()
    assert dialog.result_value() is None
    assert dialog.tabs.currentWidget() is dialog.life_form
    assert "cannot be earlier than the date signed" in dialog.error_label.text()


def test_a_signatory_a_report_could_not_give_back_is_refused_inline(seoul_dialog) -> None:
    dialog, _agreement = seoul_dialog
    dialog.life_form.partner_signatories.add_row(("Anne (Maire)", ""))
    dialog._on_button_box_accepted()
    assert dialog.result_value() is None
    assert dialog.tabs.currentWidget() is dialog.life_form
    assert "signatory" in dialog.error_label.text()
