"""Text rules shared by search, matching and validation.

``fold`` is the comparison key for search: Unicode NFKD decomposition,
combining marks removed, then ``str.casefold`` (Unicode default caseless
matching, The Unicode Standard §3.13), so "communique" matches "Communiqué",
"sao paulo" matches "São Paulo" and full-width "ＭＯＵ" matches "mou".
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Characters that are invisible but break equality: zero-width space,
#: non-joiner, joiner, word joiner, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_PLANE_2 = "\U00020000"
_BEYOND_PLANE_1 = re.compile("[\U00020000-\U0010ffff]").search
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
    if _BEYOND_PLANE_1(decomposed):
        decomposed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    else:  # the same result, fast: the marks of planes 0-1 removed by one table
        decomposed = decomposed.translate(_combining_marks())
    return unicodedata.normalize("NFC", decomposed.casefold())


@functools.cache
def _combining_marks() -> dict[int, None]:
    """Return a :meth:`str.translate` table deleting every character below plane 2 with a
    nonzero combining class (made once, 20 ms).

    (Unicode 14 has none above U+1E94A; text beyond plane 1 takes the slow path all the same.)
    """
    return dict.fromkeys(code for code in range(ord(_PLANE_2)) if unicodedata.combining(chr(code)))


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
