"""Whole-library archives: make, verify (tampering, truncation, zip-slip), restore."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import stat
import zipfile
from pathlib import Path

import pytest

from db.agreements import update_agreement
from db.csv.export import export_agreements, export_partners
from db.documents import attach_document, document_file
from db.errors import BackupError
from db.library import Library
from db.opening import open_library
from db.partners import list_partners
from db.safekeeping import archive as archives
from db.safekeeping.archive import make_archive, restore_archive
from db.safekeeping.archive_manifest import read_manifest, verify_archive
from db.safekeeping.check import check_library
from db.schemas import AgreementUpdate
from db.storage import migrate

LIBRARIES = Path(__file__).with_name("data") / "libraries"


def _exports(library: Library) -> tuple[bytes, bytes]:
    agreements, partners = io.BytesIO(), io.BytesIO()
    export_agreements(library, agreements)
    export_partners(library, partners)
    return agreements.getvalue(), partners.getvalue()


def _stored(library: Library) -> dict[str, str]:
    return {
        path.relative_to(library.root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in library.attachments_dir.rglob("*")
        if path.is_file()
    }


@pytest.fixture
def filled(library: Library, samples: Path) -> Library:
    """The test library with two documents and an edited agreement."""
    attach_document(library, 1, samples / "jo.pdf", language="ko")
    attach_document(library, 3, samples / "pdflatex-4-pages.pdf", language="en")
    update_agreement(library, 2, AgreementUpdate(notes="=1+1 更新協議中", areas=["culture"]))
    return library


def _rezip(source: Path, target: Path, change) -> Path:  # noqa: ANN001 - a callable
    """Copy the zip ``source`` to ``target``, passing each (info, data) through ``change``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            for item in change(info, old.read(info.filename)) or []:
                new.writestr(*item)
    return target


def test_an_archive_holds_a_manifest_of_every_member(filled: Library) -> None:
    path = make_archive(filled)
    assert path.parent == filled.backups_dir
    assert path.name.startswith("accord-library-")
    manifest = verify_archive(path)
    assert manifest.format == archives.FORMAT
    assert manifest.schema_revision == migrate.head_revision()
    assert manifest.accord_version
    assert manifest.created.tzinfo is not None
    with zipfile.ZipFile(path) as zipped:
        names = sorted(zipped.namelist())
        data = json.loads(zipped.read("manifest.json"))
        assert zipped.getinfo("accord.sqlite3").compress_type == zipfile.ZIP_DEFLATED
        for member in manifest.members:
            assert hashlib.sha256(zipped.read(member.path)).hexdigest() == member.sha256
    stored = _stored(filled)
    assert names == sorted(["accord.sqlite3", "manifest.json", *stored])
    assert {m.path: m.sha256 for m in manifest.documents} == stored
    assert data["application"] == "Accord"
    assert data["created"].endswith("Z")
    assert read_manifest(path) == manifest
    assert [p.name for p in filled.backups_dir.iterdir()] == [path.name]  # no temp left


def test_destination_may_be_a_folder_or_a_zip_file(filled: Library, tmp_path: Path) -> None:
    folder = tmp_path / "usb stick"
    in_folder = make_archive(filled, folder)
    assert in_folder.parent == folder
    assert in_folder.suffix == ".zip"
    named = make_archive(filled, tmp_path / "elsewhere" / "tokyo.zip")
    assert named == (tmp_path / "elsewhere" / "tokyo.zip").resolve()
    assert verify_archive(named).total_size == verify_archive(in_folder).total_size
    with pytest.raises(BackupError, match="attachments folder"):
        make_archive(filled, filled.attachments_dir / "x.zip")


