"""Use cases on partners: list with agreement counts, get, add, update, delete.

Each function opens one short session on the library, commits its change,
and returns plain :class:`~db.schemas.PartnerRead` values.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from db.errors import DuplicateError, InUseError, NotFoundError, ValidationError
from db.library import Library
from db.models import Agreement, Partner, utcnow
from db.schemas import PartnerCreate, PartnerRead, PartnerUpdate
from db.text import fold

_COUNT = (
    select(func.count(col(Agreement.id)))
    .where(Agreement.partner_id == Partner.id)
    .correlate(Partner)
    .scalar_subquery()
)


def _read(partner: Partner, count: int) -> PartnerRead:
    return PartnerRead.model_validate(partner, update={"agreement_count": count})


def list_partners(library: Library) -> list[PartnerRead]:
    """Return every partner with its agreement count, ordered by English name."""
    with library.session() as session:
        rows = session.exec(select(Partner, _COUNT).order_by(Partner.name)).all()
        return [_read(partner, count) for partner, count in rows]


def get_partner(library: Library, partner_id: int) -> PartnerRead:
    """Return the partner ``partner_id``; raises :class:`NotFoundError` if there is none."""
    with library.session() as session:
        row = session.exec(select(Partner, _COUNT).where(Partner.id == partner_id)).first()
        if row is None:
            raise NotFoundError(f"There is no partner with ID {partner_id}.")
        return _read(*row)


def find_partner(library: Library, name: str) -> PartnerRead | None:
    """Return the partner whose English or local name is ``name``, ignoring case and accents.

    ``None`` when no partner has that name, or ``name`` is blank.
    """
    key = fold(name.strip())
    if not key:
        return None
    for partner in list_partners(library):
        if key == fold(partner.name) or (partner.local_name and key == fold(partner.local_name)):
            return partner
    return None


def _validate(session: Session, values: dict, *, partner_id: int | None) -> None:
    if "name" in values:
        if not values["name"]:
            raise ValidationError("A partner needs a name.", field="name")
        if len(values["name"]) > 200:
            raise ValidationError("A partner's name can have at most 200 characters.", field="name")
        key = fold(values["name"])
        for other_id, other_name in session.exec(select(Partner.id, Partner.name)).all():
            if other_id != partner_id and fold(other_name) == key:
                raise DuplicateError(f"There is already a partner named “{other_name}”.")
    if "country" in values and not values["country"]:
        raise ValidationError("A partner needs a country.", field="country")
    if len(values.get("local_name") or "") > 200:
        raise ValidationError(
            "A partner's local name can have at most 200 characters.", field="local_name"
        )


def add_partner(library: Library, data: PartnerCreate) -> PartnerRead:
    """Add a partner and return it.

    Raises :class:`ValidationError` for a missing name or country and
    :class:`DuplicateError` when another partner has the same name (compared
    without regard to case and accents).
    """
    with library.session() as session:
        values = data.model_dump()
        _validate(session, values, partner_id=None)
        partner = Partner(**values)
        session.add(partner)
        session.commit()
        return _read(partner, 0)


def update_partner(library: Library, partner_id: int, changes: PartnerUpdate) -> PartnerRead:
    """Change the fields set in ``changes`` and return the partner.

    Raises :class:`NotFoundError`, :class:`ValidationError`, :class:`DuplicateError`.
    """
    with library.session() as session:
        partner = session.get(Partner, partner_id)
        if partner is None:
            raise NotFoundError(f"There is no partner with ID {partner_id}.")
        values = changes.model_dump(exclude_unset=True)
        _validate(session, values, partner_id=partner_id)
        for field, value in values.items():
            setattr(partner, field, value)
        partner.updated_at = utcnow()
        session.add(partner)
        session.commit()
    return get_partner(library, partner_id)


def delete_partner(library: Library, partner_id: int, *, with_agreements: bool = False) -> None:
    """Delete the partner ``partner_id``.

    A partner that still has agreements is refused with :class:`InUseError`
    unless ``with_agreements`` is true, in which case its agreements and
    their documents go with it in the same transaction (stored files that no
    other record uses are removed after the commit). Never leaves orphans.
    """
    from db.documents import remove_unreferenced_files

    with library.session() as session:
        partner = session.get(Partner, partner_id)
        if partner is None:
            raise NotFoundError(f"There is no partner with ID {partner_id}.")
        agreements = session.exec(select(Agreement).where(Agreement.partner_id == partner_id)).all()
        if agreements and not with_agreements:
            raise InUseError(
                f"“{partner.name}” still has {len(agreements)} agreement(s); "
                "delete them first or delete the partner together with them."
            )
        stored = [doc.stored_path for agreement in agreements for doc in agreement.documents]
        ids = [agreement.id for agreement in agreements]
        if ids:
            session.exec(
                sa.update(Agreement)
                .where(Agreement.supersedes_id.in_(ids))  # type: ignore[union-attr]
                .values(supersedes_id=None)
            )
        for agreement in agreements:
            for document in agreement.documents:
                session.delete(document)
            session.delete(agreement)
        session.delete(partner)
        session.commit()
    remove_unreferenced_files(library, stored)
