"""Text rules shared by search, matching and validation.

``fold`` is the comparison key for search: Unicode NFKD decomposition,
combining marks removed, then ``str.casefold`` (Unicode default caseless
matching, The Unicode Standard §3.13), so "communique" matches "Communiqué",
"sao paulo" matches "São Paulo" and full-width "ＭＯＵ" matches "mou"; the
:data:`INVISIBLE` characters are ignored, so a name typed without its
zero-width joiners or non-joiners still finds it. ``search_key`` is what
the search compares: ``fold``, then katakana read as hiragana (カ as か; a
kana's voicing mark is a combining mark, so ガ is か too) and the spelling
variants of Arabic letters as their plain letter (:data:`SCRIPT_VARIANTS`:
alef with wasla or wavy hamza as alef, alef maksura and Farsi yeh as yeh;
hamza and madda are marks), as Arabic search engines normalise them. ``clean`` is what a stored
name or title is (the characters as typed, a byte-order mark and surrounding
white space removed); ``name_order`` the order of names in lists and reports.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

#: The invisible characters of a text: zero-width space (U+200B), non-joiner (U+200C),
#: joiner (U+200D), word joiner (U+2060) and byte-order mark (U+FEFF). Keys ignore them
#: (search, headers, dates, IDs: :func:`without_invisible`); stored text keeps all but
#: the byte-order mark (:func:`clean`).
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
_HAS_INVISIBLE = re.compile(f"[{INVISIBLE}]").search
#: The only invisible character :func:`clean` removes: a byte-order mark carries no meaning
#: inside a text (it is left over from joining files, or from a file's start).
BOM = "\ufeff"
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]").search


#: Letters :func:`fold` reads as another (after marks are removed): katakana as hiragana
#: (U+30A1-U+30F6 lie 0x60 above U+3041-U+3096, and the iteration marks ヽヾ above ゝゞ,
#: Unicode's Katakana and Hiragana blocks); Arabic alef wasla and alef with wavy hamza
#: (U+0671-U+0673, U+0675) as alef, alef maksura and Farsi yeh (U+0649, U+06CC) as yeh,
#: and the tatweel (U+0640, a stretch of the baseline, not a letter) dropped; the
#: typographic apostrophes (U+2018, U+2019, U+02BC) as the typed one (Governor’s, Governor's).
SCRIPT_VARIANTS: dict[int, int | None] = {
    **{code: code - 0x60 for code in range(0x30A1, 0x30F7)},
    0x30FD: 0x309D,
    0x30FE: 0x309E,
    **dict.fromkeys((0x0671, 0x0672, 0x0673, 0x0675), 0x0627),
    0x0649: 0x064A,
    0x06CC: 0x064A,
    0x0640: None,
    0x2018: 0x0027,
    0x2019: 0x0027,
    0x02BC: 0x0027,
}
_HAS_VARIANT = re.compile(
    "[\u30a1-\u30f6\u30fd\u30fe\u0640\u0649\u0671-\u0673\u0675\u06cc\u2018\u2019\u02bc]"
).search


def fold(text: str) -> str:
    """Return the search key of ``text``: accents, case and :data:`INVISIBLE` characters
    removed, NFKD-compatible.

    Scripts without case or accents (Japanese, Korean, Thai, Arabic) pass
    through, except that their compatibility forms (half-width katakana,
    full-width Latin) are unified. The result is NFC: Hangul syllables stay
    whole (서울 in 서울특별시).
    """
    if text.isascii():  # the same result, fast: nothing to remove, decompose or strip
        return text.lower()
    if _HAS_INVISIBLE(text):
        text = text.translate(_INVISIBLE)
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", _without_marks(decomposed).casefold())


def search_key(text: str) -> str:
    """Return the key the search compares: :func:`fold`, then katakana read as hiragana and
    Arabic letter variants as their plain letter (:data:`SCRIPT_VARIANTS`).

    Only for search (records, pages and queries alike); names keep :func:`fold` for
    what counts as the same name and for their order, where カ and か differ.
    """
    folded = fold(text)
    if _HAS_VARIANT(folded):
        return folded.translate(SCRIPT_VARIANTS)
    return folded


def _without_marks(text: str) -> str:
    """Return ``text`` without its characters of nonzero canonical combining class.

    The marks of the Basic Multilingual Plane go with one regular expression
    (a character class is a bitmap there: three times faster than
    :meth:`str.translate`, which looks every character up in a mapping;
    100,000 folded search texts took 1.0 s to translate); the rare
    text with characters beyond it is translated as well.
    """
    text = _bmp_marks().sub("", text)
    if _BEYOND_BMP(text):
        text = text.translate(_MARKS)
    return text


@functools.cache
def _bmp_marks() -> re.Pattern[str]:
    """Return the pattern of runs of BMP combining marks (built once, in about 10 ms)."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    spans = (re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in ranges)
    return re.compile(f"[{''.join(spans)}]+")


