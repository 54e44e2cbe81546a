"""The toolbar's search field: it asks for a search a moment after the last key.

The search itself runs off the GUI thread
(:meth:`desktop.window.record_browser.RecordBrowser.set_search`); a result whose text has
changed since is dropped there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

# How long the search field waits after the last key before searching (ms).
SEARCH_DELAY_MS = 200


def query_language_tip() -> str:
    """The search field's tooltip: the query language of :mod:`db.search.query`, short."""
    #: Tooltip of the search field: its query language. Keep the keywords (type:, partner:,
    #: lang:, year:, in:documents, in:records, is:notext) and examples as they are.
    return QCoreApplication.translate(
        "SearchField",
        "All words must appear, in any field or document page.\n"
        '"a phrase"  these words in this order\n'
        "-word  leave out what holds it\n"
        "type:mou  partner:Seoul  lang:ko  year:2014  2014..2016\n"
        "in:documents  in:records  where to look\n"
        "is:notext  agreements with a document that has no text (a scan)",
    )


class SearchField(QLineEdit):
    """A line edit (``searchField``) that emits :attr:`search_requested` when typing pauses.

    Return searches at once and Escape clears the field. The field knows
    nothing of what is searched: the window passes the text on.
    """

    # Search for this text now (the field's text, possibly empty).
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchField")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search partners, agreements and documents (Ctrl+F)"))
        self.setToolTip(query_language_tip())
        #: Accessible name of the search field (a noun).
        self.setAccessibleName(self.tr("Search"))
        self.setMinimumWidth(300)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)

        clear = QAction(self)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.clear)
        self.addAction(clear)

        self.textChanged.connect(self._on_text_changed)
        self.returnPressed.connect(self.search_now)
        self._timer.timeout.connect(self.search_now)

    @property
    def pending(self) -> bool:
        """True while a search waits for typing to pause."""
        return self._timer.isActive()

    @Slot()
    def search_now(self) -> None:
        """Emit :attr:`search_requested` for the current text without waiting."""
        self._timer.stop()
        self.search_requested.emit(self.text())

    def clear_quietly(self) -> None:
        """Empty the field without asking for a search (the search was cleared elsewhere)."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)
        self._timer.stop()

    def focus_for_typing(self) -> None:
        """Give the field the focus with its text selected (Ctrl+F)."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._timer.start()
