"""Read a compiled Qt catalogue (``.qm``) without Qt: messages and plural rules.

The ``.qm`` files under ``resources/translations/`` are the ones the window
gives to ``QTranslator``; :mod:`db.i18n.translate` reads the same bytes here, so the
command line and ``db/`` translate without importing PySide6 and can never
disagree with the window about a message.

The format is Qt's own (``qttools/src/linguist/shared/qm.cpp`` writes it,
``qtbase/src/corelib/kernel/qtranslator.cpp`` reads it): a 16-byte magic
number, then sections of ``tag (1 byte), length (4 bytes, big-endian),
data``. Four sections matter here:

- Messages (``0x69``): each message is a run of tagged fields ending with
  ``End``: translations (UTF-16BE, one per plural form), source text,
  context and comment (UTF-8). ``lrelease`` leaves a comment out when the
  context and source text alone tell the message apart, which is why
  :meth:`Catalogue.lookup` falls back to the message without a comment
  exactly as ``QTranslator`` does.
- Hashes (``0x42``): (ELF hash of source text + comment, offset of the
  message) pairs sorted by hash, which :meth:`Catalogue.lookup` searches.
- Language (``0xa7``): the catalogue's language, ``ja_JP``.
- Numerus rules (``0x88``): the byte code that picks a plural form for a
  count (:func:`plural_form`); a language with one form (Japanese) has none.

Opening a catalogue reads the file and finds its sections; a message is
decoded only when looked up (docs/translations.md has the measurements).
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from typing import TYPE_CHECKING

from db.errors import CatalogueError

if TYPE_CHECKING:
    from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

_SECTION_HASHES = 0x42
_SECTION_MESSAGES = 0x69
_SECTION_NUMERUS_RULES = 0x88
_SECTION_LANGUAGE = 0xA7

_TAG_END = 1
_TAG_SOURCE_TEXT16 = 2
_TAG_TRANSLATION = 3
_TAG_CONTEXT16 = 4
_TAG_OBSOLETE1 = 5
_TAG_SOURCE_TEXT = 6
_TAG_CONTEXT = 7
_TAG_COMMENT = 8
_TAG_OBSOLETE2 = 9

# Numerus rule byte code (qtranslator.cpp, "numerusHelper").
_Q_EQ, _Q_LT, _Q_LEQ, _Q_BETWEEN = 0x01, 0x02, 0x03, 0x04
_Q_OP_MASK, _Q_NOT = 0x07, 0x08
_Q_MOD_10, _Q_MOD_100, _Q_LEAD_1000 = 0x10, 0x20, 0x40
_Q_AND, _Q_OR = 0xFD, 0xFE

# (context, source text, comment) → translations, one per plural form.
Key = tuple[str, str, str]


class Catalogue:
    """The messages of one ``.qm`` file and the plural rules of its language.

    Looked up as ``QTranslator`` does: the ELF hash of source text and
    comment finds the candidates in the Hashes section (binary search), and
    the one whose context, source text and comment match is read. Nothing
    is decoded before it is asked for, so opening a catalogue of any size
    costs the reading of the file.
    """

    def __init__(self, data: bytes = MAGIC) -> None:
        sections = _sections(data)
        self.language = sections.get(_SECTION_LANGUAGE, b"").decode("utf-8")
        self.numerus_rules = sections.get(_SECTION_NUMERUS_RULES, b"")
        self._messages = sections.get(_SECTION_MESSAGES, b"")
        hashes = sections.get(_SECTION_HASHES, b"")
        if len(hashes) % 8:
            raise CatalogueError("malformed hash table in .qm catalogue")
        pairs = struct.unpack(f">{len(hashes) // 4}I", hashes)
        self._hashes, self._offsets = pairs[0::2], pairs[1::2]
        self._found: dict[Key, tuple[str, ...] | None] = {}  # what lookups found so far

    def lookup(self, context: str, source: str, comment: str = "", n: int = -1) -> str | None:
        """Return the translation of a message, or ``None`` when there is none.

        ``n >= 0`` chooses the plural form for that count; a form the
        message lacks counts as no translation (QTranslator does the same).
        A message is also found without its ``comment`` (lrelease drops a
        comment that is not needed to tell messages apart). ``%n`` is left
        for the caller to fill in.
        """
        forms = self._find(context, source, comment)
        if forms is None and comment:
            forms = self._find(context, source, "")
        if forms is None:
            return None
        index = plural_form(self.numerus_rules, n) if n >= 0 else 0
        return forms[index] if 0 <= index < len(forms) else None

    def _find(self, context: str, source: str, comment: str) -> tuple[str, ...] | None:
        try:
            return self._found[(context, source, comment)]
        except KeyError:
            forms = self._found[(context, source, comment)] = self._search(context, source, comment)
            return forms

    def _search(self, context: str, source: str, comment: str) -> tuple[str, ...] | None:
        key = elf_hash((source + comment).encode("utf-8"))
        index = bisect_left(self._hashes, key)
        while index < len(self._hashes) and self._hashes[index] == key:
            found_context, found_source, found_comment, forms = _message(
                self._messages, self._offsets[index]
            )
            if (
                found_context in (None, context)
                and found_source in (None, source)
                and found_comment in (None, comment)
            ):
                return forms
            index += 1
        return None

    def messages(self) -> dict[Key, tuple[str, ...]]:
        """Return every message that has its context and source text in the file."""
        found: dict[Key, tuple[str, ...]] = {}
        for offset in sorted(set(self._offsets)):
            context, source, comment, forms = _message(self._messages, offset)
            if context is not None and source is not None:
                found.setdefault((context, source, comment or ""), forms)
        return found


def elf_hash(data: bytes) -> int:
    """Return Qt's ``elfHash`` of ``data`` (qtranslator.cpp), never 0."""
    value = 0
    for byte in data:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


