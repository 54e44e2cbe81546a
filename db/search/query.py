"""The search box's query language, read into a :class:`SearchQuery` that never fails.

- Words must all appear, each anywhere in the agreement's fields, its
  partner's names or a page of its documents; ``"a phrase"`` is one term, as
  written (its words in that order, one space apart); ``-word`` or
  ``-"a phrase"`` excludes the agreements holding it.
- Filters: ``type:`` (a type's label in any language or an alias:
  ``type:mou``, ``type:覚書``), ``partner:`` (in the partner's names, country
  or relationship), ``lang:`` (a document's language code: ``lang:ko``),
  ``year:2014`` or ``year:2014..2016`` (also bare ``2014..2016``: the year
  signed), ``in:documents`` / ``in:records`` (where terms are looked for),
  ``is:notext`` (agreements having a document without a text layer, such as
  a scan). A filter's value may be quoted (``partner:"São Paulo"``); a minus
  before it leaves out what it keeps (``-type:mou``, ``-lang:ja``).
- Everything else is plain text: an unknown ``key:``, a stray quote, ``*``,
  brackets, ``NEAR(``, backslashes are characters to find. Control
  characters, unpaired surrogates and bidirectional marks are dropped (a
  database cannot store them, a person cannot see them). At most
  :data:`MAX_TERMS` terms are searched; the rest are counted in ``ignored``.

Terms are folded (:func:`db.text.search_key`), as the index is; a year-first
slash date (``2014/7/23``) looks for the ISO date the records hold.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from db.enums import AgreementType
from db.search.terms import iso_date
from db.search.units import labels_of
from db.text import search_key

#: Terms searched at most (each is a branch of one SQL query); more are counted, not searched.
MAX_TERMS = 32
#: Where terms are looked for (``in:``).
SCOPES = ("all", "records", "documents")

_QUOTES = '"“”„‟«»'
#: An optional ``-`` and ``key:``, then a quoted phrase or a run up to a space or quote.
_TOKEN = re.compile(
    rf"(-)?(?:([a-z]+):)?(?:[{_QUOTES}]([^{_QUOTES}]*)(?:[{_QUOTES}]|$)|([^\s{_QUOTES}]+))"
)
_YEARS = re.compile(r"(\d{4})(?:\.\.(\d{4}))?")
_KEYS = ("type", "partner", "lang", "year", "in", "is")
#: Bidirectional marks and embeddings (Unicode's Bidi_Control), dropped from queries.
_BIDI: dict[int, None] = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


@dataclass(frozen=True)
class SearchQuery:
    """A read query: folded ``terms`` that must all occur and ``excluded`` ones that must not;
    filters (``None``: no filter); ``ignored``: terms past :data:`MAX_TERMS`.

    ``types`` holds :class:`~db.enums.AgreementType` values (an empty set when
    ``type:`` named no type: nothing matches); ``partners`` folded texts that
    must each occur in the partner's unit; ``languages`` lower-case language
    codes; ``years`` an inclusive (first, last) year signed.
    """

    terms: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    types: frozenset[str] | None = None
    partners: tuple[str, ...] = ()
    languages: frozenset[str] | None = None
    years: tuple[int, int] | None = None
    scope: str = "all"
    no_text: bool = False
    ignored: int = 0
    #: Filters written with a minus (``-type:mou``): an agreement any of them keeps is left out.
    excluded_filters: tuple[SearchQuery, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when the query asks for nothing (every agreement matches)."""
        return self == SearchQuery()


def parse_query(text: str) -> SearchQuery:
    """Return the :class:`SearchQuery` of what a person typed; never raises."""
    text = _printable(text)
    terms: list[str] = []
    excluded: list[str] = []
    types: set[str] | None = None
    partners: list[str] = []
    languages: set[str] | None = None
    years: tuple[int, int] | None = None
    scope, no_text, ignored = "all", False, 0
    excluded_filters: list[SearchQuery] = []
    for match in _TOKEN.finditer(search_key(text)):
        minus, key, phrase, word = match.groups()
        value = " ".join((phrase if phrase is not None else word or "").split())
        if key is not None and key not in _KEYS or key and not value:
            key, value = None, " ".join(match.group(0).lstrip("-").split())
        if minus and key is not None:  # -type:mou: leave out what the filter keeps
            negated = parse_query(match.group(0)[1:])
            if key == "in" and negated.scope != "all":
                scope = "records" if negated.scope == "documents" else "documents"
                continue
            if replace(negated, terms=(), ignored=0) != SearchQuery():
                excluded_filters.append(replace(negated, terms=(), ignored=0))
                continue
        if key == "type":
            found = {kind.value for kind in AgreementType if _names_type(value, kind)}
            types = found if types is None else types & found
        elif key == "partner":
            partners.append(value)
        elif key == "lang":
            languages = (languages or set()) | {value.lower()}
        elif key == "year" and (span := _year_span(value)) is not None:
            years = span
        elif key == "in" and value in ("documents", "records"):
            scope = value
        elif key == "is" and value == "notext":
            no_text = True
        elif key is None and phrase is None and (span := _year_span(value)) and ".." in value:
            years = span
        else:
            term = value if key is None else f"{key}:{value}"
            if not term:
                continue
            bucket = excluded if minus and (phrase is not None or word) else terms
            if minus and bucket is terms:
                term = "-" + term
            term = iso_date(term)
            if term in bucket:
                continue
            if len(terms) + len(excluded) >= MAX_TERMS:
                ignored += 1
            else:
                bucket.append(term)
    return SearchQuery(
        terms=tuple(terms),
        excluded=tuple(excluded),
        types=None if types is None else frozenset(types),
        partners=tuple(partners),
        languages=None if languages is None else frozenset(languages),
        years=years,
        scope=scope,
        no_text=no_text,
        ignored=ignored,
        excluded_filters=tuple(excluded_filters),
    )


def typed_words(text: str) -> tuple[str, ...]:
    """Return the words and phrases of a query as typed, without filters, excluded ones or
    year ranges: ``hydrogen "joint statement" -tokyo type:mou`` gives ``("hydrogen",
    "joint statement")``.

    For highlighting on a PDF page: PDFium's search ignores case but folds neither
    accents nor kana, so the person's own spelling is kept, not the folded terms.
    """
    words: list[str] = []
    for match in _TYPED_TOKEN.finditer(_printable(text)):
        minus, key, phrase, _word = match.groups()
        if minus or (key is not None and key.lower() in _KEYS):
            continue
        value = " ".join((phrase if phrase is not None else match.group(0)).split())
        if value and not _YEARS.fullmatch(value) and value not in words:
            words.append(value)
    return tuple(words)


#: :data:`_TOKEN` on unfolded text, whose keys may be in capitals (``Type:mou``).
_TYPED_TOKEN = re.compile(_TOKEN.pattern, re.IGNORECASE)


def _printable(text: str) -> str:
    """Return ``text`` without bidi marks, its control characters and surrogates as spaces."""
    text = text.translate(_BIDI)
    if text.isprintable():
        return text
    return "".join(" " if unicodedata.category(char) in ("Cc", "Cs") else char for char in text)


def _names_type(value: str, kind: AgreementType) -> bool:
    return any(value in label for label in labels_of(kind.label))


def _year_span(value: str) -> tuple[int, int] | None:
    found = _YEARS.fullmatch(value)
    if found is None:
        return None
    first = int(found.group(1))
    last = int(found.group(2) or first)
    if not first or not last:  # there is no year 0 (a date's years run from 1)
        return None
    return (min(first, last), max(first, last))
