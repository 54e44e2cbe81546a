"""The choices of a CSV report: encoding, delimiter, date style, columns, heading language.

:class:`CsvFormat` is one frozen value that both the command line
(``accord export --columns ... --delimiter ... --date-format ...
--header-language ...``) and the export dialog produce and
:mod:`db.csv.export` writes. The defaults are DESIGN's "CSV contract":
UTF-8 with BOM, commas, ISO dates, English headings, every column in
:data:`AGREEMENT_COLUMNS` (or :data:`PARTNER_COLUMNS`) order, the order of the field
tables (:mod:`db.agreement_fields`, :mod:`db.partner_fields`).

Columns are named in English everywhere in the code; a report in Japanese
writes each heading as the catalogue translates it (context ``csv``,
:data:`HEADINGS`) and the labels in the cells as the window shows them
(:meth:`db.enums.LabelledEnum.written`). Dates stay as the date style says
(ISO unless ``slash``). :func:`english_column` reads a heading of either
language back, so an import takes both.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.agreement_fields import AGREEMENT_COLUMNS
from db.enums import LABEL_LANGUAGES
from db.errors import ExportError
from db.i18n.translate import fill, language, translate, translate_into
from db.partner_fields import PARTNER_COLUMNS

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence

# The encodings a report can be written in: UTF-8 with BOM (Excel on Japanese
# Windows opens it correctly), UTF-8, and Microsoft's Shift_JIS (``cp932``,
# which has 髙, ①, ㈱ that plain ``shift_jis`` lacks) for old Excel.
ENCODINGS = ("utf-8-sig", "utf-8", "cp932")
DEFAULT_ENCODING = "utf-8-sig"

# Delimiters by the name the command line and the dialog use.
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}
# Date styles: ``iso`` 2014-07-23 (DESIGN's default), ``slash`` 2014/07/23
# (what Excel on Japanese Windows shows and reads as a date).
DATE_STYLES = ("iso", "slash")

# The languages a report's headings and labels can be written in.
HEADER_LANGUAGES = LABEL_LANGUAGES

# Every column's heading (marked for the catalogue, context "csv", in the field tables): a
# report in another language writes the translation, and an import reads it back.
HEADINGS = tuple(dict.fromkeys((*AGREEMENT_COLUMNS, *PARTNER_COLUMNS)))


def heading(column: str, language: str) -> str:
    """Return the heading of ``column`` (an English column name) in ``language``."""
    return translate_into(language, "csv", column)


def english_column(text: str) -> str:
    """Return the English column a heading in any of :data:`HEADER_LANGUAGES` names
    (``"締結日"`` → ``"Date signed"``); any other text as it is. Compared as written
    after NFKC and case folding by the caller (:func:`db.csv.read.header_key`)."""
    return _english_columns().get(text, text)


def shown_column(column: str) -> str:
    """Return how a message in the chosen language names ``column``: its heading in that
    language (``"締結日"`` for ``"Date signed"``); a column Accord does not know, as the
    file writes it."""
    return heading(column, language()) if column in HEADINGS else column


# Headings of columns that Accord once wrote under another name (folded), and the column
# each is now: a report written by an older Accord imports as it did.
FORMER_HEADINGS = {"valid until": "Expires on"}


@functools.cache
def _english_columns() -> dict[str, str]:
    found: dict[str, str] = dict(FORMER_HEADINGS)
    for code in HEADER_LANGUAGES[1:]:
        for column in HEADINGS:
            key = unicodedata.normalize("NFKC", heading(column, code)).strip().casefold()
            if key != column.casefold():
                found.setdefault(key, column)
    return found


@dataclass(frozen=True)
class CsvFormat:
    """How a report is written; validated when made.

    - ``encoding``: one of :data:`ENCODINGS`.
    - ``delimiter``: ``","``, ``";"`` or ``"\\t"`` (the values of :data:`DELIMITERS`).
    - ``date_style``: one of :data:`DATE_STYLES`.
    - ``columns``: the columns chosen, in the order written; empty means
      every column in the default order. Names must be exact here (see
      :func:`resolve_columns` for names as a person types them) and are
      checked against the record kind by :meth:`header`.
    - ``header_language``: one of :data:`HEADER_LANGUAGES`, the language of
      the headings and of the labels in the cells (``"ja"``: 締結日, 覚書).

    Raises :class:`ExportError` (one sentence) for any other value.
    """

    encoding: str = DEFAULT_ENCODING
    delimiter: str = ","
    date_style: str = "iso"
    columns: tuple[str, ...] = ()
    header_language: str = "en"

    def __post_init__(self) -> None:
        if self.encoding not in ENCODINGS:
            raise ExportError(
                fill(
                    translate("import", "“{encoding}” is not one of the encodings {join}."),
                    encoding=self.encoding,
                    join=", ".join(ENCODINGS),
                )
            )
        if self.delimiter not in DELIMITERS.values():
            raise ExportError(
                fill(
                    translate(
                        "import",
                        "“{delimiter}” is not a delimiter; use a comma, a semicolon or a tab.",
                    ),
                    delimiter=self.delimiter,
                )
            )
        if self.date_style not in DATE_STYLES:
            raise ExportError(
                fill(
                    translate("import", "“{date_style}” is not a date format; use {join}."),
                    date_style=self.date_style,
                    join=" or ".join(DATE_STYLES),
                )
            )
        if self.header_language not in HEADER_LANGUAGES:
            #: {language} is what was asked for; {choices} the codes of the languages (en or ja).
            text = translate(
                "csv", "“{language}” is not a language of column headings; use {choices}."
            )
            raise ExportError(
                fill(text, language=self.header_language, choices=" / ".join(HEADER_LANGUAGES))
            )
        object.__setattr__(self, "columns", tuple(self.columns))
        if len(set(self.columns)) != len(self.columns):
            raise ExportError(translate("import", "A column can be chosen only once."))

    def header(self, available: Sequence[str]) -> tuple[str, ...]:
        """Return the columns to write, out of ``available`` (a kind's columns, default order).

        Raises :class:`ExportError` naming a chosen column ``available`` lacks.
        """
        for name in self.columns:
            if name not in available:
                raise ExportError(
                    fill(
                        translate("import", "“{name}” is not a column; the columns are {join}."),
                        name=name,
                        join=", ".join(available),
                    )
                )
        return self.columns or tuple(available)

    def headings(self, columns: Sequence[str]) -> list[str]:
        """Return the headings the file writes for ``columns`` (English column names)."""
        return [heading(column, self.header_language) for column in columns]

    def date(self, value: dt.date | None) -> str:
        """Return ``value`` written in :attr:`date_style` (empty for no date)."""
        if value is None:
            return ""
        text = value.isoformat()
        return text.replace("-", "/") if self.date_style == "slash" else text


def resolve_columns(names: Iterable[str], available: Sequence[str]) -> tuple[str, ...]:
    """Return the columns ``names`` means, spelled as in ``available``, in the order given.

    Names are matched without regard to case or surrounding spaces, in English or as a
    heading of another language (``締結日``). Raises
    :class:`ExportError` naming an unknown or repeated column and listing the
    valid ones, or when no column is named at all.
    """
    by_key = {name.casefold(): name for name in available}
    chosen: list[str] = []
    for typed in names:
        key = unicodedata.normalize("NFKC", typed).strip().casefold()
        key = english_column(key).casefold()  # a heading in another language: 締結日
        if not key:
            continue
        if key not in by_key:
            code = language()
            raise ExportError(
                fill(
                    translate("import", "“{strip}” is not a column; the columns are {join}."),
                    strip=typed.strip(),
                    join=translate("import", ", ", "between the items of a list").join(
                        heading(column, code) for column in available
                    ),
                )
            )
        if by_key[key] in chosen:
            raise ExportError(
                fill(
                    translate("import", "The column “{by_key}” is named twice."), by_key=by_key[key]
                )
            )
        chosen.append(by_key[key])
    if not chosen:
        raise ExportError(
            fill(
                translate("import", "No column was named; the columns are {join}."),
                join=", ".join(available),
            )
        )
    return tuple(chosen)


def delimiter_name(delimiter: str) -> str:
    """Return the name (``comma``, ``semicolon``, ``tab``) of a :data:`DELIMITERS` value."""
    return next(name for name, value in DELIMITERS.items() if value == delimiter)
