"""The About Accord box: version, what Accord is for, and the library shown.

Its strings keep the ``MainWindow`` translation context they had as the window's own.
"""

from __future__ import annotations

import html
from importlib import metadata
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.support.messages import fill

if TYPE_CHECKING:
    from pathlib import Path


def show_about(parent: QWidget, library_root: Path) -> None:
    """Show the About box over ``parent``, naming the library folder ``library_root``."""
    try:
        version = metadata.version("accord")
    except metadata.PackageNotFoundError:
        version = "0.1"
    QMessageBox.about(
        parent,
        #: Title of the About box.
        QCoreApplication.translate("MainWindow", "About Accord"),
        fill(
            QCoreApplication.translate(
                "MainWindow",
                "<h3>Accord {version}</h3><p>Partners, agreements and their signed "
                "documents, for an international-affairs office.</p><p>Library: {path}</p>",
            ),
            version=html.escape(version),
            path=html.escape(str(library_root)),
        ),
    )
