"""Text rules shared by search, matching and validation.

``fold`` is the comparison key for search: Unicode NFKD decomposition,
combining marks removed, then ``str.casefold`` (Unicode default caseless
matching, The Unicode Standard §3.13), so "communique" matches "Communiqué",
"sao paulo" matches "São Paulo" and full-width "ＭＯＵ" matches "mou".
"""

from __future__ import annotations

import re
import unicodedata

#: Characters that are invisible but break equality: zero-width space,
#: non-joiner, joiner, word joiner, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_HAS_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]").search


def fold(text: str) -> str:
    """Return the search key of ``text``: accents and case removed, NFKD-compatible.

    Scripts without case or accents (Japanese, Korean, Thai, Arabic) pass
    through, except that their compatibility forms (half-width katakana,
    full-width Latin) are unified.
    """
    if text.isascii():  # the same result, fast: nothing to remove, decompose or strip
        return text.lower()
    if _HAS_INVISIBLE(text):
        text = text.translate(_INVISIBLE)
    decomposed = unicodedata.normalize("NFKD", text)
    # The same result as dropping each character with a nonzero combining class, fast.
    decomposed = decomposed.translate(_MARKS)
    return unicodedata.normalize("NFC", decomposed.casefold())


class _MarkTable(dict[int, int | None]):
    """A :meth:`str.translate` table that deletes combining marks and keeps everything else.

    Filled one character at a time, the first time each is seen
    (``unicodedata.combining``), so nothing is built up front: scanning all
    131,072 code points of planes 0-1 once cost a tenth of a second at
    start-up (issue 7). Characters beyond plane 1 are looked up each time,
    not kept. Safe across threads (each entry is computed alike).
    """

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        if code < _PLANE_2:  # at most 131,072 entries, however varied the text
            self[code] = kept
        return kept


_PLANE_2 = 0x20000
_MARKS = _MarkTable()


def clean(text: str | None) -> str:
    """Return ``text`` NFC-normalised, invisible characters removed, stripped.

    Used on every name and title a person types, so that two spellings that
    look the same are stored the same. ``None`` gives ``""``.
    """
    if text is None:
        return ""
    if text.isascii():
        return text.strip()
    if _HAS_INVISIBLE(text):
        text = text.translate(_INVISIBLE)
    return unicodedata.normalize("NFC", text).strip()
