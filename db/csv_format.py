"""The choices of a CSV report: encoding, delimiter, date style and columns.

:class:`CsvFormat` is one frozen value that both the command line
(``accord export --columns ... --delimiter ... --date-format ...``) and the
export dialog produce and :mod:`db.csv_export` writes. The defaults are
DESIGN's "CSV contract": UTF-8 with BOM, commas, ISO dates, every column in
:data:`AGREEMENT_COLUMNS` (or :data:`PARTNER_COLUMNS`) order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from db.errors import ExportError
from db.i18n import fill, translate

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

AGREEMENT_COLUMNS = (
    "ID",
    "Partner",
    "Country",
    "Relationship",
    "Agreement",
    "Type",
    "Date signed",
    "Areas",
    "Documents",
    "Notes",
    "Local name",
    "Valid until",
    "Supersedes",
)
PARTNER_COLUMNS = (
    "ID",
    "Partner",
    "Local name",
    "Country",
    "Kind",
    "Relationship",
    "Date of affiliation",
    "Agreements",
    "Notes",
)


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

    Raises :class:`ExportError` (one sentence) for any other value.
    """

    encoding: str = DEFAULT_ENCODING
    delimiter: str = ","
    date_style: str = "iso"
    columns: tuple[str, ...] = ()

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

    def date(self, value: dt.date | None) -> str:
        """Return ``value`` written in :attr:`date_style` (empty for no date)."""
        if value is None:
            return ""
        text = value.isoformat()
        return text.replace("-", "/") if self.date_style == "slash" else text


def resolve_columns(names: Iterable[str], available: Sequence[str]) -> tuple[str, ...]:
    """Return the columns ``names`` means, spelled as in ``available``, in the order given.

    Names are matched without regard to case or surrounding spaces. Raises
    :class:`ExportError` naming an unknown or repeated column and listing the
    valid ones, or when no column is named at all.
    """
    by_key = {name.casefold(): name for name in available}
    chosen: list[str] = []
    for typed in names:
        key = typed.strip().casefold()
        if not key:
            continue
        if key not in by_key:
            raise ExportError(
                fill(
                    translate("import", "“{strip}” is not a column; the columns are {join}."),
                    strip=typed.strip(),
                    join=", ".join(available),
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
