"""Importing CSV: read, validate and match a file into a plan, then write it whole or not at all.

:func:`plan_import` writes nothing and returns an :class:`ImportPlan` (what
a preview shows); :func:`apply_import` writes a plan in one transaction.
The rules (DESIGN, "CSV contract"):

- Reading: :mod:`db.csv.read` (encoding, delimiter, header, row numbers);
  every cell neutralised by export comes back first
  (:func:`db.csv.export.unneutralise`). A header with a column only partners
  have (Kind, Date of affiliation, Agreements) and none only agreements
  have (Agreement, Type, Date signed...) is a partners file (``accord
  export --partners``, see :mod:`db.csv.import_partners`); any other header
  naming a known column is an agreements file. Unknown headers are reported, not
  imported; a header named twice refuses the file.
- A file may hold any subset of the columns in any order: for an update an
  absent column leaves its field unchanged; an addition needs Partner,
  Agreement and Date signed (Type defaults to memorandum of understanding).
  Documents (file names) are informative and never imported.
- Matching: by ID when the ID cell holds an existing agreement (rejected if
  partner, title and date signed all differ from it: the ID probably comes
  from another library); else by partner + title (case and accents ignored)
  + date signed; else an addition, which keeps the file's ID when the
  library has no agreement with it (so exporting a library and importing it
  into an empty one reproduces IDs and Supersedes links). Supersedes may
  name an ID of the library or of another row of the file. A row that would
  import the same agreement as an earlier row, reuse its ID, or duplicate an
  agreement (same partner, title and date) is rejected naming the other.
- A row's partner is found by English or local name (case and accents
  ignored). An unknown partner is listed in ``new_partners`` and created
  on apply only when allowed, from the row's Country, Relationship and
  Local name (kind city). When an existing partner's Country, Relationship
  or Local name in the file differs from the library, the partner is not
  changed (partners are changed by importing a partners file) and the row
  is not rejected: each such cell is listed in ``notices``.
- Text is kept exactly as the file has it, except for what the record
  validators clean (names and titles NFC and stripped, notes stripped);
  NFKC applies only to dates, headers and IDs.
- A ``?`` is never written in place of a character the library holds
  (Excel saving as cp932 writes ``?`` for each character it cannot carry,
  and any file may have been through it; :func:`db.csv.cells.repair`). A
  cell equal to the library's value but for such ``?`` keeps the library's
  value and is listed as kept, not as a change. A cell the user also edited
  gets those characters put back (a notice says which) and its other edits
  applied; a cell whose ``?`` stand where the library holds such characters
  but do not match them run for run rejects its row. Without an ID, a
  (partner, date signed) agreement whose title the row's is once mended is
  the same agreement (an update, never a near-duplicate). A damaged partner
  name that could be several partners rejects the row naming them; a new
  partner named with a ``?`` in an agreements file is refused. A ``?`` in
  other new text cannot be checked and is imported as it is.
- A column without a header that holds data is reported with the unknown
  columns (``column 2 (no header)``) and a notice; a Documents cell that
  differs from the agreement's documents gets a notice (documents are
  attached, never imported); a text cell with a control character other
  than tab, line feed and carriage return is rejected.
- Every rejection is a :class:`Problem` (row, column, one sentence naming
  the value); any rejected row (or a refused header) means nothing can be
  applied.
"""

from __future__ import annotations

import hashlib
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, select

