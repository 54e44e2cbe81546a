"""The search rule of the search field: folded words, each a plain substring.

No regular expression is ever built from what a person types, so quotes,
hyphens and brackets are just characters.
"""

from __future__ import annotations

from db.text import fold


def search_terms(text: str) -> tuple[str, ...]:
    """Return the folded words of ``text`` (empty for blank text)."""
    return tuple(fold(text).split())


def matches(terms: tuple[str, ...], haystack: str) -> bool:
    """True when every term occurs in ``haystack`` (already folded); no terms match all."""
    return all(term in haystack for term in terms)
