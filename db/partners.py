"""Use cases on partners: list with agreement counts, get, add, update, delete.

Each function opens one short session on the library, commits its change,
and returns plain :class:`~db.schemas.PartnerRead` values. Partners in the
trash (:mod:`db.trash`) are left out of every list and lookup; deleting
moves a partner there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import Session, col, func, select

from db.errors import DuplicateError, InUseError, NotFoundError, ValidationError
from db.i18n.translate import fill, translate
from db.models import Agreement, Partner
from db.partner_names import display_name
from db.rules import name_refusal
from db.schemas import PartnerCreate, PartnerRead, PartnerUpdate
from db.server.roles import Action, require
from db.storage.history_recorder import refuse_stale
from db.text import NameKey, fold, name_order
from db.trash import move_to_trash, trashed_message

if TYPE_CHECKING:
    from db.library import Library

_LIVE = col(Partner.deleted_at).is_(None)
_COUNT = (
    select(func.count(col(Agreement.id)))
    .where(Agreement.partner_id == Partner.id, col(Agreement.deleted_at).is_(None))
    .correlate(Partner)
    .scalar_subquery()
)


def _read(partner: Partner, count: int) -> PartnerRead:
    return PartnerRead.model_validate(partner, update={"agreement_count": count})


def list_partners(library: Library, *, name_key: NameKey = name_order) -> list[PartnerRead]:
    """Return every partner with its agreement count, ordered by the name the chosen
    language shows (:func:`db.partner_names.display_name`) under ``name_key`` (the
    window's collation; :func:`db.text.name_order` where there is none)."""
    with library.session() as session:
        rows = session.exec(select(Partner, _COUNT).where(_LIVE)).all()
        partners = [_read(partner, count) for partner, count in rows]
    return sorted(
        partners, key=lambda partner: name_key(display_name(partner.name, partner.office_name))
    )


def get_partner(library: Library, partner_id: int) -> PartnerRead:
    """Return the partner ``partner_id``; raises :class:`NotFoundError` if there is none.

    A partner in the trash is not found either.
    """
    with library.session() as session:
        row = session.exec(select(Partner, _COUNT).where(Partner.id == partner_id, _LIVE)).first()
        if row is None:
            raise NotFoundError(
                fill(
                    translate("partners", "There is no partner with ID {partner_id}."),
                    partner_id=partner_id,
                )
            )
        return _read(*row)


def find_partner(library: Library, name: str) -> PartnerRead | None:
    """Return the partner whose English, local or office-language name is ``name``, ignoring
    case and accents.

    ``None`` when no partner has that name, or ``name`` is blank.
    """
    key = fold(name.strip())
    if not key:
        return None
    for partner in list_partners(library):
        if key == fold(partner.name) or key in (
            fold(partner.local_name) if partner.local_name else None,
            fold(partner.office_name) if partner.office_name else None,
        ):
            return partner
    return None


def _validate(session: Session, values: dict, *, partner_id: int | None) -> None:
    if "name" in values:
        if not values["name"]:
            raise ValidationError(translate("partners", "A partner needs a name."), field="name")
        if (refusal := name_refusal("name", values["name"])) is not None:
            raise ValidationError(refusal, field="name")
        key = fold(values["name"])
        others = session.exec(select(Partner.id, Partner.name, Partner.deleted_at)).all()
        for other_id, other_name, deleted_at in others:
            if other_id == partner_id or fold(other_name) != key:
                continue
            if deleted_at is None:
                raise DuplicateError(
                    fill(
                        translate("partners", "There is already a partner named “{other_name}”."),
                        other_name=other_name,
                    )
                )
            if other_name == values["name"]:
                # The database keeps names unique, trash included (migration 0003).
                raise DuplicateError(
                    fill(
                        translate(
                            "partners",
                            "A partner named “{other_name}” is in the trash; restore it from "
                            "there, or delete it for good first.",
                        ),
                        other_name=other_name,
                    )
                )
    if "country" in values and not values["country"]:
        raise ValidationError(translate("partners", "A partner needs a country."), field="country")
    for field in ("local_name", "office_name"):
        if (refusal := name_refusal(field, values.get(field))) is not None:
            raise ValidationError(refusal, field=field)


def add_partner(library: Library, data: PartnerCreate) -> PartnerRead:
    """Add a partner and return it.

    Raises :class:`ValidationError` for a missing name or country and
    :class:`DuplicateError` when another partner has the same name (compared
    without regard to case and accents).
    """
    require(library.role, Action.ADD)
    with library.session(write=True) as session:
        values = data.model_dump()
        _validate(session, values, partner_id=None)
        partner = Partner(**values)
        session.add(partner)
        session.commit()
        return _read(partner, 0)


def update_partner(
    library: Library,
    partner_id: int,
    changes: PartnerUpdate,
    *,
    expected_version: int | None = None,
) -> PartnerRead:
    """Change the fields set in ``changes`` and return the partner.

    ``expected_version`` is the ``version`` of the partner the form was
    filled from: if someone changed it since, :class:`ConflictError` is
    raised (its ``current`` is the partner as stored now) and nothing is
    written. Raises :class:`NotFoundError` (also for a partner in the
    trash), :class:`ValidationError`, :class:`DuplicateError`.
    """
    require(library.role, Action.EDIT)
    with library.session(write=True) as session:
        partner = _live(session, partner_id)
        refuse_stale(
            session, partner, expected_version, partner.name, lambda: _read_in(session, partner)
        )
        values = changes.model_dump(exclude_unset=True)
        _validate(session, values, partner_id=partner_id)
        for field, value in values.items():
            setattr(partner, field, value)
        session.add(partner)
        session.commit()
    return get_partner(library, partner_id)


def delete_partner(
    library: Library,
    partner_id: int,
    *,
    with_agreements: bool = False,
    expected_version: int | None = None,
) -> None:
    """Move the partner ``partner_id`` to the trash.

    A partner that still has agreements is refused with :class:`InUseError`
    unless ``with_agreements`` is true, in which case its agreements and
    their documents go to the trash with it, as one batch that
    :func:`db.trash.restore` brings back whole. Stored files stay until the
    trash is emptied. Raises :class:`NotFoundError` and, with
    ``expected_version``, :class:`ConflictError` (see :func:`update_partner`).
    """
    require(library.role, Action.TRASH)
    with library.session(write=True) as session:
        partner = _live(session, partner_id)
        refuse_stale(
            session, partner, expected_version, partner.name, lambda: _read_in(session, partner)
        )
        agreements = [a for a in partner.agreements if a.deleted_at is None]
        if agreements and not with_agreements:
            raise InUseError(
                fill(
                    translate(
                        "partners",
                        "“{name}” still has {len} agreement(s); delete them first or delete the "
                        "partner together with them.",
                    ),
                    name=partner.name,
                    len=len(agreements),
                )
            )
        documents = [doc for a in agreements for doc in a.documents if doc.deleted_at is None]
        move_to_trash(session, [partner, *agreements, *documents])
        session.commit()


def _live(session: Session, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFoundError(
            fill(
                translate("partners", "There is no partner with ID {partner_id}."),
                partner_id=partner_id,
            )
        )
    if partner.deleted_at is not None:
        raise NotFoundError(
            trashed_message(
                partner, fill(translate("partners", "The partner {name}"), name=partner.name)
            )
        )
    return partner


def _read_in(session: Session, partner: Partner) -> PartnerRead:
    count = session.exec(
        select(func.count(col(Agreement.id))).where(
            Agreement.partner_id == partner.id, col(Agreement.deleted_at).is_(None)
        )
    ).one()
    return _read(partner, count)
