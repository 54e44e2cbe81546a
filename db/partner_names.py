"""Which of a partner's names a window in a given language shows.

A partner has up to three names: ``name`` in English (always), ``local_name``
in its own script (서울특별시) and ``office_name`` in the office's own language
(ソウル特別市 for the Tokyo Metropolitan Government). English is Accord's
source language, so an English window shows the English name; a window in
any other language is the office's (Accord is translated into the language
its office works in) and shows the office-language name where one is
recorded, else the English name. What is stored never depends on it.
"""

from __future__ import annotations

from db.i18n.translate import SOURCE_LANGUAGE, language

# Between the names of one partner on one line: "ソウル特別市 · Seoul · 서울특별시".
NAME_SEPARATOR = " · "


def display_name(name: str, office_name: str, code: str | None = None) -> str:
    """Return the name a window in language ``code`` (default: the chosen language,
    :func:`db.i18n.translate.language`) shows for a partner: ``office_name`` when the window is not
    English and it is recorded, else the English ``name``."""
    code = language() if code is None else code
    return office_name if office_name and code != SOURCE_LANGUAGE else name


def names_line(name: str, local_name: str, office_name: str, code: str | None = None) -> str:
    """Return every name of a partner on one line, the shown one (:func:`display_name`)
    first, each once: ``ソウル特別市 · Seoul · 서울특별시`` in Japanese, ``Seoul · 서울특별시 ·
    ソウル特別市`` in English; blank names are left out."""
    first = display_name(name, office_name, code)
    names = [first, name, local_name, office_name]
    return NAME_SEPARATOR.join(dict.fromkeys(n for n in names if n))
