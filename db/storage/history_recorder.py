"""Recording the history of every record, kept append-only; reading it is :mod:`db.history.read`.

Nothing calls this module to record a change: every change made through a
:class:`RecordedSession` (the sessions :class:`~db.library.Library` gives,
so the use cases and the CSV import alike) is written down by two session
events, in the same transaction as the change itself:

- ``before_flush`` adds one to the ``version`` of each partner, agreement
  or document that changes, and sets its ``updated_at``;
- ``after_flush`` appends the :class:`~db.models.History` rows: ``created``
  (one row per record: who and when; its first values are the record's
  own, or the old values of its first changes), ``changed`` (one row per
  field, old and new), ``trashed``, ``restored``, ``deleted`` (for good);
  attaching or removing a document also writes ``document added`` or
  ``document removed`` on its agreement.

Values are stored as a person reads them: dates ISO, enumerations by label,
lists joined with ``"; "``, a partner by name. Accord never updates or
deletes a history row, not even when a record is deleted for good.
Changes made with SQL statements rather than ORM objects are not seen, so the use cases
change records through the ORM; the one bulk writer, the CSV import's additions
(:mod:`db.csv.import_write`), records the same ``created`` rows itself (:func:`record_created`).
The use cases that change a record also refuse a stale change here (:func:`refuse_stale`).
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
from enum import Enum
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from db.errors import ConflictError
from db.i18n.languages import language_name
from db.i18n.translate import fill, translate
from db.models import Agreement, Document, History, Partner, utcnow
from db.record_fields import signatory_text
from db.storage.bulk import insert_per_id
from db.storage.concurrent_change import read_version, refuse_concurrent

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

KINDS: dict[type, str] = {Partner: "partner", Agreement: "agreement", Document: "document"}
ACTIONS = (
    "created",
    "changed",
    "trashed",
    "restored",
    "deleted",
    "document added",
    "document removed",
)
# Columns that are bookkeeping, not something a person changed.
_BOOKKEEPING = frozenset(
    {
        "id",
        "version",
        "created_at",
        "updated_at",
        "added_at",
        "deleted_at",
        "deleted_by",
        "trash_batch",
        "search_text",  # derived from the other fields (db.search.index)
    }
)


def current_user() -> str:
    """Return the operating-system user name, ``"unknown"`` when it cannot be found."""
    return _user()


@functools.cache
def _user() -> str:
    try:
        return getpass.getuser() or "unknown"
    except (KeyError, OSError, ImportError):  # no name in the environment or password database
        return "unknown"


def user_of(session: Session) -> str:
    """Return who the history (and the trash) names for a change made in ``session``.

    On SQLite: ``info["user"]`` if set (a program acting, e.g. "Accord (automatic
    renewal)"), else the operating-system user. On PostgreSQL the database user
    (``session_user``), which a row-level policy on ``history`` requires
    (:data:`db.office.security.HISTORY_USER_CHECK`); a program acting keeps its name
    with the user inside: "Accord (automatic renewal, alice)".
    """
    named = session.info.get("user")
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return named or current_user()
    database_user = connection.info.get("accord_session_user")
    if database_user is None:
        database_user = str(connection.exec_driver_sql("SELECT session_user").scalar_one())
        connection.info["accord_session_user"] = database_user
    if named and named.startswith("Accord (") and named.endswith(")"):
        return f"{named[:-1]}, {database_user})"
    return database_user


def as_utc(moment: dt.datetime) -> dt.datetime:
    """Return ``moment`` as an aware UTC datetime (SQLite gives back naive UTC)."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


class RecordedSession(Session):
    """A session whose changes to partners, agreements and documents are kept in the history.

    ``info["user"]`` may name the user (default: the operating-system user; on a server
    the database user: :func:`user_of`).
    """


