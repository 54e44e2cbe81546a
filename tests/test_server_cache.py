"""This person's cache of a server library's documents: temporary files a killed fetch
left behind are tidied, and a damaged cached copy Windows will not let go of gets a
verified copy beside it (real PostgreSQL, real sample PDFs)."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

import pytest

from db.attachments import database
from db.documents import attach_document, document_file
from db.opening import open_library
from tests import server_db

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from db.library import Library

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)

SAMPLE = "jo.pdf"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Library]:
    with server_db.database() as url:
        library = open_library(tmp_path / "user1-library", database_url=url)
        yield library
        library.close()


def _flip_a_bit(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_stale_part_files_go_when_the_cache_is_next_written(server: Library, samples: Path) -> None:
    document = attach_document(server, 1, samples / SAMPLE)
    folder = server.local_files_dir / "ab"
    folder.mkdir(parents=True)
    stale = folder / ".fetch-killed.part"  # a process killed mid-fetch two hours ago
    stale.write_bytes(b"half a file")
    two_hours_ago = time.time() - 2 * 3600
    os.utime(stale, (two_hours_ago, two_hours_ago))
    running = folder / ".fetch-running.part"  # another window's fetch, under way now
    running.write_bytes(b"a quarter")
    path = document_file(server, document.id)  # not cached yet: written now
    assert path.read_bytes() == (samples / SAMPLE).read_bytes()
    assert not stale.exists()
    assert running.exists()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_cached_copy_is_reused_without_tidying(server: Library, samples: Path) -> None:
    document = attach_document(server, 1, samples / SAMPLE)
    path = document_file(server, document.id)
    stale = path.parent / ".fetch-killed.part"
    stale.write_bytes(b"half a file")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    assert document_file(server, document.id) == path  # nothing written: nothing tidied
    assert stale.exists()
    assert database.remove_stale_parts(server) == [stale]
    assert not stale.exists()


def test_a_damaged_copy_that_cannot_be_replaced_gets_a_second_name(
    server: Library, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = (samples / SAMPLE).read_bytes()
    document = attach_document(server, 1, samples / SAMPLE)
    cached = document_file(server, document.id)
    _flip_a_bit(cached)  # damaged in the cache, and (say) open in a viewer on Windows
    real_replace, refused = os.replace, []

    def replace_unless_open(src: Path, dst: Path) -> None:
        if str(dst) == str(cached) and not refused:
            refused.append(dst)
            raise PermissionError(13, "The process cannot access the file", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(database.os, "replace", replace_unless_open)
    second = document_file(server, document.id)
    assert refused == [cached]
    assert second == cached.parent / f"{document.sha256}-1.pdf"
    assert second.read_bytes() == original
    assert cached.read_bytes() != original  # left alone
    assert sorted(p.name for p in cached.parent.iterdir()) == sorted([cached.name, second.name])
    # The verified second copy is what is opened from now on, and what the cache holds.
    assert document_file(server, document.id) == second
    assert database.cached_if_present(server, document.sha256, document.size) is not None
    assert database.verified_in_cache(server, document.sha256, document.size)
    # Once the damaged copy can be replaced, it is; the second copy is not needed any more.
    _flip_a_bit(second)
    assert document_file(server, document.id) == cached
    assert cached.read_bytes() == original
    assert not second.exists()


def test_a_refused_second_copy_is_said_in_one_sentence(
    server: Library, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = attach_document(server, 1, samples / SAMPLE)
    cached = document_file(server, document.id)
    _flip_a_bit(cached)

    def refuse(src: Path, dst: Path) -> None:
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(database.os, "replace", refuse)
    with pytest.raises(database.DocumentError, match="cannot be written to the cache folder"):
        document_file(server, document.id)
    assert sorted(p.name for p in cached.parent.iterdir()) == [cached.name]  # no temp left
