"""Message boxes of the window: errors as one sentence, questions with a safe default.

The static ``QMessageBox`` functions are used on purpose: they are the OS
edge that tests patch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import AccordError


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def show_error(parent: QWidget | None, error: BaseException | str, *, title: str = "") -> None:
    """Show ``error`` as one sentence in a warning box.

    An :class:`~db.errors.AccordError` carries its own sentence; any other
    exception is summed up in one line (its type and first line).
    """
    text = str(error) if isinstance(error, str | AccordError) else summary(error)
    QMessageBox.warning(parent, title or _tr("Accord"), text)


def summary(error: BaseException) -> str:
    """Return a one-line description of an unexpected exception."""
    first_line = (str(error).strip().splitlines() or [""])[0]
    detail = f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__
    return _tr("Something unexpected went wrong (%1).").replace("%1", detail)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question whose default answer is No; True when the user said Yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, text: str, *, title: str = "") -> None:
    """Tell the user something that is not an error."""
    QMessageBox.information(parent, title or _tr("Accord"), text)


def plural(count: int, one: str, many: str) -> str:
    """Return ``one`` or ``many`` (translated texts holding ``%n``) with the count put in.

    English needs only the two forms; without a loaded translation Qt's own
    ``%n`` plural handling would show "agreement(s)".
    """
    return (one if count == 1 else many).replace("%n", str(count))
