"""The PDF preview: pages, zoom, passwords, and a sentence for what it cannot show."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fpdf import FPDF
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QToolButton

from desktop.window import pdf_preview
from desktop.window.pdf_preview import PdfPreview

FOUR_PAGES = "pdflatex-4-pages.pdf"
LOCKED = {"libreoffice-writer-password.pdf": "openpassword", "aes-128-password-foo.pdf": "foo"}


@pytest.fixture
def preview(qtbot) -> PdfPreview:
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.resize(500, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def button(widget: PdfPreview, name: str) -> QToolButton:
    found = widget.findChild(QToolButton, name)
    assert found is not None, name
    return found


def grab(qtbot, widget: PdfPreview, name: str) -> None:
    """Save a picture of the widget to look at, when ACCORD_GRAB names a folder.

    QPdfView draws pages in a thread; the pause is for the picture only.
    """
    folder = os.environ.get("ACCORD_GRAB")
    if folder:
        qtbot.wait(500)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def dark_ratio(document: QPdfDocument, page: int, size: QSize, area: QRect) -> float:
    """Share of pixels darker than mid-grey in ``area`` of ``page`` rendered on white paper."""
    rendered = document.render(page, size)  # transparent where nothing is drawn
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, rendered)
    painter.end()
    grey = paper.copy(area).convertToFormat(QImage.Format.Format_Grayscale8)
    line = grey.bytesPerLine()
    data = bytes(grey.constBits())
    pixels = [data[y * line : y * line + grey.width()] for y in range(grey.height())]
    dark = sum(sum(1 for value in row if value < 128) for row in pixels)
    return dark / (grey.width() * grey.height())


# -- pages ------------------------------------------------------------------------


def test_a_pdf_opens_at_page_one_in_fit_width(qtbot, preview, samples):
    preview.show_document(samples / FOUR_PAGES, name="MoU Seoul.pdf")
    assert preview.page_count() == 4
    assert preview.current_page() == 0
    assert preview.zoom_mode() == QPdfView.ZoomMode.FitToWidth
    assert preview.status_text() == ""
    assert preview.view.objectName() == "documentPreviewView"
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert preview.page_box.text() == "1 / 4"
    assert not button(preview, "previewPrevious").isEnabled()
    grab(qtbot, preview, "preview-4-pages")


def test_next_previous_and_the_page_box_move_between_pages(qtbot, preview, samples):
    preview.show_document(samples / FOUR_PAGES)
    button(preview, "previewNext").click()
    assert preview.current_page() == 1
    assert preview.page_box.value() == 2
    button(preview, "previewPrevious").click()
    assert preview.current_page() == 0
    preview.page_box.setValue(4)  # as typing "4" and pressing Enter does
    assert preview.current_page() == 3
    assert not button(preview, "previewNext").isEnabled()
    assert preview.page_box.text() == "4 / 4"


def test_page_down_and_page_up_change_the_page(qtbot, preview, samples):
    preview.show_document(samples / FOUR_PAGES)
    preview.activateWindow()
    preview.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(preview.view.hasFocus)
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    assert preview.current_page() == 1
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    assert preview.current_page() == 0


def test_showing_another_document_starts_again_at_page_one(preview, samples):
    preview.show_document(samples / FOUR_PAGES)
    preview.page_box.setValue(3)
    button(preview, "previewZoomIn").click()
    preview.show_document(samples / "minimal-document.pdf")
    assert preview.current_page() == 0
    assert preview.page_count() == 1
    assert preview.zoom_mode() == QPdfView.ZoomMode.FitToWidth


# -- zoom -------------------------------------------------------------------------


def test_zoom_in_and_out_switch_to_a_custom_zoom(qtbot, preview, samples):
    preview.show_document(samples / FOUR_PAGES)
    fitted = preview.zoom_factor()
    assert 0.3 < fitted < 3
    button(preview, "previewZoomIn").click()
    assert preview.zoom_mode() == QPdfView.ZoomMode.Custom
    assert preview.zoom_factor() == pytest.approx(fitted * 1.25, rel=0.02)
    assert not button(preview, "previewFitWidth").isChecked()
    assert preview.zoom_label.text() == f"{round(preview.zoom_factor() * 100)} %"
    button(preview, "previewZoomOut").click()
    button(preview, "previewZoomOut").click()
    assert preview.zoom_factor() < fitted


def test_ctrl_equal_and_ctrl_minus_zoom(qtbot, preview, samples):
    preview.show_document(samples / FOUR_PAGES)
    preview.activateWindow()
    preview.view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(preview.view.hasFocus)
    fitted = preview.zoom_factor()
    qtbot.keyClick(preview.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_factor() > fitted
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_factor() < fitted


def test_fit_page_and_fit_width_set_the_zoom_mode(preview, samples):
    preview.show_document(samples / FOUR_PAGES)
    button(preview, "previewFitPage").click()
    assert preview.zoom_mode() == QPdfView.ZoomMode.FitInView
    assert button(preview, "previewFitPage").isChecked()
    assert not button(preview, "previewFitWidth").isChecked()
    button(preview, "previewZoomIn").click()
    button(preview, "previewFitWidth").click()
    assert preview.zoom_mode() == QPdfView.ZoomMode.FitToWidth
    assert button(preview, "previewFitWidth").isChecked()


# -- passwords --------------------------------------------------------------------


@pytest.mark.parametrize("file_name", sorted(LOCKED))
def test_a_locked_pdf_asks_for_its_password(qtbot, preview, samples, file_name):
    preview.show_document(samples / file_name, name="協定書.pdf")
    assert preview.status_text() == "This PDF is protected by a password."
    assert preview.password_field.isVisible()
    assert preview.password_field.objectName() == "previewPassword"
    assert preview.password_field.echoMode() == preview.password_field.EchoMode.Password
    assert preview.page_count() == 0
    grab(qtbot, preview, f"preview-password-{file_name[:3]}")

    preview.password_field.setText("wrong")
    preview.unlock_button.click()
    assert preview.status_text() == "That password is not right."
    assert preview.password_field.isVisible()

    preview.password_field.setText(LOCKED[file_name])
    preview.unlock_button.click()
    assert preview.page_count() > 0
    assert preview.status_text() == ""
    assert preview.password_field.text() == ""
    assert preview.document.password() == ""  # PDFium used it; the pages still draw
    page = QSize(595, 842)
    assert dark_ratio(preview.document, 0, page, QRect(0, 0, 595, 842)) > 0
    assert preview.document.getAllText(0).text().strip()
    values = [str(QSettings().value(key)) for key in QSettings().allKeys()]
    assert not any(LOCKED[file_name] in value for value in values)


def test_showing_another_document_forgets_a_typed_password(preview, samples):
    preview.show_document(samples / "aes-128-password-foo.pdf")
    preview.password_field.setText("foo")
    preview.show_document(samples / "libreoffice-writer-password.pdf")
    assert preview.password_field.text() == ""
    assert preview.document.password() == ""
    preview.show_document(samples / "aes-128-password-foo.pdf")
    assert preview.status_text() == "This PDF is protected by a password."


# -- what cannot be shown ---------------------------------------------------------


def test_a_damaged_file_is_named_with_a_button_to_open_it_elsewhere(qtbot, preview, tmp_path):
    damaged = tmp_path / "ab12.pdf"
    damaged.write_bytes(b"%PDF-1.4\n garbage \n%%EOF")
    preview.show_document(damaged, name="jo{reason}.pdf")
    assert preview.status_text() == (
        "The preview cannot show jo{reason}.pdf: it is damaged or is not a PDF that Accord "
        "can read; printing it to PDF again may repair it."
    )
    assert preview.open_button.isVisible()
    assert not preview.password_field.isVisible()
    assert preview.page_count() == 0
    grab(qtbot, preview, "preview-damaged")
    with qtbot.waitSignal(preview.open_externally_requested, timeout=1000):
        preview.open_button.click()


def test_a_missing_file_is_said_to_be_missing(preview, tmp_path):
    preview.show_document(tmp_path / "gone.pdf", name="Seoul MoU.pdf")
    assert preview.status_text() == "The stored file of Seoul MoU.pdf is missing."
    assert not preview.open_button.isVisible()


def test_a_file_too_large_is_not_loaded(preview, samples, monkeypatch):
    monkeypatch.setattr(pdf_preview, "MAX_PREVIEW_BYTES", 1000)
    preview.show_document(samples / FOUR_PAGES)
    assert preview.status_text().startswith("This file is too large to preview (0 MB)")
    assert preview.open_button.isVisible()
    assert preview.document.status() == QPdfDocument.Status.Null


def test_none_shows_the_empty_state(preview, samples):
    preview.show_document(samples / FOUR_PAGES)
    preview.show_document(None)
    assert preview.status_text() == "Select a document to preview it."
    assert preview.page_count() == 0
    assert not preview.open_button.isVisible()
    assert not preview.password_field.isVisible()


# -- fonts ------------------------------------------------------------------------


def test_japanese_text_without_embedded_fonts_is_drawn(qtbot, preview, samples, tmp_path):
    preview.show_document(samples / "jo.pdf", name="姉妹友好都市協定.pdf")
    assert preview.page_count() == 1
    grab(qtbot, preview, "preview-jo")
    size = QSize(792, 612)  # the page is US Letter landscape, drawn at 72 dpi
    text_area = QRect(80, 30, 660, 540)
    drawn = dark_ratio(preview.document, 0, size, text_area)

    blank = FPDF(orientation="landscape", format="letter")
    blank.add_page()
    blank.output(str(tmp_path / "blank.pdf"))
    other = QPdfDocument()
    assert other.load(str(tmp_path / "blank.pdf")) == QPdfDocument.Error.None_
    empty = dark_ratio(other, 0, size, text_area)
    other.close()

    assert empty < 0.001
    assert drawn > 0.01, f"only {drawn:.2%} of the text area is dark"
