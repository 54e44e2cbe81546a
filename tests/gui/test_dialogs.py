"""The partner and agreement forms, the date field and the dialog base, driven through Qt.

Widgets are filled through their API (``setText``, ``setPlainText``; never
``keyClicks`` with non-ASCII text), Save is clicked on the button box, and
only ``QMessageBox.question`` is patched.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QDate, QMimeData, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox

from db.agreements import list_agreements
from db.enums import AgreementType, EventKind, PartnerKind, Relationship, Renewal
from db.errors import DateError
from db.partners import list_partners
from db.rules import EARLIEST_DATE, date_refusal
from db.schemas import EventData
from desktop.dialogs.agreement_dialog import AgreementDialog, AgreementFormResult
from desktop.dialogs.base_dialog import geometry_key
from desktop.dialogs.date_field import DateField, is_far_future, parse_date
from desktop.dialogs.partner_dialog import PartnerDialog

if TYPE_CHECKING:
    from db.schemas import AgreementRead, PartnerRead

SAVE = QDialogButtonBox.StandardButton.Save
KOREAN = "도쿄도와 서울특별시 간의 교류 및 협력에 관한 양해각서"
THAI = "แถลงการณ์ร่วมระหว่างกรุงเทพมหานครและรัฐบาลกรุงโตเกียว"
ARABIC = "مذكرة تفاهم بشأن التبادل والتعاون بين أبوظبي وحكومة طوكيو"
SEOUL_MOU = (
    "Memorandum of Understanding on Exchange and Cooperation Between "
    "the Tokyo Metropolitan Government and the Seoul Metropolitan Government"
)


@pytest.fixture
def partners(library) -> list[PartnerRead]:
    return list_partners(library)


def partner_named(partners: list[PartnerRead], name: str) -> PartnerRead:
    return next(partner for partner in partners if partner.name == name)


def agreement_titled(library, title: str) -> AgreementRead:
    return next(a for a in list_agreements(library) if a.title == title)


def form_error(dialog: QDialog) -> QLabel:
    label = dialog.findChild(QLabel, "formError")
    assert label is not None
    return label


@pytest.fixture
def agreement_dialog(qtbot, library, partners):
    dialog = AgreementDialog(None, library=library, partners=partners, known_areas=["water"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def partner_dialog(qtbot, partners):
    dialog = PartnerDialog(
        None,
        countries=[partner.country for partner in partners],
        existing_names=[partner.name for partner in partners],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_agreement(dialog: AgreementDialog, partner_id: int, title: str, signed: str) -> None:
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findData(partner_id))
    dialog.title_edit.setPlainText(title)
    dialog.signed_field.lineEdit().setText(signed)


# --- date field ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2014-07-23",
        "2014/7/23",
        "2014.07.23",
        "20140723",
        "2014年7月23日",
        "２０１４－０７－２３",
        # what the CSV import reads, through the same parser
        "平成26年7月23日",
        "H26.7.23",
        "２０１４年７月２３日",
        "23/07/2014",
        "July 23, 2014",
    ],
)
def test_parse_date_reads_what_people_type(text):
    assert parse_date(text) == dt.date(2014, 7, 23)


@pytest.mark.parametrize("text", ["08/07/2014", "2014-02-30", "soon", "2014-7", "平成31年5月1日"])
def test_parse_date_refuses_what_is_not_a_date(text):
    with pytest.raises(DateError):
        parse_date(text)


def test_date_field_typed_iso_text_gives_the_date(qtbot):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    assert field.date() is None
    assert field.is_valid()
    field.lineEdit().setText("2014-07-23")
    assert field.date() == dt.date(2014, 7, 23)
    field.lineEdit().clear()
    qtbot.keyClicks(field.lineEdit(), "1960/2/29")
    field.lineEdit().editingFinished.emit()
    assert field.date() == dt.date(1960, 2, 29)
    assert field.lineEdit().text() == "1960-02-29"  # normalised when editing ends
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Up)
    assert field.date() == dt.date(1960, 3, 1)
    field.setDate(None)
    assert field.date() is None
    assert field.lineEdit().text() == ""
    field.lineEdit().setText("2014-13-01")
    assert field.date() is None
    assert not field.is_valid()


@pytest.mark.parametrize(
    ("text", "date", "hint"),
    [
        ("令和6年5月14日", dt.date(2024, 5, 14), "14 May 2024"),
        ("H26.7.23", dt.date(2014, 7, 23), "23 July 2014"),
        ("2014/7/23", dt.date(2014, 7, 23), "23 July 2014"),
        ("soon", None, "Not a date"),
        ("", None, ""),
    ],
)
def test_date_field_shows_what_it_understood(qtbot, text, date, hint):
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.lineEdit().setText("2000-01-01")
    field.lineEdit().setText(text)
    assert field.date() == date
    assert field.hint() == hint


def test_agreement_signed_as_an_era_date_is_saved_as_iso(agreement_dialog, partners, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", _fail_question)
    seoul = partner_named(partners, "Seoul").id
    fill_agreement(agreement_dialog, seoul, "Accord", "令和6年5月14日")
    assert agreement_dialog.signed_field.hint() == "14 May 2024"
    agreement_dialog.button_box.button(SAVE).click()
    assert agreement_dialog.result() == QDialog.DialogCode.Accepted
    assert agreement_dialog.result_value().data.date_signed == dt.date(2024, 5, 14)


def test_date_field_calendar_popup_sets_the_date(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar()
    assert calendar.isVisible()
    assert calendar.selectedDate() == QDate.currentDate()  # no date yet: opens at today
    calendar.clicked.emit(QDate(2014, 7, 23))
    assert field.date() == dt.date(2014, 7, 23)
    assert not calendar.isVisible()


# --- agreement form -------------------------------------------------------------


def test_agreement_form_has_its_contract_name(agreement_dialog):
    assert agreement_dialog.objectName() == "agreementForm"
    assert agreement_dialog.windowTitle() == "Add agreement"
    assert not form_error(agreement_dialog).isVisible()


def test_agreement_required_fields_are_refused_inline(agreement_dialog, partners):
    save = agreement_dialog.button_box.button(SAVE)
    error = form_error(agreement_dialog)

    save.click()
    assert error.isVisible()
    assert "partner" in error.text()
    assert agreement_dialog.focusWidget() is agreement_dialog.partner_combo

    seoul = partner_named(partners, "Seoul")
    agreement_dialog.partner_combo.setCurrentIndex(
        agreement_dialog.partner_combo.findData(seoul.id)
    )
    agreement_dialog.title_edit.setPlainText("   ")
    save.click()
    assert "title" in error.text()
    assert agreement_dialog.focusWidget() is agreement_dialog.title_edit

    agreement_dialog.title_edit.setPlainText("Joint statement on climate action")
    save.click()
    assert "date the agreement was signed" in error.text()
    assert agreement_dialog.focusWidget() is agreement_dialog.signed_field.lineEdit()

    agreement_dialog.signed_field.lineEdit().setText("2024-13-45")
    save.click()
    assert "date signed is not a date" in error.text()

    agreement_dialog.signed_field.lineEdit().setText("2024-05-14")
    agreement_dialog.date_fields["expires_on"].lineEdit().setText("2024-05-13")
    save.click()
    assert "cannot be earlier than the date signed" in error.text()
    assert agreement_dialog.focusWidget() is agreement_dialog.date_fields["expires_on"].lineEdit()

    assert agreement_dialog.isVisible()
    assert agreement_dialog.result_value() is None


@pytest.mark.parametrize("title", [KOREAN, THAI, ARABIC])
def test_agreement_round_trip(agreement_dialog, partners, title, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", _fail_question)
    bangkok = partner_named(partners, "Bangkok")
    fill_agreement(agreement_dialog, bangkok.id, title, "2025-02-06")
    dialog = agreement_dialog
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("joint_communique"))
    dialog.date_fields["expires_on"].lineEdit().setText("2030/2/5")
    dialog.areas_edit.setText(" environment ;; Culture; culture ;  disaster prevention;")
    dialog.notes_edit.setPlainText("  Signed in Bangkok.\nSecond line.  ")
    dialog.button_box.button(SAVE).click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    result = dialog.result_value()
    assert result == AgreementFormResult(data=result.data, allow_duplicate=False)
    data = result.data
    assert data.partner_id == bangkok.id
    assert data.title == title
    assert data.type is AgreementType.JOINT_COMMUNIQUE
    assert data.date_signed == dt.date(2025, 2, 6)
    assert data.expires_on == dt.date(2030, 2, 5)
    assert data.areas == ["environment", "Culture", "disaster prevention"]
    assert data.notes == "Signed in Bangkok.\nSecond line."
    assert data.supersedes_id is None


def test_agreement_optional_expires_on_unset_is_none(agreement_dialog, partners, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", _fail_question)
    fill_agreement(agreement_dialog, partner_named(partners, "Rome").id, "Letter", "2020-01-02")
    agreement_dialog.areas_edit.setText("")
    agreement_dialog.button_box.button(SAVE).click()
    data = agreement_dialog.result_value().data
    assert data.expires_on is None
    assert data.areas == []
    assert data.type is AgreementType.MEMORANDUM_OF_UNDERSTANDING


def test_agreement_title_stays_one_line(qtbot, agreement_dialog):
    title = agreement_dialog.title_edit
    title.setPlainText("Joint Communique of the City of Helsinki\n(Republic of Finland)")
    assert title.title() == "Joint Communique of the City of Helsinki (Republic of Finland)"
    mime = QMimeData()
    mime.setText("Joint Communique\r\nof Tokyo")  # pasted from a PDF
    title.clear()
    title.insertFromMimeData(mime)
    assert title.toPlainText() == "Joint Communique of Tokyo"
    title.setPlainText("Joint Communique")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Return)  # Enter is Save, not a new line
    assert title.toPlainText() == "Joint Communique"
    assert form_error(agreement_dialog).isVisible()  # Save was pressed: no partner yet


def test_agreement_areas_completer_completes_the_last_area(agreement_dialog):
    completer = agreement_dialog.areas_edit.completer()
    agreement_dialog.areas_edit.setText("culture; disas")
    assert completer.splitPath("culture; disas") == ["disas"]
    completer.setCompletionPrefix("disas")
    index = completer.completionModel().index(0, 0)
    assert completer.pathFromIndex(index) == "culture; disaster prevention"
    completer.setCompletionPrefix("wat")  # passed in by the caller
    assert completer.currentCompletion() == "culture; water"


def test_agreement_partner_is_preselected(qtbot, library, partners):
    berlin = partner_named(partners, "Berlin")
    dialog = AgreementDialog(None, library=library, partners=partners, partner_id=berlin.id)
    qtbot.addWidget(dialog)
    assert dialog.partner_combo.currentData() == berlin.id
    assert dialog.partner_combo.currentText() == "Berlin"
    assert dialog.signed_field.date() is None  # a new agreement's date starts unset


def test_agreement_edit_prefills_every_field(qtbot, library, partners, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", _fail_question)
    from db.agreements import update_agreement
    from db.schemas import AgreementUpdate

    original = agreement_titled(library, SEOUL_MOU)
    update_agreement(
        library,
        original.id,
        AgreementUpdate(
            areas=["environment", "culture"],
            notes="Renewed by the 2015 joint statement.",
            expires_on=dt.date(2019, 7, 22),
            supersedes_id=None,
            effective_from=dt.date(2014, 8, 1),
            renewal=Renewal.BY_AGREEMENT,
            renewal_term="P12M",
            notice_period="90 days",
            place_signed="서울",
            office_signatories=[{"name": "舛添要一", "title": "東京都知事"}],
            partner_signatories=[{"name": "박원순", "title": "서울특별시장"}, "Kim"],
            responsible_staff="山田",
            events=[EventData(kind=EventKind.AMENDED, date=dt.date(2016, 2, 1), note="Art. 3")],
        ),
    )
    agreement = next(a for a in list_agreements(library) if a.id == original.id)
    dialog = AgreementDialog(None, library=library, partners=partners, agreement=agreement)
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == "Edit agreement"
    assert dialog.partner_combo.currentData() == agreement.partner_id
    assert dialog.title_edit.toPlainText() == agreement.title
    assert dialog.type_combo.currentData() == agreement.type.value
    assert dialog.signed_field.date() == dt.date(2014, 7, 23)
    assert dialog.date_fields["expires_on"].date() == dt.date(2019, 7, 22)
    assert dialog.areas_edit.text() == "environment; culture"
    assert dialog.notes_edit.toPlainText() == agreement.notes

    dialog.button_box.button(SAVE).click()  # unchanged: itself is not a duplicate
    data = dialog.result_value().data
    assert data.model_dump() == {
        "partner_id": agreement.partner_id,
        "title": agreement.title,
        "type": agreement.type,
        "date_signed": agreement.date_signed,
        "areas": agreement.areas,
        "notes": agreement.notes,
        "expires_on": agreement.expires_on,
        "supersedes_id": agreement.supersedes_id,
        **dialog_values_expected(),
    }
    assert dialog.life_form.term_field.iso() == "P12M"
    assert dialog.life_form.notice_field.iso() == "P90D"


def dialog_values_expected():
    """The lifecycle fields the test above stores, as the form must give them back."""
    return {
        "effective_from": dt.date(2014, 8, 1),
        "renewal": Renewal.BY_AGREEMENT,
        "renewal_term": "P12M",
        "notice_period": "P90D",
        "place_signed": "서울",
        "office_signatories": [{"name": "舛添要一", "title": "東京都知事"}],
        "partner_signatories": [{"name": "박원순", "title": "서울특별시장"},
                                {"name": "Kim", "title": ""}],
        "responsible_staff": "山田",
        "events": [{"kind": EventKind.AMENDED, "date": dt.date(2016, 2, 1), "new_expiry": None,
                    "note": "Art. 3", "automatic": False}],
    }  # fmt: skip


def test_duplicate_answered_no_keeps_the_form(agreement_dialog, partners, monkeypatch):
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    seoul = partner_named(partners, "Seoul")
    fill_agreement(agreement_dialog, seoul.id, SEOUL_MOU.upper(), "2014-07-23")
    agreement_dialog.areas_edit.setText("culture")
    agreement_dialog.button_box.button(SAVE).click()

    assert len(asked) == 1
    assert "Seoul" in asked[0]
    assert "2014-07-23" in asked[0]
    assert agreement_dialog.isVisible()
    assert agreement_dialog.result() == QDialog.DialogCode.Rejected
    assert agreement_dialog.result_value() is None
    assert agreement_dialog.title_edit.toPlainText() == SEOUL_MOU.upper()
    assert agreement_dialog.signed_field.date() == dt.date(2014, 7, 23)
    assert agreement_dialog.areas_edit.text() == "culture"


def test_duplicate_answered_yes_allows_it(agreement_dialog, partners, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    fill_agreement(agreement_dialog, partner_named(partners, "Seoul").id, SEOUL_MOU, "2014-07-23")
    agreement_dialog.button_box.button(SAVE).click()
    result = agreement_dialog.result_value()
    assert result.allow_duplicate is True
    assert result.data.title == SEOUL_MOU


def test_same_title_another_day_is_no_duplicate(agreement_dialog, partners, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", _fail_question)
    fill_agreement(agreement_dialog, partner_named(partners, "Seoul").id, SEOUL_MOU, "2014-07-24")
    agreement_dialog.button_box.button(SAVE).click()
    assert agreement_dialog.result_value().allow_duplicate is False


def test_agreement_ask_returns_the_result(qtbot, library, partners, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", _fail_question)
    paris = partner_named(partners, "Paris")
    seen: list[AgreementDialog] = []

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AgreementDialog)
        seen.append(dialog)
        dialog.title_edit.setPlainText("東京都とパリ市との共同声明")
        dialog.signed_field.lineEdit().setText("2021-08-08")
        dialog.button_box.button(SAVE).click()

    QTimer.singleShot(0, fill_and_save)
    result = AgreementDialog.ask(None, library=library, partners=partners, partner_id=paris.id)
    assert seen, "the dialog was never shown"
    assert result is not None
    assert result.data.partner_id == paris.id
    assert result.data.title == "東京都とパリ市との共同声明"
    assert result.data.date_signed == dt.date(2021, 8, 8)


def test_agreement_ask_cancelled_returns_none(qtbot, library, partners):
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert AgreementDialog.ask(None, library=library, partners=partners) is None


def _fail_question(*args):
    raise AssertionError("no duplicate question was expected")


# --- implausible dates, the same rule in both forms ------------------------------


class Questions:
    """Stands in for ``QMessageBox.question``: records the texts, gives ``answer``."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.texts: list[str] = []

    def __call__(self, parent, title, text, *args):
        self.texts.append(text)
        return self.answer


