"""The trash's rules that the mutation run (docs/mutation-testing.md) found untested:
who deleted, one agreement in words, which parent to restore first, the 30-day boundary,
a purge that drops a superseded link, and purge_expired going on past a gone item."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import (
    add_agreement,
    delete_agreement,
    get_agreement,
    list_agreements,
    update_agreement,
)
from db.documents import attach_document, remove_document
from db.errors import NotFoundError, TrashError
from db.history.read import record_history
from db.models import Agreement
from db.partners import delete_partner, find_partner
from db.schemas import AgreementCreate, AgreementUpdate
from db.storage.history_recorder import current_user, when
from db.trash import (
    list_trash,
    move_to_trash,
    purge,
    purge_expired,
    restore,
    restore_agreement,
    restore_partner,
)

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


pytestmark = pytest.mark.backends


def test_the_trash_names_who_deleted_as_the_session_says(library: Library, backend: str) -> None:
    agreement = list_agreements(library)[0]
    with library.session(write=True) as session:
        session.info["user"] = "registrar-kim"
        move_to_trash(session, [session.get(Agreement, agreement.id)])
        session.commit()
    [item] = list_trash(library)
    # On a server the database user, whoever the session says it is (history_recorder.user_of).
    expected = "registrar-kim" if backend == "sqlite" else library.engine.url.username
    assert item.deleted_by == expected


def test_one_agreement_taken_along_is_named_in_the_singular(library: Library) -> None:
    partner = find_partner(library, "Paris")
    assert partner is not None
    first, *others = list_agreements(library, partner_id=partner.id)
    for other in others:
        delete_agreement(library, other.id)
    delete_partner(library, partner.id, with_agreements=True)
    items = {(item.kind, item.id): item for item in list_trash(library)}
    assert items[("partner", partner.id)].holds == "1 agreement"


def test_a_document_waits_for_its_agreement_deleted_separately(
    library: Library, samples: Path
) -> None:
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, samples / "jo.pdf")
    remove_document(library, document.id)
    delete_agreement(library, agreement.id)

    with pytest.raises(TrashError) as refused:
        restore(library, "document", document.id)
    assert str(refused.value) == f"Restore the agreement “{agreement.title}” first."
    restore(library, "agreement", agreement.id)
    restore(library, "document", document.id)
    assert [d.id for d in get_agreement(library, agreement.id).documents] == [document.id]


def test_an_unknown_kind_is_refused_by_name(library: Library) -> None:
    with pytest.raises(ValueError, match="“contract” is not a kind of record"):
        restore(library, "contract", 1)
    with pytest.raises(NotFoundError, match="no partner with ID 999999 in the trash"):
        purge(library, "partner", 999999)


def test_purge_expired_keeps_what_is_exactly_the_age_and_empties_what_is_older(
    library: Library,
) -> None:
    agreement = list_agreements(library)[0]
    delete_agreement(library, agreement.id)
    [item] = list_trash(library)
    age = dt.timedelta(days=30)

    assert purge_expired(library, older_than=age, now=item.deleted_at + age) == 0
    assert [i.id for i in list_trash(library)] == [agreement.id]
    later = item.deleted_at + age + dt.timedelta(microseconds=1)
    assert purge_expired(library, older_than=age, now=later) == 1
    assert list_trash(library) == []


def test_purge_expired_goes_on_after_an_item_purged_with_an_earlier_one(
    library: Library, samples: Path
) -> None:
    # Oldest first: a document removed, an agreement of Paris deleted, then Paris with
    # the rest. Purging Paris takes its lone agreement too; the document must still go.
    other = list_agreements(library)[-1]
    document = attach_document(library, other.id, samples / "jo.pdf")
    remove_document(library, document.id)
    paris = find_partner(library, "Paris")
    assert paris is not None
    assert other.partner_id != paris.id
    lone = list_agreements(library, partner_id=paris.id)[0]
    delete_agreement(library, lone.id)
    delete_partner(library, paris.id, with_agreements=True)
    assert [i.kind for i in list_trash(library)] == ["partner", "agreement", "document"]

    now = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)
    assert purge_expired(library, now=now) == 2
    assert list_trash(library) == []


def test_purging_a_superseded_agreement_drops_the_link_in_the_successors_history(
    library: Library,
) -> None:
    old, *_ = list_agreements(library)
    successor = add_agreement(
        library,
        AgreementCreate(
            partner_id=old.partner_id,
            title="Renewed agreement",
            date_signed=dt.date(2024, 1, 1),
            supersedes_id=old.id,
        ),
    )
    delete_agreement(library, old.id)
    purge(library, "agreement", old.id)

    after = get_agreement(library, successor.id)
    assert after.supersedes_id is None
    assert after.version == successor.version + 1
    changes = [
        e for e in record_history(library, "agreement", successor.id) if e.action == "changed"
    ]
    assert [e.field for e in changes] == ["supersedes_id"]


def test_changing_a_record_in_the_trash_says_who_moved_it_there_and_when(
    library: Library, backend: str
) -> None:
    agreement = list_agreements(library)[0]
    delete_agreement(library, agreement.id)
    [item] = list_trash(library)
    # The operating-system user on SQLite, the database user on a server.
    assert item.deleted_by == (
        current_user() if backend == "sqlite" else library.engine.url.username
    )
    with pytest.raises(NotFoundError) as refused:
        update_agreement(library, agreement.id, AgreementUpdate(notes="late edit"))
    assert str(refused.value) == (
        f"The agreement “{agreement.title}” is in the trash "
        f"(moved there by {item.deleted_by} at {when(item.deleted_at)})."
    )


def test_restore_partner_and_restore_agreement_bring_back_what_they_name(
    library: Library,
) -> None:
    rome = find_partner(library, "Rome")
    assert rome is not None
    delete_partner(library, rome.id, with_agreements=True)
    agreement = list_agreements(library)[0]
    delete_agreement(library, agreement.id)

    restore_agreement(library, agreement.id)
    assert get_agreement(library, agreement.id).id == agreement.id
    assert [i.kind for i in list_trash(library)] == ["partner"]
    restore_partner(library, rome.id)
    assert list_trash(library) == []
    assert find_partner(library, "Rome") is not None


def test_a_record_trashed_without_a_recorded_user_names_only_the_time(library: Library) -> None:
    agreement = list_agreements(library)[0]
    delete_agreement(library, agreement.id)
    with library.engine.begin() as conn:  # the column allows no user
        conn.execute(sa.text("UPDATE agreement SET deleted_by = NULL"))
    [item] = list_trash(library)
    assert item.deleted_by == ""
    with pytest.raises(NotFoundError) as refused:
        update_agreement(library, agreement.id, AgreementUpdate(notes="late edit"))
    assert str(refused.value) == (
        f"The agreement “{agreement.title}” is in the trash (moved there at "
        f"{when(item.deleted_at)})."
    )
