"""A damaged database, whatever the damage: every command names the way out, and the way out works.

The damage is of several kinds (pages overwritten in the middle, a
truncated file, a zeroed header, a file of garbage, an emptied file), since
SQLite finds some when the file is opened and some only when a page is
read. Restoring a sound snapshot or an archive over any of them sets the
damaged file aside (never deleted) and restores; an archive restore leaves
the library exactly the archive.
"""

from __future__ import annotations

import io
import shlex
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from db.agreements import update_agreement
from db.csv.export import export_agreements
from db.documents import attach_document
from db.errors import DamagedLibraryError
from db.opening import damage_of, open_library
from db.safekeeping import archive, archive_manifest
from db.safekeeping.check import check_library
from db.safekeeping.restore import restore_backup
from db.schemas import AgreementUpdate
from db.storage import snapshots as backup
from desktop.cli.main import main

if TYPE_CHECKING:
    from db.library import Library

LIBRARIES = Path(__file__).with_name("data") / "libraries"
KINDS = ("pages", "truncated", "header", "garbage", "empty")


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _export(library: Library) -> bytes:
    out = io.BytesIO()
    export_agreements(library, out)
    return out.getvalue()


def damage(database: Path, kind: str) -> bytes:
    """Damage the closed SQLite file ``database`` in the way ``kind`` says; return its bytes."""
    data = database.read_bytes()
    if kind == "pages":  # the tables' pages, not the header: SQLite opens the file
        data = data[: 4096 * 2] + b"\xff" * 6000 + data[4096 * 2 + 6000 :]
    elif kind == "truncated":
        data = data[: len(data) // 3]
    elif kind == "header":
        data = b"\0" * 100 + data[100:]
    elif kind == "garbage":
        data = bytes(range(256)) * (len(data) // 256)
    else:
        data = b""
    database.write_bytes(data)
    return data


@pytest.fixture
def saved(library_dir: Path, samples: Path, tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A closed library with a document, its snapshot and archive, and their export.

    A second document is attached after both were made.
    """
    library = open_library(library_dir)
    attach_document(library, 1, samples / "jo.pdf")
    snapshot = backup.snapshot(library, reason="daily")
    whole = archive.make_archive(library, tmp_path / "whole.zip")
    exported = _export(library)
    update_agreement(library, 2, AgreementUpdate(notes="after the backups"))
    attach_document(library, 3, samples / "habibi.pdf")
    library.close()
    return snapshot, whole, exported


@pytest.mark.parametrize("kind", KINDS)
def test_every_command_names_the_snapshot_and_its_command_which_restores(
    capsys: pytest.CaptureFixture[str],
    library_dir: Path,
    saved: tuple[Path, Path, bytes],
    kind: str,
) -> None:
    snapshot, _whole, exported = saved
    damaged = damage(library_dir / "accord.sqlite3", kind)
    command = f"accord --library {library_dir} restore {snapshot}"
    for name in ("check", "export", "backup"):
        code, out, err = _cli(capsys, "--library", str(library_dir), name)
        said = [line for line in (out + err).splitlines() if f"“{command}”" in line]
        assert code == 1, name
        assert len(said) == 1, (name, out, err)
        assert "damaged" in said[0], (name, out, err)
        assert "Traceback" not in err
        assert err.count("\n") <= 1

    code, out, err = _cli(capsys, *shlex.split(command)[1:])

    assert (code, err) == (0, "")
    kept = Path(out.splitlines()[1].removeprefix("The previous database is kept in ").rstrip("."))
    assert kept.name.endswith("-unusable.sqlite3")
    assert kept.read_bytes() == damaged  # set aside as it was, never deleted
    library = open_library(library_dir)
    try:
        assert _export(library) == exported
        assert damage_of(library) is None
    finally:
        library.close()


@pytest.mark.parametrize("kind", KINDS)
def test_an_archive_restored_over_a_damaged_database_is_exactly_the_archive(
    capsys: pytest.CaptureFixture[str],
    library_dir: Path,
    saved: tuple[Path, Path, bytes],
    kind: str,
) -> None:
    _snapshot, whole, exported = saved
    later = {p.relative_to(library_dir).as_posix() for p in library_dir.rglob("*.pdf")}
    damaged = damage(library_dir / "accord.sqlite3", kind)

    code, out, err = _cli(capsys, "--library", str(library_dir), "restore", str(whole))

    assert (code, err) == (0, "")
    lines = out.splitlines()
    kept = Path(lines[1].removeprefix("The previous library is kept in ").rstrip("."))
    assert kept.read_bytes() == damaged
    aside = Path(lines[2].rpartition(" moved to ")[2].rstrip("."))
    archived = {m.path for m in archive_manifest.read_manifest(whole).documents}
    (stray,) = later - archived  # the document attached after the archive...
    assert (aside / stray).is_file()  # ...is set aside: no archive of the damaged library holds it
    assert not (library_dir / stray).exists()
    library = open_library(library_dir)
    try:
        assert check_library(library).ok
        assert _export(library) == exported
    finally:
        library.close()


@pytest.mark.parametrize("what", ["snapshot", "archive"])
def test_restoring_into_the_open_damaged_library_keeps_a_copy_of_it(
    library_dir: Path, saved: tuple[Path, Path, bytes], what: str
) -> None:
    snapshot, whole, exported = saved
    library = open_library(library_dir)  # a window has it open; then its pages are damaged
    assert library.database_path is not None
    with sqlite3.connect(library.database_path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with library.database_path.open("r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\xff" * 6000)
    damaged = library.database_path.read_bytes()
    try:
        assert isinstance(damage_of(library), DamagedLibraryError)

        done = restore_backup(library, snapshot if what == "snapshot" else whole)

        assert done.kept is not None
        assert done.kept.name.endswith("-unusable.sqlite3")
        assert done.kept.read_bytes() == damaged
        assert _export(library) == exported
        assert damage_of(library) is None
        if what == "archive":
            assert check_library(library).ok
            assert done.set_aside is not None
            assert list(done.set_aside.rglob("*.pdf"))
    finally:
        library.close()


def test_damage_beside_the_database_in_its_wal_or_shm_costs_nothing(
    capsys: pytest.CaptureFixture[str], library_dir: Path, saved: tuple[Path, Path, bytes]
) -> None:
    library = open_library(library_dir)
    before = _export(library)
    library.close()
    for suffix in ("-wal", "-shm"):
        (library_dir / f"accord.sqlite3{suffix}").write_bytes(bytes(range(256)) * 200)
    code, out, err = _cli(capsys, "--library", str(library_dir), "check")
    assert (code, err) == (0, "")
    library = open_library(library_dir)
    try:
        assert _export(library) == before
    finally:
        library.close()


def test_a_file_no_archive_holds_is_set_aside_not_deleted(
    capsys: pytest.CaptureFixture[str], library_dir: Path, saved: tuple[Path, Path, bytes]
) -> None:
    _snapshot, whole, _exported = saved
    note = library_dir / "attachments" / "zz" / "note.txt"
    note.parent.mkdir()
    note.write_text("put here by hand")

    code, out, err = _cli(capsys, "--library", str(library_dir), "restore", str(whole))

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[1].endswith("-before-restore.zip.")
    assert lines[2].startswith("Files in its attachments folder that the archive does not hold")
    aside = Path(lines[2].rpartition(" moved to ")[2].rstrip("."))
    assert (aside / "attachments" / "zz" / "note.txt").read_text() == "put here by hand"
    assert not note.parent.exists()  # emptied folders go too
    # The document attached since the archive is in the before-restore archive: not set aside.
    assert [p.name for p in aside.rglob("*") if p.is_file()] == ["note.txt"]
    library = open_library(library_dir)
    try:
        assert check_library(library).ok
    finally:
        library.close()


def test_a_damaged_database_is_named_when_no_backup_of_it_is_made(library_dir: Path) -> None:
    open_library(library_dir).close()
    database = library_dir / "accord.sqlite3"
    damage(database, "pages")
    with pytest.raises(Exception, match=rf"^The database {database} is damaged \(") as caught:
        backup.snapshot_file(database, library_dir / "backups", reason="manual")
    assert "backup of the database failed" not in str(caught.value)


@pytest.mark.parametrize("what", ["snapshot", "archive"])
def test_a_damaged_library_of_an_older_accord_is_set_aside_unopened(
    library_dir: Path, tmp_path: Path, what: str
) -> None:
    other = open_library(tmp_path / "other")
    if what == "snapshot":
        source = backup.snapshot(other, reason="manual")
    else:
        source = archive.make_archive(other, tmp_path / "other.zip")
    exported = _export(other)
    other.close()
    shutil.copytree(LIBRARIES / "0.1", library_dir)  # opening it would upgrade it, after a
    damaged = damage(library_dir / "accord.sqlite3", "pages")  # snapshot that must fail

    done = restore_backup(library_dir, source)

    assert done.kept is not None
    assert done.kept.read_bytes() == damaged
    library = open_library(library_dir)
    try:
        assert _export(library) == exported
    finally:
        library.close()


@pytest.mark.parametrize("kind", KINDS)
def test_damage_is_found_and_named_whatever_the_language(
    capsys: pytest.CaptureFixture[str],
    library_dir: Path,
    saved: tuple[Path, Path, bytes],
    kind: str,
) -> None:
    # The sentences are translated; what is damage must not depend on their wording.
    snapshot, _whole, _exported = saved
    damage(library_dir / "accord.sqlite3", kind)
    command = f"accord --library {library_dir} restore {snapshot}"
    for name in ("check", "export", "backup"):
        code, out, err = _cli(capsys, "--language", "ja", "--library", str(library_dir), name)
        said = [line for line in (out + err).splitlines() if command in line]
        assert code == 1, name
        assert len(said) == 1, (name, out, err)
        assert "破損" in said[0], (name, out, err)
        assert "（）" not in out + err  # SQLite's reason is named, not lost


def test_sqlite_s_raw_findings_stay_out_of_the_sentences_check_prints(
    library_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_library(library_dir).close()
    database = library_dir / "accord.sqlite3"
    data = bytearray(database.read_bytes())
    data[4096 * 4 : 4096 * 5] = bytes(range(256)) * 16  # page 5, an index page
    database.write_bytes(bytes(data))
    code = main(["--library", str(library_dir), "check"])
    out, err = capsys.readouterr()
    assert code == 1
    text = out + err
    assert "***" not in text
    for line in text.splitlines():  # every sentence is on one line: ( and ) match
        assert line.count("(") == line.count(")")


def test_a_folder_in_place_of_the_database_is_named_damaged_and_restore_sets_it_aside(
    library_dir: Path,
) -> None:
    library = open_library(library_dir)
    saved = backup.snapshot(library, reason="daily")
    library.close()
    database = library_dir / "accord.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.mkdir()
    (database / "stray.txt").write_text("kept")
    with pytest.raises(DamagedLibraryError, match="is a folder") as caught:
        open_library(library_dir)
    assert saved.name in str(caught.value)
    assert "restore" in str(caught.value)
    done = restore_backup(library_dir, saved)
    assert done.kept is not None
    assert (done.kept / "stray.txt").read_text() == "kept"
    open_library(library_dir).close()
