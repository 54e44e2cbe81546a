"""Writing a planned import in the caller's session (one transaction).

Added agreements (and the partners an agreements file creates) are
inserted in bulk, one ``executemany`` per table, with what the ORM hooks
would give them: version 1, timestamps, ``search_text``, and one
``created`` history entry each (:func:`db.storage.history_recorder.record_created`), so that
100,000 rows take seconds, not minutes; their events (an Events column) are inserted
in bulk with them. Updates go through ORM
objects, so that session events (history per changed field, versions) see
every change, and changed events go through :func:`db.lifecycle.events.set_events`
(their history line); a partners file is written through the ORM too.

An added record keeps the file's ID unless a record in the trash holds it
(the plan sees records in use only); the others take the next free IDs in
file order, as SQLite would give them; PostgreSQL's sequence is then moved
past them. Supersedes links are set after every row exists, so that a row
may name one that comes later in the file.
"""

from __future__ import annotations

from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from db import agreement_fields, partner_fields
from db.csv.agreement_life import EVENT_COLUMNS, added_expiry, event_rows
from db.csv.cells import PROGRESS_EVERY
from db.csv.import_plan import PlannedRow, RowAction
from db.enums import Relationship
from db.errors import CsvImportError
from db.i18n.translate import fill, translate
from db.library import READ_ONLY_CHANGE, Library
from db.lifecycle.events import set_events
from db.models import Agreement, AgreementEvent, Partner, utcnow
from db.search.index import AGREEMENT_PARTS, PARTNER_PARTS, agreement_texts, partner_text
from db.search.writer import replace_agreement_units, replace_partner_units
from db.storage.bulk import indexes_rebuilt, insert_rows
from db.storage.history_recorder import KINDS, record_created

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from sqlmodel import Session

    from db.progress import Progress

# What an added record's row holds when the file lacks the column (the models' defaults).
_AGREEMENT_DEFAULTS: dict[str, Any] = agreement_fields.DEFAULTS
_PARTNER_DEFAULTS: dict[str, Any] = partner_fields.DEFAULTS


def write_agreements(
    session: Session,
    rows: Iterable[PlannedRow],
    new_partners: dict[str, Any],
    known_ids: set[int],
    updated_records: dict[int, Agreement],
    progress: Progress | None = None,
) -> tuple[list[int], list[int], list[int]]:
    """Write planned agreement rows; return the IDs added, updated, and of partners created.

    ``new_partners`` maps a new partner's folded name (as rows name it) to
    its fields; ``known_ids`` are the IDs of every agreement (the trash's
    too); ``updated_records`` the session's agreements the rows update, by
    ID. Additions and new partners are inserted in bulk (see
    :func:`_insert_bulk`); updates go through the ORM, so their history and
    versions are the use cases'.
    """
    rows = list(rows)
    now = utcnow()
    partner_rows: list[dict[str, Any]] = []
    partner_ids: dict[str, int] = {}
    next_partner = _max_id(session, "partner") + 1
    for key, details in new_partners.items():
        fields: dict[str, Any] = {
            "relationship": Relationship.COOPERATION_PARTNER,
            "local_name": "",
            **details,
        }
        partner_ids[key] = next_partner
        partner_rows.append({"id": next_partner, **fields})
        next_partner += 1

    def partner_id(value: int | str) -> int:
        return value if isinstance(value, int) else partner_ids[value]

    kept: list[int] = [
        int(file_id)  # type: ignore[call-overload]
        for row in rows
        if row.action is RowAction.ADD
        and (file_id := row.values.get("id")) is not None
        and file_id not in known_ids
    ]
    next_id = max([_max_id(session, "agreement"), *kept]) + 1
    added: list[dict[str, Any]] = []
    by_file_id: dict[int, int] = {}
    links: list[tuple[int, int]] = []
    updates: list[tuple[Agreement, dict[str, Any]]] = []
    events: list[tuple[Any, ...]] = []  # the added agreements' (EVENT_COLUMNS)
    for done, row in enumerate(rows, start=1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(rows))
        values: dict[str, Any] = dict(row.values)
        supersedes = values.pop("supersedes_id", None)
        if "partner_id" in values:
            values["partner_id"] = partner_id(values["partner_id"])
        if row.action is RowAction.ADD:
            file_id = values.pop("id", None)
            if file_id is not None and file_id not in known_ids:
                new_id = file_id  # else a record in the trash holds it: a new ID
            else:
                new_id, next_id = next_id, next_id + 1
            if file_id is not None:
                by_file_id[file_id] = new_id
            if "events" in values:
                added_expiry(values, values["events"])
                events += event_rows(new_id, values.pop("events"))
            added.append({"id": new_id, **values})
            if supersedes is not None:
                links.append((new_id, supersedes))
        elif row.action is RowAction.UPDATE:
            assert row.record_id is not None
            updates.append((updated_records[row.record_id], values))
            if "supersedes_id" in row.values:
                links.append((row.record_id, supersedes))
    _insert_bulk(session, Partner, partner_rows, now)
    _insert_bulk(session, Agreement, added, now)
    insert_rows(session.connection(), AgreementEvent.__table__, EVENT_COLUMNS, events)  # type: ignore[attr-defined]
    _advance_sequence(session, "partner")
    _advance_sequence(session, "agreement")
    added_ids = {a["id"] for a in added}
    new_links = {new_id: target for new_id, target in links if new_id in added_ids}
    if new_links:
        table = Agreement.__table__  # type: ignore[attr-defined]
        session.connection().execute(
            sa.update(table)
            .where(table.c.id == sa.bindparam("agreement_id"))
            .values(supersedes_id=sa.bindparam("target")),
            [{"agreement_id": new_id, "target": by_file_id.get(target, target)}
             for new_id, target in new_links.items()],
        )  # fmt: skip
    old_links = {record_id: target for record_id, target in links if record_id not in added_ids}
    for agreement, values in updates:
        new_events = values.pop("events", None)
        for name, value in values.items():
            setattr(agreement, name, value)
        if new_events is not None:  # their history too; a new renewal may move the expiry
            set_events(session, agreement, new_events, keep_expiry="expires_on" in values)
        agreement.updated_at = now
        if agreement.id in old_links:
            target = old_links[agreement.id]
            agreement.supersedes_id = by_file_id.get(target, target) if target else None
    session.flush()
    return (
        [a["id"] for a in added],
        [agreement.id for agreement, _ in updates if agreement.id is not None],
        list(partner_ids.values()),
    )


