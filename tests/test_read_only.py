"""A library in a folder that cannot be written: read, exported and checked; changes refused.

The real case runs ``accord`` in a private mount namespace where the
library folder is bind-mounted read-only (``unshare`` and ``mount``, as
root; skipped where they are not allowed). Root ignores ``chmod``, a
read-only file system it does not.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from db.agreements import get_agreement, update_agreement
from db.csv.export import export_agreements
from db.errors import BackupError, LibraryError
from db.library import READ_ONLY_CHANGE, Library
from db.opening import open_library
from db.safekeeping.restore import restore_backup
from db.schemas import AgreementUpdate
from db.storage import sqlite

ROOT = Path(__file__).resolve().parents[1]


def _can_mount_read_only() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", "mount --bind -o ro / /"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(
    not _can_mount_read_only(), reason="cannot bind-mount read-only here (needs root)"
)


def _accord_read_only(folder: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """Run ``accord --library FOLDER ARGV`` with ``folder`` mounted read-only for it alone."""
    script = 'folder="$1"; shift; mount --bind -o ro "$folder" "$folder" && exec "$@"'
    command = [sys.executable, "-m", "desktop", "--library", str(folder), *argv]
    return subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", str(folder)]
        + command,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def closed_library(library_dir: Path) -> Path:
    """A library folder with the built-in records, closed (no -wal or -shm left)."""
    open_library(library_dir).close()
    assert not (library_dir / "accord.sqlite3-wal").exists()
    return library_dir


@needs_mount
def test_export_and_check_work_in_a_read_only_folder(closed_library: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in closed_library.rglob("*"))
    result = _accord_read_only(closed_library, "export")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert rows[0][:2] == ["ID", "Partner"]
    assert len(rows) == 22

    out = tmp_path / "out.csv"
    result = _accord_read_only(closed_library, "export", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8-sig").count("\n") == 22

    result = _accord_read_only(closed_library, "check")
    assert (result.returncode, result.stderr) == (0, "")
    assert "is in order" in result.stdout
    assert sorted(p.name for p in closed_library.rglob("*")) == before  # nothing written


@needs_mount
def test_a_change_in_a_read_only_folder_is_one_clear_sentence(
    closed_library: Path, tmp_path: Path
) -> None:
    source = tmp_path / "changed.csv"
    library = open_library(closed_library)
    try:
        export_agreements(library, source)
    finally:
        library.close()
    lines = source.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    header = next(csv.reader([lines[0]]))
    row = next(csv.reader([lines[1]]))
    row[header.index("Notes")] = "changed"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([header, row])
    source.write_text(buffer.getvalue(), encoding="utf-8-sig")

    result = _accord_read_only(closed_library, "import", str(source))
    assert result.returncode == 1
    assert "read-only" in result.stderr
    assert "needs to write" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


@needs_mount
def test_no_library_is_created_in_a_read_only_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _accord_read_only(empty, "check")
    assert result.returncode == 1
    assert result.stderr == (
        f"accord: The library folder {empty} is read-only, so no library can be created in it; "
        "Accord needs to write in its library folder (the database, its WAL journal and "
        "backups).\n"
    )
    assert list(empty.iterdir()) == []


def test_a_read_only_engine_reads_and_refuses_writes(closed_library: Path) -> None:
    """SQLite enforces ``immutable``/``mode=ro`` for root too, so this runs everywhere."""
    engine = sqlite.read_only_engine(closed_library / "accord.sqlite3")
    library = Library(root=closed_library.resolve(), engine=engine, read_only=True)
    try:
        assert library.database_path == (closed_library / "accord.sqlite3").resolve()
        title = get_agreement(library, 1).title
        with pytest.raises(LibraryError) as caught:
            update_agreement(library, 1, AgreementUpdate(notes="never written"))
        assert str(caught.value) == READ_ONLY_CHANGE
        assert get_agreement(library, 1).title == title
        with pytest.raises(BackupError, match="is read-only, so nothing can be restored"):
            restore_backup(library, closed_library / "backups" / "missing.sqlite3")
    finally:
        library.close()
    assert not (closed_library / "accord.sqlite3-wal").exists()  # nothing was written


def _snapshot(folder: Path) -> list[tuple[str, int, int]]:
    """Every file and folder under ``folder``: path, size and modification time."""
    return sorted(
        (str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
    )


@pytest.fixture
def used_library(library_dir: Path, tmp_path: Path, samples: Path) -> Path:
    """A closed library with a document attached, a partner in the trash and a backup
    archive made outside it: something for every writing command to change."""
    from db.documents import attach_document
    from db.partners import delete_partner, find_partner
    from db.safekeeping.archive import make_archive

    library = open_library(library_dir)
    try:
        attach_document(library, 1, samples / "minimal-document.pdf")
        paris = find_partner(library, "Paris")
        assert paris is not None
        delete_partner(library, paris.id, with_agreements=True)
        make_archive(library, tmp_path / "outside.zip")
    finally:
        library.close()
    return library_dir


@needs_mount
@pytest.mark.parametrize(
    "argv",
    [
        ("attach", "2", "{samples}/jo.pdf"),
        ("import", "{tmp}/new.csv", "--create-partners"),
        ("trash", "--restore", "partner", "{paris}"),
        ("trash", "--purge", "partner", "{paris}"),
        ("trash", "--empty"),
        ("backup",),
        ("restore", "{tmp}/outside.zip"),
    ],
)
def test_every_writing_command_says_accord_needs_to_write_there(
    used_library: Path, tmp_path: Path, samples: Path, argv: tuple[str, ...]
) -> None:
    """Each change on a read-only library is one sentence that says Accord needs to write in
    the library folder (README, "A read-only library"), and nothing is written."""
    from db.trash import list_trash

    (tmp_path / "new.csv").write_text(
        "Partner,Agreement,Date signed\r\nSeoul,New one,2021-01-01\r\n", encoding="utf-8"
    )
    library = open_library(used_library)
    try:
        (paris,) = [item.id for item in list_trash(library) if item.name == "Paris"]
    finally:
        library.close()
    before = _snapshot(used_library)
    args = [part.format(samples=samples, tmp=tmp_path, paris=paris) for part in argv]
    result = _accord_read_only(used_library, *args)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "needs to write in the library folder" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Read-only file system" not in result.stderr
    assert _snapshot(used_library) == before


def test_attach_to_a_read_only_library_is_refused_before_reading_the_pdf(
    closed_library: Path, samples: Path
) -> None:
    """Runs everywhere (SQLite enforces a read-only engine for root too)."""
    from db.documents import attach_document

    engine = sqlite.read_only_engine(closed_library / "accord.sqlite3")
    library = Library(root=closed_library.resolve(), engine=engine, read_only=True)
    try:
        with pytest.raises(LibraryError) as caught:
            attach_document(library, 1, samples / "jo.pdf")
        assert str(caught.value) == READ_ONLY_CHANGE
    finally:
        library.close()
    assert list((closed_library / "attachments").iterdir()) == []


@pytest.mark.parametrize("error", ["EROFS", "EACCES", "EPERM"])
def test_an_attachments_folder_that_refuses_writing_is_the_read_only_sentence(
    library: Library, samples: Path, monkeypatch: pytest.MonkeyPatch, error: str
) -> None:
    """The library opened writable, but its attachments folder refuses the copy (a share
    turned read-only, a folder of another user): the same sentence. Root ignores
    permissions, so the file system's refusal is simulated at the OS edge."""
    import errno
    import tempfile

    from db.documents import attach_document
    from db.errors import DocumentError

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        code = getattr(errno, error)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(DocumentError) as caught:
        attach_document(library, 1, samples / "jo.pdf")
    assert str(caught.value) == READ_ONLY_CHANGE
