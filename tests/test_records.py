"""Use cases on partners and agreements: add, update, delete, validation, duplicates."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from db.agreements import (
    add_agreement,
    delete_agreement,
    find_duplicate,
    get_agreement,
    list_agreements,
    update_agreement,
)
from db.documents import attach_document
from db.enums import AgreementType, DocumentRole, PartnerKind, Relationship
from db.errors import DuplicateError, InUseError, NotFoundError, ValidationError
from db.partners import (
    add_partner,
    delete_partner,
    find_partner,
    get_partner,
    list_partners,
    update_partner,
)
from db.schemas import AgreementCreate, AgreementUpdate, PartnerCreate, PartnerUpdate
from db.text import fold
from db.trash import purge
from tests.stored_files import stored

if TYPE_CHECKING:
    from db.library import Library


pytestmark = pytest.mark.backends


def _partner(library: Library, name: str):  # noqa: ANN202 - test helper
    found = find_partner(library, name)
    assert found is not None
    return found


def test_add_partner_in_its_own_script_and_read_it_back(library: Library) -> None:
    added = add_partner(
        library,
        PartnerCreate(
            name=" Busan ",
            local_name="부산광역시",
            country="Republic of Korea",
            kind=PartnerKind.CITY,
            relationship=Relationship.COOPERATION_PARTNER,
            date_of_affiliation=dt.date(2026, 4, 1),
        ),
    )
    again = get_partner(library, added.id)
    assert (again.name, again.local_name, again.agreement_count) == ("Busan", "부산광역시", 0)
    assert again.date_of_affiliation == dt.date(2026, 4, 1)
    assert again.created_at is not None
    assert len(list_partners(library)) == 21


@pytest.mark.parametrize("name", ["seoul", "SEOUL", "Sao Paulo (state)", "Seoul\u200b"])
def test_a_partner_name_that_already_exists_is_refused(library: Library, name: str) -> None:
    with pytest.raises(DuplicateError, match="already a partner"):
        add_partner(library, PartnerCreate(name=name, country="X"))


def test_partner_without_name_or_country_is_refused(library: Library) -> None:
    with pytest.raises(ValidationError) as excinfo:
        add_partner(library, PartnerCreate(name="  ", country="Japan"))
    assert excinfo.value.field == "name"
    with pytest.raises(ValidationError) as excinfo:
        add_partner(library, PartnerCreate(name="Osaka", country=""))
    assert excinfo.value.field == "country"


def test_update_partner_changes_only_given_fields(library: Library) -> None:
    cairo = _partner(library, "Cairo")
    updated = update_partner(library, cairo.id, PartnerUpdate(notes="Visit planned"))
    assert updated.notes == "Visit planned"
    assert (updated.name, updated.local_name, updated.country) == (
        cairo.name,
        cairo.local_name,
        cairo.country,
    )
    assert updated.updated_at >= cairo.updated_at
    with pytest.raises(DuplicateError):
        update_partner(library, cairo.id, PartnerUpdate(name="Rome"))


def test_find_partner_by_local_name_or_folded_name(library: Library) -> None:
    assert _partner(library, "Москва").name == "Moscow"
    assert _partner(library, "sao paulo (STATE)").name == "São Paulo (state)"
    assert find_partner(library, "Atlantis") is None


def test_add_agreement_and_find_it_again(library: Library) -> None:
    paris = _partner(library, "Paris")
    added = add_agreement(
        library,
        AgreementCreate(
            partner_id=paris.id,
            title="Joint Statement on the Olympic and Paralympic Legacy",
            type=AgreementType.JOINT_STATEMENT,
            date_signed=dt.date(2024, 8, 11),
            areas="sports; culture;  ; Sports",
            notes="Signed at the Hôtel de Ville\nsecond line",
            expires_on=dt.date(2029, 8, 10),
        ),
    )
    got = get_agreement(library, added.id)
    assert got.areas == ["sports", "culture"]
    assert got.notes == "Signed at the Hôtel de Ville\nsecond line"
    assert (got.partner_name, got.relationship) == ("Paris", Relationship.SISTER_FRIENDSHIP)
    assert get_partner(library, paris.id).agreement_count == 4
    assert [a.id for a in list_agreements(library, partner_id=paris.id)][0] == added.id


def test_agreement_validation(library: Library) -> None:
    seoul = _partner(library, "Seoul")
    base = {"partner_id": seoul.id, "title": "T", "date_signed": dt.date(2020, 1, 1)}
    with pytest.raises(ValidationError, match="title"):
        add_agreement(library, AgreementCreate(**{**base, "title": " \u200b "}))
    with pytest.raises(ValidationError, match="partner"):
        add_agreement(library, AgreementCreate(**{**base, "partner_id": 9999}))
    with pytest.raises(ValidationError, match="Expires on"):
        add_agreement(library, AgreementCreate(**{**base, "expires_on": dt.date(2019, 1, 1)}))
    with pytest.raises(ValidationError, match="1000"):
        add_agreement(library, AgreementCreate(**{**base, "title": "x" * 1001}))
    assert get_partner(library, seoul.id).agreement_count == 2


def test_duplicate_partner_title_and_date_is_refused_unless_allowed(library: Library) -> None:
    seoul_mou = next(a for a in list_agreements(library) if a.partner_name == "Seoul")
    data = AgreementCreate(
        partner_id=seoul_mou.partner_id,
        title=seoul_mou.title.upper() + "  ",
        date_signed=seoul_mou.date_signed,
    )
    assert find_duplicate(
        library,
        partner_id=data.partner_id,
        title=data.title,
        date_signed=data.date_signed,
    )
    with pytest.raises(DuplicateError, match="already has"):
        add_agreement(library, data)
    assert add_agreement(library, data, allow_duplicate=True).id > 21


def test_same_title_on_another_date_is_not_a_duplicate(library: Library) -> None:
    nsw = list_agreements(library, partner_id=_partner(library, "New South Wales").id)
    assert len(nsw) == 2
    assert nsw[0].title == nsw[1].title


def test_update_agreement(library: Library) -> None:
    agreement = list_agreements(library)[0]
    updated = update_agreement(
        library, agreement.id, AgreementUpdate(areas=["environment"], notes="renewal due")
    )
    assert (updated.areas, updated.notes, updated.title) == (
        ["environment"],
        "renewal due",
        agreement.title,
    )
    with pytest.raises(ValidationError):
        update_agreement(library, agreement.id, AgreementUpdate(supersedes_id=agreement.id))
    with pytest.raises(NotFoundError):
        update_agreement(library, 12345, AgreementUpdate(notes="x"))


def test_delete_agreement_trashes_its_documents_and_unlinks_successors(
    library: Library, samples
) -> None:
    nsw = _partner(library, "New South Wales")
    old, new = sorted(list_agreements(library, partner_id=nsw.id), key=lambda a: a.date_signed)
    update_agreement(library, new.id, AgreementUpdate(supersedes_id=old.id))
    attach_document(library, old.id, samples / "minimal-document.pdf")
    files = stored(library)  # in attachments/, or in the database on a server
    assert len(files) == 1
    delete_agreement(library, old.id)
    assert get_agreement(library, new.id).supersedes_id is None
    assert stored(library) == files  # kept while in the trash
    with pytest.raises(NotFoundError):
        get_agreement(library, old.id)
    purge(library, "agreement", old.id)
    assert get_agreement(library, new.id).supersedes_id is None
    assert stored(library) == []


def test_partner_with_agreements_is_never_left_with_orphans(library: Library, samples) -> None:
    paris = _partner(library, "Paris")
    attach_document(
        library, list_agreements(library, partner_id=paris.id)[0].id, samples / "jo.pdf"
    )
    with pytest.raises(InUseError, match="3 agreement"):
        delete_partner(library, paris.id)
    assert get_partner(library, paris.id).agreement_count == 3
    delete_partner(library, paris.id, with_agreements=True)
    assert find_partner(library, "Paris") is None
    assert len(list_agreements(library)) == 18
    assert stored(library) != []  # in the trash, not gone
    purge(library, "partner", paris.id)
    assert stored(library) == []


def test_partner_without_agreements_is_deleted(library: Library) -> None:
    rome = _partner(library, "Rome")
    delete_partner(library, rome.id)
    assert len(list_partners(library)) == 19


def test_fold_is_the_search_key() -> None:
    assert fold("Joint Communiqué") == fold("joint communique")
    assert fold("ＭＯＵ") == "mou"
    assert fold("São Paulo") == "sao paulo"
    assert fold("서울") == "서울"
    assert fold("Straße") == "strasse"


def test_enum_labels_parse_back() -> None:
    for member in AgreementType:
        assert AgreementType.from_label(member.label) is member
    assert AgreementType.from_label("joint communique") is AgreementType.JOINT_COMMUNIQUE
    for member in Relationship:
        assert Relationship.from_label(member.label.upper()) is member
    with pytest.raises(ValueError, match="Memorandum of understanding, Joint statement"):
        AgreementType.from_label("treaty")
    assert DocumentRole.from_label("signed original") is DocumentRole.SIGNED_ORIGINAL
    assert DocumentRole.SIGNED_ORIGINAL.label == "Signed original"
    assert PartnerKind.from_label("Region") is PartnerKind.REGION


def test_known_areas_are_the_distinct_areas_of_agreements_in_use(library) -> None:
    from db.agreements import delete_agreement, known_areas, list_agreements, update_agreement
    from db.schemas import AgreementUpdate

    first, second, third = list_agreements(library)[:3]
    update_agreement(library, first.id, AgreementUpdate(areas=["Culture", "Égalité", "sports"]))
    update_agreement(library, second.id, AgreementUpdate(areas=["culture", "Environment"]))
    update_agreement(library, third.id, AgreementUpdate(areas=["Only in the trash"]))
    delete_agreement(library, third.id)
    areas = known_areas(library)
    assert "Only in the trash" not in areas
    assert {"Culture", "Égalité", "sports", "culture", "Environment"} <= set(areas)
    assert areas.index("Égalité") < areas.index("Environment")  # sorted as folded text
