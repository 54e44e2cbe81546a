"""db.text.fold: the search key, checked against its definition on any text.

The definition (module docstring of :mod:`db.text`): NFKD, every character
of nonzero canonical combining class dropped, casefold, NFC; invisible
characters (zero-width space, joiners, word joiner, BOM) dropped first.
:func:`fold` takes shortcuts for speed (ASCII, a regular expression for the
marks of the BMP, a translation table beyond it); these tests hold it to
that definition character by character.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from db.text import fold

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def reference_fold(text: str) -> str:
    """The definition of fold, written plainly (one character at a time)."""
    text = "".join(char for char in text if char not in _INVISIBLE)
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", kept.casefold())


def test_every_combining_mark_of_every_plane_is_dropped() -> None:
    marks = [chr(code) for code in range(0x110000) if unicodedata.combining(chr(code))]
    assert any(mark > "\uffff" for mark in marks)  # the translated path is exercised too
    text = "a".join(marks)
    assert fold(text) == "a" * (len(marks) - 1)
    assert fold(text + "𠮷") == "a" * (len(marks) - 1) + "𠮷"


def test_scripts_of_the_office() -> None:
    assert fold("Communiqué") == "communique"
    assert fold("São Paulo") == "sao paulo"
    assert fold("ＭＯＵ") == "mou"
    assert fold("ガ") == fold("ｶﾞ") == "カ"  # the voiced mark is a combining mark
    assert fold("서울특별시") == "서울특별시"  # Hangul syllables come back whole (NFC)
    assert fold("กรุงเทพมหานคร") == reference_fold("กรุงเทพมหานคร")
    assert fold("Москва́") == "москва"
    assert fold("مُحَمَّد") == "محمد"
    assert fold("𠮷野家 Café") == "𠮷野家 cafe"  # beyond the BMP, with a mark after


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_fold_is_its_definition(text: str) -> None:
    assert fold(text) == reference_fold(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x300, max_codepoint=0x1F000)))
def test_fold_is_its_definition_on_marks_and_far_planes(text: str) -> None:
    assert fold(text) == reference_fold(text)
