"""A preview of one stored PDF (``objectName`` ``documentPreview``).

The page is drawn by QtPdf (PDFium) in the GUI thread: loading a local file takes
milliseconds (a server library's file is fetched before, off the GUI thread), and a
file above :data:`MAX_PREVIEW_BYTES` is not loaded at all. What cannot be shown is
said in one sentence, with an "Open in system viewer" button; a password typed to
unlock a PDF lives only in the password field until loaded, and is never stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.support.messages import fill
from desktop.support.user_text import never_widen

if TYPE_CHECKING:
    from pathlib import Path

# Files above this size are not loaded into the preview (PDFium reads them whole).
MAX_PREVIEW_BYTES = 512 * 1024 * 1024
_ZOOM_STEP = 1.25
_ZOOM_MIN, _ZOOM_MAX = 0.1, 8.0
_Zoom = QPdfView.ZoomMode
_Error = QPdfDocument.Error
_Theme = QIcon.ThemeIcon


class PdfPreview(QWidget):
    """Shows one PDF with page and zoom controls, or a sentence saying why it cannot.

    Public API: :meth:`show_document`, the :attr:`open_externally_requested` signal, the
    :attr:`view` (``QPdfView``, ``documentPreviewView``) and :attr:`document`
    (``QPdfDocument``), and read-only helpers for tests: :meth:`page_count`,
    :meth:`current_page`, :meth:`zoom_factor`, :meth:`zoom_mode`, :meth:`status_text`.
    """

    # The user clicked "Open in system viewer" (shown when a file cannot be previewed).
    open_externally_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        #: Accessible name of the PDF preview.
        self.setAccessibleName(self.tr("Document preview"))
        self._path: Path | None = None
        self._name = ""

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("documentPreviewView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(_Zoom.FitToWidth)
        self._navigator = self.view.pageNavigator()

        style = self.style()
        self.previous_action = self._action(
            #: Button of the PDF preview: go to the previous page.
            self.tr("Previous page"),
            ["PgUp"],
            QIcon.fromTheme(_Theme.GoUp, style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp)),
        )
        self.next_action = self._action(
            #: Button of the PDF preview: go to the next page.
            self.tr("Next page"),
            ["PgDown"],
            QIcon.fromTheme(_Theme.GoDown, style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown)),
        )
        self.zoom_out_action = self._action(
            #: Button of the PDF preview: make the page smaller.
            self.tr("Zoom out"),
            ["Ctrl+-"],
            QIcon.fromTheme(_Theme.ZoomOut),
            "−",
        )
        self.zoom_in_action = self._action(
            #: Button of the PDF preview: make the page larger.
            self.tr("Zoom in"),
            ["Ctrl+=", "Ctrl++"],
            QIcon.fromTheme(_Theme.ZoomIn),
            "+",
        )
        #: Button of the PDF preview: zoom so the page fills the width.
        self.fit_width_action = self._action(self.tr("Fit width"), [])
        #: Button of the PDF preview: zoom so the whole page shows.
        self.fit_page_action = self._action(self.tr("Fit page"), [])
        fit_group = QActionGroup(self)
        fit_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
            fit_group.addAction(action)
        self.fit_width_action.setChecked(True)

        self.page_box = QSpinBox(self)
        self.page_box.setObjectName("previewPageBox")
        #: Accessible name of the page number box of the PDF preview.
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.setKeyboardTracking(False)  # jump when the number is complete
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("previewZoom")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        toolbar.setSpacing(2)
        toolbar.addWidget(self._button(self.previous_action, "previewPrevious"))
        toolbar.addWidget(self.page_box)
        toolbar.addWidget(self._button(self.next_action, "previewNext"))
        toolbar.addStretch(1)
        toolbar.addWidget(self._button(self.zoom_out_action, "previewZoomOut"))
        toolbar.addWidget(self.zoom_label)
        toolbar.addWidget(self._button(self.zoom_in_action, "previewZoomIn"))
        toolbar.addSpacing(6)
        toolbar.addWidget(self._button(self.fit_width_action, "previewFitWidth"))
        toolbar.addWidget(self._button(self.fit_page_action, "previewFitPage"))
        pages = QWidget(self)
        pages_layout = QVBoxLayout(pages)
        pages_layout.setContentsMargins(0, 0, 0, 0)
        pages_layout.setSpacing(4)
        pages_layout.addLayout(toolbar)
        pages_layout.addWidget(self.view, 1)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("previewMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes file names
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        never_widen(self.message_label)
        self.password_field = QLineEdit(self)
        self.password_field.setObjectName("previewPassword")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        #: Placeholder of the field where the PDF's password is typed.
        self.password_field.setPlaceholderText(self.tr("Password"))
        self.password_field.setMinimumWidth(200)
        self.password_field.setAccessibleName(self.tr("Password of the PDF"))
        #: Button of the PDF preview: open a password-protected PDF with the password typed.
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("previewUnlock")
        self.open_button = QPushButton(self.tr("Open in system viewer"), self)
        self.open_button.setObjectName("previewOpenExternally")
        self._password_row = QWidget(self)
        password_layout = QHBoxLayout(self._password_row)
        password_layout.setContentsMargins(0, 0, 0, 0)
        password_layout.addWidget(self.password_field, 1)
        password_layout.addWidget(self.unlock_button)
        self._password_row.setMaximumWidth(360)
        message = QWidget(self)
        message_layout = QVBoxLayout(message)
        message_layout.addStretch(1)
        message_layout.addWidget(self.message_label)
        message_layout.addWidget(self._password_row, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        message_layout.addStretch(1)

        self._stack = QStackedWidget(self)
        self._stack.addWidget(message)
        self._stack.addWidget(pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

        self.previous_action.triggered.connect(lambda: self._go_to(self.current_page() - 1))
        self.next_action.triggered.connect(lambda: self._go_to(self.current_page() + 1))
        self.zoom_in_action.triggered.connect(lambda: self._zoom_by(_ZOOM_STEP))
        self.zoom_out_action.triggered.connect(lambda: self._zoom_by(1 / _ZOOM_STEP))
        self.fit_width_action.triggered.connect(lambda: self.view.setZoomMode(_Zoom.FitToWidth))
        self.fit_page_action.triggered.connect(lambda: self.view.setZoomMode(_Zoom.FitInView))
        self.page_box.valueChanged.connect(self._on_page_box_value_changed)
        self._navigator.currentPageChanged.connect(self._update_controls)
        self.view.zoomModeChanged.connect(self._update_controls)
        self.view.zoomFactorChanged.connect(self._update_controls)
        self.password_field.returnPressed.connect(self._on_unlock_clicked)
        self.unlock_button.clicked.connect(self._on_unlock_clicked)
        self.open_button.clicked.connect(self.open_externally_requested)
        self.view.viewport().installEventFilter(self)
        self.show_document(None)

    # -- public API ------------------------------------------------------------

    def show_document(self, path: Path | None, *, name: str = "", message: str = "") -> None:
        """Preview the stored PDF at ``path``; ``None`` shows the empty state, or ``message``
        (a server library's file being fetched, or the sentence saying why it was not).

        ``name`` is the document's original file name, used in messages
        (default: the stored file's name). The view starts at page 1 in
        "Fit width"; any password typed for the previous document is dropped.
        A missing, too large, damaged or locked file is not an error: the
        widget says so (see :meth:`status_text`).
        """
        self.document.close()
        self.document.setPassword("")
        self.password_field.clear()
        self._path = path
        self._name = name or (path.name if path is not None else "")
        if path is None:
            self._show_message(message or self.tr("Select a document to preview it."))
            return
        try:
            if not path.is_file():
                self._show_message(
                    fill(self.tr("The stored file of {name} is missing."), name=self._name)
                )
                return
            size = path.stat().st_size
        except OSError as error:
            self._show_cannot_preview(error.strerror or str(error))
            return
        if size > MAX_PREVIEW_BYTES:
            text = self.tr(
                "This file is too large to preview ({size} MB); open it in the system viewer."
            )
            self._show_message(fill(text, size=size // (1024 * 1024)), can_open=True)
            return
        self._load()

    def page_count(self) -> int:
        """Number of pages of the shown document (0 when none is shown)."""
        return self.document.pageCount() if self._is_showing_pages() else 0

    def current_page(self) -> int:
        """The page at the top of the view, 0-based."""
        return self._navigator.currentPage()

    def zoom_factor(self) -> float:
        """The scale shown, 1.0 = 100 % (in the fit modes, the factor the fit results in)."""
        if self.view.zoomMode() == _Zoom.Custom or not self._is_showing_pages():
            return self.view.zoomFactor()
        page = self.document.pagePointSize(self.current_page())
        if page.isEmpty():
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        width = (viewport.width() - margins.left() - margins.right()) / page.width()
        if self.view.zoomMode() == _Zoom.FitToWidth:
            factor = width
        else:
            height = (viewport.height() - margins.top() - margins.bottom()) / page.height()
            factor = min(width, height)
        return factor * 72 / self.view.logicalDpiX()

    def zoom_mode(self) -> QPdfView.ZoomMode:
        """``FitToWidth`` (the default), ``FitInView`` ("Fit page") or ``Custom``."""
        return self.view.zoomMode()

    def status_text(self) -> str:
        """The sentence the widget shows instead of pages; empty while pages are shown."""
        return "" if self._is_showing_pages() else self.message_label.text()

    # -- loading -----------------------------------------------------------------

    def _load(self) -> None:
        assert self._path is not None
        error = self.document.load(str(self._path))
        self.document.setPassword("")  # PDFium has used it; keep it nowhere
        if error == _Error.IncorrectPassword:
            self._show_password_prompt(self.tr("This PDF is protected by a password."))
        elif error != _Error.None_:
            self._show_cannot_preview(self._reason(error))
        elif self.document.pageCount() == 0:
            self._show_cannot_preview(self.tr("it has no pages"))
        else:
            self.view.setZoomMode(_Zoom.FitToWidth)
            self._go_to(0)
            self._stack.setCurrentIndex(1)
            self._update_controls()

    def _reason(self, error: QPdfDocument.Error) -> str:
        if error == _Error.FileNotFound:
            return self.tr("the file cannot be read")
        if error == _Error.InvalidFileFormat:
            return self.tr(
                "it is damaged or is not a PDF that Accord can read; "
                "printing it to PDF again may repair it"
            )
        if error == _Error.UnsupportedSecurityScheme:
            return self.tr("its encryption is not supported")
        return self.tr("Accord's PDF reader could not read it")

    def _show_message(self, text: str, *, can_open: bool = False, password: bool = False) -> None:
        self.message_label.setText(text)
        self.open_button.setVisible(can_open)
        self._password_row.setVisible(password)
        self._stack.setCurrentIndex(0)

    def _show_cannot_preview(self, reason: str) -> None:
        text = fill(
            self.tr("The preview cannot show {name}: {reason}."), name=self._name, reason=reason
        )
        self._show_message(text, can_open=True)

    def _show_password_prompt(self, text: str) -> None:
        self.document.close()
        self._show_message(text, password=True)

    def _is_showing_pages(self) -> bool:
        return self._stack.currentIndex() == 1

    @Slot()
    def _on_unlock_clicked(self) -> None:
        if self._path is None or not self._password_row.isVisible():
            return
        self.document.setPassword(self.password_field.text())
        self._load()
        if self._is_showing_pages():
            self.password_field.clear()
        elif self._password_row.isVisible():
            self._show_password_prompt(self.tr("That password is not right."))
            self.password_field.selectAll()  # typing again replaces it
            self.password_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- navigation and zoom -------------------------------------------------------

    def _go_to(self, page: int) -> None:
        count = self.document.pageCount()
        if count:
            page = max(0, min(page, count - 1))
            self._navigator.jump(page, QPointF(), self._navigator.currentZoom())

    def _zoom_by(self, step: float) -> None:
        factor = max(_ZOOM_MIN, min(self.zoom_factor() * step, _ZOOM_MAX))
        self.view.setZoomMode(_Zoom.Custom)
        self.view.setZoomFactor(factor)

    @Slot(int)
    def _on_page_box_value_changed(self, value: int) -> None:
        if value - 1 != self.current_page():
            self._go_to(value - 1)

    @Slot()
    def _update_controls(self) -> None:
        count = self.page_count()
        page = self.current_page()
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(count, 1))
        #: After the page number box: the number of pages, {count}. "/ 12".
        self.page_box.setSuffix(fill(self.tr(" / {count}"), count=count))
        digits = self.page_box.fontMetrics().horizontalAdvance(f"{count}{self.page_box.suffix()}")
        self.page_box.setMinimumWidth(digits + 16)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < count - 1)
        self.zoom_in_action.setEnabled(self.zoom_factor() < _ZOOM_MAX)
        self.zoom_out_action.setEnabled(self.zoom_factor() > _ZOOM_MIN)
        self.zoom_label.setText(
            #: Zoom of the PDF preview; {percent} is a number (125).
            fill(self.tr("{percent} %"), percent=round(self.zoom_factor() * 100))
        )
        self.fit_width_action.setChecked(self.zoom_mode() == _Zoom.FitToWidth)
        self.fit_page_action.setChecked(self.zoom_mode() == _Zoom.FitInView)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Update the zoom percentage when a fit mode rescales the page on resize."""
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._update_controls()
        return super().eventFilter(watched, event)

    # -- building ------------------------------------------------------------------

    def _action(
        self, name: str, keys: list[str], icon: QIcon | None = None, text: str = ""
    ) -> QAction:
        """An action of this widget only; ``text`` is what its button shows without an icon."""
        action = QAction(text or name, self)
        action.setToolTip(name)
        if icon is not None and not icon.isNull():
            action.setIcon(icon)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setAccessibleName(action.toolTip())
        return button
