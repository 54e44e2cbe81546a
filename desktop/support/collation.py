"""The order of names and labels: ``QCollator`` (ICU's implementation of the Unicode
Collation Algorithm with CLDR's tailoring for the language) for the chosen language.

One collator per language and thread, with the same options everywhere (Qt's
defaults: case-sensitive at the tertiary level, so lower case before upper
case as CLDR has it; punctuation counted; no numeric mode), so the partner
list, the agreement table's Type column, the CSV exports and ``accord
export`` put names in one order. ``db/`` never imports Qt: its queries take
the key as a parameter (``name_key``, default :func:`db.text.name_order`),
and this module supplies it.

The language is :func:`db.i18n.translate.language` (``"ja"``, ``"en"``), as a
``QLocale`` of :data:`LOCALES`: Japanese orders Latin, kana (hiragana and
katakana together, 五十音 order), kanji, then other scripts; English puts
kana and kanji last.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt

from db.i18n import translate as i18n
from desktop.support.labels import enum_label

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from db.enums import LabelledEnum

# The ``QLocale`` of each of Accord's languages (another language: ``QLocale(code)``).
LOCALES = {"en": "en_US", "ja": "ja_JP"}

_T = TypeVar("_T")
_local = threading.local()


def collator(language: str | None = None) -> QCollator:
    """Return the collator of ``language`` (default: :func:`db.i18n.translate.language`).

    One per language and thread (``QCollator`` sets ICU up lazily, which
    is not safe to share between threads: exports run off the GUI thread).
    """
    code = language or i18n.language()
    cache: dict[str, QCollator] = _local.__dict__.setdefault("collators", {})
    found = cache.get(code)
    if found is None:
        found = QCollator(QLocale(LOCALES.get(code, code)))
        found.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        found.setNumericMode(False)
        found.setIgnorePunctuation(False)
        cache[code] = found
    return found


class NameKey:
    """The sort key of one text: the collator's key, then the text itself.

    Texts equal under the collator (the same letters in another Unicode
    form, an invisible joiner more) are then ordered by their code points,
    so that the order is total and does not depend on the input's order or
    on the database. Comparing two keys compares ICU's sort keys (bytes);
    the collation work is done once per text.
    """

    __slots__ = ("key", "text")

    def __init__(self, key: QCollatorSortKey, text: str) -> None:
        self.key = key
        self.text = text

    def __lt__(self, other: NameKey) -> bool:
        found = self.key.compare(other.key)
        return found < 0 if found else self.text < other.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NameKey) and self.text == other.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"NameKey({self.text!r})"


def name_key(language: str | None = None) -> Callable[[str], NameKey]:
    """Return the key function of names in ``language`` (default: the one chosen now): what
    the ``name_key`` parameters of :mod:`db.partners`, :mod:`db.agreement_query` and
    :mod:`db.csv.export` take.

    The function may be called on any thread (an export's worker): it uses
    that thread's collator.
    """
    code = language or i18n.language()
    return lambda text: NameKey(collator(code).sortKey(text), text)


def collated(
    texts: Iterable[_T], key: Callable[[_T], str], language: str | None = None
) -> list[_T]:
    """Return ``texts`` sorted by the text ``key`` gives, as :func:`name_key` orders it."""
    order = name_key(language)
    return sorted(texts, key=lambda item: order(key(item)))


def label_order(enum: type[LabelledEnum], language: str | None = None) -> tuple[str, ...]:
    """Return the stored values of ``enum`` ordered by the labels the window shows
    (:func:`desktop.support.labels.enum_label`, translated), as :func:`name_key` orders them:
    what :class:`~db.agreement_query.AgreementQuery`'s ``type_order`` takes."""
    return tuple(member.value for member in collated(enum, enum_label, language))
