"""Record versions: each change adds one; a stale save or delete is refused with ConflictError."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from db.agreements import delete_agreement, get_agreement, list_agreements, update_agreement
from db.documents import attach_document, remove_document
from db.errors import ConflictError
from db.partners import delete_partner, find_partner, update_partner
from db.schemas import AgreementRead, AgreementUpdate, PartnerRead, PartnerUpdate

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


pytestmark = pytest.mark.backends


def test_every_change_adds_one_to_the_version(library: Library) -> None:
    agreement = list_agreements(library)[0]
    assert agreement.version == 1
    second = update_agreement(library, agreement.id, AgreementUpdate(notes="a"))
    third = update_agreement(library, agreement.id, AgreementUpdate(notes="b"), expected_version=2)
    assert (second.version, third.version) == (2, 3)
    same = update_agreement(library, agreement.id, AgreementUpdate(notes="b"))
    assert same.version == 3  # nothing changed, no new version


def test_a_stale_agreement_save_is_refused_with_the_stored_version(library: Library) -> None:
    mine = list_agreements(library)[0]
    theirs = update_agreement(library, mine.id, AgreementUpdate(title="Their title"))
    with pytest.raises(ConflictError) as caught:
        update_agreement(
            library, mine.id, AgreementUpdate(title="My title"), expected_version=mine.version
        )
    message = str(caught.value)
    assert message.startswith("Someone else changed “Their title” after you opened it (by ")
    assert message.endswith(" UTC).")
    assert isinstance(caught.value.current, AgreementRead)
    assert caught.value.current.title == "Their title"
    assert caught.value.current.version == theirs.version
    assert get_agreement(library, mine.id).title == "Their title"  # nothing overwritten
    with pytest.raises(ConflictError):
        delete_agreement(library, mine.id, expected_version=mine.version)
    assert get_agreement(library, mine.id).id == mine.id


def test_a_stale_partner_save_or_delete_is_refused(library: Library) -> None:
    rome = find_partner(library, "Rome")
    assert rome is not None
    update_partner(library, rome.id, PartnerUpdate(notes="changed by a colleague"))
    with pytest.raises(ConflictError) as caught:
        update_partner(library, rome.id, PartnerUpdate(notes="mine"), expected_version=1)
    assert isinstance(caught.value.current, PartnerRead)
    assert caught.value.current.notes == "changed by a colleague"
    with pytest.raises(ConflictError):
        delete_partner(library, rome.id, expected_version=1)
    delete_partner(library, rome.id, expected_version=2)


def test_documents_have_versions_too(library: Library, samples: Path) -> None:
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, samples / "jo.pdf")
    assert document.version == 1
    with pytest.raises(ConflictError):
        remove_document(library, document.id, expected_version=7)
    remove_document(library, document.id, expected_version=1)