from db import agreement_fields, partner_fields
from db.csv import import_agreements as agreements_file
from db.csv import import_partners as partners_file
from db.csv.agreement_life import stored_events
from db.csv.agreement_snapshot import agreement_facts
from db.csv.cells import excerpt
from db.csv.export import AGREEMENT_COLUMNS, PARTNER_COLUMNS
from db.csv.import_plan import (
    ImportKind,
    ImportPlan,
    ImportResult,
    Problem,
    RowAction,
    refuse_unless_applicable,
)
from db.csv.import_write import nothing_imported, write_agreements, write_partners
from db.csv.read import header_key, match_header, read_table
from db.errors import AccordError, CsvImportError
from db.i18n.translate import fill, translate
from db.models import Agreement, Document, Partner
from db.partners import list_partners
from db.server.roles import Action, require
from db.storage.bulk import paused_gc
from db.storage.files import reason
from db.text import fold
from db.trash import list_trash

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable

    from db.dates import DateOrder
    from db.library import Library
    from db.progress import Progress

# Columns only an agreements file has; only a partners file has the others.
_AGREEMENT_ONLY = frozenset(AGREEMENT_COLUMNS) - frozenset(PARTNER_COLUMNS)
_PARTNER_ONLY = frozenset(PARTNER_COLUMNS) - frozenset(AGREEMENT_COLUMNS)
# The fields a library's fingerprint covers: every field a person gives, and the time of
# the last change.
_AGREEMENT_FIELDS = ("id", *(f.name for f in agreement_fields.STORED), "updated_at")
_PARTNER_FIELDS = ("id", *(f.name for f in partner_fields.STORED), "updated_at")


def _read_source(source: str | os.PathLike[str] | bytes) -> tuple[bytes, str]:
    if isinstance(source, bytes):
        return source, ""
    path = Path(source)
    try:
        return path.read_bytes(), str(source)
    except FileNotFoundError:
        missing = translate("import", "There is no file {path}.")
        raise CsvImportError(fill(missing, path=path)) from None
    except IsADirectoryError:
        folder = translate("import", "{path} is a folder, not a CSV file.")
        raise CsvImportError(fill(folder, path=path)) from None
    except OSError as exc:
        message = translate("import", "{path} cannot be read: {reason}.")
        raise CsvImportError(fill(message, path=path, reason=reason(exc))) from exc


def _kind(header_columns: set[str]) -> ImportKind | None:
    """Return what a file holds: a partners file must have a column only partners have
    (so that agreements exported with a few columns are never read as partners)."""
    if not header_columns:
        return None
    if header_columns & _PARTNER_ONLY and not header_columns & _AGREEMENT_ONLY:
        return ImportKind.PARTNERS
    return ImportKind.AGREEMENTS


