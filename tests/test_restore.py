"""Restoring a database snapshot from backups/ (``accord restore …sqlite3``), and the way to it.

A damaged library's sentence names its newest sound snapshot and the
command that restores it; that command verifies the snapshot, keeps the
current database in backups/ (never deleted), puts the snapshot in place,
leaves the documents alone and upgrades an older schema.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import shlex
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from db.agreements import get_agreement, update_agreement
from db.csv.export import export_agreements
from db.documents import attach_document
from db.errors import BackupError, LibraryError
from db.opening import open_library
from db.partners import list_partners
from db.safekeeping.archive import make_archive
from db.safekeeping.check import check_library
from db.safekeeping.restore import restore_backup, restore_snapshot
from db.schemas import AgreementUpdate
from db.storage import migrate
from db.storage import snapshots as backup
from desktop.cli.main import main

if TYPE_CHECKING:
    from db.library import Library

LIBRARIES = Path(__file__).with_name("data") / "libraries"


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _export(library: Library) -> bytes:
    out = io.BytesIO()
    export_agreements(library, out)
    return out.getvalue()


@pytest.fixture
def snapshotted(library_dir: Path, samples: Path) -> tuple[Path, bytes]:
    """A closed library with a document and a daily snapshot; the export the snapshot holds."""
    library = open_library(library_dir)
    attach_document(library, 1, samples / "jo.pdf")
    saved = backup.snapshot(library, reason="daily")
    exported = _export(library)
    update_agreement(library, 2, AgreementUpdate(notes="after the snapshot"))
    library.close()
    return saved, exported


@pytest.mark.parametrize("damage", ["truncate", "empty"])
def test_a_damaged_database_names_its_newest_snapshot_and_the_command_that_restores_it(
    capsys: pytest.CaptureFixture[str],
    library_dir: Path,
    snapshotted: tuple[Path, bytes],
    samples: Path,
    damage: str,
) -> None:
    saved, exported = snapshotted
    # An older snapshot and a damaged newer one: neither is the one to restore.
    shutil.copyfile(saved, saved.with_name("accord-20200101T000000Z-daily.sqlite3"))
    bad = saved.with_name("accord-29991231T000000Z-manual.sqlite3")
    bad.write_bytes(saved.read_bytes()[:5000])
    database = library_dir / "accord.sqlite3"
    if damage == "truncate":
        with database.open("r+b") as handle:
            handle.truncate(5000)
    else:
        database.write_bytes(b"")
    damaged = database.read_bytes()

    code, out, err = _cli(capsys, "--library", str(library_dir), "check")

    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "damaged" in err
    assert f"the newest automatic backup of it is {saved} (made " in err
    command = err.split("“")[-1].split("”")[0]
    assert command == f"accord --library {library_dir} restore {saved}"

    # The command it gives works: the snapshot is back, the damaged file kept, documents alone.
    code, out, err = _cli(capsys, *shlex.split(command)[1:])
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"Restored the database of the library at {library_dir.resolve()}")
    assert "the documents in its attachments folder were not changed" in lines[0]
    kept = Path(lines[1].removeprefix("The previous database is kept in ").rstrip("."))
    assert kept.parent == library_dir.resolve() / "backups"
    assert kept.read_bytes() == damaged  # moved aside, never deleted
    library = open_library(library_dir)
    try:
        assert _export(library) == exported
        assert check_library(library).ok
        assert kept in list(library.backups_dir.iterdir())
    finally:
        library.close()
    backup.rotate(library_dir / "backups", keep=0)  # rotation spares the kept database
    assert kept.is_file()


def test_without_a_sound_snapshot_the_sentence_points_to_an_archive(library_dir: Path) -> None:
    open_library(library_dir).close()
    (library_dir / "accord.sqlite3").write_bytes(b"")
    with pytest.raises(LibraryError) as caught:
        open_library(library_dir)
    assert str(caught.value).endswith(
        f"restore it from a backup archive with “accord --library {library_dir} restore "
        "ARCHIVE.zip”, or move it away to start a new library."
    )


def test_a_snapshot_restored_into_an_open_library_keeps_a_checked_copy(
    library_dir: Path, snapshotted: tuple[Path, bytes]
) -> None:
    saved, exported = snapshotted
    library = open_library(library_dir)
    try:
        changed = _export(library)
        assert library.database_path is not None
        watcher = sqlite3.connect(library.database_path)  # another window's connection
        version = watcher.execute("PRAGMA data_version").fetchone()[0]

        done = restore_backup(library, saved)

        assert (done.kind, done.documents) == ("snapshot", None)
        assert done.made == backup.snapshot_time(saved)
        assert _export(library) == exported  # the same Library object reads the snapshot
        assert watcher.execute("PRAGMA data_version").fetchone()[0] != version
        watcher.close()
        assert done.kept is not None
        assert done.kept.name.endswith("-before-restore.sqlite3")
        assert backup.file_integrity_problems(done.kept) == []
        assert get_agreement(library, 1).document_count == 1  # documents untouched
        # ... and the previous state comes back from the kept copy.
        restore_snapshot(library, done.kept)
        assert _export(library) == changed
    finally:
        library.close()


def test_a_snapshot_into_a_new_folder_keeps_nothing(
    capsys: pytest.CaptureFixture[str], snapshotted: tuple[Path, bytes], tmp_path: Path
) -> None:
    saved, exported = snapshotted
    target = tmp_path / "new library"
    code, out, err = _cli(capsys, "--library", str(target), "restore", str(saved))
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == (
        f"There was no library at {target.resolve()} before, so there was nothing to keep."
    )
    assert not [p for p in (target / "backups").iterdir() if "restore" in p.name]
    library = open_library(target)
    try:
        assert _export(library) == exported
    finally:
        library.close()


def test_an_older_snapshot_is_upgraded(tmp_path: Path, library_dir: Path) -> None:
    open_library(library_dir).close()
    old = tmp_path / "accord-20250101T000000Z-daily.sqlite3"
    shutil.copyfile(LIBRARIES / "0.1" / "accord.sqlite3", old)

    done = restore_backup(library_dir, old)

    assert done.kept is not None
    assert done.kept.is_file()
    library = open_library(library_dir)
    try:
        assert migrate.current_revision(library.engine) == migrate.head_revision()
        assert len(list_partners(library)) == 20
    finally:
        library.close()
    assert any("before-upgrade-0001" in p.name for p in (library_dir / "backups").iterdir())


def _foreign(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE holiday (photo TEXT)")
    return path


def _newer(path: Path, saved: Path) -> Path:
    shutil.copyfile(saved, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p, s: p.write_bytes(s.read_bytes()[:6000]) and p, "is damaged|cannot be read"),
        (lambda p, s: _foreign(p), "is a database, but not an Accord library's"),
        (lambda p, s: _newer(p, s), "made by a newer version of Accord \\(schema 9999\\)"),
    ],
)
def test_a_bad_snapshot_is_refused_and_nothing_changes(
    library_dir: Path, snapshotted: tuple[Path, bytes], tmp_path: Path, make, message: str
) -> None:  # noqa: ANN001
    saved, _exported = snapshotted
    bad = tmp_path / "accord-20261130T000000Z-daily.sqlite3"
    make(bad, saved)
    database = library_dir / "accord.sqlite3"
    before = database.read_bytes()
    backups = sorted(p.name for p in (library_dir / "backups").iterdir())
    with pytest.raises(BackupError, match=message):
        restore_backup(library_dir, bad)
    assert database.read_bytes() == before
    assert sorted(p.name for p in (library_dir / "backups").iterdir()) == backups


def test_the_library_s_own_database_is_no_backup(library_dir: Path) -> None:
    open_library(library_dir).close()
    with pytest.raises(BackupError, match="is the library's own database"):
        restore_backup(library_dir, library_dir / "accord.sqlite3")


T0 = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)


def _state(folder: Path) -> dict[str, bytes]:
    """The documents of a library folder and its records (as exported)."""
    files = {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted((folder / "attachments").rglob("*"))
        if p.is_file()
    }
    with sqlite3.connect(folder / "accord.sqlite3") as raw:
        files["records"] = repr(raw.execute("SELECT * FROM agreement").fetchall()).encode()
    return files


@pytest.mark.parametrize("open_it", [False, True])
@pytest.mark.parametrize("kind", ["snapshot", "archive"])
def test_a_backups_folder_that_cannot_be_made_stops_the_restore_first(
    library_dir: Path, snapshotted: tuple[Path, bytes], tmp_path: Path, kind: str, open_it: bool
) -> None:
    saved, _exported = snapshotted
    library = open_library(library_dir)
    source = saved if kind == "snapshot" else make_archive(library, tmp_path / "whole.zip")
    shutil.copyfile(saved, tmp_path / saved.name)
    source = tmp_path / source.name if kind == "snapshot" else source
    if not open_it:
        library.close()
    shutil.rmtree(library_dir / "backups")
    (library_dir / "backups").write_text("a file where the backups folder should be")
    before = _state(library_dir)
    try:
        with pytest.raises(BackupError) as caught:
            restore_backup(library if open_it else library_dir, source)
    finally:
        library.close()
    assert str(caught.value) == (
        f"The backups folder {library.root / 'backups'} cannot be created: File exists."
        if open_it
        else f"The backups folder {library_dir / 'backups'} cannot be created: File exists."
    )
    assert _state(library_dir) == before


def _failing_live_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the copy *into* a live database fail as a full disk would."""
    real = backup.copy_database

    def copy(source, destination, **kwargs):  # noqa: ANN001, ANN003, ANN202
        if isinstance(destination, sqlite3.Connection):
            raise BackupError("The database cannot be copied: database or disk is full.")
        return real(source, destination, **kwargs)

    monkeypatch.setattr(backup, "copy_database", copy)