def test_a_cancelled_backup_leaves_nothing(filled: Library, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total // 2

    with pytest.raises(BackupError, match="cancelled"):
        make_archive(filled, tmp_path / "out", progress=progress)
    assert list((tmp_path / "out").iterdir()) == []
    assert seen
    assert all(total == seen[0][1] for _done, total in seen)


def test_round_trip_into_a_new_folder(filled: Library, tmp_path: Path) -> None:
    path = make_archive(filled)
    exports, stored = _exports(filled), _stored(filled)
    target = tmp_path / "new library"
    kept = restore_archive(target, path)
    assert kept is None  # no empty "previous library" is made and kept
    assert [p.name for p in (target / "backups").iterdir() if "restore" in p.name] == []
    restored = open_library(target)
    try:
        assert _exports(restored) == exports
        assert _stored(restored) == stored
        assert check_library(restored).ok
        for document_id in (1, 2):
            assert document_file(restored, document_id).is_file()
    finally:
        restored.close()


def test_restore_keeps_the_previous_library_and_open_connections_see_it(
    filled: Library, samples: Path, tmp_path: Path
) -> None:
    path = make_archive(filled, tmp_path)
    before = _exports(filled)
    # Afterwards: a new partner's agreement edited, another document attached.
    update_agreement(filled, 2, AgreementUpdate(notes="changed after the backup"))
    extra = attach_document(filled, 4, samples / "habibi.pdf")
    changed = _exports(filled)
    assert filled.database_path is not None
    watcher = sqlite3.connect(filled.database_path)  # another window's connection
    version = watcher.execute("PRAGMA data_version").fetchone()[0]

    kept = restore_archive(filled, path)

    assert _exports(filled) == before  # the same Library object reads the restored records
    assert watcher.execute("PRAGMA data_version").fetchone()[0] != version
    assert watcher.execute("SELECT notes FROM agreement WHERE id = 2").fetchone() == (
        "=1+1 更新協議中",
    )
    watcher.close()
    # The library is exactly the archive: the document attached since is gone from it
    # (it is in the kept archive, so nothing is set aside), and the check finds nothing.
    assert _stored(filled) == {m.path: m.sha256 for m in read_manifest(path).documents}
    assert check_library(filled).ok
    assert extra.stored_path in {m.path for m in read_manifest(kept).documents}
    assert [p.name for p in filled.backups_dir.iterdir() if p.is_dir()] == []
    # ... and the previous state can be restored from the kept archive.
    restore_archive(filled, kept)
    assert _exports(filled) == changed
    assert (filled.root / extra.stored_path).is_file()
    assert check_library(filled).ok


def test_restoring_an_older_schema_upgrades_it(tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(LIBRARIES / "0.1", old)
    # An archive of a 0.1 library, made by hand as that Accord would have.
    database = old / "accord.sqlite3"
    members = []
    zipped_path = tmp_path / "old.zip"
    with zipfile.ZipFile(zipped_path, "w") as zipped:
        for path in [database, *sorted((old / "attachments").rglob("*.pdf"))]:
            name = path.relative_to(old).as_posix()
            data = path.read_bytes()
            zipped.writestr(name, data)
            members.append({"path": name, "size": len(data), "sha256": _sha(data)})
        zipped.writestr(
            "manifest.json",
            json.dumps(
                {
                    "format": 1,
                    "accord_version": "0.1.0",
                    "schema_revision": "0001",
                    "created": "2026-01-01T00:00:00Z",
                    "members": members,
                }
            ),
        )
    target = tmp_path / "target"
    restore_archive(target, zipped_path)
    library = open_library(target)
    try:
        assert migrate.current_revision(library.engine) == migrate.head_revision()
        assert len(list_partners(library)) == 20
        assert check_library(library).ok
    finally:
        library.close()
    assert any("before-upgrade-0001" in p.name for p in (target / "backups").iterdir())


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_verify_catches_a_tampered_document(filled: Library, tmp_path: Path) -> None:
    path = make_archive(filled)

    def tamper(info: zipfile.ZipInfo, data: bytes):  # noqa: ANN202
        if info.filename.endswith(".pdf"):
            data = data.replace(b"%%EOF", b"%%EOX")
        return [(info, data)]

    bad = _rezip(path, tmp_path / "tampered.zip", tamper)
    with pytest.raises(BackupError, match="differs from its manifest"):
        verify_archive(bad)


def test_verify_catches_bytes_changed_inside_the_zip(filled: Library, tmp_path: Path) -> None:
    path = make_archive(filled)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zipped:
        info = next(i for i in zipped.infolist() if i.filename.endswith(".pdf"))
    data[info.header_offset + 30 + len(info.filename) + 100] ^= 0xFF  # inside a stored PDF
    bad = tmp_path / "flipped.zip"
    bad.write_bytes(bytes(data))
    with pytest.raises(BackupError, match="damaged"):
        verify_archive(bad)


def test_verify_catches_a_truncated_or_foreign_file(filled: Library, tmp_path: Path) -> None:
    path = make_archive(filled)
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(BackupError, match="not an Accord backup archive, or it is damaged"):
        verify_archive(truncated)
    text = tmp_path / "notes.zip"
    text.write_text("not a zip")
    with pytest.raises(BackupError, match="not an Accord backup archive"):
        verify_archive(text)
    with pytest.raises(BackupError, match="There is no archive"):
        verify_archive(tmp_path / "missing.zip")


def test_verify_catches_a_missing_manifest_or_member(filled: Library, tmp_path: Path) -> None:
    path = make_archive(filled)
    no_manifest = _rezip(
        path,
        tmp_path / "no-manifest.zip",
        lambda info, data: [] if info.filename == "manifest.json" else [(info, data)],
    )
    with pytest.raises(BackupError, match="has no manifest"):
        verify_archive(no_manifest)
    no_pdf = _rezip(
        path,
        tmp_path / "no-pdf.zip",
        lambda info, data: [] if info.filename.endswith(".pdf") else [(info, data)],
    )
    with pytest.raises(BackupError, match="is missing"):
        verify_archive(no_pdf)


@pytest.mark.parametrize(
    "name",
    ["../evil.pdf", "/etc/evil.pdf", "attachments/../../evil.pdf", "C:/evil.pdf", "extra.txt"],
)
def test_verify_refuses_zip_slip_and_unlisted_members(
    filled: Library, tmp_path: Path, name: str
) -> None:
    path = make_archive(filled)

    def add(info: zipfile.ZipInfo, data: bytes):  # noqa: ANN202
        items = [(info, data)]
        if info.filename == "manifest.json":
            items.insert(0, (zipfile.ZipInfo(name), b"evil"))
        return items

    bad = _rezip(path, tmp_path / "slip.zip", add)
    with pytest.raises(BackupError, match="not restored from"):
        verify_archive(bad)
    with pytest.raises(BackupError):
        restore_archive(filled, bad)
    assert not (tmp_path / "evil.pdf").exists()


def test_verify_refuses_a_symbolic_link_member(filled: Library, tmp_path: Path) -> None:
    path = make_archive(filled)
    target = next(m for m in read_manifest(path).documents)

    def link(info: zipfile.ZipInfo, data: bytes):  # noqa: ANN202
        if info.filename == target.path:
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            return [(info, b"/etc/passwd")]
        return [(info, data)]

    with pytest.raises(BackupError, match="outside the library"):
        verify_archive(_rezip(path, tmp_path / "link.zip", link))


def test_verify_refuses_a_newer_format_or_schema(filled: Library, tmp_path: Path) -> None:
    path = make_archive(filled)

    def newer_format(info: zipfile.ZipInfo, data: bytes):  # noqa: ANN202
        if info.filename == "manifest.json":
            manifest = json.loads(data)
            manifest["format"] = archives.FORMAT + 1
            data = json.dumps(manifest).encode()
        return [(info, data)]

    with pytest.raises(BackupError, match="newer version of Accord"):
        verify_archive(_rezip(path, tmp_path / "format.zip", newer_format))

    scratch = tmp_path / "future.sqlite3"
    with zipfile.ZipFile(path) as zipped:
        scratch.write_bytes(zipped.read("accord.sqlite3"))
    with sqlite3.connect(scratch) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    future = scratch.read_bytes()

    def newer_schema(info: zipfile.ZipInfo, data: bytes):  # noqa: ANN202
        if info.filename == "accord.sqlite3":
            data = future
        if info.filename == "manifest.json":
            manifest = json.loads(data)
            manifest["schema_revision"] = "9999_future"
            for member in manifest["members"]:
                if member["path"] == "accord.sqlite3":
                    member.update(size=len(future), sha256=_sha(future))
            data = json.dumps(manifest).encode()
        return [(info, data)]

    with pytest.raises(BackupError, match=r"newer version of Accord \(schema 9999_future\)"):
        verify_archive(_rezip(path, tmp_path / "schema.zip", newer_schema))


def test_a_failed_verification_changes_nothing(filled: Library, tmp_path: Path) -> None:
    path = make_archive(filled, tmp_path)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(path.read_bytes()[:-200])
    before, files = _exports(filled), _stored(filled)
    backups = sorted(filled.backups_dir.iterdir())
    with pytest.raises(BackupError):
        restore_archive(filled, bad)
    assert _exports(filled) == before
    assert _stored(filled) == files
    assert sorted(filled.backups_dir.iterdir()) == backups  # not even a kept archive


def test_an_unreachable_server_is_archived_as_one_sentence_and_nothing(tmp_path: Path) -> None:
    from db.errors import AccordError
    from db.storage.engine import create_engine

    library = Library(
        root=tmp_path / "desk",
        engine=create_engine("postgresql+psycopg://clerk@127.0.0.1:1/accord"),
    )
    with pytest.raises(AccordError) as refused:
        make_archive(library, tmp_path / "out.zip")
    assert "\n" not in str(refused.value)
    assert not (tmp_path / "out.zip").exists()
    assert list(tmp_path.glob("*.part")) == []


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from desktop.cli.main import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_accord_backup_and_restore(
    capsys: pytest.CaptureFixture[str], library_dir: Path, samples: Path, tmp_path: Path
) -> None:
    where = ("--library", str(library_dir))
    assert _cli(capsys, *where, "attach", "1", str(samples / "jo.pdf"))[0] == 0
    code, out, err = _cli(capsys, *where, "backup", str(tmp_path / "saved.zip"))
    archive = (tmp_path / "saved.zip").resolve()
    assert (code, err) == (0, "")
    assert f"to {archive} ({archive.stat().st_size} bytes, 2 files" in out
    assert "the database and 1 document)" in out

    code, out, err = _cli(capsys, *where, "backup")
    assert code == 0
    assert str(library_dir.resolve() / "backups" / "accord-library-") in out

    code, out, err = _cli(capsys, "--library", str(tmp_path / "other"), "restore", str(archive))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"Restored the library at {(tmp_path / 'other').resolve()} from")
    assert "the database and 1 document." in lines[0]
    other = (tmp_path / "other").resolve()
    assert lines[1] == f"There was no library at {other} before, so there was nothing to keep."
    assert [p.name for p in (other / "backups").iterdir() if "restore" in p.name] == []

    code, out, err = _cli(capsys, "--library", str(tmp_path / "other"), "restore", str(archive))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[1].startswith("The previous library is kept in ")
    assert Path(lines[1].removeprefix("The previous library is kept in ").rstrip(".")).is_file()


def test_accord_restore_of_a_bad_archive_is_one_sentence(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    code, out, err = _cli(capsys, "--library", str(library_dir), "restore", str(bad))
    assert (code, out) == (1, "")
    assert (
        err == "accord: bad.zip is not an Accord backup archive, or it is damaged or incomplete.\n"
    )
    code, out, err = _cli(capsys, "--library", str(library_dir), "restore")
    assert code == 2
    assert "BACKUP" in err


def test_accord_backup_of_a_server_library_is_the_same_verified_archive(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from db.safekeeping.archive_manifest import verify_archive
    from tests import server_db

    if not server_db.ADMIN_URL:
        pytest.skip(server_db.NO_SERVER)
    with server_db.database() as url:
        monkeypatch.setenv("ACCORD_LIBRARY", str(tmp_path / "desk"))
        code, out, err = _cli(capsys, "--database-url", url, "backup", str(tmp_path / "b.zip"))
        assert (code, err) == (0, "")
        assert "127.0.0.1" in out
        manifest = verify_archive(tmp_path / "b.zip")
        assert [member.path for member in manifest.members] == ["accord.sqlite3"]
        code, out, err = _cli(capsys, "--library", str(tmp_path / "folder"), "restore",
                              str(tmp_path / "b.zip"))  # fmt: skip
        assert (code, err) == (0, "")
        code, out, _err = _cli(capsys, "--library", str(tmp_path / "folder"), "export")
        assert out == _cli(capsys, "--database-url", url, "export")[1]


@pytest.mark.parametrize("damage", [b"", b"this is no database" * 100])
def test_accord_restore_mends_a_library_whose_database_cannot_be_opened(
    capsys: pytest.CaptureFixture[str], library_dir: Path, samples: Path, tmp_path: Path, damage
) -> None:
    where = ("--library", str(library_dir))
    assert _cli(capsys, *where, "attach", "1", str(samples / "jo.pdf"))[0] == 0
    assert _cli(capsys, *where, "backup", str(tmp_path / "saved.zip"))[0] == 0
    database = library_dir / "accord.sqlite3"
    database.write_bytes(damage)
    code, out, err = _cli(capsys, *where, "check")
    assert code == 1
    assert "accord.sqlite3" in err

    code, out, err = _cli(capsys, *where, "restore", str(tmp_path / "saved.zip"))

    assert (code, err) == (0, "")  # ...and mended from the archive
    kept = Path(out.splitlines()[1].removeprefix("The previous library is kept in ").rstrip("."))
    assert kept.parent == library_dir.resolve() / "backups"
    assert kept.read_bytes() == damage  # the unusable database is kept, never deleted
    library = open_library(library_dir)
    try:
        assert check_library(library).ok
        assert document_file(library, 1).read_bytes() == (samples / "jo.pdf").read_bytes()
    finally:
        library.close()


def test_an_archive_unzipped_and_zipped_again_with_zip_r_restores(
    filled: Library, tmp_path: Path
) -> None:
    """``zip -r`` adds an entry for every folder (``attachments/``, ``attachments/ab/``)."""
    path = make_archive(filled)
    exports = _exports(filled)
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(path) as zipped:
        zipped.extractall(unpacked)
    again = tmp_path / "again.zip"
    zip_tool = shutil.which("zip")
    if zip_tool is not None:  # the real tool, as a user would run it
        import subprocess

        subprocess.run([zip_tool, "-qr", str(again), "."], cwd=unpacked, check=True)
    else:
        with zipfile.ZipFile(again, "w") as zipped:
            for item in sorted(unpacked.rglob("*")):
                zipped.write(item, item.relative_to(unpacked).as_posix())
    with zipfile.ZipFile(again) as zipped:
        assert "attachments/" in zipped.namelist()
    assert len(verify_archive(again).documents) == 2
    update_agreement(filled, 2, AgreementUpdate(notes="changed"))
    restore_archive(filled, again)
    assert _exports(filled) == exports


@pytest.mark.parametrize(
    ("name", "data"), [("../", b""), ("/etc/", b""), ("attachments/", b"hidden data")]
)
def test_folder_entries_that_leave_the_library_or_hold_data_are_refused(
    filled: Library, tmp_path: Path, name: str, data: bytes
) -> None:
    path = make_archive(filled)

    def add(info: zipfile.ZipInfo, member: bytes):  # noqa: ANN202
        items = [(info, member)]
        if info.filename == "manifest.json":
            items.insert(0, (zipfile.ZipInfo(name), data))
        return items

    with pytest.raises(BackupError, match="outside the library"):
        verify_archive(_rezip(path, tmp_path / "folders.zip", add))


def test_a_stored_document_changed_since_it_was_attached_stops_the_backup(
    filled: Library, tmp_path: Path, samples: Path
) -> None:
    stored = sorted(filled.attachments_dir.glob("*/*.pdf"))[0]
    other = next(p for p in sorted(samples.glob("*.pdf")) if p.read_bytes() != stored.read_bytes())
    stored.write_bytes(other.read_bytes())
    with pytest.raises(BackupError, match="No archive was written") as caught:
        make_archive(filled, tmp_path / "ai.zip")
    assert stored.name in str(caught.value)
    assert "accord check" in str(caught.value)
    assert list(tmp_path.glob("*.zip")) == []
    assert list(tmp_path.glob(".accord-*")) == []


def test_a_destination_that_is_a_file_but_no_zip_is_named_as_such(
    filled: Library, tmp_path: Path
) -> None:
    device = tmp_path / "full"
    device.write_bytes(b"")  # like /dev/full: it exists and is no folder
    with pytest.raises(BackupError, match="is not a folder") as caught:
        make_archive(filled, device)
    assert "cannot be created" not in str(caught.value)
