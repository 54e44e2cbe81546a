"""Message boxes of the window, and the one way values are put into translated texts.

The static ``QMessageBox`` functions are used on purpose: they are the OS
edge that tests patch.

Translated texts name their blanks, ``"Attached {name} ({size} bytes)."``,
and :func:`fill` (:func:`db.i18n.translate.fill`, the one for ``db/`` and the window
alike) puts the values in, all in one pass: a value is never read
again as a placeholder, so a file named ``MoU%20Seoul{size}.pdf`` or a title
holding ``%2`` shows as typed. Never chain ``.replace("%1", ...)`` or
``QString.arg`` on a text that may already hold a person's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import AccordError
from db.i18n.translate import fill

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["choose", "confirm", "fill", "inform", "plural", "sentence", "show_error", "summary"]


def _accord() -> str:
    #: Title of a message box that has no title of its own: the application's name.
    return QCoreApplication.translate("messages", "Accord")


def show_error(parent: QWidget | None, error: BaseException | str, *, title: str = "") -> None:
    """Show ``error`` as one sentence in a warning box.

    An :class:`~db.errors.AccordError` carries its own sentence; any other
    exception is summed up in one line (its type and first line).
    """
    QMessageBox.warning(parent, title or _accord(), sentence(error))


def sentence(error: BaseException | str) -> str:
    """Return the one sentence that says what went wrong.

    A text is its own sentence, and an :class:`~db.errors.AccordError`
    carries one, written for a person; any other exception is
    :func:`summary`.
    """
    return str(error) if isinstance(error, str | AccordError) else summary(error)


def summary(error: BaseException) -> str:
    """Return a one-line description of an unexpected exception."""
    first_line = (str(error).strip().splitlines() or [""])[0]
    detail = f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__
    #: {detail} is the kind of error and its first line, in English (for a bug report).
    text = QCoreApplication.translate("messages", "Something unexpected went wrong ({detail}).")
    return fill(text, detail=detail)


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


def choose(
    parent: QWidget | None,
    title: str,
    text: str,
    choices: Sequence[str],
    *,
    detail: str = "",
) -> int | None:
    """Show a warning that offers ``choices`` (button texts) and Cancel.

    Returns the index of the chosen button, ``None`` for Cancel. The box is
    a ``QMessageBox`` shown with ``exec()``, the edge tests patch.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, title or _accord(), text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if detail:
        box.setInformativeText(detail)
    buttons = [
        box.addButton(
            choice,
            QMessageBox.ButtonRole.AcceptRole if i == 0 else QMessageBox.ButtonRole.ActionRole,
        )
        for i, choice in enumerate(choices)
    ]
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[0] if buttons else cancel)
    box.setEscapeButton(cancel)
    try:
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None
    finally:
        box.deleteLater()


def inform(parent: QWidget | None, text: str, *, title: str = "") -> None:
    """Tell the user something that is not an error."""
    QMessageBox.information(parent, title or _accord(), text)


def plural(count: int, one: str, many: str, /, **values: object) -> str:
    """Return ``one`` or ``many`` :func:`fill`-ed with ``{n}`` = ``count`` and ``values``.

    Kept for texts not yet marked the Qt way; a new text is one
    ``self.tr("%n agreement(s)", "", count)``, whose forms each catalogue
    (English's too) gives.
    """
    return fill(one if count == 1 else many, **{**values, "n": count})
