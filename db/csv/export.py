"""CSV reports of agreements and partners, as DESIGN's "CSV contract" fixes them.

- Header row in English; one row per agreement with the partner's columns
  repeated; lists (areas, document names) joined with ``"; "``. The columns,
  their order, the delimiter, the date style and the encoding are a
  :class:`~db.csv.choices.CsvFormat`; its defaults are the contract's.
- UTF-8 with BOM by default: Excel on Japanese Windows takes a BOM-less
  file for Shift_JIS and shows mojibake. ``utf-8`` and ``cp932`` on request;
  cp932 (Microsoft's Shift_JIS, which has 髙, ①, ㈱) cannot hold Korean,
  Thai, Arabic or accented Latin text, so :func:`unencodable_records` names
  every such record before anything is written, and an export refuses them
  by name. Labels are written as the window shows them (``Joint
  communiqué``); an encoding that cannot carry one (cp932 has no ``é``)
  gets it without accents (``Joint communique``,
  :meth:`~db.enums.LabelledEnum.written`), so every type survives every
  encoding, and import reads every spelling.
- CRLF line ends and RFC 4180 quoting (the :mod:`csv` module's ``excel``
  dialect, with the chosen delimiter).
- A cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return
  gets a leading apostrophe so that a spreadsheet shows it as text and never
  runs it as a formula (OWASP "CSV injection").
- A file is written to a temporary file beside it, then renamed over the
  target: a failed or cancelled export leaves no partial file.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import re
from itertools import islice
from typing import TYPE_CHECKING, Any, BinaryIO

from db.csv.choices import (
    AGREEMENT_COLUMNS,
    DEFAULT_ENCODING,
    ENCODINGS,
    PARTNER_COLUMNS,
    CsvFormat,
)
from db.csv.export_query import AgreementSelection, ExportAgreement
from db.csv.report_file import write_atomically
from db.csv.rows import (
    ReportTable,
    Unencodable,
    agreement_row,
    agreement_table,
    partner_row,
    partner_table,
    unencodable_refusal,
    unencodable_rows,
)
from db.errors import Cancelled, ExportError
from db.i18n.translate import fill, translate
from db.partners import find_partner, list_partners
from db.record_fields import LIST_SEPARATOR
from db.text import NameKey, name_order

if TYPE_CHECKING:
    import os
    from collections.abc import Iterator, Sequence

    from db.library import Library
    from db.progress import Progress

__all__ = [
    "AGREEMENT_COLUMNS",
    "DEFAULT_ENCODING",
    "ENCODINGS",
    "PARTNER_COLUMNS",
    "LIST_SEPARATOR",
    "AgreementSelection",
    "CsvFormat",
    "ExportAgreement",
    "ReportTable",
    "Unencodable",
    "agreement_row",
    "agreement_table",
    "export_agreements",
    "export_partners",
    "neutralise",
    "partner_row",
    "partner_table",
    "preview_rows",
    "preview_text",
    "render",
    "render_chunks",
    "unencodable_records",
    "unencodable_refusal",
    "unencodable_rows",
    "unneutralise",
]

# Rows between two progress reports.
PROGRESS_STEP = 1000

_NEUTRALISED = re.compile(r"'*[=+\-@\t\r]")
_RESTORABLE = re.compile(r"'+[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """Return ``cell`` made safe for a spreadsheet: a leading ``'`` before a formula start.

    A formula start is ``=``, ``+``, ``-``, ``@``, tab or carriage return
    (OWASP "CSV injection"); apostrophes already before one get one more, so
    that :func:`unneutralise` gives back exactly the original text.
    """
    return "'" + cell if _NEUTRALISED.match(cell) else cell


def unneutralise(cell: str) -> str:
    """Return the original text of a cell :func:`neutralise` made safe (its inverse)."""
    return cell[1:] if _RESTORABLE.match(cell) else cell


def _writer(buffer: io.StringIO, csv_format: CsvFormat) -> Any:
    return csv.writer(
        buffer, dialect="excel", delimiter=csv_format.delimiter, lineterminator="\r\n"
    )


def preview_text(table: ReportTable, limit: int = 5) -> str:
    """Return the header and first ``limit`` rows exactly as they will be written, as text.

    The text is what the file holds once decoded (CRLF line ends, quoting,
    neutralised cells); the BOM is not shown.
    """
    buffer = io.StringIO(newline="")
    writer = _writer(buffer, table.csv_format)
    writer.writerow(table.csv_format.headings(table.header))
    for _record, cells in table.rows(limit):
        writer.writerow([neutralise(cell) for cell in cells])
    return buffer.getvalue()


def render(table: ReportTable, progress: Progress | None = None) -> bytes:
    """Return the file's bytes: header, rows, CRLF, neutralised cells, in the format's encoding.

    See :func:`render_chunks`, which this joins.
    """
    return b"".join(render_chunks(table, progress))


def render_chunks(table: ReportTable, progress: Progress | None = None) -> Iterator[bytes]:
    """Yield the file's bytes in blocks of :data:`PROGRESS_STEP` rows, encoded as they go.

    ``progress(done, total)`` is called before the first block and after
    each; it cancels by returning False or raising
    :class:`~db.errors.Cancelled`. Raises :class:`ExportError` naming the
    records the encoding cannot carry, before the first block (all are
    checked first). Agreements read by :func:`select_agreements` take the
    fast path (:meth:`ReportTable.written_blocks`), others are made cell by cell.
    """
    encoding = table.csv_format.encoding
    found = unencodable_rows(table)
    if found:
        raise ExportError(unencodable_refusal(table.record, found, encoding))
    encoder = codecs.getincrementalencoder(encoding)()
    total = len(table)
    _report(progress, 0, total)
    buffer = io.StringIO(newline="")
    writer = _writer(buffer, table.csv_format)
    writer.writerow(table.csv_format.headings(table.header))
    blocks = table.written_blocks(PROGRESS_STEP)
    if blocks is None:
        rows = ([neutralise(cell) for cell in cells] for _record, cells in table.rows())
        blocks = iter(lambda: list(islice(rows, PROGRESS_STEP)), [])
    done = 0
    for block in blocks:
        writer.writerows(block)
        done += len(block)
        yield encoder.encode(buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()
        _report(progress, done, max(total, done))
    yield encoder.encode(buffer.getvalue(), final=True)
    _report(progress, done, done)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled(translate("export", "The export was cancelled; no file was written."))


class _Counter:
    """A progress callback that remembers the rows done (the rows written, at the end)."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.done = 0

    def __call__(self, done: int, total: int) -> bool | None:
        self.done = done
        return None if self.progress is None else self.progress(done, total)


