"""The window's search over records and document pages: ranked agreements, the results
panel (``searchHitsView``), a hit opening the preview at its page with the words marked,
the "no text" mark of a scan, and File › Rebuild Search Index… (``actionReindex``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from fpdf import FPDF
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QPushButton

from db.agreements import list_agreements
from db.documents import attach_document
from db.text import fold
from db.text_search import search as db_search
from desktop.models.agreement_model import AgreementTableModel
from desktop.models.document_model import DocumentTableModel
from desktop.models.search_hits_model import SearchHitsModel, snippet_html
from desktop.support.item_roles import ItemRole

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.window.main_window import MainWindow


def make_pdf(path: Path, pages: list[str]) -> Path:
    """Write a real PDF with fpdf2, one page per text ('' makes a page without text)."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 10, text)
    pdf.output(str(path))
    return path


def search(qtbot, win: MainWindow, text: str) -> None:  # noqa: ANN001 - pytest-qt fixture
    """Type ``text`` (through the widget's API) and wait for its agreements to load."""
    win.search_field.setText(text)
    qtbot.waitUntil(lambda: not win.search_field.pending and not win.browser.loading)


def shown_titles(win: MainWindow) -> list[str]:
    model = win.browser.agreement_model
    return [model.agreement_at(row).title for row in range(model.rowCount())]


def hits_view(win: MainWindow) -> QListView:
    view = win.findChild(QListView, "searchHitsView")
    assert view is not None
    return view


@pytest.fixture
def with_pdf(library, tmp_path):  # noqa: ANN001, ANN201 - pytest fixtures
    """The oldest agreement with a three-page PDF whose page 3 speaks of hydrogen buses."""
    agreement = min(list_agreements(library), key=lambda a: a.date_signed)
    pages = [
        "Memorandum between the two cities on culture.",
        "Article 2. Sports exchanges between the two cities.",
        "Article 3. Both cities shall introduce Hydrogen buses by 2030.",
    ]
    document = attach_document(library, agreement.id, make_pdf(tmp_path / "buses.pdf", pages))
    return agreement, document


def test_typing_a_query_shows_the_agreements_in_the_search_rank_order(qtbot, window, library):
    search(qtbot, window, "tokyo")
    expected = db_search(library, "tokyo").agreement_ids.tolist()
    assert expected, "the built-in library has agreements mentioning Tokyo"
    assert window.browser.agreement_model.ids() == expected
    # Ranked: no column's sort indicator is shown.
    assert not window.agreement_view.horizontalHeader().isSortIndicatorShown()


def test_a_header_click_sorts_the_found_agreements_by_that_column(qtbot, window, library):
    search(qtbot, window, "tokyo")
    found = set(window.browser.agreement_model.ids())
    window.agreement_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Title
    qtbot.waitUntil(lambda: not window.browser.loading)
    titles = shown_titles(window)
    assert set(window.browser.agreement_model.ids()) == found
    assert [fold(t) for t in titles] == sorted(fold(t) for t in titles)  # the title column's order
    assert window.agreement_view.horizontalHeader().isSortIndicatorShown()
    # A new query is ranked again.
    search(qtbot, window, "seoul")
    assert (
        window.browser.agreement_model.ids() == db_search(library, "seoul").agreement_ids.tolist()
    )


def test_a_mouse_click_on_a_heading_sorts_the_ranked_found_set(qtbot, window, library):
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    search(qtbot, window, "tokyo")
    found = window.browser.agreement_model.ids()
    header = window.agreement_view.horizontalHeader()
    title = AgreementTableModel.TITLE
    x = header.sectionViewportPosition(title) + header.sectionSize(title) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    qtbot.waitUntil(lambda: not window.browser.loading)
    ids = window.browser.agreement_model.ids()
    assert sorted(ids) == sorted(found)
    assert ids != found
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == title
    titles = [fold(t) for t in shown_titles(window)]
    assert titles in (sorted(titles), sorted(titles, reverse=True))


def test_the_partner_filter_keeps_the_chosen_partners_found_agreements(qtbot, window, library):
    search(qtbot, window, "communique")
    found = db_search(library, "communique")
    first = window.browser.agreement_model.agreement_at(0)
    assert window.select_partner(first.partner_id)
    qtbot.waitUntil(lambda: not window.browser.loading)
    ids = window.browser.agreement_model.ids()
    assert ids == [i for i in found.agreement_ids if i in set(ids)]
    assert all(
        window.browser.agreement_model.agreement_at(row).partner_id == first.partner_id
        for row in range(len(ids))
    )


def test_an_attached_pdf_is_found_at_once_and_listed_with_page_and_snippet(qtbot, window, with_pdf):
    agreement, document = with_pdf
    window.refresh()
    panel = window.browser.hits_panel
    widths = window.browser.lists_splitter.sizes()
    search(qtbot, window, "tokyo")
    assert not panel.isVisible()  # records only: no page hits
    search(qtbot, window, "hydrogen")
    assert window.browser.agreement_model.ids() == [agreement.id]
    assert panel.isVisible()
    splitter = window.browser.lists_splitter
    # The panel's width once the splitter has laid out with it (a posted layout request, as below).
    qtbot.waitUntil(lambda: splitter.sizes()[2] > 0)
    sizes = splitter.sizes()
    assert sizes[0] < widths[0]  # the room came from the partners, not the agreements
    assert sizes[1] >= widths[1] - splitter.handleWidth()  # (less the new handle)
    model = hits_view(window).model()
    assert isinstance(model, SearchHitsModel)
    assert model.rowCount() == 1
    hit = model.index(0, 0).data(ItemRole.RECORD)
    assert (hit.document_id, hit.page_number) == (document.id, 3)
    assert model.index(0, 0).data() == "buses.pdf — p. 3"
    assert "Hydrogen buses" in hit.snippet
    assert '<b style="x">Hydrogen</b> buses' in snippet_html(hit, "x")
    search(qtbot, window, "")
    assert not panel.isVisible()
    # The partners' width back, once the splitter has laid out without the panel's handle
    # (QSplitter does that on a posted layout request: a busy machine gets it a moment later).
    qtbot.waitUntil(lambda: window.browser.lists_splitter.sizes()[:2] == widths[:2])


