"""Reading a CSV file as export writes it and as Excel writes it back.

- Encoding: a UTF-8 BOM means UTF-8; else text that is valid UTF-8 is
  UTF-8; else ``cp932`` (Microsoft's Shift_JIS, what Excel on Japanese
  Windows saves; Python's ``shift_jis`` rejects 髙, ① and ㈱). A UTF-16 BOM
  (Excel's "Unicode Text") is read as UTF-16. Anything else is refused.
- Delimiter: comma, semicolon or tab, told from the header line: each
  candidate that occurs there outside quotes splits it, and the one giving
  the most known column names wins (``csv.Sniffer`` guesses wrong on a
  header of a few columns).
- Rows are numbered as a spreadsheet shows them: the header is row 1, the
  first record row 2; a quoted cell's line breaks stay in its row. CRLF, LF
  and CR line ends are all read; blank lines are skipped (keeping the
  numbering); every data cell is given back as export wrote it before
  neutralising (:func:`db.csv.export.unneutralise`).
- Headers match columns without regard to case, surrounding space,
  invisible characters and compatibility forms (NFKC: full-width letters).
- Refused with one sentence: a NUL byte (binary data, with its offset), and
  a quote that opens a cell and is never closed (it would swallow every
  following row into that cell), naming the row and column where it opens.
- A cell may be as long as :data:`FIELD_LIMIT` (the :mod:`csv` module's own
  limit, 128 KiB, is too small for long notes); the limit is the module's,
  process-wide, and set once when this module is imported.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from db.csv.choices import english_column
from db.csv.export import AGREEMENT_COLUMNS, PARTNER_COLUMNS, unneutralise
from db.errors import CsvImportError
from db.i18n.translate import fill, translate
from db.text import without_invisible

if TYPE_CHECKING:
    from collections.abc import Sequence

# Largest cell read, in characters (notes can be long); csv.field_size_limit is process-wide.
FIELD_LIMIT = 64 * 1024 * 1024
if csv.field_size_limit() < FIELD_LIMIT:
    csv.field_size_limit(FIELD_LIMIT)

DELIMITERS = (",", ";", "\t")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


def decode(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` of a file's bytes; encoding is ``utf-8-sig``, ``utf-8``,
    ``cp932`` or ``utf-16``.

    Raises :class:`CsvImportError` (one sentence) for bytes that are none of
    these, or that hold a NUL character (binary data: its byte offset is named).
    """
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and (nul := data.find(b"\x00")) >= 0:
        _refuse_nul(nul)
    if utf16:
        candidates: Sequence[str] = ("utf-16",)
    elif data.startswith(codecs.BOM_UTF8):
        candidates = ("utf-8-sig",)
    else:
        candidates = ("utf-8", "cp932")
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if utf16 and (nul := text.find("\x00")) >= 0:
            _refuse_nul(len(data[:2]) + len(text[:nul].encode("utf-16-le")))
        return text, encoding
    if data.startswith(codecs.BOM_UTF8):
        raise CsvImportError(
            translate("import", "The file starts like UTF-8 text but is not valid UTF-8.")
        )
    raise CsvImportError(
        translate(
            "import",
            "The file is not CSV text in UTF-8 or Shift_JIS (cp932); save it from Excel as “CSV "
            "UTF-8 (comma delimited)”.",
        )
    )


def _refuse_nul(offset: int) -> None:
    """Raise the sentence refusing a file with a NUL character at byte ``offset``."""
    raise CsvImportError(
        fill(
            translate(
                "import",
                "The file holds a NUL byte (binary data) at offset {offset}; it is not CSV text.",
            ),
            offset=format(offset, ","),
        )
    )


def header_key(text: str) -> str:
    """Return the comparison key of a header cell: NFKC, invisible characters removed,
    surrounding space removed, case folded; a heading in another language of
    :data:`~db.csv.choices.HEADER_LANGUAGES` (締結日) gives its English column's key."""
    key = unicodedata.normalize("NFKC", without_invisible(text)).strip().casefold()
    return english_column(key).casefold()


def _first_line(text: str) -> str:
    """Return the first record of ``text``: up to the first line break outside quotes."""
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            return text[:index]
    return text


def sniff_delimiter(text: str, known: Sequence[str] = ()) -> str:
    """Return the delimiter of the CSV ``text``: ``,``, ``;`` or tab (comma when unclear).

    ``known`` are the column names a header may hold; the candidate whose
    split of the header line yields the most of them wins, then the one
    occurring most often.
    """
    line = _first_line(text)
    keys = {header_key(name) for name in known}
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        cells = next(csv.reader([line], delimiter=delimiter), [])
        if len(cells) < 2:
            continue
        score = (sum(header_key(cell) in keys for cell in cells), len(cells))
        if score > best_score:
            best, best_score = delimiter, score
    return best


