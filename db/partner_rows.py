"""The partner list's rows: every partner in use with its live agreement count and the
search text the list filters on, read without a pydantic model per partner."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import sqlalchemy as sa

from db.models import Agreement, Partner
from db.partner_names import display_name
from db.schemas import PartnerRead
from db.text import NameKey, name_order

if TYPE_CHECKING:
    import datetime as dt

    from db.enums import PartnerKind, Relationship
    from db.library import Library

_A = Agreement.__table__  # type: ignore[attr-defined]
_P = Partner.__table__  # type: ignore[attr-defined]


def partner_counts_statement() -> sa.Select:
    """Return the SELECT of (partner ID, live agreements) for every partner with one."""
    return (
        sa.select(_A.c.partner_id, sa.func.count())
        .where(_A.c.deleted_at.is_(None))
        .group_by(_A.c.partner_id)
    )


class PartnerRow(NamedTuple):
    """One partner as the partner list holds it: :class:`~db.schemas.PartnerRead`'s
    fields, plain, and its stored ``search_text``.

    About a fifth of a validated :class:`~db.schemas.PartnerRead` in memory
    (which keeps a dict and a set of its field names per record);
    :meth:`read` gives that when a command needs the record.
    ``search_text`` is :func:`db.search.terms.partner_search_text` without the
    notes, as migration 0004 and :mod:`db.search.index` keep it.
    """

    id: int
    name: str
    local_name: str
    office_name: str
    country: str
    kind: PartnerKind
    relationship: Relationship
    date_of_affiliation: dt.date | None
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    deleted_at: dt.datetime | None
    agreement_count: int
    search_text: str

    def read(self) -> PartnerRead:
        """Return this partner as a validated :class:`~db.schemas.PartnerRead`."""
        # pydantic's own validator: SQLModel's model_validate wraps it in Python
        # that table models need (six times slower).
        return _validate_partner(self._asdict())


_validate_partner = PartnerRead.__pydantic_validator__.validate_python
# The columns of :class:`PartnerRow`, in order (its count comes from a GROUP BY).
_PARTNER_COLUMNS = tuple(name for name in PartnerRow._fields if name != "agreement_count")


def partner_rows(library: Library, *, name_key: NameKey = name_order) -> list[PartnerRead]:
    """Return every partner not in the trash with its agreement count, by English name
    under ``name_key`` (the window's collation; :func:`db.text.name_order` where there is
    none).

    The counts come from one GROUP BY over the live agreements (an index
    scan), not from a subquery per partner. Raises
    :class:`~db.errors.LibraryError` when the database cannot be read.
    """
    return [row.read() for row in partner_list_rows(library, name_key=name_key)]


def partner_list_rows(library: Library, *, name_key: NameKey = name_order) -> list[PartnerRow]:
    """Return :func:`partner_rows` as light :class:`PartnerRow` values, with their search text.

    What the partner list holds: no pydantic model per partner (2,000 of
    them at start-up). Raises :class:`~db.errors.LibraryError` when the
    database cannot be read.
    """
    statement = sa.select(*(_P.c[name] for name in _PARTNER_COLUMNS)).where(
        _P.c.deleted_at.is_(None)
    )
    make = PartnerRow._make
    with library.session() as session:
        connection = session.connection()
        counts: dict[int, int] = dict(connection.execute(partner_counts_statement()).all())
        # Each result row becomes its PartnerRow as it is read: the result rows
        # are never all held at once beside the partners (a third more memory).
        rows = [
            make((*row[:-1], counts.get(row[0], 0), row[-1] or ""))
            for row in connection.execute(statement)
        ]
    rows.sort(key=lambda row: name_key(display_name(row.name, row.office_name)))
    return rows
