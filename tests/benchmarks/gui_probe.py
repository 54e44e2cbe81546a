"""A child process that starts a window, reports its first paint and its memory, and exits.

``python -m tests.benchmarks.gui_probe accord LIBRARY [--modules-out FILE] [--interact]``
starts Accord as ``accord --library LIBRARY`` does (:func:`desktop.app.run_gui`:
the console script's imports, :func:`db.opening.open_library`, the
application, :class:`~desktop.window.main_window.MainWindow` shown, the trash purger
started) and stops at the first paint of the agreement view.
``python -m tests.benchmarks.gui_probe bare MODULES_FILE`` is the baseline:
it imports every module named in ``MODULES_FILE`` (what the Accord child had
imported, Accord's own modules left out) and shows a bare
:class:`QMainWindow` holding an empty :class:`QTableView`, the same size.

At the first paint each prints one line, ``PAINTED {"rss_mb": ..., "hwm_mb": ...}``
(resident memory now and at its peak, in MiB), and flushes; the parent times
the line from the moment it started the process. ``--interact`` then measures
the search field and the date sort in the same window
(:mod:`tests.benchmarks.gui_interact`) and prints ``RESULT {...}`` before
exiting. The platform is whatever ``QT_QPA_PLATFORM`` says (the harness uses
``offscreen``).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

#: Top-level packages of Accord itself, which the bare baseline does not import.
OWN = {"db", "desktop", "resources", "tests"}


def memory_mb() -> dict[str, float]:
    """Return resident memory now and at its peak (``VmRSS``/``VmHWM``, MiB; Linux)."""
    found: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found["rss_mb" if key == "VmRSS" else "hwm_mb"] = int(value.split()[0]) / 1024
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        found = {"rss_mb": peak, "hwm_mb": peak}
    return found


def third_party_modules() -> list[str]:
    """Names of the imported modules that are neither the standard library's nor Accord's."""
    names = []
    for name, module in list(sys.modules.items()):
        top = name.partition(".")[0]
        if module is None or top in OWN or top in sys.stdlib_module_names or top.startswith("_"):
            continue
        names.append(name)
    return sorted(names)


def _report_painted() -> None:
    print("PAINTED " + json.dumps(memory_mb()), flush=True)


def _on_first_paint(widget, then) -> object:  # noqa: ANN001 - a QWidget and a callable
    """Call ``then`` once, just after ``widget``'s first paint has been done."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(widget)
            self.seen = False

        def eventFilter(self, _watched, event) -> bool:  # noqa: ANN001, N802 - Qt override
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, then)  # after this paint event is handled
            return False

    watcher = FirstPaint()
    widget.installEventFilter(watcher)
    return watcher


def run_accord(library_dir: str, modules_out: str | None, interact: bool) -> None:
    import desktop.cli.main  # noqa: F401 - what the ``accord`` console script imports first
    from db.opening import open_library
    from desktop.app import PURGE_DELAY_MS, create_application
    from desktop.window.main_window import MainWindow

    library = open_library(library_dir)
    app = create_application([sys.argv[0]])
    window = MainWindow(library)

    def painted() -> None:
        _report_painted()
        if modules_out:
            Path(modules_out).write_text("\n".join(third_party_modules()), encoding="utf-8")
        if interact:
            from tests.benchmarks.gui_interact import measure

            result = measure(app, window, library)
            print("RESULT " + json.dumps(result), flush=True)
        os._exit(0)  # the measurement is done; tearing down is not measured

    keep = _on_first_paint(window.agreement_view.viewport(), painted)
    from PySide6.QtCore import QTimer  # imported with Qt by now: after desktop.cli.main, as run_gui

    window.show()
    QTimer.singleShot(PURGE_DELAY_MS, window.trash_purger.start)  # as run_gui does
    app.exec()
    del keep


def run_bare(modules_file: str) -> None:
    import importlib

    for name in Path(modules_file).read_text(encoding="utf-8").split():
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001, S112 - a module only importable as a side effect
            continue
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    view = QTableView(window)
    window.setCentralWidget(view)
    window.resize(1280, 800)

    def painted() -> None:
        _report_painted()
        os._exit(0)

    keep = _on_first_paint(view.viewport(), painted)
    window.show()
    app.exec()
    del keep


def main(argv: list[str]) -> None:
    """Entry point: ``accord LIBRARY [--modules-out FILE] [--interact]``, ``bare MODULES``."""
    mode, target = argv[0], argv[1]
    if mode == "accord":
        modules_out = argv[argv.index("--modules-out") + 1] if "--modules-out" in argv else None
        run_accord(target, modules_out, "--interact" in argv)
    else:
        run_bare(target)


if __name__ == "__main__":
    main(sys.argv[1:])
