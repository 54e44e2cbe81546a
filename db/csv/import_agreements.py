"""Planning and writing an agreements file (the rules are in :mod:`db.csv.importer`).

:func:`plan_rows` turns the file's rows into :class:`PlannedRow` values
against a :class:`Snapshot` of the library, touching no database;
:func:`write` applies them inside the caller's session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from db.agreement_fields import DEFAULTS, PARTNER_DETAILS, STORED
from db.csv.agreement_cells import notice_changes, parse, steps
from db.csv.agreement_finish import check_supersedes, finish, refuse_repeats
from db.csv.agreement_life import check_life, mend_damage
from db.csv.agreement_snapshot import (
    FIELDS,
    AgreementFacts,
    PartnerRef,
    Snapshot,
    match_key,
)
from db.csv.cells import (
    PROGRESS_EVERY,
    CellPicker,
    RowState,
    damaged,
    excerpt,
    in_file_order,
    in_the_trash,
    repair,
)
from db.csv.choices import shown_column
from db.csv.damage import damaged_partner, has_lost
from db.csv.export import LIST_SEPARATOR
from db.csv.import_plan import PlannedRow, Problem, RowAction
from db.enums import PartnerKind, Relationship
from db.errors import CellError
from db.i18n.translate import fill, language, translate
from db.partner_names import display_name
from db.schemas import clean_areas
from db.text import Folds

if TYPE_CHECKING:
    from collections.abc import Iterable

    from db.csv.read import HeaderMatch
    from db.dates import DateOrder
    from db.progress import Progress

# The column naming the agreement's partner (matched, see _Planner.partner_of).
_PARTNER = next(f.column for f in STORED if f.kind == "partner")
# The agreement's label columns (an empty cell: unchanged, or the default of an addition).
_LABELS = tuple(f.column for f in STORED if f.column and f.kind == "label")
# The agreement's text columns a spreadsheet may have damaged, mended against the
# library's value (True: a list).
_MENDED = {f.column: f.kind == "list" for f in STORED if f.column and f.kind in
           ("text", "notes", "list")}  # fmt: skip
# Partner details whose empty cell says "none" (export writes them); other empty cells say nothing.
_EMPTY_MEANS_NONE = frozenset({"Local name", "Office-language name"})


class _Planner:
    """One planning run over an agreements file (state shared by its passes)."""

    def __init__(
        self, snapshot: Snapshot, order: DateOrder | None, columns: Iterable[str] = ()
    ) -> None:
        self.snapshot = snapshot
        self.order = order
        self.new_partners: dict[str, dict[str, Any]] = {}
        self.new_names: dict[str, str] = {}
        self.notices: list[Problem] = []
        # (partner, Country, Local name, Relationship) of rows that gave no notice.
        self.quiet_details: set[tuple[Any, ...]] = set()
        # How the file's columns are read (see _steps).
        self.steps = steps(columns, order)
        # fold() remembered for this file: partner names and titles repeat.
        self.fold = Folds()

    def partner_of(self, row: RowState, name: str, file_id: int | None = None) -> PartnerRef:
        """Return the existing partner's ID named ``name`` (a damaged name too: the partner of
        the agreement ``file_id`` names when the damage fits it), else its key."""
        found = self.snapshot.partner_by_name.get(self.fold[name])
        if found is None and has_lost(name):
            existing = self.snapshot.agreements.get(file_id) if file_id is not None else None
            preferred = self.snapshot.partners.get(existing.partner_id) if existing else None
            try:
                found = damaged_partner(name, self.snapshot.partners.values(), preferred)
            except CellError as error:
                row.reject("Partner", str(error))
                return self.fold[name]
            if found is None:
                row.reject(
                    "Partner",
                    fill(
                        translate(
                            "import",
                            "“{shown}” is not a partner of the library and looks like a name a "
                            "spreadsheet damaged (“?” in place of characters); type the name "
                            "again.",
                        ),
                        shown=excerpt(name),
                    ),
                )
                return self.fold[name]
            row.keep("Partner", name, found.name if damaged(name, found.name) else found.local_name)
        if found is not None:
            return found.id
        key = self.fold[name]
        if key in self.snapshot.trashed_partners:
            row.reject("Partner", in_the_trash(self.snapshot.trashed_partners[key]))
        self.new_names.setdefault(key, name)
        return key

    def match(self, row: RowState, values: dict[str, Any]) -> AgreementFacts | None:
        """Return the existing agreement the row updates, ``None`` for an addition."""
        snapshot = self.snapshot
        file_id = values.get("ID")
        partner = row.values.get("partner_id")
        title, signed = values.get("Agreement"), values.get("Date signed")
        if file_id is not None and file_id in snapshot.agreements:
            existing = snapshot.agreements[file_id]
            if (  # all three differ (the usual row stops at the first)
                partner is not None
                and partner != existing.partner_id
                and title is not None
                and self.fold[title] != self.fold[existing.title]
                and signed is not None
                and signed != existing.date_signed
            ):
                row.reject(
                    "ID",
                    fill(
                        translate(
                            "import",
                            "ID {file_id} in the library is “{title}” of {partner_name} signed "
                            "on {isoformat}, and this row differs in partner, title and date; "
                            "the ID probably comes from another library.",
                        ),
                        file_id=file_id,
                        title=existing.title,
                        partner_name=existing.partner_name,
                        isoformat=existing.date_signed.isoformat(),
                    ),
                )
            return existing
        if partner is None or title is None or signed is None:
            return None
        found = snapshot.by_key.get(match_key(partner, title, signed, self.fold))
        if found is None and isinstance(partner, int) and has_lost(title):
            candidates = [
                snapshot.agreements[i]
                for i in snapshot.by_partner_date.get((partner, signed), [])
                if self._repairs_to(title, snapshot.agreements[i].title)
            ]
            found = candidates[0].id if len(candidates) == 1 else None
        return snapshot.agreements[found] if found is not None else None

    def _repairs_to(self, title: str, library_title: str) -> bool:
        """Return whether ``title`` with the ``?`` Excel put in place of characters of
        ``library_title`` put back is that title (case and accents ignored)."""
        try:
            fixed = repair(title, library_title)
        except CellError:
            return False
        return fixed is not None and self.fold[fixed.value] == self.fold[library_title]

    def plan(self, row: RowState) -> None:
        """Parse and match one row, filling ``row`` (its values, or its problems)."""
        values = parse(row, self.steps)
        row.file_id = values.get("ID")
        if values.get("Partner"):
            row.values["partner_id"] = self.partner_of(row, values["Partner"], row.file_id)
        existing = self.match(row, values)
        if existing is None and not row.problems:
            for column in ("Partner", "Agreement", "Date signed"):
                if column not in row.cells:
                    row.reject(
                        column,
                        fill(
                            translate("import", "A new agreement needs a “{column}” cell."),
                            column=column,
                        ),
                    )
        if row.problems:
            return
        new_partner = isinstance(row.values.get("partner_id"), str)
        notice_changes(row, values, self.steps, new_partner=new_partner, existing=existing)
        self.compare(row, values, existing)
        mend_damage(row, existing, self.snapshot.events)
        check_life(row, existing, self.snapshot.events)
        self.partner_details(row, values)
        if "Documents" in row.cells:
            self.documents(row, existing)

    def documents(self, row: RowState, existing: AgreementFacts | None) -> None:
        """Notice a Documents cell that differs from the library's: documents are attached in
        the window or with ``accord attach``, never imported."""
        text = row.cells["Documents"]
        held = self.snapshot.documents.get(existing.id) if existing is not None else None
        if not held:
            if not text.strip():
                return
        else:
            joined = LIST_SEPARATOR.join(held)
            if text == joined:  # as exported: the usual cell
                return
            names = [name.strip() for name in text.split(";") if name.strip()]
            if sorted(names) == sorted(held) or damaged(text.strip(), joined):
                return
        row.notice(
            "Documents",
            translate(
                "import",
                "Documents are not imported; attach PDFs in the window or with accord attach.",
            ),
        )

    def compare(
        self, row: RowState, values: dict[str, Any], existing: AgreementFacts | None
    ) -> None:
        """Fill ``row.values`` with the fields the row writes, keeping damaged cells' values."""
        for column, name in FIELDS.items():
            if column not in values or column == _PARTNER:
                continue
            value = values[column]
            if value is None and column in _LABELS:  # an empty label cell
                if existing is not None:
                    continue
                value = DEFAULTS[name]
            if existing is not None and column in _MENDED:
                is_list = _MENDED[column]
                text = LIST_SEPARATOR.join(value) if is_list else value
                if not has_lost(text):  # the usual cell: nothing Excel could have damaged
                    row.values[name] = value
                    continue
                old = getattr(existing, name)
                old_text = LIST_SEPARATOR.join(old) if is_list else old
                mended = row.mend(column, text, old_text)
                if mended is not text:
                    value = old if mended == old_text else mended
                    if is_list and mended != old_text:
                        value = clean_areas(mended)
            row.values[name] = value
        if existing is None:
            for column in _LABELS:
                row.values.setdefault(FIELDS[column], DEFAULTS[FIELDS[column]])
            row.values["id"] = row.file_id
        else:
            row.record_id = existing.id

    def partner_details(self, row: RowState, values: dict[str, Any]) -> None:
        """Compare Country, Local name, Office-language name and Relationship with the
        partner's; note differences."""
        partner = row.values.get("partner_id")
        if partner is None:
            return
        # Rows of one partner mostly repeat its details: a set that gave no notice and kept
        # nothing gives none again (a new partner's details, once set, never change).
        seen = (partner, values.get("Country"), values.get("Local name"),
                values.get("Office-language name"), values.get("Relationship"))  # fmt: skip
        if seen in self.quiet_details:
            return
        before = (len(self.notices), len(row.kept))
        self._partner_details(row, values, partner)
        if (len(self.notices), len(row.kept)) == before:
            self.quiet_details.add(seen)

    def _partner_details(self, row: RowState, values: dict[str, Any], partner: PartnerRef) -> None:
        if isinstance(partner, str):
            details = self.new_partners.setdefault(
                partner, {"name": values["Partner"], "kind": PartnerKind.CITY}
            )
            for column, name in PARTNER_DETAILS.items():
                value = values.get(column)
                if value and not details.get(name):
                    details[name] = value
                elif value and details.get(name) != value:
                    self.notices.append(
                        Problem(
                            row.number,
                            column,
                            fill(
                                translate(
                                    "import",
                                    "{partner}'s {column} is “{value}” in an earlier row; the "
                                    "first value is used.",
                                ),
                                partner=details["name"],
                                column=_in_sentence(column),
                                value=_label(details[name]),
                            ),
                        )
                    )
            return
        current = self.snapshot.partners[partner]
        for column, name in PARTNER_DETAILS.items():
            value = values.get(column)
            if value is None or (value == "" and column not in _EMPTY_MEANS_NONE):
                continue
            old = getattr(current, name)
            if value == old:
                continue
            if isinstance(value, str) and damaged(value, old):
                row.keep(column, value, old)
                continue
            self.notices.append(
                Problem(
                    row.number,
                    column,
                    fill(
                        translate(
                            "import",
                            "{partner}'s {column} in the library is {value}; partner details "
                            "are changed by importing a partners file.",
                        ),
                        partner=display_name(current.name, current.office_name),
                        column=_in_sentence(column),
                        value=_quoted(_label(old)),
                    ),
                )
            )