@pytest.mark.parametrize("kind", ["snapshot", "archive"])
def test_a_copy_into_the_open_library_that_fails_loses_nothing(
    monkeypatch: pytest.MonkeyPatch,
    library_dir: Path,
    snapshotted: tuple[Path, bytes],
    tmp_path: Path,
    kind: str,
) -> None:
    saved, _exported = snapshotted
    library = open_library(library_dir)
    try:
        source = saved if kind == "snapshot" else make_archive(library, tmp_path / "w.zip")
        update_agreement(library, 3, AgreementUpdate(notes="the newest change"))
        current = _export(library)
        _failing_live_copy(monkeypatch)
        with pytest.raises(BackupError) as caught:
            restore_backup(library, source)
        message = str(caught.value)
        assert message.count(".") == message.count(".sqlite3") + message.count(".zip") + 1
        assert "(the database cannot be copied: database or disk is full" in message
        kept = Path(message.rpartition(" is kept in ")[2].rstrip("."))
        assert kept.is_file()
        assert kept.parent == library.backups_dir
        assert _export(library) == current  # the live database is as it was
    finally:
        library.close()
    monkeypatch.undo()
    if kind == "snapshot":  # ... and the kept copy is the library as it was
        copy = open_library(tmp_path / "copy")
        try:
            restore_backup(copy, kept)
            assert _export(copy) == current
        finally:
            copy.close()


