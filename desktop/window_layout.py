"""Remembering the main window's layout between runs (QSettings: UI state only)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from desktop.record_browser import RecordBrowser

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
        """Put back the layout saved last time (if any)."""
        settings = QSettings()
        settings.beginGroup(_SETTINGS_GROUP)
        window = self._window
        for key, restore in (("geometry", window.restoreGeometry), ("state", window.restoreState)):
            value = settings.value(key)
            if isinstance(value, QByteArray | bytes) and value:
                restore(QByteArray(value))
        self._browser.restore_state_from(settings)
        settings.endGroup()

    def save(self) -> None:
        """Save the layout as it is now."""
        settings = QSettings()
        settings.beginGroup(_SETTINGS_GROUP)
        settings.setValue("geometry", self._window.saveGeometry())
        settings.setValue("state", self._window.saveState())
        self._browser.save_state_to(settings)
        settings.endGroup()
