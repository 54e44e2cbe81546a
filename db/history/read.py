"""Reading the history of a record, oldest first; :mod:`db.storage.history_recorder` writes it.

Every change made through the sessions a :class:`~db.library.Library` gives is
kept, append-only, in :class:`~db.models.History` (:mod:`db.storage.history_recorder`);
this module lists one record's entries as a person reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import col, select

from db.errors import NotFoundError
from db.history.labels import ACTION_LABELS, FIELD_LABELS, NO_SUCH, NOT_A_KIND
from db.history.values import history_value
from db.i18n.translate import fill, translate
from db.models import History
from db.storage.history_recorder import KINDS, as_utc

if TYPE_CHECKING:
    import datetime as dt

    from db.library import Library


@dataclass(frozen=True)
class HistoryEntry:
    """One entry of a record's history, as :func:`record_history` returns it.

    ``at`` is an aware UTC datetime; ``field`` is the attribute name
    (``"title"``) or ``None``; values are text as shown to a person.
    """

    at: dt.datetime
    user: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None

    @property
    def field_label(self) -> str:
        """The field as a person reads it ("Date signed"), "" when there is none."""
        if self.field is None:
            return ""
        label = FIELD_LABELS.get(self.field)
        return translate("history", label) if label else self.field.replace("_", " ").capitalize()

    @property
    def action_label(self) -> str:
        """The action as a history line says it ("created", "changed"...), translated."""
        label = ACTION_LABELS.get(self.action)
        return self.action if label is None else translate("history", label)

    @property
    def detail(self) -> str:
        """What changed, in one line: ``Title: “old” → “new”``, ``jo.pdf``, or ""."""
        values = {
            "field": self.field_label,
            "old": history_value(self.field, self.old_value),
            "new": history_value(self.field, self.new_value),
        }
        if self.action == "changed":
            return fill(translate("history", "{field}: “{old}” → “{new}”"), **values)
        if self.action == "created" and self.field:
            return fill(translate("history", "{field}: “{new}”"), **values)
        return self.new_value or self.old_value or ""


def record_history(library: Library, kind: str, record_id: int) -> list[HistoryEntry]:
    """Return the history of one record, oldest first.

    ``kind`` is ``"partner"``, ``"agreement"`` or ``"document"``. A record
    in the trash, or deleted for good, still has its history. Raises
    ``ValueError`` for an unknown ``kind``.
    """
    if kind not in KINDS.values():
        raise ValueError(fill(translate("history", NOT_A_KIND), kind=kind))
    query = (
        select(History)
        .where(History.record_kind == kind, History.record_id == record_id)
        .order_by(col(History.id))
    )
    with library.session() as session:
        return [
            HistoryEntry(
                at=as_utc(row.at),
                user=row.user,
                action=row.action,
                field=row.field,
                old_value=row.old_value,
                new_value=row.new_value,
            )
            for row in session.exec(query).all()
        ]


def last_change(library: Library, kind: str, record_id: int) -> HistoryEntry | None:
    """Return the newest entry of a record's history, ``None`` when it has none."""
    entries = record_history(library, kind, record_id)
    return entries[-1] if entries else None


def require_history_or_record(library: Library, kind: str, record_id: int) -> list[HistoryEntry]:
    """Return :func:`record_history`; raise :class:`NotFoundError` if the record never existed.

    A record with no history (one of the built-in records, never changed)
    gives an empty list.
    """
    entries = record_history(library, kind, record_id)
    if entries:
        return entries
    model = next(model for model, name in KINDS.items() if name == kind)
    with library.session() as session:
        if session.get(model, record_id) is None:
            raise NotFoundError(fill(translate("history", NO_SUCH[kind]), id=record_id))
    return []
