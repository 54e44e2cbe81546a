"""A small, fast writer of real text PDFs with embedded TrueType font subsets.

fpdf2 makes a 5-page Japanese PDF in about 0.6 s (0.12 s a page: it
subsets and embeds the font anew for every file), so the 100,000 pages
of :mod:`.search_corpus` would take over three hours. Here each font is
subset once (:class:`EmbeddedFont`: the glyphs of every character the
corpus uses, CFF outlines converted to TrueType ones), compressed once,
and the same bytes are embedded in every file that uses the font; a page
is then only its content stream. Every file is a whole, standard PDF 1.4:

- each font a ``Type0`` font with ``Identity-H`` encoding over a
  ``CIDFontType2`` with ``CIDToGIDMap /Identity``, its widths (``W``), its
  ``FontFile2`` and a ``ToUnicode`` CMap, so a reader (pypdfium2 here)
  extracts the text back as Unicode;
- text drawn with ``Tj`` of glyph IDs, one ``Tm`` per run of a line;
  right-to-left lines (Arabic) drawn in visual order, right-aligned;
- a cross-reference table and trailer with ``/Info`` (the title).

No shaping: Arabic letters show their isolated forms and Thai marks sit at
their default place; the text, not the typography, is what the search
benchmark needs.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fontTools import subset as ft_subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from pathlib import Path

#: A4, in points.
PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0


def _to_truetype(font: TTFont) -> None:
    """Replace a CFF font's outlines by quadratic TrueType ones (``glyf``), in place."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font.sfntVersion = "\x00\x01\x00\x00"
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    zeroed = (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxPoints",
        "maxContours",
        "maxCompositePoints",
        "maxCompositeContours",
        "maxComponentDepth",
    )
    for attribute in zeroed:  # recomputed from the glyphs when the font is saved
        setattr(maxp, attribute, 0)
    maxp.maxZones = 1
    font["post"].formatType = 3.0


class EmbeddedFont:
    """One font subset to ``characters``, ready to embed: glyph IDs, widths, PDF bytes.

    ``path`` is a ``.ttf``/``.otf`` or a ``.ttc`` (``number``: which font of
    the collection). Characters the font has no glyph for are dropped
    (:meth:`covers` tells). Raises ``fontTools`` errors for a file that is
    not a font.
    """

    def __init__(self, path: Path, characters: Iterable[str], *, name: str, number: int = 0):
        source = TTFont(str(path), fontNumber=number, lazy=False)
        cmap = source.getBestCmap()
        wanted = {ord(c) for c in set(characters) | {" "} if ord(c) in cmap}
        options = ft_subset.Options()
        options.layout_features = []
        options.hinting = False
        options.notdef_outline = True
        options.name_IDs = ["*"]
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx"]
        subsetter = ft_subset.Subsetter(options)
        subsetter.populate(unicodes=wanted)
        subsetter.subset(source)
        if "CFF " in source:
            _to_truetype(source)
        buffer = io.BytesIO()
        source.save(buffer)
        font = TTFont(io.BytesIO(buffer.getvalue()))
        scale = 1000.0 / font["head"].unitsPerEm
        order = font.getGlyphOrder()
        metrics = font["hmtx"].metrics
        self.name = name
        #: character -> glyph ID of the subset
        self.gid = {chr(cp): font.getGlyphID(glyph) for cp, glyph in font.getBestCmap().items()}
        #: glyph ID -> advance, in thousandths of the font size
        self.widths = [round(metrics[glyph][0] * scale) for glyph in order]
        self.advance = {char: self.widths[gid] / 1000.0 for char, gid in self.gid.items()}
        self.program = zlib.compress(buffer.getvalue(), 9)
        self.program_length = len(buffer.getvalue())
        descent = font["hhea"].descent * scale
        ascent = font["hhea"].ascent * scale
        self._descriptor = (
            f"<< /Type /FontDescriptor /FontName /{name} /Flags 4 "
            f"/FontBBox [0 {descent:.0f} 1000 {ascent:.0f}] /ItalicAngle 0 "
            f"/Ascent {ascent:.0f} /Descent {descent:.0f} /CapHeight {ascent:.0f} /StemV 80 "
        )
        unicode_of = sorted((gid, char) for char, gid in self.gid.items())
        self.to_unicode = zlib.compress(_cmap(unicode_of).encode("ascii"), 9)
        self.w_array = "[0 [" + " ".join(str(w) for w in self.widths) + "]]"

    def covers(self, text: str) -> bool:
        """Whether every character of ``text`` has a glyph in this subset."""
        return all(char in self.gid for char in text)

    def width(self, text: str, size: float) -> float:
        """The advance of ``text`` at ``size`` points, in points (unknown characters: 0)."""
        advance = self.advance
        return sum(advance.get(char, 0.0) for char in text) * size

    def encode(self, text: str) -> bytes:
        """``text`` as the hex string of its glyph IDs (``<...>``), for ``Tj``."""
        gid = self.gid
        return b"<" + "".join(f"{gid.get(char, 0):04X}" for char in text).encode("ascii") + b">"

    def objects(self, first: int) -> list[bytes]:
        """The font's five objects, numbered from ``first`` (the Type0 font is ``first``)."""
        return [
            (f"<< /Type /Font /Subtype /Type0 /BaseFont /{self.name} /Encoding /Identity-H "
             f"/DescendantFonts [{first + 1} 0 R] /ToUnicode {first + 4} 0 R >>").encode(),
            (f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{self.name} "
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
             f"/FontDescriptor {first + 2} 0 R /CIDToGIDMap /Identity /DW 1000 "
             f"/W {self.w_array} >>").encode(),
            (self._descriptor + f"/FontFile2 {first + 3} 0 R >>").encode(),
            _stream(self.program, f"/Length1 {self.program_length} /Filter /FlateDecode"),
            _stream(self.to_unicode, "/Filter /FlateDecode"),
        ]  # fmt: skip


