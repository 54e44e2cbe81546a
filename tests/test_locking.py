"""Two real processes on one SQLite library: writes wait, a long hold is told, changes are seen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from db.agreements import get_agreement, list_agreements, update_agreement
from db.errors import LibraryError
from db.library import DATABASE_NAME, Library
from db.schemas import AgreementUpdate
from db.storage import sqlite
from db.storage.engine import create_engine, sqlite_url
from db.watch import ChangeWatcher

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[1]

_PRELUDE = """
import sys
from pathlib import Path
from db.storage.engine import create_engine, sqlite_url
from db.library import Library
root = Path(sys.argv[1])
library = Library(root=root, engine=create_engine(sqlite_url(root / "accord.sqlite3")))
"""

#: Appends ``tag`` to an agreement's notes N times as a window does: read, then save
#: with the version read; told of a conflict, it reads again and retries.
WRITER = (
    _PRELUDE
    + """
from db.agreements import get_agreement, update_agreement
from db.errors import ConflictError
from db.schemas import AgreementUpdate
agreement_id, times, tag = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
print("started", flush=True)
conflicts = 0
for i in range(times):
    while True:
        seen = get_agreement(library, agreement_id)
        try:
            update_agreement(
                library, agreement_id, AgreementUpdate(notes=seen.notes + tag),
                expected_version=seen.version,
            )
            break
        except ConflictError:
            conflicts += 1
print("done", conflicts, flush=True)
"""
)

#: Takes the write lock (BEGIN IMMEDIATE) and holds it until a line arrives on stdin.
HOLDER = (
    _PRELUDE
    + """
with library.session(write=True) as session:
    session.connection()
    print("holding", flush=True)
    sys.stdin.readline()
print("released", flush=True)
"""
)


def _start(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    return out


@pytest.fixture
def holder(library: Library) -> Iterator[subprocess.Popen[str]]:
    process = _start(HOLDER, library.root)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "holding"
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


def test_two_processes_writing_at_once_never_see_database_is_locked(library: Library) -> None:
    agreement = list_agreements(library)[0]
    writers = [_start(WRITER, library.root, agreement.id, 25, tag) for tag in "ab"]
    for writer in writers:
        assert "done" in _finish(writer)
    final = get_agreement(library, agreement.id)
    # Every save kept: no lost update (stale saves were told and retried), no "database is locked".
    assert sorted(final.notes) == ["a"] * 25 + ["b"] * 25
    assert final.version == 51


def test_a_writer_waits_for_a_short_hold(library: Library, holder: subprocess.Popen[str]) -> None:
    agreement = list_agreements(library)[0]
    writer = _start(WRITER, library.root, agreement.id, 1, "x")
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "started"
    assert holder.stdin is not None
    holder.stdin.write("go\n")
    holder.stdin.flush()
    assert "released" in _finish(holder)
    assert "done" in _finish(writer)
    assert get_agreement(library, agreement.id).notes.endswith("x")


def test_a_hold_longer_than_the_busy_timeout_gives_one_sentence(
    library: Library, holder: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_MS", 300)  # for the new engine's connections
    impatient = Library(
        root=library.root, engine=create_engine(sqlite_url(library.root / DATABASE_NAME))
    )
    agreement = list_agreements(impatient)[0]  # reading is never blocked (WAL)
    try:
        with pytest.raises(LibraryError) as caught:
            update_agreement(impatient, agreement.id, AgreementUpdate(notes="mine"))
        assert str(caught.value) == (
            "The library is busy with another Accord window or user; try again."
        )
    finally:
        impatient.close()
    assert holder.stdin is not None
    holder.stdin.write("go\n")
    holder.stdin.flush()
    _finish(holder)
    assert get_agreement(library, agreement.id).notes == agreement.notes


def test_the_watcher_sees_another_process_commit_and_not_a_quiet_moment(
    library: Library,
) -> None:
    watcher = ChangeWatcher(library)
    try:
        assert not watcher.changed()
        list_agreements(library)  # reading changes nothing
        assert not watcher.changed()
        agreement = list_agreements(library)[0]
        _finish(_start(WRITER, library.root, agreement.id, 1, "z"))
        assert watcher.changed()
        assert not watcher.changed()
    finally:
        watcher.close()
