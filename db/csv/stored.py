"""How an imported text cell is stored against how the file wrote it: the notice when they differ.

Names and titles are stored as a person typing them in the window gets them
(:func:`db.text.clean`: NFC, byte-order marks and surrounding white space
removed), notes without byte-order marks or surrounding white space, areas
trimmed with empty ones and repeats dropped (:func:`db.schemas.clean_areas`). Every other
character is kept as written: tabs, line breaks and no-break spaces inside
a cell, zero-width joiners and non-joiners, word joiners. An import that
stores a cell other than as written says so (a notice in the preview and in
``accord import -v``): never a silent change.
"""

from __future__ import annotations

import unicodedata

from db.csv.damage import excerpt
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from db.text import BOM

#: kinds of white space removed from a cell ("tab at the start removed")
_WHITE = {"\t": QT_TRANSLATE_NOOP("import", "tab"),
          "\n": QT_TRANSLATE_NOOP("import", "line break"),
          "\r": QT_TRANSLATE_NOOP("import", "line break"),
          "\u00a0": QT_TRANSLATE_NOOP("import", "no-break space"),
          "\u3000": QT_TRANSLATE_NOOP("import", "ideographic space"),
          " ": QT_TRANSLATE_NOOP("import", "space")}  # fmt: skip


#: kinds of white space removed from a cell, more than one of a kind ("spaces at the start")
_WHITE_MANY = {"\t": QT_TRANSLATE_NOOP("import", "tabs"),
               "\n": QT_TRANSLATE_NOOP("import", "line breaks"),
               "\r": QT_TRANSLATE_NOOP("import", "line breaks"),
               "\u00a0": QT_TRANSLATE_NOOP("import", "no-break spaces"),
               "\u3000": QT_TRANSLATE_NOOP("import", "ideographic spaces"),
               " ": QT_TRANSLATE_NOOP("import", "spaces")}  # fmt: skip


def _named(run: str) -> str:
    """Return how a notice names the white space ``run``: each kind once, in the plural
    when the run holds more than one of it (a CR LF pair is one line break)."""
    counts: dict[str, int] = {}
    for char in run.replace("\r\n", "\n"):
        kind = "\n" if char == "\r" else char
        counts[kind] = counts.get(kind, 0) + 1
    other = translate("import", "U+{code} space")
    others = translate("import", "U+{code} spaces")
    names = [
        translate("import", (_WHITE if count == 1 else _WHITE_MANY)[char])
        if char in _WHITE
        else fill(other if count == 1 else others, code=f"{ord(char):04X}")
        for char, count in counts.items()
    ]
    #: joins the kinds of white space removed: "tab and space"
    joined = translate("import", " and ", "between the last two items of a list").join(names)
    #: {names}: the kinds of white space removed, e.g. "tab and space"
    return fill(translate("import", "the {names}"), names=joined)


def stored_notice(text: str, value: str, *, apostrophe: bool = False) -> str:
    """Return the sentence saying how the stored ``value`` differs from the cell ``text``;
    ``apostrophe``: the cell also lost the apostrophe before a formula start (the one
    :func:`db.csv.export.neutralise` writes, which a file from elsewhere may hold too)."""
    body = text.replace(BOM, "")
    start = body[: len(body) - len(body.lstrip())]
    end = body[len(body.rstrip()) :]
    changes = []
    if apostrophe:
        changes.append(
            translate(
                "import",
                "the apostrophe that keeps a spreadsheet from running it as a formula removed",
            )
        )
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
        changes.append(translate("import", "the byte-order mark (U+FEFF) removed"))
    if not unicodedata.is_normalized("NFC", text):
        changes.append(
            translate("import", "its accents composed (Unicode NFC), which looks the same")
        )
    return changes


def _sentence(value: str, changes: list[str]) -> str:
    #: {changes}: what was changed, e.g. "the tab at the start removed"; or "changed"
    read_as = translate("import", "Read as “{value}”: {changes}.")
    listed = translate("import", ", ", "between the items of a list").join(
        #: what was done to a cell's text, when nothing more precise can be said
        changes or [translate("import", "changed")]
    )
    return fill(read_as, value=excerpt(value), changes=listed)


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
