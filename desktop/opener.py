"""Open a stored document in the system's PDF viewer.

Only PDF files inside the library's attachments folder are handed to the
operating system; the URL is always built with ``QUrl.fromLocalFile`` (a
``QUrl`` parsed from a path string cuts it at ``#`` and ``?``: Anki's bug).
A frozen bundle's library path is taken out of the viewer's environment
(calibre does the same), so that a Linux viewer does not load our bundled
Qt libraries.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger(__name__)

#: Variables PyInstaller's bootloader changes; it keeps the originals in ``<NAME>_ORIG``.
_BUNDLE_VARIABLES = ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "QT_PLUGIN_PATH")


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
    with _unbundled_environment():
        return bool(QDesktopServices.openUrl(url))


@contextlib.contextmanager
def _unbundled_environment() -> Iterator[None]:
    """In a frozen bundle, give child processes the environment the user started us with."""
    if not getattr(sys, "frozen", False):
        yield
        return
    saved = {name: os.environ.get(name) for name in _BUNDLE_VARIABLES}
    try:
        for name in _BUNDLE_VARIABLES:
            original = os.environ.get(f"{name}_ORIG")
            if original is not None:
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
