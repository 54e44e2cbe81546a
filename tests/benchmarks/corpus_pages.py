"""The pages of one document of the search corpus: its prose, laid out in lines.

:func:`document` draws everything from a :class:`random.Random` seeded by
the corpus seed and the document's number, so any document can be made
alone, in any process, always the same. A document has one script
(:data:`tests.benchmarks.prose.SCRIPT_NAMES`, in turn) and some English
paragraphs (bilingual agreements); every page starts with a reference
line naming the document and the page, so no two pages hold the same text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tests.benchmarks.pdf_writer import PAGE_HEIGHT, PAGE_WIDTH, EmbeddedFont, Line, Run
from tests.benchmarks.prose import PROSE, SCRIPT_NAMES, characters, year_text
from tests.benchmarks.vocabulary import ENGLISH_TITLES, SCRIPTS

if TYPE_CHECKING:
    from collections.abc import Sequence

_NOTO = Path("/usr/share/fonts/truetype/noto")
_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
#: Font of each script: (file, font number in a collection); "latin" also draws
#: Cyrillic, the reference lines and the digits the Thai font lacks.
FONT_FILES = {
    "latin": (_NOTO / "NotoSans-Regular.ttf", 0),
    "japanese": (_CJK, 0),  # Noto Sans CJK JP
    "korean": (_CJK, 1),  # Noto Sans CJK KR
    "thai": (_NOTO / "NotoSansThai-Regular.ttf", 0),
    "arabic": (_NOTO / "NotoSansArabic-Regular.ttf", 0),
}
FONT_PACKAGES = "fonts-noto-core fonts-noto-cjk"
SIZE = 10.5
LEADING = 15.0
LEFT, RIGHT, TOP, BOTTOM = 60.0, PAGE_WIDTH - 60.0, PAGE_HEIGHT - 64.0, 60.0
_TITLES = {script["script"]: script["title"] for script in SCRIPTS}


def font_of(script: str) -> str:
    """The key of :data:`FONT_FILES` that draws ``script`` (Cyrillic: the Latin font)."""
    return "latin" if script == "cyrillic" else script


def make_fonts() -> dict[str, EmbeddedFont]:
    """Subset each font of :data:`FONT_FILES` to every character the corpus writes.

    Raises ``FileNotFoundError`` naming the Debian packages when a font is missing.
    """
    wanted = characters()
    wanted["latin"] |= wanted.pop("cyrillic") | set("AC-·/()0123456789")
    for script, titles in _TITLES.items():
        wanted[font_of(script)] |= set("".join(titles))
    wanted["latin"] |= set("".join(ENGLISH_TITLES))
    fonts = {}
    for key, (path, number) in FONT_FILES.items():
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: apt-get install {FONT_PACKAGES}")
        name = f"ACC{key[:3].upper()}+{path.stem.replace('-', '')}{number or ''}"
        fonts[key] = EmbeddedFont(path, wanted[key], name=name, number=number)
    return fonts


@dataclass(frozen=True)
class Document:
    """One generated document: its script, language, title, and each page's lines and text."""

    number: int
    script: str
    language: str
    title: str
    pages: tuple[tuple[Line, ...], ...]
    texts: tuple[str, ...]


def page_count(rng: random.Random) -> int:
    """Pages of a document: 1–3 (30 %), 4–7 (55 %), 8–14 (15 %); about 5.3 on average."""
    roll = rng.random()
    if roll < 0.30:
        return rng.randint(1, 3)
    return rng.randint(4, 7) if roll < 0.85 else rng.randint(8, 14)


def _fill(rng: random.Random, script: str, template: str) -> str:
    prose = PROSE[script]
    place, other = rng.sample(prose["places"], 2)
    return template.format(
        place=place, other=other, area=rng.choice(prose["areas"]),
        year=year_text(script, rng.randint(1985, 2026)), n=rng.randint(2, 12),
    )  # fmt: skip


def _tokens(script: str, sentences: Sequence[str]) -> list[tuple[str, str]]:
    """(separator before, word) pairs of a paragraph; a line may break before any pair."""
    joiner = "" if script == "japanese" else " "
    tokens: list[tuple[str, str]] = []
    for sentence in sentences:
        parts = sentence.split(PROSE[script]["breaks"])
        inner = "" if PROSE[script]["breaks"] == "|" else " "
        for index, part in enumerate(parts):
            tokens.append((inner if index else (joiner if tokens else ""), part))
    return tokens


def _wrap(fonts: dict[str, EmbeddedFont], script: str, tokens: list[tuple[str, str]]) -> list[str]:
    font, width, lines, current = fonts[font_of(script)], RIGHT - LEFT, [], ""
    for separator, word in tokens:
        candidate = current + separator + word if current else word
        if current and font.width(candidate, SIZE) > width:
            lines.append(current)
            candidate = word
        current = candidate
    if current:
        lines.append(current)
    return lines


def _runs(fonts: dict[str, EmbeddedFont], script: str, text: str) -> tuple[Run, ...]:
    """The line ``text`` as runs: the script's font, the Latin one where it has no glyph."""
    primary, fallback = fonts[font_of(script)], fonts["latin"]
    if script == "arabic":  # right to left: drawn in visual order, ending at the right margin
        visual = text[::-1]
        return (Run(primary, visual, RIGHT - primary.width(visual, SIZE)),)
    runs, x, start = [], LEFT, 0
    for end in range(1, len(text) + 1):
        if end == len(text) or primary.covers(text[end]) != primary.covers(text[start]):
            piece = text[start:end]
            font = primary if primary.covers(piece[0]) else fallback
            runs.append(Run(font, piece, x))
            x += font.width(piece, SIZE)
            start = end
    return tuple(runs)


def document(number: int, fonts: dict[str, EmbeddedFont], seed: int) -> Document:
    """Document ``number`` of the corpus of ``seed`` (deterministic)."""
    rng = random.Random(f"{seed}-{number}")
    script = SCRIPT_NAMES[(number - 1) % len(SCRIPT_NAMES)]
    titles = _TITLES[script] + ENGLISH_TITLES
    title = rng.choice(titles)
    count = page_count(rng)
    article = 1
    pages, texts = [], []
    for page in range(1, count + 1):
        lines: list[tuple[str, str]] = [("latin", f"AC-{number:05d} · {page}/{count}")]
        if page == 1:
            lines.append((font_of(script) if title in _TITLES[script] else "latin", title))
        target = rng.randint(26, 42)
        while len(lines) < target:
            own = script if rng.random() < 0.85 else "latin"
            prose = PROSE[own]
            lines.append((own, prose["heading"][article % len(prose["heading"])]
                          .format(n=article)))  # fmt: skip
            article += 1
            chosen = [_fill(rng, own, rng.choice(prose["sentences"]))
                      for _ in range(rng.randint(1, 4))]  # fmt: skip
            lines.extend((own, text) for text in _wrap(fonts, own, _tokens(own, chosen)))
        y, drawn = TOP, []
        for own, text in lines[:target]:
            drawn.append(Line(_runs(fonts, own, text.replace("|", "")), y, SIZE))
            y -= LEADING
        pages.append(tuple(drawn))
        texts.append("\n".join(text.replace("|", "") for _, text in lines[:target]))
    return Document(number, script, PROSE[script]["language"], title, tuple(pages), tuple(texts))
