"""What a CSV import would do, before it does anything: the values a preview shows.

:func:`db.csv.importer.plan_import` reads a file into an :class:`ImportPlan`;
:func:`db.csv.importer.apply_import` writes a plan whole, or nothing. Row
numbers are the spreadsheet's: the header is row 1, the first record row 2
(what Excel shows at the left of the row), counting a cell's embedded line
breaks as part of its row, not as new rows.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from db.errors import CsvImportError
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate


class RowAction(enum.Enum):
    """What importing a row does to the library."""

    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        """English label for a preview ("Will be added"...)."""
        return {
            RowAction.ADD: translate("import", "Will be added"),
            RowAction.UPDATE: translate("import", "Will be updated"),
            #: what the import does with a row: nothing, it is as in the library
            RowAction.UNCHANGED: translate("import", "Unchanged"),
            #: what the import does with a row: refuses it
            RowAction.REJECTED: translate("import", "Rejected"),
        }[self]


class ImportKind(enum.Enum):
    """What a file holds, told by its header: agreements or partners (``export --partners``)."""

    AGREEMENTS = "agreements"
    PARTNERS = "partners"


@dataclass(frozen=True)
class Problem:
    """One reason a row cannot be imported: ``column`` is the file's header ("" for the row)."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        if self.column:
            where = translate("import", "Row {row}, column “{column}”: {reason}")
        else:
            where = translate("import", "Row {row}: {reason}")
        # The column as the chosen language heads it (a heading of context "csv", as
        # db.csv.choices.shown_column names it; a column Accord does not know: as written).
        # Not shown_column itself: the column headings come from the field tables, whose
        # cell readers sit on this module.
        column = translate("csv", self.column)
        return fill(where, row=self.row, column=column, reason=self.reason)


@dataclass(frozen=True)
class FieldChange:
    """One field an update changes, as the preview shows it (both values as text)."""

    column: str
    old: str
    new: str


@dataclass(frozen=True)
class KeptValue:
    """A cell the file damaged (``?`` where the library holds a character the
    file's encoding cannot carry): the library's value is kept, not overwritten."""

    row: int
    column: str
    file_value: str
    kept_value: str


@dataclass(frozen=True)
class PlannedRow:
    """One record row of the file and what importing it does.

    ``record_id`` is the existing record an update/unchanged row matched
    (``None`` for additions and rejections); ``values`` are the validated
    fields the row writes (use-case field names, e.g. ``title``,
    ``date_signed`` as :class:`datetime.date`), empty for a rejected row.
    """

    row: int
    action: RowAction
    summary: str
    record_id: int | None = None
    values: dict[str, object] = field(default_factory=dict)
    changes: tuple[FieldChange, ...] = ()
    problems: tuple[Problem, ...] = ()
    kept: tuple[KeptValue, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    """Everything a preview shows about a file, and all :func:`apply_import` needs.

    ``encoding`` is the codec the file was read with (``utf-8-sig``,
    ``utf-8`` or ``cp932``); ``delimiter`` the one sniffed; ``unknown_columns``
    headers that match no column (reported, their cells not imported);
    ``new_partners`` names of partners the file names and the library lacks
    (created only with ``create_partners``); ``file_problems`` reasons the
    whole file is refused (no header, no Partner column...), each a sentence;
    ``notices`` cells that are read but not applied (an existing partner's
    details in an agreements file) or read other than as written (white
    space trimmed, a label Excel damaged read back: :mod:`db.csv.stored`),
    so that nothing is dropped or changed silently;
    ``library_digest`` and ``partner_details`` are for :func:`apply_import`
    (is the library still as planned; what to create new partners with).
    """

    source: str
    kind: ImportKind
    encoding: str
    delimiter: str
    rows: tuple[PlannedRow, ...]
    unknown_columns: tuple[str, ...] = ()
    new_partners: tuple[str, ...] = ()
    file_problems: tuple[str, ...] = ()
    notices: tuple[Problem, ...] = ()
    read_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    # Fingerprint of the library the plan was made against (see db.csv.importer).
    library_digest: str = field(default="", repr=False, compare=False)
    # Each new partner's fields for creating it: (folded name, PartnerCreate fields).
    partner_details: tuple[tuple[str, dict[str, object]], ...] = field(
        default=(), repr=False, compare=False
    )

    def of(self, action: RowAction) -> tuple[PlannedRow, ...]:
        """Return the rows with ``action``, in file order."""
        return tuple(row for row in self.rows if row.action is action)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem of every rejected row, in file order."""
        return tuple(problem for row in self.rows for problem in row.problems)

    @property
    def kept(self) -> tuple[KeptValue, ...]:
        """Every damaged cell whose library value is kept."""
        return tuple(kept for row in self.rows for kept in row.kept)

    @property
    def can_apply(self) -> bool:
        """True when nothing is rejected: a file imports whole or not at all."""
        return not self.file_problems and not self.of(RowAction.REJECTED)

    @property
    def changes_anything(self) -> bool:
        """True when applying would add or update at least one record."""
        return bool(self.of(RowAction.ADD) or self.of(RowAction.UPDATE))


@dataclass(frozen=True)
class ImportResult:
    """What :func:`apply_import` wrote: IDs of the records added, updated, and partners created."""

    added: tuple[int, ...]
    updated: tuple[int, ...]
    partners_created: tuple[int, ...]
    unchanged: int = 0


def refuse_unless_applicable(plan: ImportPlan, create_partners: bool) -> None:
    """Raise :class:`CsvImportError` unless ``plan`` can be applied (``apply_import``)."""
    if plan.file_problems:
        raise CsvImportError(plan.file_problems[0])
    if rejected := plan.of(RowAction.REJECTED):
        text = QT_TRANSLATE_NOOP(
            "import",
            "%n row(s) of the file rejected (the first is row {row}); nothing was imported.",
            None,
            1,
        )
        raise CsvImportError(
            fill(translate("import", text, None, len(rejected)), row=rejected[0].row)
        )
    if plan.new_partners and not create_partners:
        names, count = ", ".join(plan.new_partners[:3]), len(plan.new_partners)
        text = QT_TRANSLATE_NOOP(
            "import",
            "The file names %n partner(s) the library does not have ({names}); allow creating "
            "them.",
            None,
            1,
        )
        names += ", ..." if count > 3 else ""
        raise CsvImportError(fill(translate("import", text, None, count), names=names))