def test_dates_before_1900_are_refused_and_far_future_ones_are_flagged():
    assert date_refusal(dt.date(1899, 12, 31)) == (
        "1899-12-31 looks wrong: dates before 1900 are not accepted."
    )
    assert date_refusal(dt.date(1, 1, 1)).startswith("0001-01-01 looks wrong")
    assert date_refusal(EARLIEST_DATE) is None
    assert date_refusal(None) is None
    today = dt.date(2026, 11, 30)
    assert not is_far_future(dt.date(2027, 11, 30), today=today)
    assert is_far_future(dt.date(2027, 12, 1), today=today)
    assert not is_far_future(dt.date(2025, 3, 1), today=dt.date(2024, 2, 29))
    assert is_far_future(dt.date(2025, 3, 2), today=dt.date(2024, 2, 29))
    assert not is_far_future(None)


@pytest.mark.parametrize("signed", ["0001-01-01", "1899-12-31"])
def test_agreement_signed_before_1900_is_refused_inline(
    agreement_dialog, partners, monkeypatch, signed
):
    monkeypatch.setattr(QMessageBox, "question", _fail_question)
    fill_agreement(agreement_dialog, partner_named(partners, "Seoul").id, "Accord", signed)
    agreement_dialog.button_box.button(SAVE).click()
    error = form_error(agreement_dialog)
    assert error.isVisible()
    assert error.text() == f"{signed} looks wrong: dates before 1900 are not accepted."
    assert agreement_dialog.focusWidget() is agreement_dialog.signed_field.lineEdit()
    assert agreement_dialog.result_value() is None


