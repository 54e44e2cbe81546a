"""Start the GUI: the QApplication, the main window, a screenshot of it, unexpected errors."""

from __future__ import annotations

import contextlib
import gc
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import AccordError
from db.library import Library
from desktop.resources import get_asset

ORGANIZATION = "Accord"
APPLICATION = "Accord"
#: Size of the window in screenshots (README, ``accord --screenshot``).
SCREENSHOT_SIZE = (1280, 800)
#: Milliseconds after the window shows before old items leave the trash.
PURGE_DELAY_MS = 2000


class ScreenshotError(AccordError):
    """The screenshot could not be written."""


def create_application(argv: Sequence[str]) -> QApplication:
    """Return the application object (made once): names, icon, translations.

    Organisation and application name are "Accord", which places QSettings;
    high-DPI scaling is Qt 6's default. The translators of the chosen
    language are installed by :func:`desktop.language.install_translators`.
    Making the application also freezes the objects made so far for the
    garbage collector (:func:`gc.freeze`).
    """
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # A process starting: what its imports made (modules, classes, some
        # 100,000 objects) lives as long as it does. Frozen out of the cyclic
        # collector's way, a full collection scans only what came after
        # (0.1 s less at start-up, and at every full collection later).
        gc.freeze()
        app = QApplication(list(argv))
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("accord")
    icon = get_asset("accord.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    from desktop.language import install_translators  # Accord's and Qt's catalogues

    install_translators(app)
    return app


def run_gui(library: Library) -> int:
    """Show the main window on ``library`` and run the event loop; return the exit code."""
    from desktop.main_window import MainWindow

    app = create_application(sys.argv)
    previous_hook = sys.excepthook
    sys.excepthook = _show_unexpected_error
    try:
        window = MainWindow(library)
        window.show()
        # Old items leave the trash off the GUI thread, once the first screen is up (so
        # that the purge never competes with the first page's queries).
        QTimer.singleShot(PURGE_DELAY_MS, window.trash_purger.start)
        return app.exec()
    finally:
        sys.excepthook = previous_hook


def save_screenshot(library: Library, path: Path) -> None:
    """Render the main window on ``library`` to the PNG file ``path``.

    The window is 1280×800 with "All agreements" and the newest agreement
    selected, laid out without being shown on screen, and without the
    user's remembered layout. Raises :class:`ScreenshotError` (an
    :class:`~db.errors.AccordError`) when the file cannot be written.
    """
    from PySide6.QtCore import Qt

    from desktop.main_window import MainWindow

    app = QApplication.instance() or create_application(sys.argv[:1])
    window = MainWindow(library, restore_settings=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.select_partner(None)
    window.select_agreement(None)
    window.agreement_view.setFocus()
    for _ in range(3):
        app.processEvents()
    pixmap = window.grab()
    window.close()
    window.deleteLater()
    app.processEvents()
    if pixmap.isNull() or not pixmap.save(str(path), "PNG"):
        raise ScreenshotError(f"The screenshot cannot be written to {path}.")


def _show_unexpected_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """``sys.excepthook`` of the GUI: the traceback on stderr, one line in a message box."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    traceback.print_exception(kind, error, trace, file=sys.stderr)
    from desktop.messages import summary

    text = str(error) if isinstance(error, AccordError) else summary(error)
    with contextlib.suppress(Exception):  # never raise from the hook itself
        QMessageBox.critical(QApplication.activeWindow(), APPLICATION, text)