def library_digest(agreements: Iterable[Any], partners: Iterable[Any]) -> str:
    """Return a fingerprint of every agreement's and partner's fields (ORM or read values).

    :func:`apply_import` compares it with the plan's to find a library that
    changed since the preview. Records are taken in ID order (IDs are unique; sorting
    100,000 integers is twenty times faster than sorting their texts).
    """
    digest = hashlib.sha256()
    by_id = attrgetter("id")
    for fields, records in ((_AGREEMENT_FIELDS, agreements), (_PARTNER_FIELDS, partners)):
        in_order = sorted(records, key=by_id)
        text = "".join(map(repr, map(attrgetter(*fields), in_order)))  # tuples of the fields
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def plan_import(
    library: Library,
    source: str | os.PathLike[str] | bytes,
    *,
    date_order: DateOrder | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read, validate and match a CSV file (a path or its bytes); write nothing.

    ``date_order`` reads all-number dates such as ``08/07/2021``;
    ``progress(done, total)`` is called about every 1,000 rows. Raises
    :class:`CsvImportError` only for a file that cannot be read (missing, a
    folder, not text); everything wrong inside it is in the plan.
    """
    with paused_gc():
        return _plan(library, source, date_order, progress)


def _plan(
    library: Library,
    source: str | os.PathLike[str] | bytes,
    date_order: DateOrder | None,
    progress: Progress | None,
) -> ImportPlan:
    data, name = _read_source(source)
    table = read_table(data)
    known = set(AGREEMENT_COLUMNS) | set(PARTNER_COLUMNS)
    probe = match_header(table.header, sorted(known))
    kind = _kind({c for c in probe.columns if c})
    base: dict[str, Any] = {"source": name, "encoding": table.encoding,
                            "delimiter": table.delimiter}  # fmt: skip
    if not any(cell.strip() for cell in table.header):
        return ImportPlan(kind=ImportKind.AGREEMENTS, rows=(), file_problems=(
            translate("import", "The file is empty: it has no header row."),), **base)  # fmt: skip
    if kind is None:
        return ImportPlan(kind=ImportKind.AGREEMENTS, rows=(), file_problems=(
            translate("import", "The header names none of the columns Accord reads "
                      "(such as ID, Partner, Agreement, Date signed)."),),
            unknown_columns=tuple(probe.unknown), **base)  # fmt: skip
    columns = AGREEMENT_COLUMNS if kind is ImportKind.AGREEMENTS else PARTNER_COLUMNS
    match = match_header(table.header, columns)
    with library.session() as session:
        agreements = agreement_facts(session)
    partners = {p.id: p for p in list_partners(library)}
    digest = library_digest(agreements, partners.values())
    new_partners: dict[str, dict[str, Any]] = {}
    notices: list = []
    trashed = {fold(item.name): item.name for item in list_trash(library) if item.kind == "partner"}
    if kind is ImportKind.AGREEMENTS:
        snapshot = agreements_file.Snapshot(
            {a.id: a for a in agreements}, partners, trashed_partners=trashed,
            documents=_document_names(library) if match.has("Documents") else {},
            events=stored_events(library) if {"Events", "Date signed"} & set(match.columns) else {},
        )  # fmt: skip
        rows, new_partners, notices = agreements_file.plan_rows(
            snapshot, table.rows, match, len(table.header), order=date_order, progress=progress
        )
    else:
        rows, notices = partners_file.plan_rows(
            partners, table.rows, match, len(table.header), order=date_order,
            progress=progress, trashed_partners=trashed,
        )  # fmt: skip
    blank, blank_notices = _blank_columns(table.header, match.columns, table.rows)
    return ImportPlan(
        kind=kind,
        rows=tuple(rows),
        unknown_columns=tuple(match.unknown) + tuple(blank),
        new_partners=tuple(details["name"] for details in new_partners.values()),
        file_problems=tuple(match.problems),
        notices=tuple(blank_notices) + tuple(notices),
        library_digest=digest,
        partner_details=tuple(new_partners.items()),
        **base,
    )


def _blank_columns(
    header: list[str], columns: list[str | None], rows: list[tuple[int, list[str]]]
) -> tuple[list[str], list[Problem]]:
    """Return the columns without a header that hold data (``column 2 (no header)``), and a
    notice naming the first cell of each: such a column is not imported, never silently."""
    names: list[str] = []
    notices: list[Problem] = []
    for index, cell in enumerate(header):
        if columns[index] is not None or header_key(cell):
            continue
        for number, cells in rows:
            if index < len(cells) and cells[index].strip():
                unnamed = translate("import", "column {number} (no header)")
                names.append(fill(unnamed, number=index + 1))
                notices.append(
                    Problem(
                        number,
                        "",
                        fill(
                            translate(
                                "import",
                                "Column {value} has no header, so its cells (such as “{shown}”) "
                                "are not imported; name the column.",
                            ),
                            value=index + 1,
                            shown=excerpt(cells[index]),
                        ),
                    )
                )
                break
    return names, notices


def _document_names(library: Library) -> dict[int, list[str]]:
    """Return the names of every agreement's documents in use, in the order they were added."""
    d = Document.__table__  # type: ignore[attr-defined]
    query = (
        sa.select(d.c.agreement_id, d.c.original_name)
        .where(d.c.deleted_at.is_(None))
        .order_by(d.c.agreement_id, d.c.id)
    )
    names: dict[int, list[str]] = {}
    with library.session() as session:
        for agreement_id, name in session.connection().execute(query):
            names.setdefault(agreement_id, []).append(name)
    return names


def _records(session: Session, ids: list[int]) -> dict[int, Agreement]:
    """Return the ORM agreements ``ids`` (only those an import updates), by ID."""
    found: dict[int, Agreement] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(Agreement).where(Agreement.id.in_(chunk))  # type: ignore[union-attr]
        found.update((a.id, a) for a in session.exec(query).all() if a.id is not None)
    return found


def _begin_writing(session: Session) -> None:
    """Take the write lock now, so that the library cannot change between check and write."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        # Any UPDATE statement starts SQLite's write transaction, even one changing no row.
        session.execute(sa.update(Partner).where(sa.false()).values(name=Partner.name))
    elif dialect == "postgresql":
        session.execute(sa.text("LOCK TABLE partner, agreement IN SHARE ROW EXCLUSIVE MODE"))


def apply_import(
    library: Library,
    plan: ImportPlan,
    *,
    create_partners: bool = False,
    progress: Progress | None = None,
    replan: Callable[[], ImportPlan] | None = None,
) -> ImportResult:
    """Write ``plan`` in one transaction: every row, or (on any error) nothing.

    Raises :class:`CsvImportError` (one sentence, nothing written) when the
    plan has rejected rows or a refused header, names partners the library
    lacks and ``create_partners`` is false, the library changed since the
    plan was made, or the database refuses the change. A plan a person
    reviewed (the window's preview) is refused when the library changed; a
    caller with no preview (the command line) passes ``replan``, called then
    with the write lock held, and its plan (of the library as written) is
    applied in the same transaction: concurrent imports each apply once.
    """
    require(library.role, Action.IMPORT)
    refuse_unless_applicable(plan, create_partners)
    total = len(plan.rows)
    if progress is not None:
        progress(0, total)
    with paused_gc():
        result = _apply(library, plan, progress, replan, create_partners)
    if progress is not None:
        progress(total, total)
    return result


def _apply(
    library: Library,
    plan: ImportPlan,
    progress: Progress | None,
    replan: Callable[[], ImportPlan] | None,
    create_partners: bool,
) -> ImportResult:
    try:
        with library.session() as session:
            _begin_writing(session)
            partners = {p.id: p for p in session.exec(select(Partner)).all() if p.id}
            # The plan saw only records in use (agreement_facts/list_partners): the trash
            # must not count, or any library with something in it could never import.
            live_partners = [p for p in partners.values() if p.deleted_at is None]
            digest = library_digest(agreement_facts(session), live_partners)
            if digest != plan.library_digest and replan is not None:
                plan = replan()
                refuse_unless_applicable(plan, create_partners)
            if digest != plan.library_digest:
                sentence = translate(
                    "import", "The library changed since the preview; review the import again."
                )
                raise CsvImportError(sentence)
            if plan.kind is ImportKind.AGREEMENTS:
                known = set(session.exec(select(Agreement.id)).all())
                updated_ids = [r.record_id for r in plan.of(RowAction.UPDATE) if r.record_id]
                added, updated, created = write_agreements(
                    session, plan.rows, dict(plan.partner_details), known,  # type: ignore[arg-type]
                    _records(session, updated_ids), progress,
                )  # fmt: skip
            else:
                added, updated = write_partners(session, plan.rows, partners, progress)
                created = []
            session.commit()
    except AccordError as exc:
        if isinstance(exc, CsvImportError):
            raise
        raise nothing_imported(exc, library) from exc
    except sa.exc.SQLAlchemyError as exc:
        message = translate(
            "import", "Nothing was imported: the database refused the change ({name})."
        )
        raise CsvImportError(fill(message, name=type(exc).__name__)) from exc
    return ImportResult(
        added=tuple(added),
        updated=tuple(updated),
        partners_created=tuple(created),
        unchanged=len(plan.of(RowAction.UNCHANGED)),
    )
