"""The search rule of the search field: folded terms, each a plain substring.

The same rule runs in Python (:func:`matches`) and in SQL, over the folded
``search_text`` columns that :func:`agreement_search_text` and
:func:`partner_search_text` fill (SQL cannot fold accents and case as
:func:`db.text.search_key` does, so the folded text is stored).

Words are separated by spaces; a phrase in double quotes (``"joint
statement"``) is one term, and stray quotes around a word (``"Seoul"``) are
dropped. No regular expression is ever built from what a person types, so
quotes, hyphens and brackets are just characters.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from db.search.labels import term_matches
from db.text import search_key

if TYPE_CHECKING:
    from collections.abc import Sequence

#: Quote marks that open or close a phrase (after fold: full-width ＂ is ").
_QUOTES = '"“”„‟«»'
#: A quoted phrase, or a run of anything else up to a space or a quote.
_TOKEN = re.compile(rf"[{_QUOTES}]([^{_QUOTES}]*)[{_QUOTES}]|([^\s{_QUOTES}]+)")


#: A date as Japanese offices and Excel write it, year first: 2014/7/23, or 2014/7.
_SLASH_DATE = re.compile(r"(\d{4})/(\d{1,2})(?:/(\d{1,2}))?")


def search_terms(text: str) -> tuple[str, ...]:
    """Return the folded terms of ``text`` (empty for blank text).

    ``a "b c" d`` gives ``("a", "b c", "d")``; spaces inside a phrase are
    collapsed to one, and an unmatched quote is ignored. A term that is a
    year-first slash date (``2014/7/23``, ``2014/07``: how Excel on Japanese
    Windows shows dates, and an export's slash style) looks for the ISO form
    the records hold (``2014-07-23``, ``2014-07``).
    """
    found = _TOKEN.findall(search_key(text))
    terms = (" ".join((phrase or word).split()) for phrase, word in found)
    return tuple(iso_date(term) for term in terms if term)


def iso_date(term: str) -> str:
    """Return a year-first slash-date term (``2014/7/23``, ``2014/07``) as the ISO text it
    stands for (``2014-07-23``, ``2014-07``); any other term as it is."""
    found = _SLASH_DATE.fullmatch(term)
    if found is None:
        return term
    year, month, day = found.groups()
    return f"{year}-{int(month):02d}" + ("" if day is None else f"-{int(day):02d}")


def search_text(*parts: str) -> str:
    """Return the folded haystack of ``parts``: one space between words, as terms have."""
    return " ".join(search_key(" ".join(parts)).split())


def matches(terms: tuple[str, ...], haystack: str) -> bool:
    """True when every term occurs in ``haystack`` (a :func:`search_text`), or a label it
    stands for (a type or relationship named in any language,
    :func:`db.search.labels.alternatives`); no terms: True."""
    return all(term in haystack or term_matches(term, haystack) for term in terms)


def partner_search_text(
    name: str,
    local_name: str,
    country: str,
    relationship_label: str,
    notes: str = "",
    *,
    office_name: str = "",
) -> str:
    """Return a partner's folded haystack: English and local name, country, relationship,
    the name in the office's language (ソウル特別市), notes.

    The English name comes first: the views sort partners by this text.
    """
    return search_text(name, local_name, country, relationship_label, office_name, notes)


def agreement_search_text(
    title: str,
    type_label: str,
    date_signed: str,
    expires_on: str,
    notes: str,
    areas: Sequence[str],
) -> str:
    """Return an agreement's own folded haystack (dates as ISO text; areas as words).

    A search matches an agreement when every term occurs in this text joined
    with one space to its partner's :func:`partner_search_text` without notes
    (partner name, local name, country, relationship, office-language name).
    """
    return search_text(title, type_label, date_signed, expires_on, notes, *areas)