@dataclass(frozen=True)
class CsvTable:
    """A CSV file read: its encoding and delimiter, header and record rows.

    ``header`` are the header cells as in the file (BOM removed); ``rows``
    are ``(spreadsheet row number, cells)`` with cells restored from
    """

    encoding: str
    delimiter: str
    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)


def read_table(data: bytes, known: Sequence[str] = ()) -> CsvTable:
    """Return the :class:`CsvTable` of a CSV file's bytes (see the module docstring).

    ``known`` are column names that help tell the delimiter (default: every
    agreement and partner column). Raises :class:`CsvImportError` for a file
    that is not text, or whose quoting cannot be read.
    """
    if not known:
        known = AGREEMENT_COLUMNS + PARTNER_COLUMNS
    text, encoding = decode(data)
    if text.startswith("\ufeff"):  # a second BOM, or one UTF-16 left
        text = text[1:]
    delimiter = sniff_delimiter(text, known)
    # A quoted cell after the end: it reads as one empty cell, unless a quote opened earlier
    # is never closed, when it closes that one instead (see _refuse_open_quote).
    reader = csv.reader(
        io.StringIO(text + _SENTINEL, newline=""), delimiter=delimiter, strict=False
    )
    header: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    number = 0
    cells: list[str] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if number == 1:
                header = cells
                continue
            joined = "".join(cells)
            if joined and not joined.isspace():  # else a blank line: skipped
                # Only a cell starting with an apostrophe can have been neutralised.
                if "'" in joined and any(cell[:1] == "'" for cell in cells):
                    cells = _restored(cells)
                rows.append((number, cells))
    except csv.Error as exc:
        raise CsvImportError(
            fill(
                translate("import", "Row {value} of the file cannot be read as CSV: {exc}."),
                value=number + 1,
                exc=exc,
            )
        ) from exc
    if cells != [""]:
        _refuse_open_quote(number, cells, header)
    return CsvTable(encoding=encoding, delimiter=delimiter, header=header, rows=rows)


class UnneutralisedRow(list[str]):
    """A row's cells some of which lost the apostrophe export puts before a formula start
    (:func:`db.csv.export.unneutralise`); ``places`` are their indexes, for the notice."""

    places: frozenset[int] = frozenset()


def _restored(cells: list[str]) -> list[str]:
    """Return ``cells`` restored (:func:`db.csv.export.unneutralise`), as an
    :class:`UnneutralisedRow` when some lost their apostrophe."""
    restored = [unneutralise(cell) for cell in cells]
    places = frozenset(i for i, cell in enumerate(cells) if restored[i] is not cell)
    if not places:
        return restored
    row = UnneutralisedRow(restored)
    row.places = places
    return row


_SENTINEL = '\n"'


def _refuse_open_quote(number: int, cells: list[str], header: list[str]) -> None:
    """Raise the sentence for a quote that opens the last cell of row ``number`` and is
    never closed (the sentinel closed it, so the row ends with the sentinel's line break)."""
    index = len(cells) - 1
    name = header[index].strip() if number > 1 and index < len(header) else ""
    column = f"column {index + 1}" + (f" (“{name}”)" if name else "")
    raise CsvImportError(
        fill(
            translate(
                "import",
                "Row {number}, {column}: the quote opened here is never closed, so every row "
                "after it would be read into this cell; close the quote or remove it.",
            ),
            number=number,
            column=column,
        )
    )


@dataclass(frozen=True)
class HeaderMatch:
    """How a header's cells map to known columns.

    ``columns[i]`` is the known column of the file's ``i``-th header cell,
    ``None`` for an unknown or blank one; ``unknown`` the unknown headers as
    in the file; ``problems`` one sentence per header that occurs twice.
    """

    columns: list[str | None]
    unknown: list[str]
    problems: list[str]

    def has(self, column: str) -> bool:
        """Return whether the file has ``column``."""
        return column in self.columns


def match_header(header: Sequence[str], known: Sequence[str]) -> HeaderMatch:
    """Match header cells to ``known`` column names (see :func:`header_key`).

    A header that occurs twice is a problem (which of the two cells would
    count?); blank header cells are ignored when their column is empty.
    """
    by_key = {header_key(name): name for name in known}
    columns: list[str | None] = []
    unknown: list[str] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for cell in header:
        key = header_key(cell)
        column = by_key.get(key)
        columns.append(column)
        if column is None:
            if key:
                unknown.append(cell.strip())
            continue
        if column in seen:
            problems.append(
                fill(
                    translate(
                        "import",
                        "The header has the column “{column}” twice (“{seen}” and “{cell}”); "
                        "keep one.",
                    ),
                    column=column,
                    seen=seen[column],
                    cell=cell,
                )
            )
        else:
            seen[column] = cell
    return HeaderMatch(columns=columns, unknown=unknown, problems=problems)