def _label(value: Any) -> str:
    return value.label_in(language()) if isinstance(value, Relationship) else str(value)


def _in_sentence(column: str) -> str:
    """A column as a sentence names it: lower case in English ("office-language name"),
    its heading in another language (日本語名)."""
    return column.lower() if language() == "en" else shown_column(column)


def _quoted(text: str) -> str:
    if not text:
        #: A partner detail the library leaves empty, in "Paris's country in the library is empty".
        return translate("import", "empty", "a value that is empty")
    return fill(translate("import", "“{text}”", "a value quoted"), text=text)


def plan_rows(
    snapshot: Snapshot,
    records: list[tuple[int, list[str]]],
    match: HeaderMatch,
    header_width: int,
    *,
    order: DateOrder | None,
    progress: Progress | None,
) -> tuple[list[PlannedRow], dict[str, dict[str, Any]], list[Problem]]:
    """Return the planned rows, the new partners (folded name → PartnerCreate fields)
    and the notices of an agreements file."""
    planner = _Planner(snapshot, order, [c for c in match.columns if c is not None])
    states: list[RowState] = []
    pick = CellPicker(match.columns, header_width)
    for done, (number, raw) in enumerate(records, start=1):
        cells, problem = pick(number, raw)
        row = RowState(number, cells)
        if problem is not None:
            row.problems.append(problem)
        planner.plan(row)
        states.append(row)
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(records))
    refuse_repeats(states, snapshot, planner.fold)
    check_supersedes(states, snapshot)
    notices = planner.notices + [n for row in states if not row.problems for n in row.notices]
    notices.sort(key=lambda notice: notice.row)
    for key, details in planner.new_partners.items():
        if not details.get("country"):
            for row in states:
                if row.values.get("partner_id") == key and not row.problems:
                    row.reject(
                        "Country",
                        fill(
                            translate("import", "“{name}” is a new partner and needs a country."),
                            name=details["name"],
                        ),
                    )
    for row in states:
        if len(row.problems) > 1:  # one or none is in order already
            row.problems = list(in_file_order(row.problems, match.columns))
    rows = [finish(row, snapshot, planner.new_names) for row in states]
    if progress is not None:
        progress(len(records), len(records))
    used = {row.values.get("partner_id") for row in rows if row.action is not RowAction.REJECTED}
    new_partners = {key: d for key, d in planner.new_partners.items() if key in used}
    return rows, new_partners, notices
