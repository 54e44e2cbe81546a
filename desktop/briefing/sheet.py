"""Write a :class:`~db.briefing.Briefing` as a PDF: ``QTextDocument`` pages on a
``QPdfWriter``, with page numbers, and the timeline picture drawn by a hook.

Layout happens at 96 dots per inch, the resolution of a standard screen, so that the
timeline hook paints in the units it paints a widget in (a 9-point font is 12 pixels
high, a 1-pixel line is 1/96 inch); text stays text (vector, searchable) whatever the
resolution, and the layout uses the fonts' design metrics so that nothing is rounded to
whole pixels. Qt embeds (a subset of) each font it uses and falls back per script, so
Japanese, Korean, Chinese, Thai and Arabic names come out wherever the system has a font
for them (Windows and macOS do; Linux needs Noto CJK/Thai/Arabic or similar).

Sections are kept whole where they fit: an agreement's details start on a new page
rather than run over a page's end, a heading keeps some rows with it, and a table row
that Qt would cut across pages moves to the next page whole, under the table's heading
row again (up to :data:`_POLISHED_PAGES` pages; a longer sheet runs on as Qt breaks it).

Writing is atomic: the PDF goes to a ``QSaveFile`` committed only once every page is
painted, so a failure or a cancel leaves no file, and an existing file is replaced
whole. Nothing here touches a widget: it runs in the window's worker thread (a
``QGuiApplication`` must exist, for the fonts) and in ``accord briefing``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QIODevice, QMarginsF, QPointF, QRectF, QSaveFile, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from db.errors import Cancelled, ExportError
from db.i18n.translate import fill, language, translate
from desktop.briefing.content import (
    TIMELINE_HEIGHT,
    TIMELINE_URL,
    TablePart,
    briefing_layout,
    briefing_title,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from db.briefing import Briefing
    from db.progress import Progress

# Dots per inch of the layout (see the module's docstring).
RESOLUTION = 96
# Body text, in points.
FONT_POINTS = 9.5
# Families asked for in a Japanese sheet after the application's own, so that kanji take
# their Japanese forms (a Chinese font's 直 or 海 differ); the first one the system has
# is used, the system's fallback after them.
JAPANESE_FAMILIES = (
    "Yu Gothic",
    "Meiryo",
    "Hiragino Sans",
    "Noto Sans CJK JP",
    "Source Han Sans JP",
)
_MARGINS_MM = QMarginsF(16, 14, 16, 12)
_OBJECT = "\ufffc"  # what an image stands for in a document's text
# Rows of a long section's table kept on the page of its heading, at least.
_KEPT_ROWS = 4
# Tables cut at most to keep rows whole (each cut lays the text out again).
_MAX_CUTS = 100
# The longest sheet (pages) whose sections and rows are kept whole: each page break
# added lays the rest out again, so the cost grows with the square of the length (30
# agreements, 12 pages: 0.4 s; 80, 28 pages: 3.6 s; 300, 98 pages: 27 s).
_POLISHED_PAGES = 30


def write_briefing(
    briefing: Briefing,
    path: str | Path,
    *,
    timeline: Callable[[QPainter, QRectF], None] | None = None,
    page_size: QPageSize | None = None,
    progress: Progress | None = None,
) -> int:
    """Write ``briefing`` to the PDF ``path`` (replacing it whole) and return its page count.

    ``timeline(painter, rect)`` draws the timeline under the first partner's facts, in
    a rectangle as wide as the text and as high as its ``height`` attribute says (else
    :data:`~desktop.briefing.content.TIMELINE_HEIGHT`); ``None`` draws nothing and leaves
    no room. ``page_size`` defaults to A4.
    ``progress(done, total)`` is called once a page (pages); answering False stops.

    Raises :class:`db.errors.ExportError` with one sentence when the file cannot be
    written (no such folder, no permission, a full disk) and
    :class:`db.errors.Cancelled` when stopped; either way no file is left.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_briefing needs a QGuiApplication (for its fonts)")
    target = Path(path)
    output = QSaveFile(str(target))
    if not output.open(QIODevice.OpenModeFlag.WriteOnly):
        raise ExportError(_cannot_write(target, output.errorString()))
    try:
        pages = _write(output, briefing, timeline, page_size, progress)
    except BaseException:
        output.cancelWriting()
        output.commit()  # discards the temporary file
        raise
    if not output.commit():
        raise ExportError(_cannot_write(target, output.errorString()))
    return pages


