"""Dropping files on the main window: accept local files, hand them over to attach."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent


class FileDropTarget:
    """Mixed into :class:`~desktop.window.main_window.MainWindow`: accepts dropped local files.

    A drop calls the window's ``attach_dropped_files(paths)``, declared
    here so that type checkers see it.
    """

    attach_dropped_files: Callable[[list[Path]], None]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        if _local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        paths = _local_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.attach_dropped_files(paths)


def _local_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
