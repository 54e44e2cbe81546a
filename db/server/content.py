"""The stored files of a server library: ``document_content``, parts of 1 MiB keyed by SHA-256.

A file is stored once whatever number of documents refer to it (the same PDF attached
to two agreements), streamed in and out a part at a time so memory stays bounded
whatever its size. Every function takes a SQLAlchemy connection inside the caller's
transaction: a file's parts are written with the document row that refers to them,
or not at all. See :mod:`db.server.schema` for why parts rather than one ``bytea``
or large objects.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, BinaryIO, Protocol

import sqlalchemy as sa

from db.server.schema import CONTENT_TABLE, PART_SIZE

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from sqlalchemy.engine import Connection


class Readable(Protocol):
    """What :func:`store` reads from: a binary file, or a reader wrapping one."""

    def read(self, size: int = -1, /) -> bytes: ...


_content = sa.table(
    CONTENT_TABLE,
    sa.column("sha256", sa.String),
    sa.column("part", sa.Integer),
    sa.column("content", sa.LargeBinary),
)


def stored_size(conn: Connection, sha256: str) -> int | None:
    """Return the bytes stored for ``sha256``, ``None`` when nothing is stored."""
    row = conn.execute(
        sa.select(sa.func.count(), sa.func.sum(sa.func.length(_content.c.content))).where(
            _content.c.sha256 == sha256
        )
    ).one()
    return None if row[0] == 0 else int(row[1])


def store(
    conn: Connection,
    sha256: str,
    source: Readable,
    done: Callable[[int], None] | None = None,
) -> bool:
    """Store the bytes read from ``source`` as the file ``sha256``; return False when it was
    stored already (nothing is read then).

    The caller has checked that ``source`` holds exactly that SHA-256 (the hash is the
    key; :func:`verify` reads it back). ``done(bytes_so_far)`` is called after each part.
    """
    if stored_size(conn, sha256) is not None:
        return False
    part = written = 0
    while chunk := source.read(PART_SIZE):
        conn.execute(sa.insert(_content).values(sha256=sha256, part=part, content=chunk))
        part += 1
        written += len(chunk)
        if done is not None:
            done(written)
    return True


def parts(conn: Connection, sha256: str) -> Iterator[bytes]:
    """Yield the stored parts of ``sha256`` in order, one query a part (bounded memory)."""
    part = 0
    while True:
        chunk = conn.execute(
            sa.select(_content.c.content).where(
                _content.c.sha256 == sha256, _content.c.part == part
            )
        ).scalar()
        if chunk is None:
            return
        yield bytes(chunk)
        part += 1


def copy_to(conn: Connection, sha256: str, destination: BinaryIO) -> int:
    """Write the stored file ``sha256`` into ``destination``; return its size in bytes."""
    size = 0
    for chunk in parts(conn, sha256):
        destination.write(chunk)
        size += len(chunk)
    return size


def verify(conn: Connection, sha256: str, size: int) -> bool:
    """Return whether the stored file ``sha256`` has exactly ``size`` bytes and that hash."""
    digest, total = hashlib.sha256(), 0
    for chunk in parts(conn, sha256):
        digest.update(chunk)
        total += len(chunk)
    return total == size and digest.hexdigest() == sha256


def stored_hashes(conn: Connection) -> set[str]:
    """Return the SHA-256 of every stored file."""
    return set(conn.execute(sa.select(_content.c.sha256).distinct()).scalars())


def remove(conn: Connection, hashes: Iterable[str]) -> None:
    """Delete the stored files of ``hashes`` (the caller knows no document refers to them)."""
    chosen = list(hashes)
    if chosen:
        conn.execute(sa.delete(_content).where(_content.c.sha256.in_(chosen)))
