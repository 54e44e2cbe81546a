"""Libraries of every released schema (tests/data/libraries) upgrade in place after a backup.

Each kept library (see tests/data/libraries/README.txt) is copied to a
temporary folder and opened by this Accord: every record is kept, the
document still opens, and a snapshot of the old database was made first. A
library made by a newer Accord is refused with one sentence and left
byte-identical.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from db.agreements import list_agreements
from db.attachments.pdf import read_pdf
from db.documents import document_file
from db.enums import DocumentRole
from db.errors import LibraryError
from db.history.read import record_history
from db.library import DATABASE_NAME
from db.opening import open_library
from db.partner_rows import partner_list_rows
from db.partners import list_partners
from db.reindex import reindex
from db.safekeeping.check import check_library
from db.storage import migrate
from db.storage import snapshots as backup
from db.text import search_key
from db.text_search import search
from db.trash import list_trash

LIBRARIES = Path(__file__).with_name("data") / "libraries"
JO_SHA256 = "cd5590bf3f86df1addf0bc773b5ffe6734a353b16cb293c9c82bd1c001c2839c"

#: Kept library folder -> its schema revision and the role its one document had.
KEPT = {
    "0.1": ("0001", DocumentRole.SIGNED_ORIGINAL),  # 0001 had no roles: the upgrade's default
    "0.2": ("0002", DocumentRole.TRANSLATION),
    "0.2.0": ("0004", DocumentRole.TRANSLATION),  # the schema released with 0.2.0
}
#: Agreements in each kept library's database, the trash's too (0.2.0 has one there).
STORED_AGREEMENTS = {"0.1": 21, "0.2": 21, "0.2.0": 22}


def _copy(name: str, tmp_path: Path) -> Path:
    folder = tmp_path / f"library-{name}"
    shutil.copytree(LIBRARIES / name, folder)
    return folder


def _header_journal(path: Path) -> bytes:
    """Bytes 18-19 of the SQLite header: 01 01 rollback journal, 02 02 WAL."""
    return path.read_bytes()[18:20]


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_every_kept_schema_has_a_library_and_a_test() -> None:
    kept = sorted(path.name for path in LIBRARIES.iterdir() if path.is_dir())
    assert kept == sorted(KEPT)
    known = ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()
    assert {KEPT[name][0] for name in kept} <= {script.revision for script in known}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_an_older_library_is_upgraded_keeping_everything(name: str, tmp_path: Path) -> None:
    revision, role = KEPT[name]
    folder = _copy(name, tmp_path)
    library = open_library(folder)
    try:
        assert migrate.current_revision(library.engine) == migrate.head_revision()
        partners = {p.id: p for p in list_partners(library)}
        agreements = {a.id: a for a in list_agreements(library)}
        assert (len(partners), len(agreements)) == (20, 21)
        assert (partners[1].name, partners[1].country) == (
            "New York City",
            "United States of America",
        )
        assert str(partners[1].date_of_affiliation) == "1960-02-29"
        assert partners[7].local_name == "Estado de São Paulo"
        assert partners[20].local_name == "กรุงเทพมหานคร"
        assert partners[20].date_of_affiliation is None
        assert agreements[1].partner_id == 5
        assert str(agreements[1].date_signed) == "2014-07-23"
        assert agreements[2].notes == "Renewal under discussion\n更新協議中"
        assert agreements[2].areas == ["environment", "sports"]
        assert agreements[21].title.startswith("Joint Communique of the Bangkok")
        (document,) = agreements[1].documents
        assert (document.original_name, document.language, document.size) == ("jo.pdf", "ko", 3373)
        assert document.sha256 == JO_SHA256
        assert document.role is role
        assert document.encrypted is False
        path = document_file(library, document.id)  # still openable
        assert hashlib.sha256(path.read_bytes()).hexdigest() == JO_SHA256
        assert read_pdf(path, timeout=30).page_count == 1
        assert check_library(library).ok
        # 0005: the built-in partners get their Japanese names, and search finds them.
        assert partners[5].office_name == "ソウル特別市"
        assert partners[3].office_name == "パリ市"
        assert all(partner.office_name for partner in partners.values())
        if name == "0.2.0":  # its trash and history (0003) came through the upgrade
            assert [(item.kind, item.id) for item in list_trash(library)] == [("agreement", 22)]
            assert [entry.action for entry in record_history(library, "agreement", 22)] == [
                "created",
                "trashed",
            ]
        seoul = search_key("ソウル")  # stored as searched: katakana as hiragana since 0006
        assert [row.name for row in partner_list_rows(library) if seoul in row.search_text] == [
            "Seoul"
        ]
        # 0006: every record and page is in the search index; katakana finds hiragana.
        if revision == "0001":  # no page texts were kept before 0002: "no text" until reread
            assert list(search(library, "is:notext").agreement_ids) == [1]
            assert list(search(library, "虚無").agreement_ids) == []
            reindex(library, from_files=True)
            assert list(search(library, "is:notext").agreement_ids) == []
        found = search(library, "ミンナ 虚無")
        assert list(found.agreement_ids) == [1]
        assert [(hit.document_id, hit.page_number) for hit in found.page_hits] == [(document.id, 1)]
        assert list(search(library, "ソウル").agreement_ids) == [2, 1]
    finally:
        library.close()

    (snapshot,) = backup.snapshots(folder / "backups")  # one: the daily one was not added
    if revision == migrate.head_revision():  # nothing to upgrade: only the day's snapshot
        assert snapshot.name.endswith("-daily.sqlite3")
        library = open_library(folder)
        try:
            assert [(item.kind, item.id) for item in list_trash(library)] == [("agreement", 22)]
            assert [entry.action for entry in record_history(library, "agreement", 22)] == [
                "created",
                "trashed",
            ]
        finally:
            library.close()
        return
    assert snapshot.name.endswith(f"-before-upgrade-{revision}.sqlite3")
    assert backup.schema_revision(snapshot) == revision
    with sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM agreement").fetchone() == (
            STORED_AGREEMENTS[name],
        )
        assert conn.execute("SELECT sha256 FROM document").fetchall() == [(JO_SHA256,)]


def test_an_upgraded_library_is_not_backed_up_again_before_the_next_upgrade(
    tmp_path: Path,
) -> None:
    folder = _copy("0.2", tmp_path)
    open_library(folder).close()
    open_library(folder).close()
    assert len(backup.snapshots(folder / "backups")) == 1  # opening at head makes no more


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_library_from_a_newer_accord_is_refused_untouched(name: str, tmp_path: Path) -> None:
    folder = _copy(name, tmp_path)
    database = folder / DATABASE_NAME
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    journal = _header_journal(database)
    before = _files(folder)
    with pytest.raises(LibraryError) as raised:
        open_library(folder)
    message = str(raised.value)
    assert "newer version of Accord" in message
    assert "9999_future" in message
    assert message.count(". ") == 0
    assert message.endswith(".")
    assert "\n" not in message
    assert _files(folder) == before  # byte-identical, no -wal/-shm left, nothing added
    assert _header_journal(database) == journal  # no switch to WAL
    assert backup.snapshots(folder / "backups") == []  # the folder may exist, empty


def test_the_kept_libraries_are_stored_closed() -> None:
    """No -wal/-shm files beside them: what is committed is all in the database file."""
    for name in KEPT:
        assert sorted(p.name for p in (LIBRARIES / name).iterdir()) == [
            "accord.sqlite3",
            "attachments",
        ]
