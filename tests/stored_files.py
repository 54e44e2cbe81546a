"""What a test sees of a library's stored files, on SQLite (``attachments/``) and on a
server (``document_content``), so one test asserts the same outcome on both backends."""

from __future__ import annotations

import hashlib
import io
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.server import content

if TYPE_CHECKING:
    from db.library import Library
    from db.schemas import DocumentRead


def on_server(library: Library) -> bool:
    """True when ``library`` keeps its records (and stored files) on PostgreSQL."""
    return library.engine.dialect.name == "postgresql"


def stored(library: Library) -> list[str]:
    """Every stored file: the files in ``attachments/`` (library-relative paths), and on a
    server also ``db:<sha256>`` for each file in the database (so a server library that
    wrongly wrote into ``attachments/`` shows twice)."""
    found = sorted(
        p.relative_to(library.root).as_posix()
        for p in library.attachments_dir.rglob("*")
        if p.is_file()
    )
    if on_server(library):
        with library.engine.connect() as conn:
            found += sorted(f"db:{sha}" for sha in content.stored_hashes(conn))
    return found


def damage(library: Library, document: DocumentRead) -> None:
    """Flip one bit in the middle of ``document``'s stored file (same size, another SHA-256)."""
    if not on_server(library):
        path = library.path_of(document.stored_path)
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
        return
    with library.engine.begin() as conn:
        data = bytearray(
            conn.execute(
                sa.text("SELECT content FROM document_content WHERE sha256 = :s AND part = 0"),
                {"s": document.sha256},
            ).scalar_one()
        )
        data[len(data) // 2] ^= 0x01
        conn.execute(
            sa.text("UPDATE document_content SET content = :c WHERE sha256 = :s AND part = 0"),
            {"c": bytes(data), "s": document.sha256},
        )


def delete(library: Library, document: DocumentRead) -> None:
    """Remove ``document``'s stored file behind the library's back."""
    if not on_server(library):
        library.path_of(document.stored_path).unlink()
        return
    with library.engine.begin() as conn:
        content.remove(conn, [document.sha256])


def add_stray(library: Library) -> str:
    """Store a file no document refers to; return the text ``accord check`` names it by."""
    data = b"%PDF-1.4 stray"
    if not on_server(library):
        (library.attachments_dir / "stray.pdf").write_bytes(data)
        return "stray.pdf"
    sha = hashlib.sha256(data).hexdigest()
    with library.engine.begin() as conn:
        content.store(conn, sha, io.BytesIO(data))
    return sha
