"""Signals emitted from Python must not eat references to ``True`` and ``None``.

PySide6-Essentials 6.12.0 on Python 3.11 drops one reference to ``True`` on
every signal emitted from Python. ``True`` starts with a few hundred
references, so after a few hundred clicks CPython frees it and the window
aborts with ``Fatal Python error: bool_dealloc``. These tests catch such a
PySide6 before it ships (the fix is a version pin in ``pyproject.toml``).

Each probe runs in a child Python (this file run as a script): on a broken
PySide6 the crash would otherwise abort the whole pytest run instead of
failing one test. The child measures in batches and stops as soon as the
loss passes the limit, so even a broken build reports numbers, not a core
dump. On Python 3.12 and later ``True`` and ``None`` are immortal: their
counts never move and these tests pass trivially.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[2]
#: References to True/None a probe may lose by chance (objects freed while it runs).
HANDFUL = 5
#: The same for the whole window, which creates and frees many Python objects.
WINDOW_SLACK = 50
EMISSIONS = 1000
SELECTIONS = 1000


# -- the child side -------------------------------------------------------------


def _measure(step: Callable[[], None], *, total: int, batch: int, limit: int) -> dict:
    """Run ``step`` ``total`` times; return how many references True and None lost.

    Stops after the first batch that loses more than ``limit``, before the
    interpreter would free ``True``.
    """
    gc.collect()
    start_true, start_none = sys.getrefcount(True), sys.getrefcount(None)
    done = lost_true = lost_none = 0
    while done < total:
        for _ in range(batch):
            step()
        done += batch
        gc.collect()
        lost_true = start_true - sys.getrefcount(True)
        lost_none = start_none - sys.getrefcount(None)
        if max(lost_true, lost_none) > limit:
            break
    return {"done": done, "lost_true": lost_true, "lost_none": lost_none}


def _probe_signal(kind: str) -> dict:
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Emitter(QObject):
        plain = Signal()
        flag = Signal(bool)
        value = Signal(object)

    app = QCoreApplication.instance() or QCoreApplication([])
    emitter = Emitter()
    calls = [0]

    def slot(*_args: object) -> None:  # keeps no reference to what it receives
        calls[0] += 1

    if kind == "plain":
        step = emitter.plain.emit
    elif kind == "bool":
        step = lambda: emitter.flag.emit(True)  # noqa: E731
    elif kind == "plain-to-python-slot":
        emitter.plain.connect(slot)
        step = emitter.plain.emit
    elif kind == "bool-to-python-slot":
        emitter.flag.connect(slot)
        step = lambda: emitter.flag.emit(True)  # noqa: E731
    elif kind == "none-to-python-slot":
        emitter.value.connect(slot)
        step = lambda: emitter.value.emit(None)  # noqa: E731
    else:
        raise ValueError(kind)
    result = _measure(step, total=EMISSIONS, batch=50, limit=HANDFUL)
    result["slot_calls"] = calls[0]
    del app
    return result


def _quiet_offscreen_noise() -> None:
    """Drop the offscreen plugin's warning on every layout, so a crash report stays readable."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: object, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _probe_window(library_dir: str) -> dict:
    from PySide6.QtWidgets import QApplication

    _quiet_offscreen_noise()

    from db.opening import open_library
    from db.partners import list_partners
    from desktop.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    library = open_library(Path(library_dir))
    window = MainWindow(library, restore_settings=False)
    window.show()
    app.processEvents()
    partner_ids = [partner.id for partner in list_partners(library)]
    turn = [0]

    def select_next() -> None:
        assert window.select_partner(partner_ids[turn[0] % len(partner_ids)])
        turn[0] += 1

    def step() -> None:
        select_next()
        app.processEvents()

    result = _measure(step, total=SELECTIONS, batch=20, limit=WINDOW_SLACK)
    result["selected"] = turn[0]
    window.close()
    library.close()
    return result


def _child_main(argv: list[str]) -> None:
    import PySide6

    probe, argument = argv[1], argv[2]
    result = _probe_window(argument) if probe == "window" else _probe_signal(argument)
    result["pyside6"] = PySide6.__version__
    print(json.dumps(result), flush=True)


# -- the test side --------------------------------------------------------------


def _run_probe(probe: str, argument: str) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.run(
        [sys.executable, __file__, probe, argument],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if child.returncode != 0:
        pytest.fail(
            f"the {probe} probe died (exit code {child.returncode}); "
            f"a Fatal Python error here is the PySide6 refcount bug:\n{child.stderr[-2000:]}"
        )
    return json.loads(child.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "kind",
    [
        "plain",
        "bool",
        "plain-to-python-slot",
        "bool-to-python-slot",
        "none-to-python-slot",
    ],
)
def test_emitting_a_signal_1000_times_keeps_true_and_none(kind):
    result = _run_probe("signal", kind)
    assert max(result["lost_true"], result["lost_none"]) <= HANDFUL, (
        f"PySide6 {result['pyside6']}: {result['done']} emissions ({kind}) lost "
        f"{result['lost_true']} references to True and {result['lost_none']} to None; "
        "a few hundred more and Python aborts with bool_dealloc"
    )
    assert result["done"] == EMISSIONS
    if kind.endswith("python-slot"):
        assert result["slot_calls"] == EMISSIONS


def test_a_thousand_partner_selections_in_the_window_keep_true_and_none(library_dir):
    result = _run_probe("window", str(library_dir))
    assert max(result["lost_true"], result["lost_none"]) <= WINDOW_SLACK, (
        f"PySide6 {result['pyside6']}: {result['selected']} partner selections lost "
        f"{result['lost_true']} references to True and {result['lost_none']} to None; "
        "the window would abort with bool_dealloc after a few hundred clicks"
    )
    assert result["selected"] == SELECTIONS


if __name__ == "__main__":
    _child_main(sys.argv)
