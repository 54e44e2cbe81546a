"""Database snapshots in backups/: consistent copies, verified, rotated, once a day at start."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from db.errors import BackupError
from db.library import Library
from db.opening import open_library
from db.partners import list_partners
from db.storage import snapshots as backup

T0 = dt.datetime(2026, 11, 30, 8, 0, 0, tzinfo=dt.UTC)


def _rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def test_a_snapshot_is_a_verified_standalone_copy(library: Library) -> None:
    path = backup.snapshot(library, reason="manual", now=T0)
    assert path == library.backups_dir / "accord-20261130T080000Z-manual.sqlite3"
    assert backup.file_integrity_problems(path) == []
    assert _rows(path, "SELECT count(*) FROM partner") == [(20,)]
    assert _rows(path, "PRAGMA journal_mode") == [("delete",)]  # no -wal file needed
    assert sorted(p.name for p in library.backups_dir.iterdir()) == [path.name]  # no temp left


def test_a_snapshot_holds_only_what_was_committed(library: Library) -> None:
    """Another connection holds an open write transaction while the snapshot is made."""
    assert library.database_path is not None
    other = sqlite3.connect(library.database_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute(
            "INSERT INTO partner (name, local_name, country, kind, relationship, notes,"
            " created_at, updated_at) SELECT 'Uncommitted ' || name, local_name, country, kind,"
            " relationship, notes, created_at, updated_at FROM partner"
        )
        assert other.execute("SELECT count(*) FROM partner").fetchone() == (40,)
        path = backup.snapshot(library, reason="manual", now=T0)
        other.execute("COMMIT")
    finally:
        other.close()
    assert _rows(path, "SELECT count(*) FROM partner") == [(20,)]
    assert _rows(path, "SELECT count(*) FROM partner WHERE name LIKE 'Uncommitted%'") == [(0,)]
    assert len(list_partners(library)) == 40  # the live library has the later commit


def test_the_newest_ten_are_kept(library: Library) -> None:
    made = [
        backup.snapshot(library, reason="manual", now=T0 + dt.timedelta(hours=hour))
        for hour in range(13)
    ]
    kept = backup.snapshots(library.backups_dir)
    assert kept == made[-10:]
    assert not any(path.exists() for path in made[:3])


def test_two_snapshots_in_one_second_both_stay(library: Library) -> None:
    first = backup.snapshot(library, reason="manual", now=T0)
    second = backup.snapshot(library, reason="manual", now=T0)
    assert first != second
    assert first.exists()
    assert second.exists()
    assert second.name == "accord-20261130T080000Z-manual-2.sqlite3"


def test_reasons_become_safe_file_names(library: Library) -> None:
    path = backup.snapshot(library, reason="Before upgrade/../0002_x", now=T0)
    assert path.parent == library.backups_dir
    assert path.name == "accord-20261130T080000Z-before-upgrade-..-0002-x.sqlite3"


def test_other_files_in_backups_are_neither_counted_nor_deleted(library: Library) -> None:
    archive = library.backups_dir / "accord-library-20200101T000000Z.zip"
    archive.write_bytes(b"kept")
    mine = library.backups_dir / "my notes.txt"
    mine.write_text("kept")
    for hour in range(12):
        backup.snapshot(library, reason="daily", now=T0 + dt.timedelta(hours=hour))
    assert archive.read_bytes() == b"kept"
    assert mine.read_text() == "kept"
    assert len(backup.snapshots(library.backups_dir)) == 10


def test_daily_snapshot_only_once_a_day(library: Library) -> None:
    assert backup.snapshots(library.backups_dir) == []  # a new library has nothing to keep
    first = backup.daily_snapshot(library, now=T0)
    assert first is not None
    assert first.name.endswith("-daily.sqlite3")
    assert backup.daily_snapshot(library, now=T0 + dt.timedelta(hours=23, minutes=59)) is None
    later = backup.daily_snapshot(library, now=T0 + dt.timedelta(hours=24, seconds=1))
    assert later is not None
    assert later != first
    assert backup.snapshots(library.backups_dir) == [first, later]


def test_a_snapshot_dated_in_the_future_does_not_stop_the_daily_one(library: Library) -> None:
    """A clock set wrong once must not stop backups for good."""
    backup.snapshot(library, reason="manual", now=T0 + dt.timedelta(days=400))
    assert backup.daily_snapshot(library, now=T0) is not None


def test_opening_an_existing_library_makes_the_daily_snapshot(library_dir: Path) -> None:
    open_library(library_dir).close()
    assert list((library_dir / "backups").iterdir()) == []  # just created: nothing to keep
    open_library(library_dir).close()
    (daily,) = backup.snapshots(library_dir / "backups")
    assert daily.name.endswith("-daily.sqlite3")
    open_library(library_dir).close()
    assert backup.snapshots(library_dir / "backups") == [daily]  # not twice the same day


def test_a_backups_folder_that_cannot_be_made_is_one_sentence(library: Library) -> None:
    assert library.database_path is not None
    blocked = library.root / "blocked"
    blocked.write_text("a file where the folder should be")
    with pytest.raises(BackupError, match=r"^The backups folder .* cannot be created: .*\.$"):
        backup.snapshot_file(library.database_path, blocked / "backups", reason="manual")


def test_a_damaged_database_gives_no_snapshot(library: Library) -> None:
    assert library.database_path is not None
    backup.snapshot(library, reason="manual", now=T0)
    library.close()
    data = bytearray(library.database_path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 64] = b"\xff" * 64  # scribble over a b-tree page
    library.database_path.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        backup.snapshot_file(library.database_path, library.backups_dir, reason="manual")
    names = sorted(p.name for p in library.backups_dir.iterdir())
    assert names == ["accord-20261130T080000Z-manual.sqlite3"]  # the good one kept, no temp


def test_no_snapshot_of_a_server_database() -> None:
    from db.storage.engine import create_engine

    engine = create_engine("postgresql+psycopg://clerk@127.0.0.1:1/accord")
    assert backup.snapshot_engine(engine, reason="daily") is None
    library = Library(root=Path("/nonexistent"), engine=engine)
    assert backup.daily_snapshot(library) is None
    with pytest.raises(BackupError, match="pg_dump"):
        backup.snapshot(library, reason="manual")