def test_agreement_expires_on_before_1900_is_refused_inline(agreement_dialog, partners):
    fill_agreement(agreement_dialog, partner_named(partners, "Seoul").id, "Accord", "2024-05-14")
    agreement_dialog.date_fields["expires_on"].lineEdit().setText("0001-01-01")
    agreement_dialog.button_box.button(SAVE).click()
    assert form_error(agreement_dialog).text().startswith("0001-01-01 looks wrong")
    assert agreement_dialog.focusWidget() is agreement_dialog.date_fields["expires_on"].lineEdit()
    assert agreement_dialog.result_value() is None


@pytest.mark.parametrize("signed", ["2204-01-01", "9999-12-31"])
def test_agreement_signed_far_ahead_is_saved_only_when_confirmed(
    agreement_dialog, partners, monkeypatch, signed
):
    questions = Questions(QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "question", questions)
    fill_agreement(agreement_dialog, partner_named(partners, "Seoul").id, "Accord", signed)
    save = agreement_dialog.button_box.button(SAVE)
    save.click()
    assert questions.texts == [f"{signed} is in the future; save anyway?"]
    assert agreement_dialog.result_value() is None
    assert agreement_dialog.isVisible()
    assert agreement_dialog.focusWidget() is agreement_dialog.signed_field.lineEdit()

    questions.answer = QMessageBox.StandardButton.Yes
    save.click()
    assert agreement_dialog.result_value().data.date_signed == parse_date(signed)