#: A sort key of names: a text to an orderable value (``name_key`` parameters of the
#: queries and exports). The window passes its ``QCollator``'s (``desktop.support.collation``).
NameKey = Callable[[str], Any]


def name_order(text: str) -> tuple[str, str]:
    """Return the sort key of a name where no language's collation is at hand (the default
    ``name_key``): :func:`fold` first (case and accents ignored: São Paulo between Rome and
    Seoul, ``seoul`` beside ``Seoul``), then the text itself, so that names folding alike
    keep one order everywhere.

    Computed in Python, not by the database's collation, so that SQLite and
    PostgreSQL (whose collation depends on the server's locale) give one order;
    so is every ``name_key`` given instead.
    """
    return fold(text), text


class SearchKeys(dict[str, str]):
    """:func:`search_key` of each text, remembered for one bulk job (as :class:`Folds`)."""

    def __missing__(self, text: str) -> str:
        self[text] = key = search_key(text)
        return key


class Folds(dict[str, str]):
    """:func:`fold` of each text, remembered for one bulk job: ``folds[text]`` folds a text
    the first time only (names, titles and labels repeat across 100,000 rows)."""

    def __missing__(self, text: str) -> str:
        self[text] = folded = fold(text)
        return folded


class _MarkTable(dict[int, int | None]):
    """A :meth:`str.translate` table that deletes combining marks and keeps everything else
    (used beyond the BMP, see :func:`_without_marks`).

    Filled one character at a time, the first time each is seen
    (``unicodedata.combining``), so nothing is built up front: scanning all
    131,072 code points of planes 0-1 once cost a tenth of a second at
    start-up. Characters beyond plane 1 are looked up each time,
    not kept. Safe across threads (each entry is computed alike).
    """

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        if code < _PLANE_2:  # at most 131,072 entries, however varied the text
            self[code] = kept
        return kept


_PLANE_2 = 0x20000
_MARKS = _MarkTable()


def without_invisible(text: str) -> str:
    """Return ``text`` without its :data:`INVISIBLE` characters (for keys, never for storing)."""
    if _HAS_INVISIBLE(text):
        return text.translate(_INVISIBLE)
    return text


def clean_notes(text: str) -> str:
    """Return notes as every path stores them: byte-order marks removed (as :func:`clean`
    removes them from names and titles: one rule for every text) and surrounding white
    space stripped; everything else kept as written (no NFC, line breaks kept)."""
    if BOM in text:
        text = text.replace(BOM, "")
    return text.strip()


def clean(text: str | None) -> str:
    """Return ``text`` NFC-normalised, byte-order marks removed, stripped of surrounding
    white space.

    Used on every name and title a person types, so that two spellings that
    look the same are stored the same. Every other invisible character is
    kept: the zero-width non-joiner spells Persian (``می‌خواهم``), the joiner
    makes emoji sequences and Indic conjuncts, the word joiner and the
    zero-width space mark where a line may (not) break in Thai or Khmer
    text; :func:`fold` ignores them for matching. A text of nothing but
    white space and invisible characters gives ``""`` (there is nothing to
    join or break). ``None`` gives ``""``.
    """
    if text is None:
        return ""
    if text.isascii():
        return text.strip()
    if BOM in text:
        text = text.replace(BOM, "")
    text = unicodedata.normalize("NFC", text).strip()
    if _HAS_INVISIBLE(text) and not without_invisible(text).strip():
        return ""  # nothing to see, join or break: no name at all
    return text