def _cmap(pairs: Sequence[tuple[int, str]]) -> str:
    """A ToUnicode CMap from (glyph ID, character) pairs."""
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
        "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange",
    ]  # fmt: skip
    for start in range(0, len(pairs), 100):
        block = pairs[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(
            f"<{gid:04X}> <{char.encode('utf-16-be').hex().upper()}>" for gid, char in block
        )
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def _stream(data: bytes, extra: str) -> bytes:
    return f"<< /Length {len(data)} {extra} >>\nstream\n".encode() + data + b"\nendstream"


@dataclass(frozen=True)
class Run:
    """Text in one font on one line, drawn from ``x`` (points from the page's left)."""

    font: EmbeddedFont
    text: str
    x: float


@dataclass(frozen=True)
class Line:
    """One line of a page: its runs and its baseline (points from the page's bottom)."""

    runs: tuple[Run, ...]
    y: float
    size: float


def content_stream(lines: Sequence[Line], names: dict[str, str]) -> bytes:
    """The (compressed) content stream drawing ``lines``; ``names`` maps font names to ``/F1``…"""
    parts = [b"BT"]
    current: tuple[str, float] | None = None
    for line in lines:
        for run in line.runs:
            if current != (run.font.name, line.size):
                current = (run.font.name, line.size)
                parts.append(f"/{names[run.font.name]} {line.size:g} Tf".encode())
            place = f"1 0 0 1 {run.x:.2f} {line.y:.2f} Tm ".encode()
            parts.append(place + run.font.encode(run.text) + b" Tj")
    parts.append(b"ET")
    return zlib.compress(b"\n".join(parts), 6)


def write_pdf(path: Path, title: str, pages: Sequence[Sequence[Line]]) -> int:
    """Write a PDF of ``pages`` (each a list of :class:`Line`) to ``path``; return its bytes.

    The fonts embedded are those the lines use, each once.
    """
    fonts: dict[str, EmbeddedFont] = {}
    for page in pages:
        for line in page:
            for run in line.runs:
                fonts.setdefault(run.font.name, run.font)
    names = {name: f"F{n}" for n, name in enumerate(fonts, start=1)}
    objects: list[bytes] = [b"", b"", b""]  # 1 catalog, 2 page tree, 3 info
    font_refs = []
    for font in fonts.values():
        first = len(objects) + 1
        font_refs.append(f"/{names[font.name]} {first} 0 R")
        objects.extend(font.objects(first))
    resources = "<< /Font << " + " ".join(font_refs) + " >> >>"
    kids = []
    for page in pages:
        number = len(objects) + 1
        kids.append(f"{number} 0 R")
        objects.append(
            (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH:g} {PAGE_HEIGHT:g}] "
             f"/Resources {resources} /Contents {number + 1} 0 R >>").encode()
        )  # fmt: skip
        objects.append(_stream(content_stream(page, names), "/Filter /FlateDecode"))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    title_hex = ("\ufeff" + title).encode("utf-16-be").hex().upper()
    objects[2] = f"<< /Title <{title_hex}> /Producer (Accord benchmarks) >>".encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 3 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()  # fmt: skip
    path.write_bytes(out)
    return len(out)
