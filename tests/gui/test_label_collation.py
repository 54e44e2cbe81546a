"""Types and relationships as the user sees them: the Type column sorts by the label shown
(in the chosen language's collation), and the search field finds a type or relationship
by its label in any language Accord speaks (覚書, 共同声明, 姉妹友好都市...)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCollator, QLocale, Qt

from db.agreements import add_agreement, list_agreements
from db.enums import AgreementType, Relationship
from db.i18n.ui_language import LanguageChoice
from db.partners import list_partners
from db.schemas import AgreementCreate
from db.search.labels import alternatives
from desktop.models.agreement_model import AgreementTableModel
from desktop.support.item_roles import ItemRole
from desktop.support.labels import enum_label
from desktop.support.language import install_translators
from desktop.window.main_window import MainWindow
from tests.gui.test_main_window import search, sort_by

if TYPE_CHECKING:
    from collections.abc import Iterator

    from db.library import Library

LOCALES = {"ja": "ja_JP", "en": "en_US"}


@pytest.fixture(params=["ja", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # noqa: ANN001
    install_translators(qapp, LanguageChoice(request.param, "option"))
    yield request.param
    install_translators(qapp, LanguageChoice("en", "option"))


@pytest.fixture
def win(qtbot, library: Library, language: str) -> MainWindow:  # noqa: ANN001
    for kind in AgreementType:  # every type at least once, one titled with "another"
        add_agreement(
            library,
            AgreementCreate(partner_id=list_partners(library)[0].id, title=f"Another {kind}",
                            type=kind, date_signed=dt.date(2001, 1, 1)),
        )  # fmt: skip
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.browser.loading)
    return window


def records(win: MainWindow) -> list:
    model = win.browser.agreement_model
    model.settle()
    return [model.index(row, 0).data(ItemRole.RECORD) for row in range(model.rowCount())]


def test_the_type_column_sorts_by_the_label_shown(qtbot, win: MainWindow, language: str) -> None:  # noqa: ANN001
    sort_by(qtbot, win, AgreementTableModel.TYPE, Qt.SortOrder.AscendingOrder)
    model = win.browser.agreement_model
    model.settle()
    shown = [model.index(row, AgreementTableModel.TYPE).data() for row in range(model.rowCount())]
    runs = [label for label, _ in itertools.groupby(shown)]
    labels = [enum_label(kind) for kind in AgreementType]
    assert runs == sorted(labels, key=QCollator(QLocale(LOCALES[language])).sortKey)
    if language == "ja":  # neither the English labels' order nor code points
        assert runs != [enum_label(k) for k in sorted(AgreementType, key=lambda k: k.label)]
        assert runs != sorted(labels)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("覚書", {AgreementType.MEMORANDUM_OF_UNDERSTANDING}),
        ("共同声明", {AgreementType.JOINT_STATEMENT}),
        ("共同", {AgreementType.JOINT_STATEMENT, AgreementType.JOINT_COMMUNIQUE,
                  AgreementType.JOINT_DECLARATION}),
        ("意向書", {AgreementType.LETTER_OF_INTENT}),
        ("その他", {AgreementType.OTHER}),
        ("mou", {AgreementType.MEMORANDUM_OF_UNDERSTANDING}),
        ("Joint statement", {AgreementType.JOINT_STATEMENT}),
    ],
)  # fmt: skip
def test_a_type_label_in_any_language_finds_that_type(
    qtbot,
    win: MainWindow,
    library: Library,
    text: str,
    kinds: set,  # noqa: ANN001
) -> None:
    search(qtbot, win, text)
    found = records(win)
    kind_of = {a.id: a.type for a in list_agreements(library)}
    assert {kind_of[row.id] for row in found} == kinds
    assert len(found) == sum(kind_of[i] in kinds for i in kind_of)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("姉妹友好都市", Relationship.SISTER_FRIENDSHIP),
        ("協力関係都市", Relationship.COOPERATION_PARTNER),
        ("Sister/friendship", Relationship.SISTER_FRIENDSHIP),
    ],
)
def test_a_relationship_label_in_any_language_finds_its_partners(
    qtbot,
    win: MainWindow,
    library: Library,
    text: str,
    wanted: Relationship,  # noqa: ANN001
) -> None:
    search(qtbot, win, text)
    proxy = win.browser.partner_proxy
    shown = [proxy.index(row, 0).data(ItemRole.RECORD) for row in range(1, proxy.rowCount())]
    expected = {p.id for p in list_partners(library) if p.relationship == wanted}
    assert expected
    assert {p.id for p in shown} == expected
    relationship = {p.id: p.relationship for p in list_partners(library)}
    found = records(win)
    assert found
    assert {relationship[row.partner_id] for row in found} == {wanted}


def test_a_word_in_no_label_stands_for_itself_alone() -> None:
    assert alternatives("paris") == ("paris",)
    assert alternatives("覚書") == ("覚書", " memorandum of understanding")
