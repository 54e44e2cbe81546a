"""The search rule of the search field: folded terms, each a plain substring.

Words are separated by spaces; a phrase in double quotes (``"joint
statement"``) is one term, and stray quotes around a word (``"Seoul"``) are
dropped. No regular expression is ever built from what a person types, so
quotes, hyphens and brackets are just characters.
"""

from __future__ import annotations

import re

from db.text import fold

#: Quote marks that open or close a phrase (after fold: full-width ＂ is ").
_QUOTES = '"“”„‟«»'
#: A quoted phrase, or a run of anything else up to a space or a quote.
_TOKEN = re.compile(rf"[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}]|([^\s{_QUOTES}]+)")


def search_terms(text: str) -> tuple[str, ...]:
    """Return the folded terms of ``text`` (empty for blank text).

    ``a "b c" d`` gives ``("a", "b c", "d")``; spaces inside a phrase are
    collapsed to one, and an unmatched quote is ignored.
    """
    terms = (" ".join((phrase or word).split()) for phrase, word in _TOKEN.findall(fold(text)))
    return tuple(term for term in terms if term)


def search_text(*parts: str) -> str:
    """Return the folded haystack of ``parts``: one space between words, as terms have."""
    return " ".join(fold(" ".join(parts)).split())


def matches(terms: tuple[str, ...], haystack: str) -> bool:
    """True when every term occurs in ``haystack`` (a :func:`search_text`); no terms: True."""
    return all(term in haystack for term in terms)
