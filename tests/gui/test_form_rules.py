"""The forms read dates with the CSV import's parser and refuse with :mod:`db.rules`' sentences.

Text is set with ``setText`` (``qtbot.keyClicks`` with non-ASCII text aborts
the process); Save is clicked on the button box.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from db.dates import parse_date as parse_csv_date
from db.errors import DateError
from db.partners import list_partners
from db.rules import date_refusal, expires_on_refusal, title_refusal
from desktop.dialogs.agreement_dialog import AgreementDialog
from desktop.dialogs.date_field import DateField


@pytest.fixture
def field(qtbot) -> DateField:
    widget = DateField(optional=True)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("令和6年5月1日", dt.date(2024, 5, 1)),
        ("July 23, 2014", dt.date(2014, 7, 23)),
        ("2014/7/23", dt.date(2014, 7, 23)),
    ],
)
def test_the_date_field_reads_what_the_csv_import_reads(field: DateField, text, date) -> None:
    field.lineEdit().setText(text)
    assert field.is_valid()
    assert field.date() == date == parse_csv_date(text)


@pytest.mark.parametrize("text", ["平成31年5月1日", "July 23", "2021-02-30"])
def test_the_date_field_refuses_with_the_csv_imports_sentence(field: DateField, text) -> None:
    field.lineEdit().setText(text)
    with pytest.raises(DateError) as refused:
        parse_csv_date(text)
    assert not field.is_valid()
    assert field.date() is None
    assert field.reason() == field.hint() == str(refused.value)


def test_an_empty_date_field_is_no_date(field: DateField) -> None:
    field.lineEdit().setText("  ")
    assert field.is_valid()
    assert field.date() is None


@pytest.fixture
def dialog(qtbot, library) -> AgreementDialog:
    partners = list_partners(library)
    form = AgreementDialog(None, library=library, partners=partners, known_areas=[])
    qtbot.addWidget(form)
    form.partner_combo.setCurrentIndex(form.partner_combo.findData(partners[0].id))
    return form


def _refusal(dialog: AgreementDialog) -> str:
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    label = dialog.findChild(QLabel, "formError")
    assert label is not None
    assert dialog.result_value() is None
    return label.text()


def test_the_form_says_what_the_records_core_says(dialog: AgreementDialog) -> None:
    dialog.signed_field.lineEdit().setText("令和2年1月1日")
    dialog.title_edit.setPlainText("x" * 1001)
    assert _refusal(dialog) == title_refusal("x" * 1001)

    dialog.title_edit.setPlainText("Fine")
    dialog.date_fields["expires_on"].lineEdit().setText("2019/12/31")
    assert _refusal(dialog) == expires_on_refusal(dt.date(2020, 1, 1), dt.date(2019, 12, 31))

    dialog.signed_field.lineEdit().setText("1899-12-31")
    assert _refusal(dialog) == date_refusal(dt.date(1899, 12, 31))