def test_a_pdf_attached_in_the_window_is_found_at_once(qtbot, window, tmp_path, answer_attach_form):
    agreement = window.current_agreement()
    path = make_pdf(tmp_path / "tram.pdf", ["Cover page.", "Both cities shall run trams."])
    answer_attach_form([(None, None)])
    with qtbot.waitSignal(window.documents.document_attached, timeout=10_000):
        window.documents.attach_files(agreement, [path])
    search(qtbot, window, "trams")
    assert window.browser.agreement_model.ids() == [agreement.id]
    hits = window.browser.hits_panel.model.hits()
    assert [(h.original_name, h.page_number) for h in hits] == [("tram.pdf", 2)]


def test_choosing_a_hit_opens_the_preview_at_its_page_with_the_words_marked(
    qtbot, window, with_pdf
):
    agreement, document = with_pdf
    window.refresh()
    search(qtbot, window, "Hydrogen")
    window.select_agreement(None)
    window.browser.hits_panel.choose(0)
    assert window.current_agreement().id == agreement.id
    assert window.current_document().id == document.id
    preview = window.preview
    navigator = preview.view.pageNavigator()
    qtbot.waitUntil(lambda: navigator.currentPage() == 2)
    search_model = preview.view.searchModel()
    assert search_model is window.browser.highlighter.model
    assert search_model.searchString() == "Hydrogen"
    qtbot.waitUntil(lambda: search_model.count() > 0)
    qtbot.waitUntil(lambda: preview.view.currentSearchResultIndex() >= 0)
    current = search_model.resultAtIndex(preview.view.currentSearchResultIndex())
    assert current.page() == 2


def test_the_words_are_marked_on_a_document_previewed_during_a_search(qtbot, window, with_pdf):
    agreement, document = with_pdf
    window.refresh()
    search(qtbot, window, "buses")
    assert window.current_agreement().id == agreement.id  # the only one found, selected
    assert window.current_document().id == document.id
    model = window.browser.highlighter.model
    assert model.searchString() == "buses"
    qtbot.waitUntil(lambda: model.count() == 1)
    assert model.resultAtIndex(0).page() == 2
    search(qtbot, window, "")
    assert model.searchString() == ""


def test_the_hits_panel_is_readable_in_a_dark_palette(qtbot, window, with_pdf):
    from PySide6.QtGui import QColor, QPalette

    from desktop.window.search_hits import mark_style

    dark, light = QPalette(), QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    assert "#ffffff" in mark_style(dark).split("color:")[-1]
    assert "#000000" in mark_style(light).split("color:")[-1]


def test_a_pdf_without_a_text_layer_is_marked_no_text(qtbot, window, library, tmp_path):
    agreement = min(list_agreements(library), key=lambda a: a.date_signed)
    blank = attach_document(library, agreement.id, make_pdf(tmp_path / "scan.pdf", ["", ""]))
    words = attach_document(library, agreement.id, make_pdf(tmp_path / "words.pdf", ["Text."]))
    window.refresh()
    assert window.select_agreement(agreement.id)
    model = window.document_view.document_model
    qtbot.waitUntil(lambda: model.no_text(blank.id))
    assert not model.no_text(words.id)
    pages = model.index(model.row_of(blank.id), DocumentTableModel.PAGES)
    assert "no text" in pages.data()
    assert "cannot be searched" in pages.data(Qt.ItemDataRole.ToolTipRole)
    other = model.index(model.row_of(words.id), DocumentTableModel.PAGES)
    assert "no text" not in other.data()
    search(qtbot, window, "is:notext")
    assert window.browser.agreement_model.ids() == [agreement.id]


def test_rebuild_search_index_runs_and_can_be_cancelled(qtbot, window, library, monkeypatch):
    from db.errors import Cancelled

    action = window.findChild(type(window.window_actions.find), "actionReindex")
    assert action is not None
    assert action.isEnabled()
    operation = window.reindexer
    with qtbot.waitSignal(operation.finished, timeout=20000):
        action.trigger()
    assert not operation.busy
    assert "rebuilt" in window.status_bar.currentMessage()

    # Cancel: the worker's next progress call returns False. The real rebuild runs; its
    # first progress call waits until Cancel has been pressed, so the test cannot race it.
    import threading

    import db.reindex

    real, cancelled = db.reindex.reindex, threading.Event()

    def waiting_reindex(lib, progress=None, **kwargs):  # noqa: ANN001, ANN003, ANN202
        def first_waits(done: int, total: int):  # noqa: ANN202 - the Progress protocol
            cancelled.wait(10)
            return progress(done, total)

        return real(lib, first_waits, **kwargs)

    monkeypatch.setattr(db.reindex, "reindex", waiting_reindex)
    failures: list[str] = []
    operation.failed.connect(failures.append)
    with qtbot.waitSignal(operation.failed, timeout=20000):
        action.trigger()
        assert not action.isEnabled()  # while it runs
        operation.progress.findChild(QPushButton).click()  # the progress dialog's Cancel
        cancelled.set()
    assert failures == [str(Cancelled("The search index was not rebuilt."))]
    assert action.isEnabled()
    assert window.status_bar.currentMessage() == failures[0]
