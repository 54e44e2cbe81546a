"""Names and titles put into translated texts show exactly as typed.

``%1``/``%2`` chains garbled them: ``MoU%20Seoul%202024.pdf`` became
``MoU3,3730Seoul3,37302024.pdf`` once the size went into ``%2``. Every
message now goes through :func:`desktop.support.messages.fill`, one pass over named
fields.
"""

from __future__ import annotations

import datetime as dt
import shutil
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from db.agreements import add_agreement, list_agreements
from db.partners import add_partner
from db.schemas import AgreementCreate, PartnerCreate
from desktop.support.messages import fill, plural, summary

if TYPE_CHECKING:
    from desktop.window.main_window import MainWindow

TRICKY = ("%1", "%2", "%n", "{name}", "{size}", "{n}", "%L1", "50%")


class Questions:
    """Stands in for ``QMessageBox.question``: records the texts, answers No."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, parent, title, text, *args):
        self.texts.append(text)
        return QMessageBox.StandardButton.No


@pytest.fixture
def questions(monkeypatch) -> Questions:
    recorder = Questions()
    monkeypatch.setattr(QMessageBox, "question", recorder)
    return recorder


def trigger(win: MainWindow, name: str) -> None:
    found = win.findChild(QAction, name)
    assert found is not None, name
    found.trigger()


# -- the helper -----------------------------------------------------------------


def test_fill_puts_each_value_in_once_and_never_rereads_it():
    text = fill(
        "Attached {name} ({size} bytes).", name="MoU%20Seoul%202024 {size}.pdf", size="3,373"
    )
    assert text == "Attached MoU%20Seoul%202024 {size}.pdf (3,373 bytes)."


@pytest.mark.parametrize("tricky", TRICKY)
def test_fill_keeps_any_placeholder_look_alike_in_a_value(tricky):
    title = f"Title with {tricky} and %3"
    assert fill("“{title}” ({partner})", title=title, partner="{title}") == (
        f"“{title}” ({{title}})"
    )


def test_fill_leaves_percent_signs_braces_and_unknown_fields_of_the_template():
    assert fill("100% {done}; {a-b} {missing} {}", done="yes") == "100% yes; {a-b} {missing} {}"


def test_plural_puts_in_the_count_and_the_values():
    one, many = "Delete “{name}” and its agreement?", "Delete “{name}” and its {n} agreements?"
    assert plural(1, one, many, name="{n}%n") == "Delete “{n}%n” and its agreement?"
    assert plural(3, one, many, name="{n}%n") == "Delete “{n}%n” and its 3 agreements?"


def test_summary_keeps_the_error_text():
    assert summary(OSError("disk %1 {detail} full")) == (
        "Something unexpected went wrong (OSError: disk %1 {detail} full)."
    )


# -- in the window ------------------------------------------------------------------


def test_dropping_a_file_named_with_percent_escapes_shows_its_name(
    qtbot, tmp_path, samples, window, answer_attach_form
):
    dropped = tmp_path / "MoU%20Seoul%202024.pdf"
    shutil.copyfile(samples / "habibi.pdf", dropped)
    size = dropped.stat().st_size
    answer_attach_form([(None, None)])
    with qtbot.waitSignal(window.documents.document_attached, timeout=10_000):
        window.attach_dropped_files([dropped])
    assert answer_attach_form.seen[0]["names"] == ["MoU%20Seoul%202024.pdf"]
    assert window.statusBar().currentMessage() == (
        f"Attached MoU%20Seoul%202024.pdf ({size:,} bytes)."
    )
    assert window.document_view.model().index(0, 0).data() == "MoU%20Seoul%202024.pdf"


def test_deleting_an_agreement_quotes_its_title_as_typed(library, questions, window):
    partner = next(a for a in list_agreements(library) if a.partner_name == "Abu Dhabi")
    title = "Title with %2 and %3 {partner} {date}"
    added = add_agreement(
        library,
        AgreementCreate(
            partner_id=partner.partner_id, title=title, date_signed=dt.date(2024, 3, 1)
        ),
    )
    window.refresh()
    assert window.select_agreement(added.id)
    window.agreement_view.setFocus()
    window.records.delete_agreement(window.current_agreement())
    assert questions.texts == [f"Delete the agreement “{title}” (Abu Dhabi, signed 2024-03-01)?"]
    assert added.id in {a.id for a in list_agreements(library)}


def test_deleting_a_partner_quotes_its_name_as_typed(library, questions, window):
    name = "Team %1 {name} {n} %n"
    partner = add_partner(library, PartnerCreate(name=name, country="Japan"))
    window.refresh()
    assert window.select_partner(partner.id)
    window.records.delete_partner(window.current_partner())
    assert questions.texts == [f"Delete the partner “{name}”?"]
