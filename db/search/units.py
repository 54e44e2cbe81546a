"""The text of each row of the search index (:class:`db.models.SearchUnit`).

One normalisation for records, pages and queries: :func:`db.text.search_key`
(NFKD and marks removed, case folded, katakana as hiragana, Arabic letter
variants as one). A unit's text is its folded fields, one field a line
(``"\\n"``), each field's words joined by one space; a term never holds a
line break, so a phrase is found inside one field, never across two, and a
phrase broken over two lines of a PDF page is still found (a page is one
field). The first ``head_length`` characters of a unit are what ranks
first: a partner's names, an agreement's title.

What a unit holds:

- a partner: English, local and office-language names (the head), then
  country and the relationship's label in every language Accord speaks;
- an agreement: title (the head), then the type's label in every language
  and its aliases (覚書 and MoU find a memorandum), date signed and valid
  until as ISO dates, notes, areas;
- a page: its words.

A partner's notes are not in its unit (they would make every agreement of
the partner match; the partner list matches them itself).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from db.enums import AgreementType, Relationship
from db.search.labels import label_words
from db.text import search_key

if TYPE_CHECKING:
    from collections.abc import Iterable

#: The kinds of unit.
PARTNER, AGREEMENT, PAGE = "partner", "agreement", "page"

#: A unit's ID says what it indexes, so that the text index's row IDs lead to records
#: without reading the units (and a range of IDs is one kind): a partner's unit is its
#: ID, an agreement's :data:`AGREEMENT_BASE` plus its ID, a page's :data:`PAGE_BASE` plus
#: its document's ID times :data:`PAGES_PER_DOCUMENT` plus its number. IDs stay under
#: 2**63 (SQLite's rowid, PostgreSQL's BIGINT) for document IDs under 2**45.
AGREEMENT_BASE = 1 << 40
PAGE_BASE = 1 << 41
#: More than the pages of text a document keeps (db.attachments.pdf.MAX_PAGES_WITH_TEXT).
PAGES_PER_DOCUMENT = 1 << 16


def unit_id(kind: str, record_id: int, page_number: int = 0) -> int:
    """Return the ID of the unit of a partner, an agreement or a document's page."""
    if kind == PARTNER:
        return record_id
    if kind == AGREEMENT:
        return AGREEMENT_BASE + record_id
    return PAGE_BASE + record_id * PAGES_PER_DOCUMENT + page_number


#: Between two fields of a unit: a character no term holds.
FIELD_BREAK = "\n"


def words(text: str) -> str:
    """Return ``text`` folded, its words joined by one space (``""`` for blank text)."""
    return " ".join(search_key(text).split())


def _fields(*parts: str) -> str:
    return FIELD_BREAK.join(part for part in parts if part)


def labels_of(label: str) -> tuple[str, ...]:
    """Return the folded English ``label``, its translations in every catalogue and its
    aliases (:data:`db.enums.TYPE_ALIASES`), each once."""
    english = search_key(label)
    found = [english]
    for word, stands_for in label_words():
        if stands_for == " " + english and word not in found:
            found.append(word)
    return tuple(found)


def partner_unit(
    name: str, local_name: str, country: str, relationship: Relationship | str,
    office_name: str = "",
) -> tuple[str, int]:  # fmt: skip
    """Return (text, head length) of a partner's unit (``relationship`` as member or value)."""
    head = _fields(words(name), words(local_name or ""), words(office_name or ""))
    labels = labels_of(Relationship(relationship).label)
    text = _fields(head, words(country), *labels)
    return text, len(head)


def agreement_unit(
    title: str,
    type: AgreementType | str,  # noqa: A002 - the column's name
    date_signed: dt.date | str,
    expires_on: dt.date | str | None,
    notes: str,
    areas: Iterable[str],
) -> tuple[str, int]:
    """Return (text, head length) of an agreement's unit (dates as dates or ISO text)."""
    head = words(title)
    labels = labels_of(AgreementType(type).label)
    dates = (_iso(date_signed), _iso(expires_on))
    text = _fields(head, *labels, *dates, words(notes or ""), *(words(a) for a in areas or ()))
    return text, len(head)


#: PDFium's mark of a word hyphenated at a line's end (U+FFFE, "co-" + "operation"), with
#: the line break after it: the word is whole again in the index.
_HYPHENATED = re.compile("\ufffe\\s*")


def page_unit(text: str) -> str:
    """Return the unit text of a page's extracted text: its words, folded, on one line (a
    word PDFium marks as hyphenated at a line's end made whole again)."""
    if "\ufffe" in text:
        text = _HYPHENATED.sub("", text)
    return words(text)


def _iso(value: dt.date | str | None) -> str:
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)