@pytest.mark.parametrize("kind", ["snapshot", "archive"])
def test_a_damaged_database_whose_replacement_fails_stays_in_place(
    monkeypatch: pytest.MonkeyPatch,
    library_dir: Path,
    snapshotted: tuple[Path, bytes],
    tmp_path: Path,
    kind: str,
) -> None:
    saved, _exported = snapshotted
    source = saved
    if kind == "archive":
        library = open_library(library_dir)
        source = make_archive(library, tmp_path / "w.zip")
        library.close()
    database = library_dir / "accord.sqlite3"
    with database.open("r+b") as handle:  # a zeroed header: SQLite cannot open it at all
        handle.write(b"\0" * 100)
    damaged = database.read_bytes()
    real = os.replace

    def replace(src, dst):  # noqa: ANN001, ANN202
        if Path(dst) == database and Path(src).name.endswith(".part"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(BackupError) as caught:
        restore_backup(library_dir, source)
    assert str(caught.value).endswith(
        "(No space left on device); the library's database was left as it was."
    )
    assert database.read_bytes() == damaged  # put back, never lost
    assert not list(library_dir.glob(".*.part"))
    assert not [p for p in (library_dir / "backups").iterdir() if "unusable" in p.name]


def test_two_restores_in_one_second_keep_both_previous_states(
    library_dir: Path, snapshotted: tuple[Path, bytes], tmp_path: Path
) -> None:
    saved, exported = snapshotted
    library = open_library(library_dir)
    try:
        whole = make_archive(library, tmp_path / "whole.zip")
        first = restore_backup(library, saved, now=T0)
        second = restore_backup(library, whole, now=T0)
        third = restore_backup(library, second.kept, now=T0)  # the archive kept just now
        kept = [first.kept, second.kept, third.kept]
        assert len(set(kept)) == 3
        assert all(p is not None and p.is_file() for p in kept)
        assert _export(library) == exported
    finally:
        library.close()
