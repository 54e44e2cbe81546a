"""ISO 639-1 language codes and their English names.

The table (``db/data/iso639_1.json``) was taken once from the Unicode CLDR
data that Qt ships (``QLocale.languageToString``), so the names match what
the window shows elsewhere; it is data, read at run time, and needs no Qt.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from db.i18n.translate import fill, translate

_TABLE = Path(__file__).resolve().parents[1] / "data" / "iso639_1.json"


@cache
def languages() -> dict[str, str]:
    """Return ``{code: English name}`` for every known ISO 639-1 code, sorted by code."""
    return json.loads(_TABLE.read_text(encoding="utf-8"))


def language_name(code: str) -> str:
    """Return the English name of ``code`` ("ko" → "Korean").

    An unknown code comes back as it is; "" gives "".
    """
    return languages().get(code, code) if code else ""


def normalise_language(code: str) -> str:
    """Return ``code`` lower-cased and checked; "" stays "".

    Raises ``ValueError`` with a sentence for anything that is not a known
    ISO 639-1 code (two letters, e.g. "ja", "ko", "mn").
    """
    code = code.strip().lower()
    if code and code not in languages():
        raise ValueError(
            fill(
                translate("languages", "“{code}” is not a two-letter ISO 639-1 language code."),
                code=code,
            )
        )
    return code
