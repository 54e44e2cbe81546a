"""A restore while another program writes: a committed change is never lost.

Another process holds the write lock and commits a change while a restore
runs. The restore waits for it, so the change is in the copy it keeps of
the previous library (or it refuses and changes nothing): it must never be
in neither the kept copy nor the restored database.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from typing import TYPE_CHECKING

import pytest

from db.library import DATABASE_NAME
from db.opening import open_library
from db.safekeeping.archive import make_archive
from db.safekeeping.restore import restore_backup
from db.storage import snapshots as backup

if TYPE_CHECKING:
    from pathlib import Path

WRITER = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE partner SET notes = 'WRITER-NOTE' WHERE id = 3")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
print("committed", flush=True)
"""


def _notes(database: Path) -> str:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT notes FROM partner WHERE id = 3").fetchone()[0]
    finally:
        connection.close()


def _kept_notes(kept: Path, tmp_path: Path) -> str:
    if kept.suffix == ".zip":
        with zipfile.ZipFile(kept) as zipped:
            zipped.extract(DATABASE_NAME, tmp_path / "kept")
        return _notes(tmp_path / "kept" / DATABASE_NAME)
    return _notes(kept)


@pytest.mark.xfail(
    strict=True,
    reason="not fixed yet: the kept copy is taken before the restore waits for the writer",
)
@pytest.mark.parametrize("kind", ["archive", "snapshot"])
def test_a_change_committed_during_a_restore_is_kept(
    kind: str, library_dir: Path, tmp_path: Path
) -> None:
    library = open_library(library_dir)
    if kind == "archive":
        source = make_archive(library, tmp_path / "arch.zip")
    else:
        source = backup.snapshot(library, reason="daily")
    library.close()
    database = library_dir / DATABASE_NAME
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database), "2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "locked"
        done = restore_backup(library_dir, source)
    finally:
        writer.communicate(timeout=30)
    assert done.kept is not None
    found = {_notes(database), _kept_notes(done.kept, tmp_path)}
    assert "WRITER-NOTE" in found
