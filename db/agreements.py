"""Use cases on agreements: list, get, add, update, delete, find duplicates.

Each function opens one short session, commits its change and returns plain
:class:`~db.schemas.AgreementRead` values with the partner's main fields and the documents
already loaded. Agreements and documents in the trash (:mod:`db.trash`) are left out of every
list, lookup and duplicate check; a link to a superseded agreement in the trash reads as none
until it is restored. Deleting moves an agreement to the trash.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from db.errors import DuplicateError, NotFoundError, ValidationError
from db.i18n.translate import fill, translate
from db.lifecycle.events import events_of as _events_of
from db.lifecycle.events import events_refusal, renewed_expiry, set_events
from db.models import Agreement, AgreementBase, AgreementEvent, Partner
from db.rules import (
    effective_from_refusal,
    expires_on_refusal,
    line_refusal,
    renewal_refusal,
    signatories_refusal,
    title_refusal,
)
from db.schemas import AgreementCreate, AgreementRead, AgreementUpdate, DocumentRead
from db.server.roles import Action, require
from db.storage.history_recorder import refuse_stale
from db.text import fold
from db.trash import move_to_trash, trashed_message

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Collection, Sequence

    from db.library import Library


def _read(agreement: Agreement, trashed: Collection[int] = ()) -> AgreementRead:
    partner = agreement.partner
    supersedes = agreement.supersedes_id
    return AgreementRead(
        **{name: getattr(agreement, name) for name in _BASE_FIELDS},
        id=agreement.id,  # type: ignore[arg-type]
        partner_name=partner.name,
        partner_office_name=partner.office_name,
        partner_country=partner.country,
        relationship=partner.relationship,
        areas=list(agreement.areas or []),
        supersedes_id=None if supersedes in trashed else supersedes,
        documents=[
            DocumentRead.model_validate(doc)
            for doc in agreement.documents
            if doc.deleted_at is None
        ],
        events=_events_of(agreement),
        office_signatories=[dict(s) for s in agreement.office_signatories or []],
        partner_signatories=[dict(s) for s in agreement.partner_signatories or []],
        created_at=agreement.created_at,
        updated_at=agreement.updated_at,
        version=agreement.version,
        deleted_at=agreement.deleted_at,
    )


# The fields an agreement's table and its read value share (AgreementBase's), but those
# _read gives otherwise.
_BASE_FIELDS = tuple(
    name
    for name in AgreementBase.model_fields
    if name not in ("areas", "supersedes_id", "office_signatories", "partner_signatories")
)


def _query():
    return (
        select(Agreement)
        .where(col(Agreement.deleted_at).is_(None))
        .options(
            selectinload(Agreement.partner),
            selectinload(Agreement.documents),
            selectinload(Agreement.events),
        )
    )


def _trashed_ids(session: Session) -> set[int]:
    query = select(Agreement.id).where(col(Agreement.deleted_at).is_not(None))
    return {agreement_id for agreement_id in session.exec(query).all() if agreement_id}


def _trashed_among(session: Session, agreement_id: int | None) -> set[int]:
    """Return ``{agreement_id}`` if that agreement is in the trash, else an empty set.

    One lookup by primary key: :func:`_trashed_ids` scans every agreement
    (some 25 ms at 100,000, on each agreement the window selects).
    """
    if agreement_id is None:
        return set()
    query = select(Agreement.id).where(
        Agreement.id == agreement_id, col(Agreement.deleted_at).is_not(None)
    )
    return {found for found in session.exec(query).all() if found}


def list_agreements(
    library: Library,
    *,
    partner_id: int | None = None,
    agreement_ids: Sequence[int] | None = None,
) -> list[AgreementRead]:
    """Return agreements, newest signing date first (then by ID).

    ``partner_id`` keeps one partner's; ``agreement_ids`` keeps exactly those
    (in date order, not the order given). Without either: all agreements.
    """
    query = _query()
    if partner_id is not None:
        query = query.where(Agreement.partner_id == partner_id)
    if agreement_ids is not None:
        query = query.where(Agreement.id.in_(list(agreement_ids)))  # type: ignore[union-attr]
    query = query.order_by(Agreement.date_signed.desc(), Agreement.id)  # type: ignore[attr-defined]
    with library.session() as session:
        trashed = _trashed_ids(session)
        return [_read(agreement, trashed) for agreement in session.exec(query).all()]


def known_areas(library: Library) -> list[str]:
    """Return every area of cooperation the agreements in use name, sorted as a person reads.

    The suggestions of the agreement form. Each distinct list is read once
    (as JSON text: PostgreSQL's ``json`` has no equality for DISTINCT), so
    100,000 agreements cost what their few hundred distinct lists cost.
    """
    query = (
        sa.select(sa.cast(Agreement.areas, sa.Text))
        .where(col(Agreement.deleted_at).is_(None))
        .distinct()
    )
    with library.session() as session:
        lists = session.execute(query).scalars().all()
    areas = {area for text in lists if text for area in json.loads(text)}
    return sorted(areas, key=fold)


def get_agreement(library: Library, agreement_id: int) -> AgreementRead:
    """Return the agreement ``agreement_id``; raises :class:`NotFoundError` if there is none.

    An agreement in the trash is not found either.
    """
    with library.session() as session:
        agreement = session.exec(_query().where(Agreement.id == agreement_id)).first()
        if agreement is None:
            raise NotFoundError(
                fill(
                    translate("agreements", "There is no agreement with ID {agreement_id}."),
                    agreement_id=agreement_id,
                )
            )
        return _read(agreement, _trashed_among(session, agreement.supersedes_id))


def find_duplicate(
    library: Library,
    *,
    partner_id: int,
    title: str,
    date_signed: dt.date,
    exclude_id: int | None = None,
) -> AgreementRead | None:
    """Return an agreement of the same partner, title and date signed, if one exists.

    Titles are compared without regard to case, accents and surrounding
    space (the DESIGN's matching rule for import); ``exclude_id`` skips the
    agreement being edited.
    """
    with library.session() as session:
        return _duplicate(session, partner_id, title, date_signed, exclude_id)


def _duplicate(
    session: Session,
    partner_id: int,
    title: str,
    date_signed: dt.date,
    exclude_id: int | None,
) -> AgreementRead | None:
    query = _query().where(Agreement.partner_id == partner_id, Agreement.date_signed == date_signed)
    key = fold(title.strip())
    for agreement in session.exec(query).all():
        if agreement.id != exclude_id and fold(agreement.title) == key:
            return _read(agreement)
    return None


def _validate(session: Session, values: dict, *, agreement_id: int | None) -> None:
    if "partner_id" in values:
        partner = session.get(Partner, values["partner_id"])
        if partner is None or partner.deleted_at is not None:
            raise ValidationError(
                translate("agreements", "The chosen partner no longer exists."), field="partner_id"
            )
    if "title" in values:
        if not values["title"]:
            raise ValidationError(
                translate("agreements", "An agreement needs a title."), field="title"
            )
        if (refusal := title_refusal(values["title"])) is not None:
            raise ValidationError(refusal, field="title")
    if "date_signed" in values and values["date_signed"] is None:
        raise ValidationError(
            translate("agreements", "An agreement needs the date it was signed."),
            field="date_signed",
        )
    refusal = expires_on_refusal(values.get("date_signed"), values.get("expires_on"))
    if refusal is not None:
        raise ValidationError(refusal, field="expires_on")
    refusal = effective_from_refusal(values.get("date_signed"), values.get("effective_from"))
    if refusal is not None:
        raise ValidationError(refusal, field="effective_from")
    refusal = renewal_refusal(
        values.get("renewal"), values.get("renewal_term"), values.get("expires_on")
    )
    if refusal is not None:
        raise ValidationError(refusal, field="renewal_term")
    for side in ("office_signatories", "partner_signatories"):
        if (refusal := signatories_refusal(values.get(side) or [])) is not None:
            raise ValidationError(refusal, field=side)
    for line in ("place_signed", "responsible_staff"):
        if (refusal := line_refusal(line, values.get(line))) is not None:
            raise ValidationError(refusal, field=line)
    events = values.get("events")
    if events is not None:
        refusal = events_refusal(events, values.get("date_signed"))
        for event in events:
            refusal = refusal or line_refusal("event_note", event.note)
        if refusal is not None:
            raise ValidationError(refusal, field="events")
    supersedes = values.get("supersedes_id")
    if supersedes is not None:
        if supersedes == agreement_id:
            raise ValidationError(
                translate("agreements", "An agreement cannot supersede itself."),
                field="supersedes_id",
            )
        superseded = session.get(Agreement, supersedes)
        if superseded is None or superseded.deleted_at is not None:
            raise ValidationError(
                fill(
                    translate(
                        "agreements", "There is no agreement with ID {supersedes} to supersede."
                    ),
                    supersedes=supersedes,
                ),
                field="supersedes_id",
            )


def _refuse_duplicate(session: Session, agreement: Agreement) -> None:
    other = _duplicate(
        session, agreement.partner_id, agreement.title, agreement.date_signed, agreement.id
    )
    if other is not None:
        raise DuplicateError(
            fill(
                translate(
                    "agreements",
                    "{partner_name} already has “{title}” signed on {isoformat} (ID {id}).",
                ),
                partner_name=other.partner_name,
                title=other.title,
                isoformat=other.date_signed.isoformat(),
                id=other.id,
            )
        )


def add_agreement(
    library: Library, data: AgreementCreate, *, allow_duplicate: bool = False
) -> AgreementRead:
    """Add an agreement and return it.

    Raises :class:`ValidationError` (no title, unknown partner, valid until
    before date signed...) and, unless ``allow_duplicate``,
    :class:`DuplicateError` when the partner already has an agreement with
    the same title and date signed.
    """
    require(library.role, Action.ADD)
    with library.session(write=True) as session:
        values = data.model_dump(exclude={"events"})
        _validate(session, {**values, "events": data.events}, agreement_id=None)
        agreement = Agreement(**values)
        agreement.events = [AgreementEvent(**e.model_dump()) for e in data.events]
        agreement.expires_on = renewed_expiry(data.events, agreement.expires_on)
        if not allow_duplicate:
            _refuse_duplicate(session, agreement)
        session.add(agreement)
        session.commit()
        new_id = agreement.id
    assert new_id is not None
    return get_agreement(library, new_id)


def update_agreement(
    library: Library,
    agreement_id: int,
    changes: AgreementUpdate,
    *,
    expected_version: int | None = None,
    allow_duplicate: bool = False,
) -> AgreementRead:
    """Change the fields set in ``changes`` and return the agreement.

    ``expected_version`` is the ``version`` the form was filled from: if
    someone changed the agreement since, :class:`ConflictError` is raised
    (its ``current`` is the agreement as stored now) and nothing is written.
    Raises :class:`NotFoundError` (also for an agreement in the trash),
    :class:`ValidationError` and, unless ``allow_duplicate``,
    :class:`DuplicateError` (see :func:`add_agreement`).
    """
    require(library.role, Action.EDIT)
    with library.session(write=True) as session:
        agreement = _live_unchanged(session, agreement_id, expected_version)
        values = changes.model_dump(exclude_unset=True, exclude={"events"})
        merged = {
            name: getattr(agreement, name)
            for name in ("date_signed", "expires_on", "effective_from", "renewal", "renewal_term")
        }  # what the two-field rules need of the fields the change leaves as they are
        merged.update(values)
        merged["events"] = changes.events if changes.events is not None else _events_of(agreement)
        _validate(session, merged, agreement_id=agreement_id)
        # An expiry the same change sets stays; one it gives as it was yields to a renewal.
        keep_expiry = values.get("expires_on", agreement.expires_on) != agreement.expires_on
        for field, value in values.items():
            setattr(agreement, field, value)
        if changes.events is not None:
            set_events(session, agreement, changes.events, keep_expiry=keep_expiry)
        if not allow_duplicate:
            _refuse_duplicate(session, agreement)
        session.add(agreement)
        session.commit()
    return get_agreement(library, agreement_id)


def delete_agreement(
    library: Library, agreement_id: int, *, expected_version: int | None = None
) -> None:
    """Move the agreement ``agreement_id`` to the trash, with its documents.

    Agreements that named it as superseded keep the link, which reads as
    none until it is restored (and is dropped if it is deleted for good).
    Stored files stay until the trash is emptied. Raises
    :class:`NotFoundError` and, with ``expected_version``,
    :class:`ConflictError` (see :func:`update_agreement`).
    """
    require(library.role, Action.TRASH)
    with library.session(write=True) as session:
        agreement = _live_unchanged(session, agreement_id, expected_version)
        documents = [doc for doc in agreement.documents if doc.deleted_at is None]
        move_to_trash(session, [agreement, *documents])
        session.commit()


def _live_unchanged(session: Session, agreement_id: int, expected_version: int | None) -> Agreement:
    """The agreement in use, unchanged since ``expected_version`` (if given) was read;
    raises :class:`NotFoundError` and :class:`ConflictError` as :func:`update_agreement` says."""
    agreement = _live(session, agreement_id)
    refuse_stale(
        session,
        agreement,
        expected_version,
        agreement.title,
        lambda: _read(agreement, _trashed_ids(session)),
    )
    return agreement


def _live(session: Session, agreement_id: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFoundError(
            fill(
                translate("agreements", "There is no agreement with ID {agreement_id}."),
                agreement_id=agreement_id,
            )
        )
    if agreement.deleted_at is not None:
        raise NotFoundError(
            trashed_message(
                agreement,
                fill(translate("agreements", "The agreement “{title}”"), title=agreement.title),
            )
        )
    return agreement
