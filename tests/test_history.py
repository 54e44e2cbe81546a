"""The history: every change through a Library session, append-only, with user and UTC time."""

from __future__ import annotations

import datetime as dt
import getpass
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import add_agreement, delete_agreement, list_agreements, update_agreement
from db.documents import attach_document, remove_document
from db.enums import AgreementType
from db.history.read import record_history
from db.models import Agreement
from db.partners import find_partner
from db.schemas import AgreementCreate, AgreementUpdate
from db.trash import purge, restore

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


pytestmark = pytest.mark.backends


def _actions(library: Library, kind: str, record_id: int) -> list[tuple]:
    return [
        (e.action, e.field, e.old_value, e.new_value)
        for e in record_history(library, kind, record_id)
    ]


def test_create_change_trash_restore_and_documents_are_recorded(
    library: Library, samples: Path, backend: str
) -> None:
    seoul = find_partner(library, "Seoul")
    assert seoul is not None
    before = dt.datetime.now(dt.UTC)
    agreement = add_agreement(
        library,
        AgreementCreate(
            partner_id=seoul.id,
            title="Memorandum on Sports",
            type=AgreementType.JOINT_STATEMENT,
            date_signed=dt.date(2024, 5, 1),
            areas=["Sports", "Culture"],
        ),
    )
    update_agreement(
        library, agreement.id, AgreementUpdate(title="Memorandum on Sport", notes="Signed in Seoul")
    )
    document = attach_document(library, agreement.id, samples / "jo.pdf", language="ko")
    remove_document(library, document.id)
    delete_agreement(library, agreement.id)
    restore(library, "agreement", agreement.id)

    entries = record_history(library, "agreement", agreement.id)
    # The operating-system user on SQLite; the database user on a server.
    user = getpass.getuser() if backend == "sqlite" else library.engine.url.username
    assert all(e.user == user for e in entries)
    assert all(before <= e.at <= dt.datetime.now(dt.UTC) for e in entries)
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    assert _actions(library, "agreement", agreement.id) == [
        ("created", None, None, None),  # one entry: the first values are the record's own
        ("changed", "title", "Memorandum on Sports", "Memorandum on Sport"),
        ("changed", "notes", "", "Signed in Seoul"),
        ("document added", None, None, "jo.pdf"),
        ("document removed", None, "jo.pdf", None),
        ("trashed", None, None, None),
        ("restored", None, None, None),
    ]
    changed = entries[1]
    assert changed.detail == "Title: “Memorandum on Sports” → “Memorandum on Sport”"
    document_actions = [a for a, *_ in _actions(library, "document", document.id)]
    assert document_actions[-2:] == ["created", "trashed"]
    assert _actions(library, "document", document.id)[0] == ("created", None, None, None)


def test_history_is_append_only_and_outlives_a_purge(library: Library) -> None:
    agreement = list_agreements(library)[0]
    update_agreement(library, agreement.id, AgreementUpdate(notes="first"))
    with library.engine.connect() as conn:
        first_rows = conn.execute(sa.text("SELECT * FROM history ORDER BY id")).all()
    update_agreement(library, agreement.id, AgreementUpdate(notes="second"))
    delete_agreement(library, agreement.id)
    purge(library, "agreement", agreement.id)
    with library.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT * FROM history ORDER BY id")).all()
    assert rows[: len(first_rows)] == first_rows  # earlier rows untouched
    assert [a for a, *_ in _actions(library, "agreement", agreement.id)] == [
        "changed",
        "changed",
        "trashed",
        "deleted",
    ]


def test_changes_made_with_orm_objects_in_a_session_are_recorded(library: Library) -> None:
    # The way the CSV import writes: ORM objects in one session, no code of its own.
    agreement = list_agreements(library)[0]
    with library.session(write=True) as session:
        row = session.get(Agreement, agreement.id)
        assert row is not None
        row.expires_on = dt.date(2030, 3, 31)
        session.add(row)
        session.commit()
    assert _actions(library, "agreement", agreement.id) == [
        ("changed", "expires_on", "", "2030-03-31")
    ]


def test_a_save_that_changes_nothing_records_nothing(library: Library) -> None:
    agreement = list_agreements(library)[0]
    update_agreement(library, agreement.id, AgreementUpdate(title=agreement.title))
    assert record_history(library, "agreement", agreement.id) == []