def read_catalogue(path: Path) -> Catalogue:
    """Return the catalogue in the ``.qm`` file ``path``.

    Raises :class:`OSError` when the file cannot be read and
    :class:`CatalogueError` when it is not a ``.qm`` catalogue.
    """
    return Catalogue(path.read_bytes())


def _sections(data: bytes) -> dict[int, bytes]:
    """Return the sections of a ``.qm`` file by tag; raise :class:`CatalogueError` if malformed."""
    if not data.startswith(MAGIC):
        raise CatalogueError("not a Qt translation catalogue (.qm): wrong magic number")
    sections: dict[int, bytes] = {}
    offset = len(MAGIC)
    while offset < len(data):
        if offset + 5 > len(data):
            raise CatalogueError("truncated .qm catalogue")
        tag, length = data[offset], struct.unpack_from(">I", data, offset + 1)[0]
        body = data[offset + 5 : offset + 5 + length]
        if len(body) != length:
            raise CatalogueError("truncated .qm catalogue")
        sections[tag] = body
        offset += 5 + length
    return sections


def _message(
    data: bytes, offset: int
) -> tuple[str | None, str | None, str | None, tuple[str, ...]]:
    """Return (context, source, comment, translations) of the message at ``offset``.

    A field the file leaves out is ``None`` (it then matches any value).
    """
    unpack = struct.unpack_from
    end = len(data)
    translations: list[str] = []
    context = source = comment = None
    while offset < end:
        tag = data[offset]
        offset += 1
        if tag == _TAG_END:
            break
        if tag == _TAG_OBSOLETE1:
            offset += 4
            continue
        if tag == _TAG_OBSOLETE2:
            continue
        if offset + 4 > end:
            raise CatalogueError("truncated message in .qm catalogue")
        length = unpack(">I", data, offset)[0]
        offset += 4
        if tag == _TAG_TRANSLATION:
            if length == 0xFFFFFFFF:  # a null string: no translation of this form
                translations.append("")
                continue
            translations.append(data[offset : offset + length].decode("utf-16-be"))
        elif tag in (_TAG_SOURCE_TEXT, _TAG_SOURCE_TEXT16):
            source = data[offset : offset + length].decode("utf-8")
        elif tag in (_TAG_CONTEXT, _TAG_CONTEXT16):
            context = data[offset : offset + length].decode("utf-8")
        elif tag == _TAG_COMMENT:
            comment = data[offset : offset + length].decode("utf-8")
        else:
            raise CatalogueError(f"unknown field {tag:#x} in .qm catalogue")
        offset += length
    return context, source, comment, tuple(translations)


def plural_form(rules: bytes, n: int) -> int:
    """Return the index of the plural form for the count ``n`` under ``rules``.

    ``rules`` is the numerus byte code of a ``.qm`` file (its rules are
    Qt's, from ``qtranslator.cpp``: comparisons of ``n``, ``n % 10``,
    ``n % 100`` or ``n``'s leading digits, joined by and/or, one rule per
    form but the last). No rules (one form, as in Japanese) gives 0.
    Raises :class:`CatalogueError` on byte code that ends early.
    """
    if not rules:
        return 0
    result, i, size = 0, 0, len(rules)

    def byte() -> int:
        nonlocal i
        if i >= size:
            raise CatalogueError("malformed numerus rules in .qm catalogue")
        i += 1
        return rules[i - 1]

    while True:
        or_value = False
        while True:
            and_value = True
            while True:
                opcode = byte()
                left = n
                if opcode & _Q_MOD_10:
                    left %= 10
                elif opcode & _Q_MOD_100:
                    left %= 100
                elif opcode & _Q_LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                operation, right = opcode & _Q_OP_MASK, byte()
                if operation == _Q_EQ:
                    truth = left == right
                elif operation == _Q_LT:
                    truth = left < right
                elif operation == _Q_LEQ:
                    truth = left <= right
                elif operation == _Q_BETWEEN:
                    top = byte()  # read before comparing: a chained comparison may skip it
                    truth = right <= left <= top
                else:
                    raise CatalogueError("malformed numerus rules in .qm catalogue")
                if opcode & _Q_NOT:
                    truth = not truth
                and_value = and_value and truth
                if i == size or rules[i] != _Q_AND:
                    break
                i += 1
            or_value = or_value or and_value
            if i == size or rules[i] != _Q_OR:
                break
            i += 1
        if or_value:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # the new-rule marker
