"""How an imported text cell is stored against how the file wrote it: the notice when they differ.

Names and titles are stored as a person typing them in the window gets them
(:func:`db.text.clean`: NFC, byte-order marks and surrounding white space
removed), notes without surrounding white space, areas trimmed with empty
ones and repeats dropped (:func:`db.schemas.clean_areas`). Every other
character is kept as written: tabs, line breaks and no-break spaces inside
a cell, zero-width joiners and non-joiners, word joiners. An import that
stores a cell other than as written says so (a notice in the preview and in
``accord import -v``): never a silent change.
"""

from __future__ import annotations

import unicodedata

from db.csv_damage import shown
from db.i18n import fill, translate
from db.text import BOM

_WHITE = {"\t": "tab", "\n": "line break", "\r": "line break", "\u00a0": "no-break space",
          "\u3000": "ideographic space", " ": "space"}  # fmt: skip


def _named(run: str) -> str:
    names = list(dict.fromkeys(_WHITE.get(char, f"U+{ord(char):04X} space") for char in run))
    return "the " + " and ".join(names)


def stored_notice(text: str, value: str) -> str:
    """Return the sentence saying how the stored ``value`` differs from the cell ``text``."""
    body = text.replace(BOM, "")
    start = body[: len(body) - len(body.lstrip())]
    end = body[len(body.rstrip()) :]
    changes = []
    if start:
        changes.append(
            fill(translate("import", "{named} at the start removed"), named=_named(start))
        )
    if end:
        changes.append(fill(translate("import", "{named} at the end removed"), named=_named(end)))
    return _sentence(value, changes + _unseen(text))


def _unseen(text: str) -> list[str]:
    """Return the changes :func:`db.text.clean` makes to ``text`` that cannot be seen."""
    changes = []
    if BOM in text:
        changes.append("the byte-order mark (U+FEFF) removed")
    if not unicodedata.is_normalized("NFC", text):
        changes.append(
            translate("import", "its accents composed (Unicode NFC), which looks the same")
        )
    return changes


def _sentence(value: str, changes: list[str]) -> str:
    return f"Read as “{shown(value)}”: {', '.join(changes or ['changed'])}."


def areas_notice(text: str, areas: list[str]) -> str | None:
    """Return the sentence saying how the stored ``areas`` differ from the cell ``text``
    (``None`` when they are the cell's ``;``-separated parts, trimmed)."""
    if "; ".join(areas) == text:  # as export writes them: the usual cell
        return None
    parts = [part.strip() for part in text.split(";") if part.strip()]
    if parts == areas:
        return None
    changes = _unseen(text)
    if len(parts) > len(areas):
        changes.insert(0, translate("import", "an area named twice kept once"))
    return _sentence("; ".join(areas), changes)
