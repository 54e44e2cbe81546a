"""Text rules shared by search, matching and validation.

``fold`` is the comparison key for search: Unicode NFKD decomposition,
combining marks removed, then ``str.casefold`` (Unicode default caseless
matching, The Unicode Standard §3.13), so "communique" matches "Communiqué",
"sao paulo" matches "São Paulo" and full-width "ＭＯＵ" matches "mou".
"""

from __future__ import annotations

import unicodedata

#: Characters that are invisible but break equality: zero-width space,
#: non-joiner, joiner, word joiner, BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def fold(text: str) -> str:
    """Return the search key of ``text``: accents and case removed, NFKD-compatible.

    Scripts without case or accents (Japanese, Korean, Thai, Arabic) pass
    through, except that their compatibility forms (half-width katakana,
    full-width Latin) are unified.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_INVISIBLE))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.casefold())


def clean(text: str | None) -> str:
    """Return ``text`` NFC-normalised, invisible characters removed, stripped.

    Used on every name and title a person types, so that two spellings that
    look the same are stored the same. ``None`` gives ``""``.
    """
    if text is None:
        return ""
    return unicodedata.normalize("NFC", text.translate(_INVISIBLE)).strip()
