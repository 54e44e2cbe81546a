"""Crash safety: writers killed with SIGKILL at random moments lose nothing.

Two writer processes (two colleagues) add, edit, delete, restore, purge,
attach, remove and import on one library; one or both are killed at a
random moment; then the library is checked (:mod:`tests.crash.checks`):
``integrity_check`` ok, ``foreign_key_check`` empty, every change journaled
as committed present with its values and nothing else, no import
half-applied, no stored file missing, no unreferenced file except the
leftover of the operation a kill cut short (reported by ``accord check``
and removable), and the library opens and accepts a write.

The marked test survives at least 200 kills; the
quick one, about 10, runs with the rest of the suite. ``CRASH_SEED``
repeats a run's random choices (not its timing).
"""

from __future__ import annotations

import json
import os
import random
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import delete_agreement, get_agreement, list_agreements
from db.csv.importer import apply_import, plan_import
from db.documents import attach_document, copy_into_library, document_file
from db.opening import open_library
from db.partners import add_partner
from db.safekeeping.check import check_library
from db.schemas import PartnerCreate
from db.storage.history_recorder import RecordedSession
from db.storage.sqlite import WRITE_OPTION
from tests.crash.harness import make_pdfs, run_rounds

if TYPE_CHECKING:
    from pathlib import Path

    from db.library import Library


def _seed() -> int:
    return int(os.environ.get("CRASH_SEED") or random.randrange(2**32))


def test_writers_killed_about_ten_times_lose_nothing(tmp_path: Path) -> None:
    seed = _seed()
    report = run_rounds(tmp_path, kills=10, seed=seed)
    print(f"seed {seed}: {report}")
    assert report.kills >= 10
    assert report.committed > 0


@pytest.mark.crash
def test_writers_survive_200_kills(tmp_path: Path) -> None:
    seed = _seed()
    report = run_rounds(tmp_path, kills=200, seed=seed)
    print(f"seed {seed}: {report}")
    assert report.kills >= 200


def test_import_applies_while_something_is_in_the_trash(library: Library) -> None:
    # Found by the writers: the trash made every import "changed since the preview".
    first, second = list_agreements(library)[:2]
    delete_agreement(library, second.id)
    header = "ID,Partner,Agreement,Date signed,Notes\r\n"
    row = f"{first.id},{first.partner_name},{first.title},{first.date_signed},Renewed\r\n"
    result = apply_import(library, plan_import(library, (header + row).encode()))
    assert result.updated == (first.id,)
    assert get_agreement(library, first.id).notes == "Renewed"


def _pdf(tmp_path: Path) -> Path:
    return make_pdfs(tmp_path / "pdfs", count=1) / "signed-1.pdf"


def test_an_orphan_left_by_a_killed_attach_is_taken_by_the_next_attach(
    library: Library, tmp_path: Path
) -> None:
    pdf = _pdf(tmp_path)
    stored, _size, created = copy_into_library(library, pdf, None)  # then the kill came
    assert created
    assert any(stored in problem for problem in check_library(library).problems)
    agreement = list_agreements(library)[0]
    document = attach_document(library, agreement.id, pdf)
    assert document.stored_path == stored
    assert check_library(library).ok


def test_attach_puts_back_a_file_removed_as_unreferenced_before_its_write_lock(
    library: Library, tmp_path: Path
) -> None:
    # Another process's purge removes the unreferenced file after this attach copied it
    # (found there) but before this attach took the write lock: the row must not point
    # at nothing.
    pdf = _pdf(tmp_path)
    stored, _size, _created = copy_into_library(library, pdf, None)
    removed: list[bool] = []

    def remove_once(_session: object, _transaction: object, connection: sa.Connection) -> None:
        if connection.get_execution_options().get(WRITE_OPTION) and not removed:
            library.path_of(stored).unlink()
            removed.append(True)

    sa.event.listen(RecordedSession, "after_begin", remove_once)
    try:
        document = attach_document(library, list_agreements(library)[0].id, pdf)
    finally:
        sa.event.remove(RecordedSession, "after_begin", remove_once)
    assert removed
    assert document_file(library, document.id).read_bytes() == pdf.read_bytes()
    assert check_library(library).ok


def test_the_checks_find_a_lost_commitment_an_unjournaled_record_and_a_stray_file(
    tmp_path: Path,
) -> None:
    expectation = run_rounds(tmp_path, kills=2, seed=7).expectation
    library_dir, journal = tmp_path / "library", tmp_path / "w1.journal"
    assert expectation.check(library_dir, killed=set()) == []
    library = open_library(library_dir)
    add_partner(library, PartnerCreate(name="w1·unjournaled Lima", country="Peru"))
    library.close()
    lost = {"writer": "w1", "inc": "x", "kind": "commit", "op": "add_agreement", "id": 99999,
            "partner_id": 1, "title": "w1·lost", "notes": ""}  # fmt: skip
    with journal.open("a", encoding="utf-8") as out:
        out.write(json.dumps(lost) + "\n")
    stray = library_dir / "attachments" / "ab" / ("ab" + "0" * 62 + ".pdf")
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"%PDF-1.4\n%%EOF\n")
    problems = "\n".join(expectation.check(library_dir, killed=set()))
    assert "('agreement', 99999)" in problems  # journaled as committed, not stored
    assert "w1·unjournaled Lima" in problems  # stored, never journaled
    assert f"{stray.relative_to(library_dir).as_posix()} is used by no record" in problems
