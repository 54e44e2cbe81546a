"""Search words that name an agreement type or a relationship in any language Accord speaks.

The stored search texts (:mod:`db.search.index`) hold the English labels
(``memorandum of understanding``, ``sister/friendship``), folded; a person
working in Japanese types 覚書 or 姉妹友好都市. So, at query time, a term that
occurs in a label of any language (the catalogues' ``enums`` context, read
as :mod:`db.i18n.translate` reads them, and :data:`db.enums.TYPE_ALIASES`: ``MoU``,
趣意書) also matches the records holding that value: :func:`alternatives`
gives the term and the English labels it stands for, and a term matches a
text holding any of them. Nothing stored depends on the language.

An English label is looked for after a space (`` other``), as it follows
the title, or the country, in a stored text: その他 finds the agreements of
type Other, not every title with "another".
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from db.enums import TYPE_ALIASES, AgreementType, LabelledEnum, Relationship
from db.errors import CatalogueError
from db.i18n.qm import Catalogue, read_catalogue
from db.i18n.translate import SOURCE_LANGUAGE, catalogue_path
from db.i18n.ui_language import LANGUAGES
from db.text import search_key

if TYPE_CHECKING:
    import sqlalchemy as sa

# The enumerations whose English labels the stored search texts hold.
SEARCHED: tuple[type[LabelledEnum], ...] = (AgreementType, Relationship)


@functools.cache
def label_words() -> tuple[tuple[str, str], ...]:
    """Return (a label in another language or an alias, the English label after a space),
    folded, for every member of :data:`SEARCHED` (read once)."""
    catalogues: list[Catalogue] = []
    for code in LANGUAGES:
        if code != SOURCE_LANGUAGE:
            try:
                catalogues.append(read_catalogue(catalogue_path(code)))
            except (OSError, CatalogueError):
                continue  # a language without its catalogue shows (and finds) English
    pairs: list[tuple[str, str]] = []
    for enum in SEARCHED:
        for member in enum:
            english = search_key(member.label)
            words = {search_key(c.lookup("enums", member.label) or "") for c in catalogues}
            words |= {alias for alias, value in TYPE_ALIASES.items() if value == member}
            pairs += [(word, " " + english) for word in sorted(words - {"", english})]
    return tuple(pairs)


@functools.lru_cache(maxsize=512)
def alternatives(term: str) -> tuple[str, ...]:
    """Return ``term`` (folded, :func:`db.search.terms.search_terms`) and the English labels, after
    a space, of the values whose label in some language contains it: ``"覚書"`` →
    ``("覚書", " memorandum of understanding")``; a term in no such label gives ``(term,)``."""
    found = [term]
    for word, english in label_words():
        if term in word and term not in english and english not in found:
            found.append(english)
    return tuple(found)


def term_matches(term: str, haystack: str) -> bool:
    """True when ``haystack`` (a stored search text) holds ``term`` or one it stands for."""
    return any(word in haystack for word in alternatives(term))


def like_term(haystack: sa.ColumnElement[str], term: str) -> sa.ColumnElement[bool]:
    """Return SQL true when ``haystack`` holds ``term`` or one of its :func:`alternatives`
    (``LIKE '%…%'``, the term's wildcards escaped)."""
    import sqlalchemy as sa  # not for db.search.terms's Python matching

    return sa.or_(*(haystack.like(f"%{_escape_like(word)}%", escape="\\")
                    for word in alternatives(term)))  # fmt: skip


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
