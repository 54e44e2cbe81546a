"""Open a stored document in the system's PDF viewer, or show it in its folder.

Only PDF files inside the library's attachments folder are handed to the
operating system, and nothing is ever executed: the URL is always built with
``QUrl.fromLocalFile`` (a ``QUrl`` parsed from a path string cuts it at
``#`` and ``?``: Anki's bug). In a frozen bundle the library path variables
of the bundle are taken out of the environment the viewer inherits while it
is started (calibre's ``sanitize_env_vars``), so that a viewer does not load
our bundled Qt or Python.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

log = logging.getLogger(__name__)

# Variables a frozen bundle sets for itself on every platform (Qt and Python search paths).
_COMMON_VARIABLES = ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "PYTHONPATH", "PYTHONHOME")
# The dynamic loader's search paths, by platform. PyInstaller's bootloader
# keeps the value the user started us with in ``<NAME>_ORIG``.
_LOADER_VARIABLES = {
    "linux": ("LD_LIBRARY_PATH",),
    "darwin": ("DYLD_LIBRARY_PATH", "DYLD_FRAMEWORK_PATH"),
}


def is_openable(path: Path, attachments_dir: Path) -> bool:
    """True when ``path`` is a ``.pdf`` file inside ``attachments_dir`` (symlinks resolved)."""
    try:
        resolved = path.resolve(strict=True)
        folder = attachments_dir.resolve(strict=True)
    except OSError:
        return False
    return (
        resolved.suffix.lower() == ".pdf" and resolved.is_file() and resolved.is_relative_to(folder)
    )


def open_document(path: Path, *, attachments_dir: Path) -> bool:
    """Ask the operating system to open the stored PDF ``path``; True if it accepted.

    Refuses (returns False without asking) anything that is not a ``.pdf``
    file inside ``attachments_dir``. False also when no application could
    be started for it; the caller tells the user.
    """
    if not is_openable(path, attachments_dir):
        log.warning("refused to open %s: not a PDF in %s", path, attachments_dir)
        return False
    url = QUrl.fromLocalFile(str(path.resolve()))
    with sanitized_environment():
        return bool(QDesktopServices.openUrl(url))


def show_in_folder(path: Path, *, attachments_dir: Path) -> bool:
    """Show the folder of the stored PDF ``path`` in the file manager; True if it started.

    On Windows, Explorer opens the folder with the file selected; elsewhere
    the folder is opened (there is no portable way to select a file). The
    same refusals as :func:`open_document` apply.
    """
    if not is_openable(path, attachments_dir):
        log.warning("refused to show %s: not a PDF in %s", path, attachments_dir)
        return False
    resolved = path.resolve()
    with sanitized_environment():
        if sys.platform == "win32":
            explorer = QProcess()
            explorer.setProgram("explorer.exe")
            explorer.setNativeArguments(explorer_arguments(resolved))  # Windows-only API
            if explorer.startDetached():
                return True
            log.warning("Explorer did not start; opening the folder instead")
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(resolved.parent))))


def explorer_arguments(path: Path) -> str:
    """Return Explorer's arguments that open the folder of ``path`` with the file selected.

    Explorer reads ``/select,"<path>"`` itself (it does not follow the C
    runtime's quoting), so the arguments are given to ``CreateProcess`` as
    they are, and no shell is involved. A Windows path cannot hold ``"`` or
    a line break; one that does is refused.
    """
    text = str(path)
    if '"' in text or "\n" in text or "\r" in text:
        raise ValueError(f"not a Windows path: {text!r}")
    return f'/select,"{text}"'


def bundle_variables(platform: str | None = None) -> tuple[str, ...]:
    """The environment variables a frozen bundle sets for itself on ``platform``."""
    platform = sys.platform if platform is None else platform
    key = "darwin" if platform == "darwin" else "linux" if platform.startswith("linux") else ""
    return _LOADER_VARIABLES.get(key, ()) + _COMMON_VARIABLES


@contextlib.contextmanager
def sanitized_environment() -> Iterator[None]:
    """While the block runs, give child processes the environment the user started us with.

    Only in a frozen build (``sys.frozen``): each of :func:`bundle_variables`
    is set back to the value PyInstaller saved in ``<NAME>_ORIG``, or
    removed; afterwards every one of them is exactly as it was. Outside a
    bundle nothing changes.
    """
    if not getattr(sys, "frozen", False):
        yield
        return
    names = bundle_variables()
    saved = {name: os.environ.get(name) for name in names}
    try:
        for name in names:
            original = os.environ.get(f"{name}_ORIG")
            if original:
                os.environ[name] = original
            else:
                os.environ.pop(name, None)
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def open_written_file(path: Path) -> bool:
    """Ask the operating system to open a PDF Accord has just written (a briefing sheet)
    in its viewer; True if it accepted.

    Refuses (returns False without asking) anything that is not an existing ``.pdf``
    file; the URL is built with ``QUrl.fromLocalFile`` and the viewer gets the user's
    environment (:func:`sanitized_environment`).
    """
    try:
        resolved = path.resolve(strict=True)
    except OSError:
        return False
    if resolved.suffix.lower() != ".pdf" or not resolved.is_file():
        log.warning("refused to open %s: not a PDF file", path)
        return False
    with sanitized_environment():
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(resolved))))
