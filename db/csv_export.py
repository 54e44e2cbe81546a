"""CSV reports of agreements and partners, as DESIGN's "CSV contract" fixes them.

- Header row in English; one row per agreement with the partner's columns
  repeated; lists (areas, document names) joined with ``"; "``.
- UTF-8 with BOM by default: Excel on Japanese Windows takes a BOM-less
  file for Shift_JIS and shows mojibake. ``utf-8`` and ``cp932`` on request;
  cp932 (Microsoft's Shift_JIS, which has 髙, ①, ㈱) cannot hold Korean,
  Thai, Arabic or accented Latin text, so such a record is refused by name
  before anything is written. Type labels are written in ASCII
  (``Joint communique``) so that every type survives every encoding.
- CRLF line ends and RFC 4180 quoting (the :mod:`csv` module's ``excel``
  dialect); dates as ``YYYY-MM-DD``.
- A cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return
  gets a leading apostrophe so that a spreadsheet shows it as text and never
  runs it as a formula (OWASP "CSV injection").
- A file is written to a temporary file beside it, then renamed over the
  target: a failed export leaves no partial file.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from db.agreements import list_agreements
from db.errors import ExportError
from db.files import atomic_write, reason
from db.library import Library
from db.partners import find_partner, list_partners
from db.schemas import AgreementRead, PartnerRead
from db.text import fold

ENCODINGS = ("utf-8-sig", "utf-8", "cp932")
DEFAULT_ENCODING = "utf-8-sig"

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
LIST_SEPARATOR = "; "


_NEUTRALISED = re.compile(r"'*[=+\-@\t\r]")
_RESTORABLE = re.compile(r"'+[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """Return ``cell`` made safe for a spreadsheet: a leading ``'`` before a formula start.

    A formula start is ``=``, ``+``, ``-``, ``@``, tab or carriage return
    (OWASP "CSV injection"); apostrophes already before one get one more, so
    that :func:`restore` gives back exactly the original text.
    """
    return "'" + cell if _NEUTRALISED.match(cell) else cell


def restore(cell: str) -> str:
    """Return the original text of a cell :func:`neutralise` made safe (its inverse)."""
    return cell[1:] if _RESTORABLE.match(cell) else cell


def agreement_row(agreement: AgreementRead, local_names: dict[int, str]) -> list[str]:
    """Return the cells of one agreement, in :data:`AGREEMENT_COLUMNS` order, unneutralised."""
    return [
        str(agreement.id),
        agreement.partner_name,
        agreement.partner_country,
        agreement.relationship.label,
        agreement.title,
        agreement.type.csv_label,
        agreement.date_signed.isoformat(),
        LIST_SEPARATOR.join(agreement.areas),
        LIST_SEPARATOR.join(doc.original_name for doc in agreement.documents),
        agreement.notes,
        local_names.get(agreement.partner_id, ""),
        agreement.valid_until.isoformat() if agreement.valid_until else "",
        str(agreement.supersedes_id or ""),
    ]


def partner_row(partner: PartnerRead) -> list[str]:
    """Return the cells of one partner, in :data:`PARTNER_COLUMNS` order, unneutralised."""
    return [
        str(partner.id),
        partner.name,
        partner.local_name,
        partner.country,
        partner.kind.label,
        partner.relationship.label,
        partner.date_of_affiliation.isoformat() if partner.date_of_affiliation else "",
        str(partner.agreement_count),
        partner.notes,
    ]


def render_csv(
    header: Sequence[str], rows: Iterable[Sequence[str]], encoding: str, *, record: str
) -> bytes:
    """Return the CSV file's bytes: header, rows, CRLF, neutralised cells, in ``encoding``.

    Raises :class:`ExportError` for an unknown encoding, or naming the first
    row (``record`` kind, ID and name: its first two cells) holding a
    character ``encoding`` cannot carry.
    """
    if encoding not in ENCODINGS:
        raise ExportError(f"“{encoding}” is not one of the encodings {', '.join(ENCODINGS)}.")
    text = io.StringIO(newline="")
    writer = csv.writer(text, dialect="excel", lineterminator="\r\n")
    writer.writerow(header)
    codec = codecs.lookup(encoding)
    for row in rows:
        cells = [neutralise(cell) for cell in row]
        if encoding == "cp932":
            for cell in cells:
                try:
                    cell.encode("cp932")
                except UnicodeEncodeError as exc:
                    bad = cell[exc.start : exc.end]
                    raise ExportError(
                        f"The {record} with ID {row[0]} ({row[1]}) holds “{bad}”, "
                        "which Shift_JIS (cp932) cannot carry; export it as UTF-8 instead."
                    ) from exc
        writer.writerow(cells)
    return codec.encode(text.getvalue())[0]


def write_atomically(data: bytes, destination: str | os.PathLike[str] | BinaryIO) -> None:
    """Write ``data`` to a path (see :func:`db.files.atomic_write`) or to an open binary stream.

    Raises :class:`ExportError` when it cannot be written; a file target is
    then left as it was.
    """
    if not isinstance(destination, (str, os.PathLike)):
        try:
            destination.write(data)
            destination.flush()
        except OSError as exc:
            raise ExportError(f"The report cannot be written: {reason(exc)}.") from exc
        return
    target = Path(destination)
    if not str(destination).strip():
        raise ExportError("No file name was given for the report.")
    try:
        atomic_write(target, data)
    except OSError as exc:
        raise ExportError(f"{target} cannot be written: {reason(exc)}.") from exc


def select_agreements(
    library: Library,
    *,
    partner: str | int | None = None,
    agreement_ids: Sequence[int] | None = None,
) -> list[AgreementRead]:
    """Return the agreements of an export's scope.

    ``partner`` is an ID or a name (English or local, case and accents
    ignored); ``agreement_ids`` keeps exactly those agreements, in the order
    given (the order a view shows). Otherwise the order is a report's:
    by partner name, then date signed. Raises :class:`ExportError` for an
    unknown partner.
    """
    partner_id: int | None = None
    if isinstance(partner, int):
        partner_id = partner
    elif partner is not None:
        if not partner.strip():
            raise ExportError("A partner's name is needed to export its agreements.")
        found = find_partner(library, partner)
        if found is None:
            raise ExportError(f"There is no partner named “{partner}”.")
        partner_id = found.id
    agreements = list_agreements(library, partner_id=partner_id, agreement_ids=agreement_ids)
    if agreement_ids is None:
        agreements.sort(key=lambda a: (fold(a.partner_name), a.date_signed, a.id))
    else:
        position = {agreement_id: i for i, agreement_id in enumerate(agreement_ids)}
        agreements.sort(key=lambda a: position[a.id])
    return agreements


def export_agreements(
    library: Library,
    destination: str | os.PathLike[str] | BinaryIO,
    *,
    partner: str | int | None = None,
    agreement_ids: Sequence[int] | None = None,
    encoding: str = DEFAULT_ENCODING,
) -> int:
    """Write agreements as CSV to ``destination`` (a path or a binary stream).

    Scope as :func:`select_agreements`. Returns the number of rows written.
    Raises :class:`ExportError` (unknown partner or encoding, a character
    the encoding cannot carry, a file that cannot be written); nothing is
    written then.
    """
    agreements = select_agreements(library, partner=partner, agreement_ids=agreement_ids)
    local_names = {p.id: p.local_name for p in list_partners(library)}
    data = render_csv(
        AGREEMENT_COLUMNS,
        (agreement_row(a, local_names) for a in agreements),
        encoding,
        record="agreement",
    )
    write_atomically(data, destination)
    return len(agreements)


def export_partners(
    library: Library,
    destination: str | os.PathLike[str] | BinaryIO,
    *,
    encoding: str = DEFAULT_ENCODING,
) -> int:
    """Write every partner as CSV, one row each with its agreement count.

    Returns the number of rows written; raises :class:`ExportError` as
    :func:`export_agreements`.
    """
    partners = list_partners(library)
    data = render_csv(PARTNER_COLUMNS, map(partner_row, partners), encoding, record="partner")
    write_atomically(data, destination)
    return len(partners)
