"""Two people saving the same record at the same moment on a database server.

A use case refuses a change made to an older version than the stored one
(:func:`db.storage.history_recorder.refuse_stale`), but on PostgreSQL two transactions
can both read version 5, both pass that check and both write version 6: the second
write would silently undo the first (a lost update). SQLite cannot get there, since a
writing transaction holds the whole database from its start (``BEGIN IMMEDIATE``).

So before a flush writes changed records on a server, :func:`refuse_concurrent` locks
their rows (``SELECT ... FOR UPDATE``, which waits for a transaction that holds them to
end) and compares their stored versions with the versions this session read: when
someone else's change was committed in between, the flush stops with a
:class:`~db.errors.ConflictError` and the caller's transaction is rolled back. One
query per table, whatever the number of records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from db.errors import ConflictError
from db.i18n.translate import translate

if TYPE_CHECKING:
    from sqlmodel import Session

# IDs looked up in one statement.
_BATCH = 1000


def read_version(obj: Any) -> int | None:
    """The version ``obj`` had when this session read it (before this flush's change)."""
    history = sa.inspect(obj).attrs.version.history
    if history.deleted:
        return history.deleted[0]
    return obj.version


def refuse_concurrent(session: Session, read: dict[type, dict[int, int | None]]) -> None:
    """Raise :class:`ConflictError` when a record of ``read`` (``{model: {id: version this
    session read}}``) has another version stored now; on PostgreSQL only, taking the
    rows' locks until the transaction ends."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    for model, versions in read.items():
        table: sa.Table = model.__table__  # type: ignore[attr-defined]
        ids = sorted(versions)
        for start in range(0, len(ids), _BATCH):
            chosen = ids[start : start + _BATCH]
            stored: dict[int, int] = dict(
                connection.execute(
                    sa.select(table.c.id, table.c.version)
                    .where(table.c.id.in_(chosen))
                    .order_by(table.c.id)
                    .with_for_update()
                ).all()
            )
            if any(stored.get(i, versions[i]) != versions[i] for i in chosen):
                raise ConflictError(
                    translate(
                        "history",
                        "Someone else saved a change to the same record at the same moment, so "
                        "yours was not saved; open it again to see theirs.",
                    )
                )
