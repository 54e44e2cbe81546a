"""The trash: deleted records wait here to be restored or deleted for good.

Deleting a partner, agreement or document (:func:`db.partners.delete_partner`,
:func:`db.agreements.delete_agreement`, :func:`db.documents.remove_document`)
sets ``deleted_at`` (UTC), ``deleted_by`` (the operating-system user) and
one ``trash_batch`` on the record and on everything it takes with it: a
partner's agreements and their documents, an agreement's documents. Every
list and lookup leaves such rows out, but their stored files stay.

- :func:`restore` brings back the whole batch a record went with. A record
  whose parent is in the trash from an earlier, separate delete is refused
  ("Restore the partner Seoul first."): restoring the parent silently too
  would bring back things the user deleted on purpose.
- :func:`purge` deletes for good, with everything that depends on the
  record; a stored file is removed only when no row at all, in the trash or
  not, refers to it any more.
- :func:`purge_expired` empties what has been in the trash longer than a
  set age (30 days by default); the window calls it at start-up.

A partner in the trash keeps its name and a document its place on the
agreement (the database keeps both unique), so a new partner of exactly
that name, or the same file attached again, is refused with a sentence
that points to the trash.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from db.attachments.database import remove_unreferenced
from db.attachments.store import remove_unreferenced_files
from db.errors import NotFoundError, TrashError
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from db.models import Agreement, Document, Partner, utcnow
from db.partner_names import display_name
from db.server.roles import Action, may, require
from db.storage.history_recorder import KINDS, as_utc, user_of, when
from db.text import fold

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from db.library import Library

Record = Partner | Agreement | Document
_MODELS: dict[str, type[Partner] | type[Agreement] | type[Document]] = {
    "partner": Partner,
    "agreement": Agreement,
    "document": Document,
}
_MODEL_ORDER = (Partner, Agreement, Document)
# What an item holds, counted ("3 agreements, 2 documents"): plural texts.
_COUNTED = {
    "agreement": QT_TRANSLATE_NOOP("trash", "%n agreement(s)", None, 1),
    "document": QT_TRANSLATE_NOOP("trash", "%n document(s)", None, 1),
}
_NOT_IN_TRASH = {
    "partner": QT_TRANSLATE_NOOP("trash", "There is no partner with ID {id} in the trash."),
    "agreement": QT_TRANSLATE_NOOP("trash", "There is no agreement with ID {id} in the trash."),
    "document": QT_TRANSLATE_NOOP("trash", "There is no document with ID {id} in the trash."),
}
# How long deleted records stay in the trash before :func:`purge_expired` removes them.
DEFAULT_AGE = dt.timedelta(days=30)


@dataclass(frozen=True)
class TrashItem:
    """One thing in the trash, as the trash view lists it.

    ``kind`` is ``partner``, ``agreement`` or ``document``; ``name`` the
    partner's name, agreement's title or document's file name; ``parent``
    the partner's name for an agreement, the agreement's title for a
    document ("" for a partner); ``deleted_at`` aware UTC; ``batch`` the
    trash batch; ``holds`` what went to the trash with it, e.g. "3
    agreements, 2 documents" ("" for nothing).
    """

    kind: str
    id: int
    name: str
    parent: str
    deleted_at: dt.datetime
    deleted_by: str
    batch: str
    holds: str


def move_to_trash(session: Session, records: Sequence[Record]) -> str:
    """Put ``records`` in the trash as one batch (not committed); return the batch."""
    batch = uuid.uuid4().hex
    now, user = utcnow(), user_of(session)
    for record in records:
        record.deleted_at, record.deleted_by, record.trash_batch = now, user, batch
        session.add(record)
    return batch


def trashed_message(record: Record, what: str) -> str:
    """Return "<what> is in the trash (moved there by bob at 10:42 UTC)." for ``record``."""
    assert record.deleted_at is not None
    if record.deleted_by:
        text = translate("trash", "{what} is in the trash (moved there by {user} at {when}).")
    else:
        text = translate("trash", "{what} is in the trash (moved there at {when}).")
    return fill(text, what=what, user=record.deleted_by, when=when(record.deleted_at))


def _name(record: Record) -> str:
    """The record as the chosen language names it: a partner by its shown name (ソウル特別市
    in Japanese where recorded), an agreement by its title, a document by its file name."""
    if isinstance(record, Partner):
        return display_name(record.name, record.office_name)
    if isinstance(record, Agreement):
        return record.title
    return record.original_name


def _parent(record: Record) -> Partner | Agreement | None:
    if isinstance(record, Agreement):
        return record.partner
    if isinstance(record, Document):
        return record.agreement
    return None


def _batch(session: Session, batch: str) -> list[Record]:
    records: list[Record] = []
    for model in _MODEL_ORDER:
        records.extend(session.exec(select(model).where(model.trash_batch == batch)).all())  # type: ignore[arg-type]
    return records


def list_trash(library: Library) -> list[TrashItem]:
    """Return what is in the trash, most recently deleted first.

    One item per delete: a partner deleted with its agreements is one item
    that ``holds`` them; an agreement deleted on its own is an item of its own.
    """
    items: list[TrashItem] = []
    with library.session() as session:
        rows: list[Record] = []
        for model in _MODEL_ORDER:
            query = select(model).where(col(model.deleted_at).is_not(None))
            rows.extend(session.exec(query).all())  # type: ignore[arg-type]
        by_batch: dict[str | None, list[Record]] = {}
        for row in rows:
            by_batch.setdefault(row.trash_batch, []).append(row)
        for row in rows:
            parent = _parent(row)
            if parent is not None and parent.trash_batch == row.trash_batch:
                continue  # it went to the trash with its parent: listed in the parent's item
            counts = Counter(
                KINDS[type(other)] for other in by_batch[row.trash_batch] if other is not row
            )
            holds = translate("trash", ", ", "between the items of a list").join(
                translate("trash", _COUNTED[kind], None, n)
                for kind in ("agreement", "document")
                if (n := counts[kind])
            )
            assert row.id is not None
            assert row.deleted_at is not None
            items.append(
                TrashItem(
                    kind=KINDS[type(row)],
                    id=row.id,
                    name=_name(row),
                    parent=_name(parent) if parent is not None else "",
                    deleted_at=as_utc(row.deleted_at),
                    deleted_by=row.deleted_by or "",
                    batch=row.trash_batch or "",
                    holds=holds,
                )
            )
    items.sort(key=lambda item: (item.deleted_at, item.id), reverse=True)
    return items


def _trashed(session: Session, kind: str, record_id: int) -> Record:
    model = _MODELS.get(kind)
    if model is None:
        raise ValueError(
            fill(
                translate(
                    "trash", "“{kind}” is not a kind of record (partner, agreement, document)."
                ),
                kind=kind,
            )
        )
    record: Record | None = session.get(model, record_id)  # type: ignore[assignment]
    if record is None or record.deleted_at is None:
        raise NotFoundError(fill(translate("trash", _NOT_IN_TRASH[kind]), id=record_id))
    return record


def restore(library: Library, kind: str, record_id: int) -> None:
    """Bring a record back from the trash, with everything deleted together with it.

    Raises :class:`NotFoundError` when it is not in the trash, and
    :class:`TrashError` when its partner or agreement is still in the trash
    from a separate delete ("Restore the partner Seoul first.") or another
    partner now has its name; nothing is restored then. Raises
    :class:`~db.errors.RoleError` for a role that may not restore.
    """
    require(library.role, Action.RESTORE)
    with library.session(write=True) as session:
        record = _trashed(session, kind, record_id)
        batch = _batch(session, record.trash_batch or "")
        for row in batch:
            parent = _parent(row)
            if parent is not None and parent.deleted_at and parent.trash_batch != row.trash_batch:
                if isinstance(parent, Partner):
                    first = fill(
                        translate("trash", "Restore the partner {name} first."), name=_name(parent)
                    )
                else:
                    first = fill(
                        translate("trash", "Restore the agreement “{title}” first."),
                        title=parent.title,
                    )
                raise TrashError(first)
            if isinstance(row, Partner):
                _refuse_taken_name(session, row)
        for row in batch:
            row.deleted_at = row.deleted_by = row.trash_batch = None
            session.add(row)
        session.commit()


def _refuse_taken_name(session: Session, partner: Partner) -> None:
    key = fold(partner.name)
    live = session.exec(select(Partner).where(col(Partner.deleted_at).is_(None))).all()
    for other in live:
        if fold(other.name) == key:
            raise TrashError(
                fill(
                    translate(
                        "trash",
                        "Another partner is now named “{name}”; rename it, then restore “{name2}”.",
                    ),
                    name=other.name,
                    name2=partner.name,
                )
            )


def restore_partner(library: Library, partner_id: int) -> None:
    """Restore a partner (and what was deleted with it); see :func:`restore`."""
    restore(library, "partner", partner_id)


def restore_agreement(library: Library, agreement_id: int) -> None:
    """Restore an agreement (and its documents deleted with it); see :func:`restore`."""
    restore(library, "agreement", agreement_id)


def restore_document(library: Library, document_id: int) -> None:
    """Restore a document to its agreement; see :func:`restore`."""
    restore(library, "document", document_id)


def purge(library: Library, kind: str, record_id: int) -> None:
    """Delete a record in the trash for good, with everything it holds.

    That is its trash batch, and for a partner all its agreements and their
    documents, for an agreement all its documents (these are always in the
    trash too). Agreements that named a deleted one as superseded lose that
    link. Stored files no row refers to any more are removed after the
    commit (on a server library, from the database in the same transaction).
    The history stays. Raises :class:`NotFoundError` when the record is not in
    the trash, :class:`~db.errors.RoleError` for a role that may not delete for good.
    """
    require(library.role, Action.PURGE)
    with library.session(write=True) as session:
        record = _trashed(session, kind, record_id)
        doomed = _with_dependents(_batch(session, record.trash_batch or ""))
        gone = {a.id for a in doomed if isinstance(a, Agreement)}
        if gone:
            successors = session.exec(
                select(Agreement).where(col(Agreement.supersedes_id).in_(gone))
            ).all()
            for successor in successors:
                if successor.id not in gone:
                    successor.supersedes_id = None
                    session.add(successor)
        documents = [doc for doc in doomed if isinstance(doc, Document)]
        for row in doomed:
            session.delete(row)
        if library.documents_in_database:
            session.flush()
            remove_unreferenced(session, [doc.sha256 for doc in documents])
        session.commit()
    if not library.documents_in_database:
        remove_unreferenced_files(library, [doc.stored_path for doc in documents])


def _with_dependents(records: Iterable[Record]) -> list[Record]:
    found: dict[tuple[str, int | None], Record] = {}

    def add(row: Record) -> None:
        found.setdefault((KINDS[type(row)], row.id), row)
        if isinstance(row, Partner):
            for agreement in row.agreements:
                add(agreement)
        elif isinstance(row, Agreement):
            for document in row.documents:
                add(document)

    for row in records:
        add(row)
    return list(found.values())


def purge_expired(
    library: Library,
    *,
    older_than: dt.timedelta = DEFAULT_AGE,
    now: dt.datetime | None = None,
) -> int:
    """Delete for good what has been in the trash longer than ``older_than``.

    ``now`` (aware, default the current UTC time) is for tests. Returns the
    number of trash items (as :func:`list_trash` counts them) deleted; none for a role
    that may not delete for good (the trash waits for an administrator).
    """
    if not may(library.role, Action.PURGE):
        return 0
    cutoff = as_utc(now or utcnow()) - older_than
    purged = 0
    for item in list_trash(library):
        if item.deleted_at < cutoff:
            try:
                purge(library, item.kind, item.id)
            except NotFoundError:  # already gone with an older item of the same partner
                continue
            purged += 1
    return purged