def _max_id(session: Session, table: str) -> int:
    return int(session.connection().exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}")
               .scalar_one())  # fmt: skip


# A row's parts as the search index writes them (db.search.writer).
_PARTNER_UNIT = itemgetter("id", *PARTNER_PARTS)
_AGREEMENT_UNIT = itemgetter("id", *AGREEMENT_PARTS)


def _insert_bulk(
    session: Session, model: type[Partner] | type[Agreement], rows: list[dict[str, Any]],
    now: dt.datetime,
) -> None:  # fmt: skip
    """Insert ``rows`` (fields by name, IDs given) with one executemany, and their history.

    Each record gets what the ORM would give it: version 1, created and
    updated now, its ``search_text`` and search unit (:mod:`db.search.index`), and ONE
    ``created`` history entry (see :func:`db.storage.history_recorder.record_created`). The
    values go to the driver as tuples (:func:`db.storage.bulk.insert_rows`).
    """
    if not rows:
        return
    table = model.__table__  # type: ignore[union-attr]
    defaults = _PARTNER_DEFAULTS if model is Partner else _AGREEMENT_DEFAULTS
    names = list(dict.fromkeys(chain.from_iterable(rows)))  # every row's field names
    names += [name for name in defaults if name not in names]
    columns = [*names, "version", "created_at", "updated_at", "search_text"]
    for row in rows:
        for name, value in defaults.items():
            row.setdefault(name, value)
    if model is Partner:
        partner_parts = itemgetter(*PARTNER_PARTS)
        texts = [partner_text(*partner_parts(row)) for row in rows]
    else:
        texts = agreement_texts(map(itemgetter(*AGREEMENT_PARTS), rows))
    if all(len(row) == len(names) for row in rows):  # the usual: every row every column
        found: Iterable[tuple[Any, ...]] = map(itemgetter(*names), rows)
    else:
        found = (tuple(row.get(name) for name in names) for row in rows)
    values = [(*cells, 1, now, now, text) for cells, text in zip(found, texts, strict=True)]
    connection = session.connection()
    with indexes_rebuilt(connection, table, len(values)):
        insert_rows(connection, table, columns, values)
    if model is Partner:
        replace_partner_units(connection, map(_PARTNER_UNIT, rows), new=True)
    else:
        replace_agreement_units(connection, map(_AGREEMENT_UNIT, rows), new=True)
    record_created(session, KINDS[model], [row["id"] for row in rows], now)


def _advance_sequence(session: Session, table: str) -> None:
    """Move PostgreSQL's ID sequence of ``table`` past IDs inserted explicitly (SQLite's
    INTEGER PRIMARY KEY always takes the largest ID plus one, so it needs nothing)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT MAX(id) FROM {table}))"
            )
        )


def write_partners(
    session: Session,
    rows: Iterable[PlannedRow],
    partners: dict[int, Partner],
    progress: Progress | None = None,
) -> tuple[list[int], list[int]]:
    """Write planned partner rows through ORM objects; return IDs added and updated."""
    with_id: list[Partner] = []
    without_id: list[Partner] = []
    updated: list[int] = []
    rows = list(rows)
    for done, row in enumerate(rows, start=1):
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, len(rows))
        if row.action is RowAction.ADD:
            # A partners file may lack a column (Kind, Relationship...): what an added
            # partner of an agreements file gets stands in for it.
            values: dict[str, Any] = {**_PARTNER_DEFAULTS, **row.values}
            file_id = values.pop("id", None)
            partner = Partner(**values)
            if file_id is not None and file_id not in partners:  # else the trash holds it
                partner.id = file_id
            (with_id if partner.id is not None else without_id).append(partner)
        elif row.action is RowAction.UPDATE:
            assert row.record_id is not None
            partner = partners[row.record_id]
            for name, value in row.values.items():
                setattr(partner, name, value)
            partner.updated_at = utcnow()
            updated.append(row.record_id)
    session.add_all(with_id)
    session.flush()
    if with_id:
        _advance_sequence(session, "partner")
    session.add_all(without_id)
    session.flush()
    return [p.id for p in with_id + without_id if p.id is not None], updated


def nothing_imported(error: Exception, library: Library) -> CsvImportError:
    """Return the one-sentence refusal of an import the library refused with ``error``.

    A read-only library (:data:`db.library.READ_ONLY_CHANGE`) gets its own
    sentence; any other refusal is said after "Nothing was imported." as the
    sentence it is.
    """
    if library.read_only or str(error) == translate("library", READ_ONLY_CHANGE):
        return CsvImportError(
            translate(
                "import",
                "Nothing was imported: the library is read-only (its folder or database cannot "
                "be written here), and Accord needs to write in the library folder (the "
                "database, its WAL journal and backups); ask for write access, or copy the "
                "library to a folder you can write.",
            )
        )
    #: {exc}: the sentence saying why the library refused the import
    return CsvImportError(fill(translate("import", "Nothing was imported. {exc}"), exc=error))
