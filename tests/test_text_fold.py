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

from db.text import fold, search_key

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


def reference_search_key(text: str) -> str:
    """The definition of search_key, plainly: fold, then each character's variant."""
    variants = {"ヽ": "ゝ", "ヾ": "ゞ", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ٵ": "ا", "ى": "ي",
                "ی": "ي", "ـ": "", "\u2018": "'", "\u2019": "'", "\u02bc": "'"}  # fmt: skip
    out = []
    for char in reference_fold(text):
        if "ァ" <= char <= "ヶ":
            char = chr(ord(char) - 0x60)
        out.append(variants.get(char, char))
    return "".join(out)


def test_search_key_reads_kana_and_arabic_variants_as_one() -> None:
    assert search_key("カタカナ") == search_key("ｶﾀｶﾅ") == search_key("かたかな") == "かたかな"
    assert search_key("ガイド") == search_key("がいど") == "かいと"
    assert search_key("ヴァイオリン") == "うぁいおりん"
    assert search_key("أحمد إبراهيم آمال") == "احمد ابراهيم امال"
    assert search_key("مستشفى") == search_key("مستشفی") == "مستشفي"
    assert search_key("علـــي") == "علي"
    assert search_key("ٱلله") == "الله"
    assert search_key("Governor’s") == search_key("Governor's") == "governor's"
    assert fold("カ") == "カ"  # names keep kana apart: ハリス and はりす are two names


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x600, max_codepoint=0x6FF)
               | st.characters(min_codepoint=0x3040, max_codepoint=0x30FF)
               | st.characters(min_codepoint=0xFF61, max_codepoint=0xFF9F)))  # fmt: skip
def test_search_key_is_its_definition(text: str) -> None:
    assert search_key(text) == reference_search_key(text)
