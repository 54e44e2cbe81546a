"""The window on a library of thousands of agreements: lazy pages, searches off the GUI thread.

A real library with a few thousand generated agreements (bulk inserted, as
an import of a large file leaves them) opened in the real window. Nothing
is timed: the tests assert what is held in memory, which thread answers,
which results land, and which signals a change causes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from db.agreement_query import AgreementQuery, agreement_ids
from db.agreements import get_agreement, update_agreement
from db.reindex import reindex
from db.schemas import AgreementUpdate
from db.text_search import search
from desktop.models.agreement_model import CACHE_ROWS, PAGE, AgreementTableModel
from desktop.support.changes import RecordChange
from desktop.support.item_roles import ItemRole
from desktop.window.main_window import MainWindow
from desktop.window.search_field import SEARCH_DELAY_MS
from tests.test_agreement_query import generate

if TYPE_CHECKING:
    from db.library import Library

TOTAL = 5021  # 5,000 generated and the 21 built-in agreements


@pytest.fixture
def large(library: Library) -> Library:
    generate(library, agreements=5000, partners=400)
    reindex(library)  # rows inserted in bulk: their search index, as an import writes it
    return library


@pytest.fixture
def big_window(qtbot, large):  # noqa: ANN001, ANN201 - pytest fixtures
    win = MainWindow(large, restore_settings=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def model_of(win: MainWindow) -> AgreementTableModel:
    return win.browser.agreement_model


def wait_loaded(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(lambda: not win.search_field.pending and not win.browser.loading)


def test_opening_holds_ids_and_only_the_painted_pages(big_window):
    model = model_of(big_window)
    assert model.rowCount() == TOTAL
    assert big_window.counts_label.text() == f"420 partners · {TOTAL} agreements · {TOTAL} shown"
    assert 0 < model.cached_count <= 2 * PAGE  # the first page, not 5,021 records
    assert big_window.current_agreement().id == model.id_at(0)


def test_scrolling_to_the_end_fetches_that_page_only(qtbot, big_window):
    model = model_of(big_window)
    view = big_window.agreement_view
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.cached_row(model.id_at(TOTAL - 1)) is not None)
    assert model.cached_count <= 4 * PAGE
    assert model.cached_row(model.id_at(TOTAL // 2)) is None
    last = model.index(TOTAL - 1, AgreementTableModel.TITLE).data(ItemRole.RECORD)
    assert last.id == model.id_at(TOTAL - 1)


def test_reading_every_row_keeps_the_cache_bounded(big_window):
    model = model_of(big_window)
    for row in range(0, TOTAL, 97):
        assert model.index(row, AgreementTableModel.TITLE).data()
    assert model.cached_count <= CACHE_ROWS


def test_a_search_runs_off_the_gui_thread_and_shows_the_sql_result(qtbot, large, big_window):
    model = model_of(big_window)
    with qtbot.waitSignal(big_window.browser.agreements_loaded, timeout=10_000):
        big_window.search_field.setText('"city 17"')
        big_window.apply_search()
        assert big_window.browser.loading  # the GUI thread went on
    expected = search(large, '"city 17"').agreement_ids.tolist()  # ranked, as the search gives
    assert model.ids() == expected
    assert 0 < len(expected) < TOTAL
    partners = [
        big_window.partner_view.model().index(row, 0).data()
        for row in range(1, big_window.partner_view.model().rowCount())
    ]
    assert partners
    assert all("17" in name for name in partners)


def test_a_stale_search_result_is_dropped(qtbot, large, big_window):
    model = model_of(big_window)
    loads: list[object] = []
    model.loaded.connect(loads.append)
    big_window.browser.set_search("city 3")
    big_window.browser.set_search("city 4")
    big_window.browser.set_search("agreement 49")
    wait_loaded(qtbot, big_window)
    qtbot.wait(50)  # let any late result arrive: it must be dropped
    # One search landed (its first screen first, "49" being too short for the trigram
    # index, then the whole of it); nothing of the two stale ones.
    assert sorted((found.text, found.partial) for found in loads) == [
        ("agreement 49", False),
        ("agreement 49", True),
    ]
    assert model.ids() == search(large, "agreement 49").agreement_ids.tolist()


def test_typing_is_debounced_and_enter_searches_at_once(qtbot, big_window):
    field = big_window.search_field
    asked: list[str] = []
    field.search_requested.connect(asked.append)
    for text in ("c", "ci", "cit", "city"):
        field.setText(text)
    assert field.pending
    assert asked == []
    qtbot.waitUntil(lambda: asked == ["city"], timeout=5 * SEARCH_DELAY_MS + 1000)
    field.setText("city 9")
    field.returnPressed.emit()
    assert asked == ["city", "city 9"]
    assert not field.pending
    wait_loaded(qtbot, big_window)


def test_a_header_click_sorts_in_the_database_and_keeps_the_selection(qtbot, big_window):
    model = model_of(big_window)
    row = 123
    big_window.agreement_view.setCurrentIndex(model.index(row, 0))
    chosen = big_window.current_agreement().id
    header = big_window.agreement_view.horizontalHeader()
    with qtbot.waitSignal(model.layoutChanged, timeout=10_000):
        header.setSortIndicator(AgreementTableModel.TITLE, Qt.SortOrder.AscendingOrder)
    assert big_window.current_agreement().id == chosen
    assert big_window.agreement_view.currentIndex().row() == model.row_of(chosen) != row
    assert model.query.sort == "title"
    assert not model.query.descending


def test_an_edit_of_one_agreement_repaints_its_row_only(qtbot, large, big_window):
    model = model_of(big_window)
    chosen = model.id_at(5)
    big_window.select_agreement(chosen)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    update_agreement(large, chosen, AgreementUpdate(notes="Renewed in 2026."))
    with qtbot.waitSignal(model.dataChanged) as changed:
        big_window.notifier.notify(RecordChange(agreements=True, agreement_id=chosen))
    assert changed.args[0].row() == changed.args[1].row() == 5
    assert resets == []
    assert big_window.current_agreement().notes == "Renewed in 2026."
    assert big_window.detail.value_label("notes").text() == "Renewed in 2026."


def test_an_edit_that_moves_an_agreement_reloads_the_ids_and_keeps_it_selected(large, big_window):
    model = model_of(big_window)
    chosen = model.id_at(40)
    big_window.select_agreement(chosen)
    newest = get_agreement(large, model.id_at(0)).date_signed
    update_agreement(
        large, chosen, AgreementUpdate(date_signed=newest.replace(year=newest.year + 1))
    )
    big_window.notifier.notify(RecordChange(agreements=True, agreement_id=chosen))
    assert model.id_at(0) == chosen
    assert big_window.current_agreement().id == chosen
    assert model.rowCount() == TOTAL


def test_export_of_what_is_shown_waits_for_a_pending_sort(big_window):
    model = model_of(big_window)
    header = big_window.agreement_view.horizontalHeader()
    header.setSortIndicator(AgreementTableModel.DATE_SIGNED, Qt.SortOrder.AscendingOrder)
    assert big_window.browser.loading
    shown = big_window.browser.shown_ids()
    assert not big_window.browser.loading
    assert (
        shown == model.ids() == agreement_ids(big_window.library, AgreementQuery(descending=False))
    )
