"""Message boxes of the window, and the one way values are put into translated texts.

The static ``QMessageBox`` functions are used on purpose: they are the OS
edge that tests patch.

Translated texts name their blanks, ``"Attached {name} ({size} bytes)."``,
and :func:`fill` puts the values in, all in one pass: a value is never read
again as a placeholder, so a file named ``MoU%20Seoul{size}.pdf`` or a title
holding ``%2`` shows as typed. Never chain ``.replace("%1", ...)`` or
``QString.arg`` on a text that may already hold a person's words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from db.errors import AccordError

_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def fill(template: str, /, **values: object) -> str:
    """Return ``template`` with each ``{name}`` replaced by ``str(values[name])``.

    One pass over the template only: what is put in is never searched for
    placeholders again, and other braces or ``%`` signs are left alone. A
    ``{name}`` without a value stays as written (a translation with a
    mistyped field shows it rather than failing).
    """
    return _fill(template, values)


def _fill(template: str, values: Mapping[str, object]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _FIELD.sub(value, template)


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
    return fill(_tr("Something unexpected went wrong ({detail})."), detail=detail)


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
    box = QMessageBox(QMessageBox.Icon.Warning, title or _tr("Accord"), text, parent=parent)
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
    QMessageBox.information(parent, title or _tr("Accord"), text)


def plural(count: int, one: str, many: str, /, **values: object) -> str:
    """Return ``one`` or ``many`` :func:`fill`-ed with ``{n}`` = ``count`` and ``values``.

    English needs only the two forms; without a loaded translation Qt's own
    ``%n`` plural handling would show "agreement(s)".
    """
    return _fill(one if count == 1 else many, {**values, "n": count})
