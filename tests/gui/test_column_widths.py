"""First-run column widths fit their contents, on a small laptop screen and a full-HD one.

The window is laid out at 1366×768 and 1920×1080 (at 200 % scaling the
same logical sizes are laid out, so the same assertions hold) and the
geometry is measured with the views' own font metrics.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTableView

from db.documents import attach_document
from db.enums import AgreementType
from db.i18n.ui_language import LanguageChoice
from desktop.models.agreement_model import AgreementTableModel
from desktop.models.partner_model import PartnerTableModel, _count_end
from desktop.support.cell_delegates import GAP
from desktop.support.labels import enum_label
from desktop.support.language import install_translators
from desktop.window.browser_columns import TITLE_MIN, cell_margin
from desktop.window.main_window import MainWindow
from tests.test_pdf_documents import make_pdf

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.library import Library

SCREENS = [(1366, 768), (1920, 1080)]


@pytest.fixture(
    params=[(*size, scale) for size in SCREENS for scale in (1.0, 1.25)],
    ids=lambda p: f"{p[0]}x{p[1]}-text{int(p[2] * 100)}",
)
def first_run(request, qtbot, library: Library) -> Iterator[MainWindow]:  # noqa: ANN001
    """The window as a first run shows it on a screen of the given size, its text at the
    given scale (Windows' "make text bigger" setting)."""
    width, height, scale = request.param
    app_font = QApplication.font()
    if scale != 1.0:
        bigger = QFont(app_font)
        bigger.setPointSizeF(app_font.pointSizeF() * scale)
        QApplication.setFont(bigger)
    window = MainWindow(library, restore_settings=False)
    window.setProperty("textScale", scale)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    yield window
    QApplication.setFont(app_font)


def _text_fits(view: QTableView, column: int, text: str, font: QFont | None = None) -> bool:
    metrics = QFontMetrics(font) if font is not None else view.fontMetrics()
    needed = metrics.horizontalAdvance(text) + cell_margin(view)
    return needed <= view.columnWidth(column)


def _columns_fit_the_view(view: QTableView) -> bool:
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    return sum(header.sectionSize(c) for c in shown) <= view.viewport().width()


def test_all_agreements_and_its_count_are_whole(first_run: MainWindow) -> None:
    view = first_run.partner_view
    text = view.model().index(0, PartnerTableModel.NAME).data()
    assert text == "All agreements (21)"
    bold = QFont(view.font())
    bold.setBold(True)
    assert _text_fits(view, PartnerTableModel.NAME, text, bold)
    assert _columns_fit_the_view(view)


def test_the_titles_get_the_spare_width(first_run: MainWindow) -> None:
    """The titles are the widest column; at normal text size they get at least
    TITLE_MIN characters, and on a full-HD screen types and partners are whole too
    (with bigger text there is not room for all of it: the other text columns give way)."""
    view = first_run.agreement_view
    average = view.fontMetrics().averageCharWidth()
    title = view.columnWidth(AgreementTableModel.TITLE)
    normal_text = first_run.property("textScale") == 1.0
    others = [
        view.columnWidth(c)
        for c in (AgreementTableModel.TYPE, AgreementTableModel.DATE_SIGNED)
        + (AgreementTableModel.DOCUMENTS, AgreementTableModel.PARTNER)
    ]
    assert title > max(others)
    assert _columns_fit_the_view(view)
    if normal_text:
        assert title >= TITLE_MIN * average - 1
    if normal_text and first_run.width() >= 1920:
        for row in range(view.model().rowCount()):
            for column in (AgreementTableModel.TYPE, AgreementTableModel.PARTNER):
                assert _text_fits(view, column, view.model().index(row, column).data())


def test_narrow_columns_are_as_wide_as_their_contents_with_a_gap(first_run: MainWindow) -> None:
    view = first_run.agreement_view
    header = view.horizontalHeader()
    gap = view.fontMetrics().averageCharWidth()
    for column in (AgreementTableModel.DATE_SIGNED, AgreementTableModel.DOCUMENTS):
        width = view.columnWidth(column)
        assert header.sectionSizeHint(column) <= width  # the header is whole
        # ...and not much wider: a one-digit count gets no title's room
        assert width <= header.sectionSizeHint(column) + 3 * gap
    assert _text_fits(view, AgreementTableModel.DATE_SIGNED, "2025-02-06" + "  ")
    assert _text_fits(view, AgreementTableModel.DOCUMENTS, "999" + "  ")


def test_the_size_of_a_document_keeps_clear_of_the_next_column(
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    agreement = window.current_agreement()
    attach_document(library, agreement.id, make_pdf(tmp_path / "signed.pdf"))
    window.refresh()
    documents = window.document_view
    qtbot.waitUntil(lambda: documents.document_model.rowCount() == 1)
    model = documents.document_model
    size = model.index(0, model.SIZE).data()
    assert size.endswith("bytes")
    gap = documents.fontMetrics().averageCharWidth()
    assert _text_fits(documents, model.SIZE, size + " ")
    assert gap > 0
    needed = documents.fontMetrics().horizontalAdvance(size) + cell_margin(documents) + gap
    assert documents.columnWidth(model.SIZE) >= needed


def test_a_narrow_column_elides_the_name_and_keeps_the_count(window: MainWindow) -> None:
    view = window.partner_view
    index = view.model().index(0, PartnerTableModel.NAME)
    delegate = view.itemDelegateForIndex(index)
    option = QStyleOptionViewItem()
    option.widget = view
    option.rect = QRect(0, 0, view.fontMetrics().horizontalAdvance("All agre (21)"), 20)
    delegate.initStyleOption(option, index)
    assert option.text.endswith("(21)")
    assert "…" in option.text
    assert option.text.startswith("All")


@pytest.mark.parametrize(
    ("text", "count", "end"),
    [
        ("All agreements (21)", 21, "(21)"),
        ("All agreements (10021)", 10021, "(10021)"),
        ("All agreements (10,021)", 10021, "(10,021)"),
        ("すべての協定（21件）", 21, "（21件）"),
        ("All agreements", 21, ""),
    ],
)
def test_the_count_end_of_the_pinned_row(text: str, count: int, end: str) -> None:
    assert _count_end(text, count) == end


def test_a_first_window_fits_its_screen(qtbot, library: Library) -> None:
    """No remembered layout: the window is no larger than the screen's free area
    (the offscreen screen is 800×800; the first window would be 1280×800)."""
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width()
    assert window.height() <= free.height()
    assert _columns_fit_the_view(window.agreement_view)


def test_the_type_column_shows_its_longest_label(first_run: MainWindow) -> None:
    """On a 1366-wide screen and wider, at normal text size, every type label is whole,
    shown in the list yet or not ("Memorandum of understanding" was "Memorandum of …")."""
    view = first_run.agreement_view
    if first_run.property("textScale") != 1.0:
        # Bigger text: the text columns give way, but every column still fits the view.
        assert _columns_fit_the_view(view)
        return
    for kind in AgreementType:
        assert _text_fits(view, AgreementTableModel.TYPE, enum_label(kind)), enum_label(kind)
    assert _columns_fit_the_view(view)


def test_the_count_column_has_a_short_heading_and_the_full_one_as_tooltip(
    first_run: MainWindow,
) -> None:
    """A one- or two-digit count gets the room of a short heading, not of "Documents"."""
    view = first_run.agreement_view
    model = view.model()
    column = AgreementTableModel.DOCUMENTS
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(column, horizontal) == "Docs"
    assert model.headerData(column, horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Number of PDF documents"
    )
    metrics = view.fontMetrics()
    assert view.columnWidth(column) < 11 * metrics.averageCharWidth()


def _assert_headings_keep_a_gap(view: QTableView) -> None:
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    gap = GAP * metrics.averageCharWidth()
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        text = view.model().headerData(column, Qt.Orientation.Horizontal)
        needed = metrics.horizontalAdvance(text) + 2 * margin + gap
        assert header.sectionSize(column) >= needed, text


def test_every_heading_keeps_a_gap_to_the_next(
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    """ "Size" and "Added", "Language" and "Pages" no longer touch in the document list."""
    agreement = window.current_agreement()
    attach_document(library, agreement.id, make_pdf(tmp_path / "signed.pdf"))
    window.refresh()
    documents = window.document_view
    qtbot.waitUntil(lambda: documents.document_model.rowCount() == 1)
    for view in (documents, window.agreement_view, window.partner_view):
        _assert_headings_keep_a_gap(view)


@pytest.fixture
def japanese(qapp) -> Iterator[None]:  # noqa: ANN001 - pytest-qt's QApplication
    install_translators(qapp, LanguageChoice("ja", "option"))
    yield
    install_translators(qapp, LanguageChoice("en", "option"))


def test_in_japanese_the_types_are_whole_and_the_count_heading_short(
    qtbot, library: Library, japanese: None
) -> None:
    window = MainWindow(library, restore_settings=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    view = window.agreement_view
    for kind in AgreementType:
        assert _text_fits(view, AgreementTableModel.TYPE, enum_label(kind)), enum_label(kind)
    column = AgreementTableModel.DOCUMENTS
    assert view.model().headerData(column, Qt.Orientation.Horizontal) == "文書"
    assert view.columnWidth(column) < 11 * view.fontMetrics().averageCharWidth()
    _assert_headings_keep_a_gap(view)
    assert _columns_fit_the_view(view)
