"""Remembering the main window's layout between runs (QSettings: UI state only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtWidgets import QMainWindow, QStyle

if TYPE_CHECKING:
    from desktop.window.record_browser import RecordBrowser

_SETTINGS_GROUP = "mainWindow"


class WindowLayout:
    """Saves and restores a main window's geometry and state and its browser's splitters.

    Everything is kept in the ``mainWindow`` group of the application's
    :class:`QSettings`; a value that is missing or not bytes is skipped.
    """

    def __init__(self, window: QMainWindow, browser: RecordBrowser) -> None:
        self._window = window
        self._browser = browser

    def restore(self) -> None:
        """Put back the layout saved last time; on a first run, fit the window to the screen."""
        settings = QSettings()
        settings.beginGroup(_SETTINGS_GROUP)
        window = self._window
        placed = False
        for key, restore in (("geometry", window.restoreGeometry), ("state", window.restoreState)):
            value = settings.value(key)
            if isinstance(value, QByteArray | bytes) and value:
                kept = restore(QByteArray(value))
                placed = placed or (kept and key == "geometry")
        self._browser.restore_state_from(settings)
        settings.endGroup()
        if not placed:
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Make the window no larger than its screen's free area (less the title bar),
        so that a 1280×800 first window fits a 1366×768 laptop screen."""
        window = self._window
        free = window.screen().availableGeometry()
        title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, window)
        room = QSize(free.width(), max(free.height() - title, 0))
        window.resize(window.size().boundedTo(room))

    def save(self) -> None:
        """Save the layout as it is now."""
        settings = QSettings()
        settings.beginGroup(_SETTINGS_GROUP)
        settings.setValue("geometry", self._window.saveGeometry())
        settings.setValue("state", self._window.saveState())
        self._browser.save_state_to(settings)
        settings.endGroup()
