"""The agreement model finds rows in its ID array: nothing else is kept per agreement."""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from db.agreement_query import AgreementQuery, agreement_ids
from db.text_search import search
from desktop.models.agreement_model import AgreementTableModel
from desktop.models.agreement_search import ShownQuery, load

if TYPE_CHECKING:
    from db.library import Library


@pytest.fixture
def agreement_model(library: Library):  # noqa: ANN201 - a pytest fixture
    model = AgreementTableModel(library)
    model.set_query(AgreementQuery())
    yield model
    model.wait_for_workers()


def test_row_of_and_rows_of_find_every_shown_agreement(agreement_model):
    ids = agreement_model.ids()
    assert len(ids) > 4
    assert [agreement_model.row_of(ident) for ident in ids] == list(range(len(ids)))
    assert agreement_model.rows_of(ids) == {ident: row for row, ident in enumerate(ids)}
    assert agreement_model.rows_of(ids[:2]) == {ids[0]: 0, ids[1]: 1}


def test_an_agreement_not_shown_has_no_row(agreement_model):
    missing = max(agreement_model.ids()) + 1
    assert agreement_model.row_of(missing) == -1
    assert agreement_model.rows_of([missing]) == {}
    first = agreement_model.ids()[0]
    assert agreement_model.rows_of([missing, first, missing + 1, missing + 2]) == {first: 0}


def test_the_ids_stay_an_array_after_a_sort(qtbot, agreement_model):
    before = agreement_model.ids()
    with qtbot.waitSignal(agreement_model.loaded, timeout=10_000):
        agreement_model.sort(AgreementTableModel.DATE_SIGNED, Qt.SortOrder.AscendingOrder)
    assert agreement_model.ids() == before[::-1]
    assert agreement_model.row_of(before[0]) == len(before) - 1
    assert not any(isinstance(value, dict) and len(value) >= len(before)
                   for value in vars(agreement_model).values())  # fmt: skip


def test_a_search_returns_its_ids_in_an_array_as_the_plain_query_does(library):
    query = ShownQuery(search="tokyo")
    loaded = load(library, query)
    assert loaded.query == query
    assert isinstance(loaded.ids, array)
    assert loaded.ids.tolist() == search(library, "tokyo").agreement_ids.tolist() != []
    one = next(iter(loaded.extra.partner_ids))
    mine = load(library, ShownQuery(partner_id=one, search="tokyo")).ids
    assert isinstance(mine, array)
    theirs = set(agreement_ids(library, AgreementQuery(partner_id=one)))
    assert mine.tolist() == [i for i in loaded.ids if i in theirs] != []
