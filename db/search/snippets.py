"""Snippets of a page around the terms it holds, with the terms' places to highlight.

The index holds folded text; a person reads the page as extracted. Each
character of the page is folded alone (:func:`db.text.search_key`) and the
characters' folds are joined with white space runs made one space, keeping
where each came from, so a term found in the fold is highlighted on the
characters as written (ガ for か, Ü for u, ＭＯＵ for mou).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.text import search_key

if TYPE_CHECKING:
    from collections.abc import Sequence

#: Characters of context shown before the first term, and in all.
BEFORE = 40
WIDTH = 160
# Characters folded beyond what the window needs: a character whose fold alone differs
# from its fold in the page (rare) moves places by one or two.
_MARGIN = 16
# Characters of the page folded before where the whole page's fold puts the first term.
_LOOK_BACK = 100


# search_key of each character met, kept (a page repeats a few hundred characters).
_KEYS: dict[str, str] = {}
_MAX_KEYS = 1 << 16


def folded_with_origins(text: str, length: int | None = None) -> tuple[str, list[int]]:
    """Return ``text`` folded, white space runs made one space, and for each character of
    the result the index in ``text`` of the character it comes from; with ``length``, only
    about the first ``length`` characters of the result."""
    out: list[str] = []
    origins: list[int] = []
    space = True  # leading white space dropped
    for index, char in enumerate(text):
        if length is not None and len(out) >= length:
            break
        if char.isspace():
            if not space:
                out.append(" ")
                origins.append(index)
            space = True
            continue
        key = _KEYS.get(char)
        if key is None:
            key = search_key(char)
            if len(_KEYS) < _MAX_KEYS:
                _KEYS[char] = key
        for piece in key:
            out.append(piece)
            origins.append(index)
        space = False
    return "".join(out), origins


def snippet(text: str, terms: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return (a line of ``text`` around the first term it holds, the (start, end) places of
    every term inside that line), at most :data:`WIDTH` characters, white space made one space.

    A page holding none of the terms gives its beginning and no places.
    """
    text = text.replace("\ufffe", "-")  # PDFium's mark of a hyphen at a line's end
    key = search_key(text)
    found: list[tuple[int, int]] = []
    origins: Sequence[int] = range(len(text))
    if len(key) == len(text):  # most pages: the fold keeps each character's place
        found = _places(key, terms)
    if not found:
        found, origins = _folded_places(text, key, terms)
    first = min((start for start, _ in found), default=0)
    begin = origins[first] if origins else 0
    begin = max(0, begin - BEFORE)
    # Start at a word's beginning where one is near.
    space = text.rfind(" ", max(0, begin - 10), begin + 1)
    if 0 < space < begin + 10 and begin > 0:
        begin = space + 1
    end = min(len(text), begin + WIDTH)
    raw = text[begin:end]
    shown = " ".join(raw.split())
    # Map raw offsets inside the window to offsets in the shown (spaces collapsed) line.
    mapping: list[int] = []
    position = 0
    previous_space = True
    for char in raw:
        if char.isspace():
            mapping.append(position)
            if not previous_space:
                position += 1
            previous_space = True
        else:
            mapping.append(position)
            position += 1
            previous_space = False
    mapping.append(position)
    places: list[tuple[int, int]] = []
    for start, stop in sorted(found):
        raw_start = origins[start] - begin
        raw_stop = origins[stop - 1] - begin + 1
        if raw_start < 0 or raw_stop > len(raw):
            continue
        places.append((mapping[raw_start], min(mapping[raw_stop], len(shown))))
    return shown, tuple(_merged(places))


def _places(folded: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    return [(at, at + len(term)) for term in terms if term for at in _occurrences(folded, term)]


def _folded_places(
    text: str, key: str, terms: Sequence[str]
) -> tuple[list[tuple[int, int]], list[int]]:
    """Return the terms' places in ``text`` folded a character at a time (spaces made
    one, :func:`folded_with_origins`) and those characters' origins: for a page whose
    fold moves characters (marks removed, ß as ss) or a phrase across a line break."""
    # Where the first term is, in the whole page folded at once (C speed), tells how much
    # of the page to fold a character at a time (Python speed).
    whole = " ".join(key.split())
    first_place = min((at for term in terms if term and (at := whole.find(term)) >= 0), default=0)
    longest = max((len(term) for term in terms), default=0)
    # A page is rarely shorter than its fold (marks and runs of spaces go; few characters
    # fold to two), so the first term is at or after that place in the page, less a
    # margin: fold from there; from the start if that finds nothing.
    skip = max(0, first_place - _LOOK_BACK)
    found: list[tuple[int, int]] = []
    origins: list[int] = []
    for start in (skip, 0) if skip else (0,):
        folded, origins = folded_with_origins(
            text[start:], first_place - start + longest + WIDTH + _MARGIN
        )
        origins = [origin + start for origin in origins]
        found = _places(folded, terms)
        if found:
            break
    return found, origins


def _occurrences(text: str, term: str) -> list[int]:
    places: list[int] = []
    at = text.find(term)
    while at != -1 and len(places) < 50:
        places.append(at)
        at = text.find(term, at + max(1, len(term)))
    return places


def _merged(places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, stop in sorted(places):
        if start >= stop:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], stop))
        else:
            merged.append((start, stop))
    return merged
