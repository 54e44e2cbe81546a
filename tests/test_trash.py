"""The trash: deleting moves records there; restore brings back a whole batch; purge is for good."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import delete_agreement, find_duplicate, get_agreement, list_agreements
from db.csv.export import select_agreements
from db.documents import attach_document, document_file, get_document, remove_document
from db.errors import DuplicateError, NotFoundError, TrashError
from db.partners import add_partner, delete_partner, find_partner, get_partner, list_partners
from db.schemas import PartnerCreate
from db.trash import list_trash, purge, purge_expired, restore, restore_document
from tests.stored_files import stored

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


pytestmark = pytest.mark.backends


def _partner(library: Library, name: str):  # noqa: ANN202 - test helper
    found = find_partner(library, name)
    assert found is not None
    return found


def _rows(library: Library, table: str) -> int:
    with library.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()


def _files(library: Library) -> list[Path]:
    return sorted(p for p in library.attachments_dir.rglob("*") if p.is_file())


def test_a_partner_with_agreements_and_documents_goes_and_comes_back_whole(
    library: Library, samples: Path
) -> None:
    paris = _partner(library, "Paris")
    agreements = list_agreements(library, partner_id=paris.id)
    assert len(agreements) == 3
    first = attach_document(library, agreements[0].id, samples / "jo.pdf", language="fr")
    second = attach_document(library, agreements[1].id, samples / "minimal-document.pdf")
    files = _files(library)

    delete_partner(library, paris.id, with_agreements=True)

    assert find_partner(library, "Paris") is None
    assert all(p.name != "Paris" for p in list_partners(library))
    assert len(list_agreements(library)) == 18
    for getter, ident in [
        (get_partner, paris.id),
        (get_agreement, agreements[0].id),
        (get_document, first.id),
    ]:
        with pytest.raises(NotFoundError):
            getter(library, ident)
    assert _files(library) == files  # stored files stay while in the trash
    [item] = list_trash(library)
    assert (item.kind, item.id, item.name, item.parent) == ("partner", paris.id, "Paris", "")
    assert item.holds == "3 agreements, 2 documents"
    assert item.deleted_by
    assert item.deleted_at.tzinfo is not None

    restore(library, "agreement", agreements[2].id)  # any record of the batch restores it all

    assert list_trash(library) == []
    assert get_partner(library, paris.id).agreement_count == 3
    restored = get_agreement(library, agreements[0].id)
    assert [d.id for d in restored.documents] == [first.id]
    assert (
        document_file(library, second.id).read_bytes()
        == (samples / "minimal-document.pdf").read_bytes()
    )


def test_an_agreement_deleted_before_its_partner_stays_in_the_trash_on_its_own(
    library: Library,
) -> None:
    paris = _partner(library, "Paris")
    lone, *rest = list_agreements(library, partner_id=paris.id)
    delete_agreement(library, lone.id)
    delete_partner(library, paris.id, with_agreements=True)
    items = {(item.kind, item.id): item for item in list_trash(library)}
    assert items[("partner", paris.id)].holds == "2 agreements"
    assert items[("agreement", lone.id)].parent == "Paris"

    with pytest.raises(TrashError, match="^Restore the partner Paris first.$"):
        restore(library, "agreement", lone.id)
    restore(library, "partner", paris.id)
    assert get_partner(library, paris.id).agreement_count == 2  # the lone one stays deleted
    restore(library, "agreement", lone.id)
    assert get_partner(library, paris.id).agreement_count == 3


def test_a_removed_document_is_restored_to_its_agreement(library: Library, samples: Path) -> None:
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, samples / "jo.pdf")
    remove_document(library, document.id)
    assert get_agreement(library, agreement.id).documents == []
    [item] = list_trash(library)
    assert (item.kind, item.name, item.parent) == ("document", "jo.pdf", agreement.title)
    with pytest.raises(DuplicateError, match="in the trash"):
        attach_document(library, agreement.id, samples / "jo.pdf")
    restore_document(library, document.id)
    assert [d.id for d in get_agreement(library, agreement.id).documents] == [document.id]
    with pytest.raises(NotFoundError, match="in the trash"):
        restore_document(library, document.id)


def test_purge_removes_a_stored_file_only_when_no_row_refers_to_it(
    library: Library, samples: Path
) -> None:
    one, two = list_agreements(library)[:2]
    kept = attach_document(library, one.id, samples / "jo.pdf")
    trashed = attach_document(library, two.id, samples / "jo.pdf")
    only = attach_document(library, two.id, samples / "minimal-document.pdf")
    delete_agreement(library, two.id)
    pages_before = _rows(library, "document_page")
    assert pages_before > 0

    purge(library, "agreement", two.id)

    assert _rows(library, "document") == 1
    assert document_file(library, kept.id).is_file()  # shared with a live document
    # Where the library keeps its stored files: attachments/, or the server's database.
    assert stored(library) == [
        f"db:{kept.sha256}" if library.documents_in_database else kept.stored_path
    ]
    assert trashed.sha256 == kept.sha256
    assert only.sha256 != kept.sha256
    assert list_trash(library) == []
    with pytest.raises(NotFoundError):
        purge(library, "agreement", two.id)


def test_purge_needs_the_record_in_the_trash(library: Library) -> None:
    agreement = list_agreements(library)[0]
    with pytest.raises(NotFoundError, match="in the trash"):
        purge(library, "agreement", agreement.id)
    assert get_agreement(library, agreement.id).id == agreement.id


def test_purge_expired_by_age(library: Library, samples: Path) -> None:
    rome = _partner(library, "Rome")
    delete_partner(library, rome.id, with_agreements=True)
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, samples / "jo.pdf")
    remove_document(library, document.id)
    now = dt.datetime.now(dt.UTC)

    assert purge_expired(library, now=now) == 0
    assert len(list_trash(library)) == 2
    assert (
        purge_expired(library, older_than=dt.timedelta(days=30), now=now + dt.timedelta(days=31))
        == 2
    )
    assert list_trash(library) == []
    assert _rows(library, "partner") == 19
    assert _files(library) == []


def test_queries_and_duplicate_checks_skip_trashed_records(library: Library) -> None:
    nsw = _partner(library, "New South Wales")
    agreement = list_agreements(library, partner_id=nsw.id)[0]
    delete_agreement(library, agreement.id)
    assert agreement.id not in {a.id for a in list_agreements(library)}
    assert agreement.id not in {a.id for a in select_agreements(library)}
    assert get_partner(library, nsw.id).agreement_count == 1
    found = find_duplicate(
        library, partner_id=nsw.id, title=agreement.title, date_signed=agreement.date_signed
    )
    assert found is None


def test_a_trashed_partner_keeps_its_name_until_purged(library: Library) -> None:
    rome = _partner(library, "Rome")
    delete_partner(library, rome.id)
    with pytest.raises(DuplicateError, match="“Rome” is in the trash"):
        add_partner(library, PartnerCreate(name="Rome", country="Italy"))
    added = add_partner(library, PartnerCreate(name="ROME", country="Italy"))
    with pytest.raises(TrashError, match="Another partner is now named “ROME”"):
        restore(library, "partner", rome.id)
    assert find_partner(library, "rome").id == added.id
    purge(library, "partner", rome.id)
    assert [p.name for p in list_partners(library) if p.country == "Italy"] == ["ROME"]