def test_agreement_signed_within_a_year_or_valid_far_ahead_is_not_asked(
    agreement_dialog, partners, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", _fail_question)
    soon = dt.date.today() + dt.timedelta(days=300)
    fill_agreement(agreement_dialog, partner_named(partners, "Seoul").id, "Accord", str(soon))
    agreement_dialog.date_fields["expires_on"].lineEdit().setText("2204-01-01")
    agreement_dialog.button_box.button(SAVE).click()
    data = agreement_dialog.result_value().data
    assert (data.date_signed, data.expires_on) == (soon, dt.date(2204, 1, 1))


def fill_partner(dialog: PartnerDialog, affiliation: str) -> None:
    dialog.name_edit.setText("Kyiv")
    dialog.country_combo.setCurrentText("Ukraine")
    dialog.affiliation_field.lineEdit().setText(affiliation)


def test_partner_affiliation_before_1900_is_refused_inline(partner_dialog, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", _fail_question)
    fill_partner(partner_dialog, "0001-01-01")
    partner_dialog.button_box.button(SAVE).click()
    error = form_error(partner_dialog)
    assert error.isVisible()
    assert error.text() == "0001-01-01 looks wrong: dates before 1900 are not accepted."
    assert partner_dialog.focusWidget() is partner_dialog.affiliation_field.lineEdit()
    assert partner_dialog.result_value() is None


def test_partner_affiliation_far_ahead_is_saved_only_when_confirmed(partner_dialog, monkeypatch):
    questions = Questions(QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "question", questions)
    fill_partner(partner_dialog, "2204-01-01")
    save = partner_dialog.button_box.button(SAVE)
    save.click()
    assert questions.texts == ["2204-01-01 is in the future; save anyway?"]
    assert partner_dialog.result_value() is None
    assert partner_dialog.focusWidget() is partner_dialog.affiliation_field.lineEdit()
    questions.answer = QMessageBox.StandardButton.Yes
    save.click()
    assert partner_dialog.result_value().date_of_affiliation == dt.date(2204, 1, 1)


# --- partner form -------------------------------------------------------------


def test_partner_required_name_and_country(partner_dialog):
    save = partner_dialog.button_box.button(SAVE)
    error = form_error(partner_dialog)
    assert partner_dialog.objectName() == "partnerForm"
    assert partner_dialog.windowTitle() == "Add partner"

    save.click()
    assert error.isVisible()
    assert "name" in error.text()
    assert partner_dialog.focusWidget() is partner_dialog.name_edit

    partner_dialog.name_edit.setText("Kyiv")
    save.click()
    assert "country" in error.text()
    assert partner_dialog.focusWidget() is partner_dialog.country_combo
    assert partner_dialog.result_value() is None
    assert partner_dialog.isVisible()


@pytest.mark.parametrize("name", ["seoul", "  SEOUL ", "Sao Paulo (State)"])
def test_partner_duplicate_name_is_refused(partner_dialog, name):
    partner_dialog.name_edit.setText(name)
    partner_dialog.country_combo.setCurrentText("Republic of Korea")
    partner_dialog.button_box.button(SAVE).click()
    error = form_error(partner_dialog)
    assert error.isVisible()
    assert "already a partner named" in error.text()
    assert "Seoul" in error.text() or "São Paulo (state)" in error.text()
    assert partner_dialog.focusWidget() is partner_dialog.name_edit
    assert partner_dialog.result_value() is None


def test_partner_new_round_trip_keeps_cyrillic(partner_dialog):
    dialog = partner_dialog
    assert dialog.country_combo.currentText() == ""
    assert dialog.country_combo.findText("Russian Federation") >= 0
    dialog.name_edit.setText("Novosibirsk Region")
    dialog.local_name_edit.setText("Новосибирская область")
    dialog.office_name_edit.setText(" ノヴォシビルスク州 ")
    dialog.country_combo.setCurrentText("Russian Federation")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("region"))
    dialog.relationship_combo.setCurrentIndex(
        dialog.relationship_combo.findData("sister_friendship")
    )
    dialog.affiliation_field.lineEdit().setText("2001-09-11")
    dialog.notes_edit.setPlainText("Regional exchange.")
    dialog.button_box.button(SAVE).click()

    data = dialog.result_value()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert data.name == "Novosibirsk Region"
    assert data.local_name == "Новосибирская область"
    assert data.office_name == "ノヴォシビルスク州"  # cleaned as every name
    assert data.country == "Russian Federation"
    assert data.kind is PartnerKind.REGION
    assert data.relationship is Relationship.SISTER_FRIENDSHIP
    assert data.date_of_affiliation == dt.date(2001, 9, 11)
    assert data.notes == "Regional exchange."


def test_partner_edit_prefills_and_keeps_its_own_name(qtbot, partners):
    moscow = partner_named(partners, "Moscow")
    dialog = PartnerDialog(
        None,
        countries=[p.country for p in partners],
        partner=moscow,
        existing_names=[p.name for p in partners],
    )
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit partner"
    assert dialog.name_edit.text() == "Moscow"
    assert dialog.local_name_edit.text() == "Москва"
    assert dialog.office_name_edit.text() == "モスクワ市"
    assert dialog.country_combo.currentText() == "Russian Federation"
    assert dialog.kind_combo.currentData() == "city"
    assert dialog.relationship_combo.currentText() == "Sister/friendship"
    assert dialog.affiliation_field.date() == dt.date(1991, 7, 16)

    dialog.name_edit.setText("MOSCOW")  # its own name, in other case: no clash
    dialog.affiliation_field.lineEdit().clear()  # optional date unset
    dialog.button_box.button(SAVE).click()
    data = dialog.result_value()
    assert data.name == "MOSCOW"
    assert data.office_name == "モスクワ市"
    assert data.date_of_affiliation is None


def test_partner_ask_with_timer(qtbot, partners):
    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PartnerDialog)
        dialog.name_edit.setText("Kyiv")
        dialog.local_name_edit.setText("Київ")
        dialog.country_combo.setCurrentText("Ukraine")
        dialog.button_box.button(SAVE).click()

    QTimer.singleShot(0, fill_and_save)
    data = PartnerDialog.ask(None, countries=[p.country for p in partners])
    assert data is not None
    assert (data.name, data.local_name, data.country) == ("Kyiv", "Київ", "Ukraine")
    assert data.date_of_affiliation is None


# --- geometry -------------------------------------------------------------------


def test_geometry_is_saved_on_close_and_restored(qtbot, library, partners):
    key = geometry_key("agreementForm")
    assert QSettings().value(key) is None
    first = AgreementDialog(None, library=library, partners=partners)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 520)
    first.reject()
    saved = QSettings().value(key)
    assert saved is not None
    assert len(saved) > 0

    second = AgreementDialog(None, library=library, partners=partners)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == first.size()


def test_date_field_hint_in_japanese_gives_the_era(qtbot, qapp):
    from db.i18n.ui_language import LanguageChoice
    from desktop.support.language import install_translators

    install_translators(qapp, LanguageChoice("ja", "option"))
    try:
        field = DateField()
        qtbot.addWidget(field)
        field.lineEdit().setText("令和6年5月14日")
        assert field.hint() == "2024年5月14日（令和6年）"
        field.lineEdit().setText("いつか")
        assert field.hint() == "日付として読めません"
    finally:
        install_translators(qapp, LanguageChoice("en", "option"))
