"""Planning and writing a partners file (``accord export --partners``).

A row matches a partner by ID when the ID cell holds an existing partner
(unless its name, local name and country all differ: the ID then probably
comes from another library and the row is rejected), else by English or
local name (case and accents ignored, :func:`db.text.fold`); otherwise it
adds a partner, keeping the file's ID when the library has no partner with
it. "Agreements" (a count) is informative and never imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db.csv.cells import (
    PROGRESS_EVERY,
    Claims,
    RowState,
    damaged,
    in_file_order,
    in_the_trash,
    label_notice,
    row_cells,
)
from db.csv.damage import damaged_partner, has_lost
from db.csv.import_plan import FieldChange, PlannedRow, Problem, RowAction
from db.csv.readers import reader
from db.csv.stored import stored_notice
from db.enums import PartnerKind, Relationship
from db.errors import CellError
from db.i18n.translate import fill, language, translate
from db.partner_fields import FIELD_OF_COLUMN, PARTNER_FIELDS, STORED
from db.rules import name_refusal
from db.text import fold

if TYPE_CHECKING:
    from db.csv.read import HeaderMatch
    from db.dates import DateOrder
    from db.progress import Progress
    from db.schemas import PartnerRead

# Column → the partner's field it writes.
FIELDS = FIELD_OF_COLUMN
# The columns a partners file's import reads, and how: (text, date order) → value.
_READERS = {f.column: reader(f.read) for f in PARTNER_FIELDS if f.column and f.read}
# The text columns stored as db.text.clean or clean_notes gives them.
_TEXT = tuple(f.column for f in STORED if f.column and f.kind in ("text", "notes"))
# The label columns, with their enumerations.
_LABELS = tuple((f.column, f.enum) for f in STORED if f.column and f.enum)


def _parse(row: RowState, order: DateOrder | None) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column, read in _READERS.items():
        if column in row.cells:
            try:
                values[column] = read(row.cells[column], order)
            except CellError as exc:
                row.reject(column, str(exc))
    if "Partner" in values and not values["Partner"]:
        row.reject("Partner", translate("import", "A partner needs a name."))
    for column in ("Partner", "Local name", "Office-language name"):
        if (refusal := name_refusal(FIELDS[column], values.get(column))) is not None:
            row.reject(column, refusal)
    if "Country" in values and not values["Country"]:
        row.reject("Country", translate("import", "A partner needs a country."))
    for column, enum in _LABELS:
        if has_lost(row.cells.get(column, "")) and values.get(column) is not None:
            row.notice(column, label_notice(row.cells[column], enum(values[column])))
    restored = getattr(row.cells, "restored", ())
    for column in _TEXT:
        value = values.get(column)
        if value is not None and value != row.cells[column] and column not in restored:
            row.notice(column, stored_notice(row.cells[column], value))
    return values


def _match(row: RowState, values: dict[str, Any], partners: dict[int, PartnerRead],
           by_name: dict[str, PartnerRead]) -> PartnerRead | None:  # fmt: skip
    file_id = values.get("ID")
    if file_id is not None and file_id in partners:
        existing = partners[file_id]
        name, local, country = (
            values.get("Partner"),
            values.get("Local name"),
            values.get("Country"),
        )
        if (
            name is not None and fold(name) != fold(existing.name)
            and local and fold(local) != fold(existing.local_name)
            and country is not None and fold(country) != fold(existing.country)
        ):  # fmt: skip
            row.reject(
                "ID",
                fill(
                    translate(
                        "import",
                        "ID {file_id} in the library is {name} ({country}), and this row "
                        "differs in name, local name and country; the ID probably comes from "
                        "another library.",
                    ),
                    file_id=file_id,
                    name=existing.name,
                    country=existing.country,
                ),
            )
        return existing
    for column in ("Partner", "Local name", "Office-language name"):
        if values.get(column):
            found = by_name.get(fold(values[column]))
            if found is not None:
                return found
    return _damaged_match(row, values, partners)


def _damaged_match(
    row: RowState, values: dict[str, Any], partners: dict[int, PartnerRead]
) -> PartnerRead | None:
    """Return the one partner whose name a ``?``-damaged Partner cell is (Excel saving as
    Shift_JIS); reject the row when it could be several."""
    name = values.get("Partner") or ""
    if not has_lost(name):
        return None
    try:
        found = damaged_partner(name, partners.values())
    except CellError as error:
        row.reject("Partner", str(error))
        return None
    if found is not None and not damaged(name, found.name):
        row.keep("Partner", name, found.local_name)
        values["Partner"] = found.name
    return found


def plan_rows(
    partners: dict[int, PartnerRead],
    records: list[tuple[int, list[str]]],
    match: HeaderMatch,
    header_width: int,
    *,
    order: DateOrder | None,
    progress: Progress | None,
    trashed_partners: dict[str, str] | None = None,
) -> tuple[list[PlannedRow], list[Problem]]:
    """Return the planned rows of a partners file against the library's ``partners``, and
    its notices (``?`` put back from the library).

    ``trashed_partners`` maps the folded names of partners in the trash to
    their names: a new partner cannot take one (the names stay unique).
    """
    trashed_partners = trashed_partners or {}
    by_name: dict[str, PartnerRead] = {}
    for partner in partners.values():
        if partner.local_name:
            by_name.setdefault(fold(partner.local_name), partner)
    for partner in partners.values():
        by_name[fold(partner.name)] = partner
    states: list[tuple[RowState, PartnerRead | None]] = []
    for done, (number, raw) in enumerate(records, start=1):
        cells, problem = row_cells(number, raw, match.columns, header_width)
        row = RowState(number, cells)
        if problem is not None:
            row.problems.append(problem)
        values = _parse(row, order)
        row.file_id = values.get("ID")
        existing = None if row.problems else _match(row, values, partners, by_name)
        if existing is None and not row.problems:
            for column in ("Partner", "Country"):
                if column not in cells:
                    row.reject(
                        column,
                        fill(
                            translate("import", "A new partner needs a “{column}” cell."),
                            column=column,
                        ),
                    )
            trashed = trashed_partners.get(fold(values.get("Partner") or ""))
            if trashed is not None:
                row.reject("Partner", in_the_trash(trashed))
        if not row.problems:
            _compare(row, values, existing)
        states.append((row, existing))
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(records))
    _refuse_repeats(states, partners, by_name)
    if progress is not None:
        progress(len(records), len(records))
    for row, _ in states:
        row.problems = list(in_file_order(row.problems, match.columns))
    notices = [notice for row, _ in states if not row.problems for notice in row.notices]
    return [_finish(row, existing) for row, existing in states], notices


def _compare(row: RowState, values: dict[str, Any], existing: PartnerRead | None) -> None:
    for column, name in FIELDS.items():
        if column not in values:
            continue
        value = values[column]
        if value is None and column in ("Kind", "Relationship"):
            if existing is not None:
                continue
            value = PartnerKind.CITY if column == "Kind" else Relationship.COOPERATION_PARTNER
        if existing is not None and column in _TEXT:
            value = row.mend(column, value, getattr(existing, name))
        if column in getattr(row.cells, "restored", ()) and value is not None:
            stripped = existing is None or getattr(existing, name) != value
            if stripped or value != row.cells[column]:
                row.notice(column, stored_notice(row.cells[column], value, apostrophe=stripped))
        row.values[name] = value
    if existing is None:
        row.values["id"] = row.file_id
    else:
        row.record_id = existing.id


def _refuse_repeats(
    states: list[tuple[RowState, PartnerRead | None]],
    partners: dict[int, PartnerRead],
    by_name: dict[str, PartnerRead],
) -> None:
    claims = Claims("partner")
    seen_name: dict[str, int] = {}
    renamed = {row.record_id for row, _ in states if not row.problems and "name" in row.values}
    for row, existing in states:
        if row.problems or not claims.take(row):
            continue
        name = row.values.get("name", existing.name if existing else "")
        key = fold(name)
        if key in seen_name:
            twice = translate("import", "Row {row} already imports a partner named “{name}”.")
            row.reject("Partner", fill(twice, row=seen_name[key], name=name))
            continue
        seen_name[key] = row.number
        other = by_name.get(key)
        if (
            other is not None
            and other.id != row.record_id
            and fold(other.name) == key
            and other.id not in renamed
        ):
            row.reject(
                "Partner",
                fill(
                    translate("import", "There is already a partner named “{name}”."),
                    name=other.name,
                ),
            )


def _finish(row: RowState, existing: PartnerRead | None) -> PlannedRow:
    summary = " — ".join(
        row.cells.get(column, "").strip() for column in ("Partner", "Country")
        if row.cells.get(column, "").strip()
    )  # fmt: skip
    if row.problems:
        return PlannedRow(row.number, RowAction.REJECTED, summary, problems=tuple(row.problems))
    if existing is None:
        return PlannedRow(
            row.number, RowAction.ADD, summary, values=dict(row.values), kept=tuple(row.kept)
        )
    writes: dict[str, Any] = {}
    changes: list[FieldChange] = []
    for column, name in FIELDS.items():
        if name in row.values and row.values[name] != getattr(existing, name):
            new, old = row.values[name], getattr(existing, name)
            writes[name] = new
            changes.append(FieldChange(column, _show(old), _show(new)))
    return PlannedRow(
        row.number,
        RowAction.UPDATE if changes else RowAction.UNCHANGED,
        f"{existing.name} — {existing.country}",
        record_id=existing.id,
        values=writes,
        changes=tuple(changes),
        kept=tuple(row.kept),
    )


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (PartnerKind, Relationship)):
        return value.label_in(language())
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