def select_agreements(
    library: Library,
    *,
    partner: str | int | None = None,
    agreement_ids: Sequence[int] | None = None,
    name_key: NameKey = name_order,
) -> AgreementSelection:
    """Return the agreements of an export's scope, read lazily (see :class:`AgreementSelection`).

    ``partner`` is an ID or a name (English or local, case and accents
    ignored); ``agreement_ids`` keeps exactly those agreements, in the order
    given (the order a view shows; IDs no longer in the library are left
    out). Otherwise the order is a report's: by partner name under
    ``name_key`` (the window's collation; :func:`db.text.name_order` where
    there is none), then date signed. Raises :class:`ExportError` for an
    unknown partner.
    """
    partner_id: int | None = None
    if isinstance(partner, int):
        partner_id = partner
    elif partner is not None:
        if not partner.strip():
            raise ExportError(
                translate("export", "A partner's name is needed to export its agreements.")
            )
        found = find_partner(library, partner)
        if found is None:
            raise ExportError(
                fill(translate("export", "There is no partner named “{partner}”."), partner=partner)
            )
        partner_id = found.id
    return AgreementSelection(
        library, partner_id=partner_id, agreement_ids=agreement_ids, name_key=name_key
    )


def _format(csv_format: CsvFormat | None, encoding: str | None) -> CsvFormat:
    csv_format = csv_format or CsvFormat()
    if encoding is not None and encoding != csv_format.encoding:
        csv_format = dataclasses.replace(csv_format, encoding=encoding)
    return csv_format