def application() -> QGuiApplication:
    """The running ``QGuiApplication`` (the window's ``QApplication`` is one), or a new one
    for the command line: fonts need it, no window is opened."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(sys.argv[:1] or ["accord"])


def _cannot_write(target: Path, reason: str) -> str:
    #: {path} the PDF asked for; {reason} the system's words, in English.
    text = translate("briefing", "The briefing sheet cannot be written to {path} ({reason}).")
    return fill(text, path=target, reason=reason.rstrip(".") or "?")


def sheet_font() -> QFont:
    """The body font of the sheet: the application's, at :data:`FONT_POINTS`, followed by
    :data:`JAPANESE_FAMILIES` in a Japanese sheet."""
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(FONT_POINTS)
    if language() == "ja":
        # After the application's family: Latin letters and digits keep its glyphs (a CJK
        # font's "4" can map back to a control character in the PDF's text).
        font.setFamilies([QFontInfo(font).family(), *JAPANESE_FAMILIES])
    return font


def _write(
    device: QIODevice,
    briefing: Briefing,
    timeline: Callable[[QPainter, QRectF], None] | None,
    page_size: QPageSize | None,
    progress: Progress | None,
) -> int:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(page_size or QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(_MARGINS_MM, QPageLayout.Unit.Millimeter)
    title = briefing_title(briefing)
    writer.setTitle(title)
    writer.setCreator("Accord")
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    font = sheet_font()
    small = QFont(font)
    small.setPointSizeF(FONT_POINTS - 1.5)
    footer = QFontMetricsF(small, writer).height() * 2.2
    page = QSizeF(area.width(), area.height() - footer)
    # A painter may say how high its picture is (``height``, pixels): the room it gets.
    height = getattr(timeline, "height", TIMELINE_HEIGHT) if timeline is not None else 0
    document, _tables = _document(briefing, writer, font, page, timeline is not None, height)
    spot = _timeline_rect(document) if timeline is not None else None
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(_cannot_write(Path(title), "QPainter"))
    try:
        for number in range(pages):
            if progress is not None and progress(number, pages) is False:
                raise Cancelled(translate("briefing", "The briefing sheet was not written."))
            if number and not writer.newPage():
                raise ExportError(_cannot_write(Path(title), "newPage"))
            _paint_page(painter, document, number, page, timeline, spot)
            _paint_footer(
                painter, small, title, number, pages, QRectF(0, page.height(), page.width(), footer)
            )
        if progress is not None:
            progress(pages, pages)
    finally:
        painter.end()
    return pages


def _document(
    briefing: Briefing,
    writer: QPdfWriter,
    font: QFont,
    page: QSizeF,
    timeline: bool,
    timeline_height: float = TIMELINE_HEIGHT,
) -> tuple[QTextDocument, list[TablePart]]:
    """The sheet's text laid out in pages of ``page`` size, and its tables as cut."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(font)
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    document.setPageSize(page)
    blank = QImage(1, 1, QImage.Format.Format_ARGB32)
    blank.fill(Qt.GlobalColor.transparent)
    breaks: dict[str, set[int]] = {}
    for _attempt in range(_MAX_CUTS + 1):
        html, tables = briefing_layout(
            briefing,
            timeline_width=page.width() if timeline else None,
            breaks=breaks,
            timeline_height=timeline_height,
        )
        if timeline:
            document.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(TIMELINE_URL), blank
            )
        document.setHtml(html)
        if document.pageCount() > _POLISHED_PAGES:
            break  # sections and rows run on as Qt breaks them
        _keep_headings_with_their_tables(document, page.height())
        cut = _first_cut_row(document, tables, page.height())
        if cut is None:
            break
        breaks.setdefault(cut[0], set()).add(cut[1])
    return document, tables


