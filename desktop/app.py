"""Start the GUI: the QApplication, the main window, a screenshot of it, unexpected errors."""

from __future__ import annotations

import contextlib
import gc
import sys
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import AccordError, DamagedLibraryError
from db.opening import damage_of
from desktop.support.messages import fill
from desktop.support.resources import get_asset

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path
    from types import TracebackType

    from db.library import Library

ORGANIZATION = "Accord"
APPLICATION = "Accord"
# Size of the window in screenshots (README, ``accord --screenshot``).
SCREENSHOT_SIZE = (1280, 800)
# Milliseconds after the window shows before old items leave the trash.
PURGE_DELAY_MS = 2000


class ScreenshotError(AccordError):
    """The screenshot could not be written."""


def create_application(argv: Sequence[str]) -> QApplication:
    """Return the application object (made once): names, icon, translations.

    Organisation and application name are "Accord", which places QSettings;
    high-DPI scaling is Qt 6's default. The translators of the chosen
    language are installed by :func:`desktop.support.language.install_translators`.
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
    from desktop.support.language import install_translators  # Accord's and Qt's catalogues

    install_translators(app)
    return app


def run_gui(library: Library) -> int:
    """Show the main window on ``library`` and run the event loop; return the exit code.

    A damaged library (:func:`db.opening.damage_of`, checked off the GUI
    thread while the window's modules load) is not shown: the user is told
    what is wrong and offered a restore, or quits (exit code 1)
    (:func:`desktop.dialogs.damaged_library.offer_restore`).
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        # SQLite reads the file without the GIL: the check costs little time at start.
        checked = pool.submit(damage_of, library)
        from desktop.window.main_window import MainWindow

        app = create_application(sys.argv)
        damaged = checked.result()
    if damaged is not None:
        from desktop.dialogs.damaged_library import offer_restore

        if not offer_restore(damaged, library):
            return 1
    previous_hook = sys.excepthook
    sys.excepthook = _show_unexpected_error
    try:
        window = MainWindow(library)
        window.show()
        # Old items leave the trash off the GUI thread, once the first screen is up (so
        # that the purge never competes with the first page's queries).
        QTimer.singleShot(PURGE_DELAY_MS, window.trash_purger.start)
        # Agreements that renew by their own terms are renewed then too (before the
        # reminder of what falls due, which reads the renewed dates).
        window.renewer.finished.connect(lambda _renewed: window.upcoming.remind())
        QTimer.singleShot(PURGE_DELAY_MS, window.renewer.start)
        return app.exec()
    finally:
        sys.excepthook = previous_hook


def recover_unopened(error: DamagedLibraryError) -> Library | None:
    """For the window on a library whose damaged database cannot even be opened.

    Offers the restore (:func:`desktop.dialogs.damaged_library.offer_restore`) and
    returns the library opened after it, ``None`` when the user quits.
    Raises :class:`~db.errors.LibraryError` when the restored one cannot be opened.
    """
    from db.opening import open_library
    from desktop.dialogs.damaged_library import offer_restore

    create_application(sys.argv)
    if not offer_restore(error):
        return None
    return open_library(error.folder)


def save_screenshot(library: Library, path: Path) -> None:
    """Render the main window on ``library`` to the PNG file ``path``.

    The window is 1280×800 with "All agreements" and the newest agreement
    selected, laid out without being shown on screen, and without the
    user's remembered layout. Nobody is there to answer a dialog: a damaged
    library raises its :class:`~db.errors.DamagedLibraryError` before any
    window is made, and a message box the window would show raises
    :class:`ScreenshotError` with its sentence once the window is closed
    (:func:`_unattended`), as does a file that cannot be written.
    """
    damaged = damage_of(library)
    if damaged is not None:
        raise damaged
    app = QApplication.instance() or create_application(sys.argv[:1])
    assert isinstance(app, QApplication)
    with _unattended() as said:
        _render(app, library, path)
    if said:
        text = said[0]
        #: Error of "accord --screenshot"; {reason} is the sentence the window would have shown.
        template = QCoreApplication.translate(
            "Screenshot", "The window could not show the library: {reason}"
        )
        raise ScreenshotError(fill(template, reason=f"{text[:1].lower()}{text[1:]}"))


def _render(app: QApplication, library: Library, path: Path) -> None:
    """Render a new main window on ``library`` to the PNG file ``path``, then close it."""
    from PySide6.QtCore import Qt

    from desktop.window.main_window import MainWindow

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
        template = QCoreApplication.translate(
            "Screenshot", "The screenshot cannot be written to {path}."
        )
        raise ScreenshotError(fill(template, path=path))


@contextlib.contextmanager
def _unattended() -> Iterator[list[str]]:
    """Within: a message box is not shown but its text is kept (in the list yielded).

    For a screenshot, where nobody answers a modal box (it would wait
    forever). Each box gets its default answer (no, cancel).
    """
    said: list[str] = []

    def static_box(_parent: object, _title: str, text: str, *_args: object) -> object:
        said.append(text)
        return QMessageBox.StandardButton.NoButton

    def modal_box(box: QMessageBox) -> int:
        said.append(box.text())
        return 0

    saved = {name: QMessageBox.__dict__.get(name) for name in _BOXES}  # exec is QDialog's
    for name in _BOXES[:-1]:
        setattr(QMessageBox, name, staticmethod(static_box))
    QMessageBox.exec = modal_box  # type: ignore[method-assign, assignment]
    try:
        yield said
    finally:
        for name, value in saved.items():
            if value is None:
                delattr(QMessageBox, name)
            else:
                setattr(QMessageBox, name, value)


# The ways a message box is shown: its static functions, and ``exec`` last.
_BOXES = ("information", "warning", "critical", "question", "exec")


def _show_unexpected_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """``sys.excepthook`` of the GUI: the traceback on stderr, one line in a message box."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    traceback.print_exception(kind, error, trace, file=sys.stderr)
    from desktop.support.messages import summary

    text = str(error) if isinstance(error, AccordError) else summary(error)
    with contextlib.suppress(Exception):  # never raise from the hook itself
        QMessageBox.critical(QApplication.activeWindow(), APPLICATION, text)