def load_table(
    library: Library,
    csv_format: CsvFormat | None = None,
    *,
    partners: bool = False,
    partner: str | int | None = None,
    agreement_ids: Sequence[int] | None = None,
    name_key: NameKey = name_order,
) -> ReportTable:
    """Return the :class:`ReportTable` of a scope: all partners, or agreements as chosen.

    Partners, and the agreements of a report, go by name under ``name_key``
    (see :func:`select_agreements`). Raises :class:`ExportError` for an
    unknown partner or column.
    """
    csv_format = csv_format or CsvFormat()
    if partners:
        return partner_table(list_partners(library, name_key=name_key), csv_format)
    agreements = select_agreements(
        library, partner=partner, agreement_ids=agreement_ids, name_key=name_key
    )
    return agreement_table(agreements, {}, csv_format)


def unencodable_records(
    library: Library,
    csv_format: CsvFormat | None = None,
    *,
    encoding: str | None = None,
    partners: bool = False,
    partner: str | int | None = None,
    agreement_ids: Sequence[int] | None = None,
    name_key: NameKey = name_order,
) -> list[Unencodable]:
    """Return EVERY record of the scope holding characters the encoding cannot carry.

    Scope as :func:`load_table`; only the chosen columns count. ``encoding``
    (default: the format's) is one of :data:`ENCODINGS`. Nothing is written.
    """
    table = load_table(
        library, _format(csv_format, encoding), partners=partners, partner=partner,
        agreement_ids=agreement_ids, name_key=name_key,
    )  # fmt: skip
    return unencodable_rows(table)


def preview_rows(
    library: Library,
    csv_format: CsvFormat | None = None,
    *,
    limit: int = 5,
    partners: bool = False,
    partner: str | int | None = None,
    agreement_ids: Sequence[int] | None = None,
    name_key: NameKey = name_order,
) -> str:
    """Return the header and first ``limit`` rows of the scope as they will be written.

    Scope as :func:`load_table`; see :func:`preview_text`.
    """
    table = load_table(
        library, csv_format, partners=partners, partner=partner, agreement_ids=agreement_ids,
        name_key=name_key,
    )  # fmt: skip
    return preview_text(table, limit)


def export_table(
    table: ReportTable,
    destination: str | os.PathLike[str] | BinaryIO,
    *,
    progress: Progress | None = None,
) -> int:
    """Write ``table`` to ``destination`` (a path or a binary stream); return the rows written.

    Raises :class:`ExportError` as :func:`render` and :func:`write_atomically`,
    :class:`~db.errors.Cancelled` when ``progress`` cancels; a file
    target is then left as it was.
    """
    counter = _Counter(progress)
    write_atomically(render_chunks(table, counter), destination)
    return counter.done


def export_agreements(
    library: Library,
    destination: str | os.PathLike[str] | BinaryIO,
    *,
    partner: str | int | None = None,
    agreement_ids: Sequence[int] | None = None,
    csv_format: CsvFormat | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    name_key: NameKey = name_order,
) -> int:
    """Write agreements as CSV to ``destination`` (a path or a binary stream).

    Scope and order (``name_key``) as :func:`select_agreements`; ``csv_format`` chooses columns,
    delimiter, dates and encoding (``encoding``, when given, overrides its
    encoding). Returns the number of rows written. Raises
    :class:`ExportError` (unknown partner, column or encoding, records the
    encoding cannot carry, a file that cannot be written) or
    :class:`~db.errors.Cancelled`; nothing is written then.
    """
    table = load_table(
        library, _format(csv_format, encoding), partner=partner, agreement_ids=agreement_ids,
        name_key=name_key,
    )  # fmt: skip
    return export_table(table, destination, progress=progress)


def export_partners(
    library: Library,
    destination: str | os.PathLike[str] | BinaryIO,
    *,
    csv_format: CsvFormat | None = None,
    encoding: str | None = None,
    progress: Progress | None = None,
    name_key: NameKey = name_order,
) -> int:
    """Write every partner as CSV, one row each with its agreement count, by name under
    ``name_key``.

    Returns the number of rows written; options and errors as
    :func:`export_agreements`.
    """
    table = load_table(library, _format(csv_format, encoding), partners=True, name_key=name_key)
    return export_table(table, destination, progress=progress)
