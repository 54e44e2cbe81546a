"""What an export holds: the records, the agreements' scope, what the window knows, the choice.

The plain values :class:`~desktop.dialogs.export_dialog.ExportDialog` and
:class:`~desktop.operations.export.ExportOperation` pass around, the words of the
scope choices and the encoding and headings combo boxes (catalogue context
``ExportDialog``, as the dialog's own), and the choices remembered in
QSettings for next time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QWidget

from db.csv.rows import listed
from db.i18n import translate as i18n
from db.partner_names import display_name
from desktop.support.messages import fill

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from db.csv.export import CsvFormat, ReportTable, Unencodable
    from db.schemas import PartnerRead

# Where the choices are remembered in QSettings.
_KEY = "export/"


class ExportScope(Enum):
    """Which agreements an export holds."""

    ALL = "all"
    PARTNER = "partner"
    SHOWN = "shown"
    SELECTED = "selected"


class RecordKind(Enum):
    """What a report lists, one row each."""

    AGREEMENTS = "agreements"
    PARTNERS = "partners"


@dataclass(frozen=True)
class ExportContext:
    """What the window knows when Export is chosen.

    ``shown_ids`` are the agreements the view shows, in view order;
    ``selected_ids`` the selected ones, in view order; ``partner`` the
    selected partner (``None``: "All agreements"); ``total`` the agreements
    in the library.
    """

    total: int
    shown_ids: Sequence[int] = ()
    selected_ids: Sequence[int] = ()
    partner: PartnerRead | None = None
    default_scope: ExportScope = ExportScope.ALL

    def scope_enabled(self, scope: ExportScope) -> bool:
        """Whether ``scope`` holds anything: a partner selected, rows shown or selected."""
        return {
            ExportScope.ALL: True,
            ExportScope.PARTNER: self.partner is not None,
            ExportScope.SHOWN: bool(self.shown_ids),
            ExportScope.SELECTED: bool(self.selected_ids),
        }[scope]


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose, and the table it makes (read when the dialog showed it)."""

    kind: RecordKind
    scope: ExportScope
    csv_format: CsvFormat
    table: ReportTable = field(repr=False)

    @property
    def encoding(self) -> str:
        """The chosen :data:`db.csv.choices.ENCODINGS` value."""
        return self.csv_format.encoding


def scope_text(context: ExportContext, scope: ExportScope) -> str:
    """The label of the radio button of ``scope``, with how many agreements it holds."""
    partner = context.partner
    if scope is ExportScope.PARTNER and partner is None:
        return QCoreApplication.translate("ExportDialog", "The selected &partner's agreements")
    if scope is ExportScope.PARTNER:
        assert partner is not None
        return fill(
            #: {partner} is the partner's name, {n} how many agreements it has.
            QCoreApplication.translate("ExportDialog", "&{partner}'s agreements ({n})"),
            partner=display_name(partner.name, partner.office_name).replace(
                "&", "&&"
            ),  # a name's & is no shortcut
            n=partner.agreement_count,
        )
    if scope is ExportScope.SHOWN:
        text = QCoreApplication.translate(
            "ExportDialog", "What the list &shows now ({n}), in its order"
        )
        return fill(text, n=len(context.shown_ids))
    if scope is ExportScope.SELECTED:
        text = QCoreApplication.translate("ExportDialog", "The selected &rows ({n})")
        return fill(text, n=len(context.selected_ids))
    text = QCoreApplication.translate("ExportDialog", "A&ll agreements ({n})")
    return fill(text, n=context.total)


def unencodable_lines(found: Sequence[Unencodable]) -> str:
    """One line per record Shift_JIS cannot write: its ID, name and the characters."""
    #: A record Shift_JIS cannot write: its {id}, {name}, and the {characters} it lacks.
    line = QCoreApplication.translate("ExportDialog", "ID {id} ({name}): {characters}")
    return "\n".join(
        fill(line, id=record.id, name=record.name, characters=listed(record.characters))
        for record in found
    )


def saved_kind() -> RecordKind:
    """The kind of records exported last time (agreements at first)."""
    kind = str(QSettings().value(_KEY + "records", RecordKind.AGREEMENTS.value))
    return RecordKind.PARTNERS if kind == RecordKind.PARTNERS.value else RecordKind.AGREEMENTS


def encoding_combo(parent: QWidget) -> QComboBox:
    """The choice of a report's encoding; data: a codec of :data:`db.csv.choices.ENCODINGS`."""
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("ExportDialog", "UTF-8 with BOM (Excel)"), "utf-8-sig")
    combo.addItem(QCoreApplication.translate("ExportDialog", "UTF-8 without BOM"), "utf-8")
    combo.addItem(
        QCoreApplication.translate("ExportDialog", "Shift_JIS (cp932, old Excel)"), "cp932"
    )
    combo.setToolTip(
        QCoreApplication.translate(
            "ExportDialog",
            "Excel on Japanese Windows opens “UTF-8 with BOM” correctly. "
            "Shift_JIS cannot carry Korean, Thai, Arabic or accented names.",
        )
    )
    return combo


def headings_combo(parent: QWidget) -> QComboBox:
    """The choice of the language of a report's headings and of the labels in its cells;
    data: a code of :data:`db.csv.choices.HEADER_LANGUAGES` (dates keep their own choice)."""
    combo = QComboBox(parent)
    combo.setObjectName("exportHeadings")
    #: A CSV report's column headings and labels (Type, Relationship) in English.
    combo.addItem(QCoreApplication.translate("ExportDialog", "English"), "en")
    #: A CSV report's column headings and labels in Japanese (締結日, 覚書), for colleagues.
    combo.addItem(QCoreApplication.translate("ExportDialog", "Japanese"), "ja")
    # The window's language by default (a choice saved last time still wins).
    combo.setCurrentIndex(max(combo.findData(i18n.language()), 0))
    combo.setToolTip(
        QCoreApplication.translate(
            "ExportDialog",
            "The language of the column headings and of the types and relationships in "
            "the cells; Accord imports either.",
        )
    )
    return combo


def saved_columns(kind: RecordKind) -> list[str]:
    """The columns chosen last time for ``kind``, in order (none saved: ``[]``)."""
    return settings_strings(QSettings().value(_KEY + "columns/" + kind.value, []))


def restore_combos(combos: Mapping[str, QComboBox]) -> None:
    """Choose in each combo box of ``combos`` (by settings name) the value saved last time."""
    settings = QSettings()
    for name, combo in combos.items():
        index = combo.findData(settings.value(_KEY + name))
        if index >= 0:
            combo.setCurrentIndex(index)


def remember_choices(
    kind: RecordKind, columns: Sequence[str], combos: Mapping[str, QComboBox]
) -> None:
    """Save the kind of records, its columns and each combo box's value for next time."""
    settings = QSettings()
    settings.setValue(_KEY + "records", kind.value)
    settings.setValue(_KEY + "columns/" + kind.value, list(columns))
    for name, combo in combos.items():
        settings.setValue(_KEY + name, combo.currentData())


def settings_strings(value: object) -> list[str]:
    """A QSettings list as strings (an INI file gives one item back as a plain string)."""
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value] if isinstance(value, (list, tuple)) else []