def display(field: str, value: Any, connection: sa.Connection | None = None) -> str:
    """Return ``value`` of ``field`` as a person reads it (and as the history keeps it)."""
    if value is None:
        return ""
    if field == "partner_id" and connection is not None:
        name = connection.execute(sa.select(col(Partner.name)).where(Partner.id == value)).scalar()
        return name or f"ID {value}"
    if field == "supersedes_id" and connection is not None:
        title = connection.execute(
            sa.select(col(Agreement.title)).where(Agreement.id == value)
        ).scalar()
        return f"ID {value}: {title}" if title else f"ID {value}"
    if field == "language":
        return language_name(value) or str(value)
    if isinstance(value, Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return as_utc(value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):  # areas; signatories as their report cell writes them
        return "; ".join(signatory_text(i) if isinstance(i, dict) else str(i) for i in value)
    return str(value)


def _columns(obj: Any) -> list[str]:
    return [attr.key for attr in sa.inspect(obj).mapper.column_attrs]


def _changes(obj: Any) -> dict[str, tuple[Any, Any]]:
    """Return ``{field: (old, new)}`` for every column of ``obj`` whose value really changed."""
    state = sa.inspect(obj)
    changed: dict[str, tuple[Any, Any]] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            changed[key] = (old, new)
    return changed


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    now = utcnow()
    read: dict[type, dict[int, int | None]] = {}
    for obj in session.dirty:
        if type(obj) not in KINDS:
            continue
        changed = _changes(obj)
        if not changed.keys() - {"version", "updated_at", "created_at", "added_at"}:
            continue
        if obj.id is not None:
            read.setdefault(type(obj), {})[obj.id] = read_version(obj)
        if "version" not in changed:
            obj.version = (obj.version or 0) + 1
        if "updated_at" not in changed:
            obj.updated_at = now
    if read:
        refuse_concurrent(session, read)


def _after_flush(session: Session, _context: Any) -> None:
    connection = session.connection()
    user = user_of(session)
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def add(kind: str, record_id: int, action: str, field: str | None = None,
            old: str | None = None, new: str | None = None) -> None:  # fmt: skip
        rows.append(
            {
                "at": now,
                "user": user,
                "record_kind": kind,
                "record_id": record_id,
                "action": action,
                "field": field,
                "old_value": old,
                "new_value": new,
            }
        )

    trashed_batches = {
        obj.trash_batch
        for obj in session.dirty
        if isinstance(obj, Agreement) and "deleted_at" in _changes(obj) and obj.deleted_at
    }
    restored_batches = {
        _changes(obj)["trash_batch"][0]
        for obj in session.dirty
        if isinstance(obj, Agreement) and "trash_batch" in _changes(obj) and obj.deleted_at is None
    }
    for obj in _tracked(session.new):
        add(KINDS[type(obj)], obj.id, "created")
        if isinstance(obj, Document) and obj.deleted_at is None:
            add("agreement", obj.agreement_id, "document added", None, None, obj.original_name)
    for obj in _tracked(session.dirty):
        kind = KINDS[type(obj)]
        changed = _changes(obj)
        if "deleted_at" in changed:
            old_at, new_at = changed["deleted_at"]
            if new_at is not None and old_at is None:
                add(kind, obj.id, "trashed")
                if isinstance(obj, Document) and obj.trash_batch not in trashed_batches:
                    add("agreement", obj.agreement_id, "document removed", None,
                        obj.original_name, None)  # fmt: skip
            elif new_at is None and old_at is not None:
                add(kind, obj.id, "restored")
                old_batch = changed.get("trash_batch", (obj.trash_batch, None))[0]
                if isinstance(obj, Document) and old_batch not in restored_batches:
                    add("agreement", obj.agreement_id, "document added", None, None,
                        obj.original_name)  # fmt: skip
        for field, (old, new) in changed.items():
            if field in _BOOKKEEPING:
                continue
            add(kind, obj.id, "changed", field, display(field, old, connection),
                display(field, new, connection))  # fmt: skip
    for obj in _tracked(session.deleted):
        kind = KINDS[type(obj)]
        add(kind, obj.id, "deleted")
        if isinstance(obj, Document) and obj.deleted_at is None:
            add("agreement", obj.agreement_id, "document removed", None, obj.original_name, None)
    if rows:
        connection.execute(sa.insert(History), rows)


def record_created(session: Session, kind: str, record_ids: Iterable[int], at: dt.datetime) -> None:
    """Append ONE ``created`` entry per record inserted in bulk, as the ORM hook does.

    ``kind`` is ``partner``, ``agreement`` or ``document``; ``at`` (UTC) is
    when they were created; the user is :func:`user_of` the session. One statement, in the session's
    transaction (:func:`db.storage.bulk.insert_per_id`).
    """
    user = user_of(session)
    same = {"at": at, "user": user, "record_kind": kind, "action": "created"}
    table = History.__table__  # type: ignore[attr-defined]
    insert_per_id(session.connection(), table, "record_id", list(record_ids), same)


def _tracked(objects: Iterable[Any]) -> list[Any]:
    return sorted(
        (obj for obj in objects if type(obj) in KINDS),
        key=lambda obj: (list(KINDS).index(type(obj)), obj.id or 0),
    )


sa.event.listen(RecordedSession, "before_flush", _before_flush)
sa.event.listen(RecordedSession, "after_flush", _after_flush)

# --- versions ----------------------------------------------------------------------------


def when(moment: dt.datetime, *, now: dt.datetime | None = None) -> str:
    """Return ``"10:42 UTC"`` for a moment today (UTC), else ``"2026-11-30 10:42 UTC"``."""
    moment = as_utc(moment)
    today = as_utc(now or utcnow()).date()
    clock = fill(translate("history", "{time} UTC"), time=f"{moment:%H:%M}")
    return clock if moment.date() == today else f"{moment:%Y-%m-%d} {clock}"


def latest_entry(session: Session, kind: str, record_id: int) -> History | None:
    """Return the newest history row of a record inside ``session``, ``None`` if it has none."""
    return session.exec(
        select(History)
        .where(History.record_kind == kind, History.record_id == record_id)
        .order_by(col(History.id).desc())
    ).first()


def refuse_stale(
    session: Session,
    record: Partner | Agreement | Document,
    expected_version: int | None,
    name: str,
    current: Callable[[], object],
) -> None:
    """Raise :class:`ConflictError` if ``record`` is no longer at ``expected_version``.

    The message names the record (``name``), who changed it last and when
    (UTC), e.g. "Someone else changed “Title” after you opened it (by alice
    at 10:42 UTC)."; the error's ``current`` is ``current()``, the record as
    stored now. Nothing to do when ``expected_version`` is ``None``.
    """
    if expected_version is None or record.version == expected_version:
        return
    assert record.id is not None
    entry = latest_entry(session, KINDS[type(record)], record.id)
    if entry:
        changed = translate(
            "history", "Someone else changed “{name}” after you opened it (by {user} at {when})."
        )
    else:
        changed = translate(
            "history", "Someone else changed “{name}” after you opened it (at {when})."
        )
    moment = when(entry.at) if entry else when(record.updated_at)
    user = entry.user if entry else ""
    raise ConflictError(fill(changed, name=name, user=user, when=moment), current=current())