def _first_cut_row(
    document: QTextDocument, tables: list[TablePart], page_height: float
) -> tuple[str, int] | None:
    """The first table row that runs over a page's end (Qt cuts a cell's lines apart) and
    would fit on the next page: its table's key and its index among the table's rows."""
    layout = document.documentLayout()
    found = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    if len(found) != len(tables):  # not the tables the text was made with: leave it
        return None
    for table, part in zip(found, tables, strict=True):
        if part.key is None:
            continue
        first = 1 if part.header else 0
        for row in range(first, table.rows()):
            top, bottom = _row_extent(layout, table, row)
            if int(top // page_height) == int((bottom - 0.5) // page_height):
                continue
            if bottom - top >= page_height or (row == first and part.first_row == 0):
                continue  # taller than a page, or the heading's business
            return part.key, part.first_row + row - first
    return None


def _row_extent(
    layout: QAbstractTextDocumentLayout, table: QTextTable, row: int
) -> tuple[float, float]:
    """Top and bottom of a table row's text, in document coordinates."""
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def _keep_headings_with_their_tables(document: QTextDocument, page_height: float) -> None:
    """Start a heading on a new page where its section would otherwise break badly.

    An agreement's details (an ``<h3>`` and its table) that would run over a page's end
    start on the next page when they fit on one; any other section (an ``<h2>`` and its
    table), and an agreement longer than a page, does when fewer than :data:`_KEPT_ROWS`
    of its rows would stay with the heading. Sections are taken in order, each after
    the breaks made before it.
    """
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level in (2, 3):
            top = layout.blockBoundingRect(block).top()
            table = QTextCursor(block.next()).currentTable() if block.next().isValid() else None
            bottom = layout.frameBoundingRect(table).bottom() if table else top
            room = page_height - top % page_height
            if top % page_height > 1 and bottom - top > room:
                heading = layout.blockBoundingRect(block).height()
                rows = table.rows() if table else 0
                row = (bottom - top - heading) / rows if rows else 0
                keep = heading + row * min(rows, _KEPT_ROWS)
                whole = level == 3 and bottom - top <= page_height  # one agreement
                if whole or room < keep:
                    cursor = QTextCursor(block)
                    block_format = block.blockFormat()
                    block_format.setPageBreakPolicy(
                        QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
                    )
                    cursor.setBlockFormat(block_format)
        block = block.next()


def _timeline_rect(document: QTextDocument) -> QRectF | None:
    """Where the placeholder image lies, in document coordinates (pages one under another)."""
    text = document.toPlainText()
    position = text.find(_OBJECT)
    while position >= 0:
        cursor = QTextCursor(document)
        cursor.setPosition(position + 1)
        char_format = cursor.charFormat()
        if char_format.isImageFormat() and char_format.toImageFormat().name() == TIMELINE_URL:
            image = char_format.toImageFormat()
            block = document.findBlock(position)
            layout = block.layout()
            line = layout.lineForTextPosition(position - block.position())
            origin = layout.position()
            top = origin.y() + line.y() + line.ascent() - image.height()
            return QRectF(origin.x() + line.x(), top, image.width(), image.height())
        position = text.find(_OBJECT, position + 1)
    return None


def _paint_page(
    painter: QPainter,
    document: QTextDocument,
    number: int,
    page: QSizeF,
    timeline: Callable[[QPainter, QRectF], None] | None,
    spot: QRectF | None,
) -> None:
    clip = QRectF(QPointF(0, number * page.height()), page)
    painter.save()
    painter.translate(0, -clip.top())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    document.documentLayout().draw(painter, context)
    try:
        if timeline is not None and spot is not None and clip.contains(spot.center()):
            painter.save()
            try:
                painter.setClipRect(spot)
                timeline(painter, QRectF(spot))
            finally:
                painter.restore()
    finally:
        painter.restore()


def _paint_footer(
    painter: QPainter, font: QFont, title: str, number: int, pages: int, rect: QRectF
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor("#c8ccd0"), 0.75))
    top = rect.top() + rect.height() * 0.35
    painter.drawLine(QPointF(rect.left(), top), QPointF(rect.right(), top))
    painter.setPen(QColor("#5f6368"))
    text_rect = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
    #: Footer of each page of a briefing sheet; {title} the partner's name.
    left = fill(translate("briefing", "{title} · Briefing sheet"), title=title)
    #: Footer of each page of a briefing sheet.
    right = fill(translate("briefing", "Page {page} of {pages}"), page=number + 1, pages=pages)
    align = Qt.AlignmentFlag.AlignVCenter
    right_width = QFontMetricsF(font, painter.device()).horizontalAdvance(right) + 12
    left_rect = text_rect.adjusted(0, 0, -right_width, 0)
    elided = QFontMetricsF(font, painter.device()).elidedText(
        left, Qt.TextElideMode.ElideRight, left_rect.width()
    )
    painter.drawText(left_rect, align | Qt.AlignmentFlag.AlignLeft, elided)
    painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight, right)
    painter.restore()
