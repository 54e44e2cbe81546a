"""A server library's stored files, three ways: why ``document_content`` keeps 1 MiB parts.

Usage: ``python -m tests.benchmarks.bench_server_documents [--database-url URL]
[--megabytes 50] [--runs 3]`` (default server: ``$ACCORD_TEST_DATABASE_URL``).

Writes a file of random bytes (PDFs are compressed already, so random bytes are
fair) into the server and reads it back while hashing it (SHA-256), three ways:

- one ``bytea`` row holding the whole file;
- parts of 1 MiB, one row each: :mod:`db.server.content`, what Accord uses;
- a large object (``lo_create``/``lo_put`` in 1 MiB pieces, ``lo_get`` likewise).

Each is a committed transaction, best of ``--runs``. The tables live in a scratch
schema (``accord_bench_<pid>``, dropped afterwards; the parts table has the
migration's columns and ``STORAGE EXTERNAL``), so any database the user may create
a schema in will do. Prints one table row per way with ratios against the parts.
Part of ``python -m tests.benchmarks`` as the ``server`` group.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import sys
import time
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.server import content
from db.server.schema import CONTENT_TABLE, PART_SIZE

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.engine import Connection, Engine

#: Where the server comes from when no ``--database-url`` is given.
URL_ENV = "ACCORD_TEST_DATABASE_URL"
NO_SERVER = f"server documents: skipped (no server; set {URL_ENV} or give --database-url)"
WAYS = ("one bytea row", "1 MiB bytea parts", "large object")


def _schema(conn: Connection, name: str) -> None:
    conn.exec_driver_sql(f"CREATE SCHEMA {name}")
    conn.exec_driver_sql(f"SET search_path = {name}")
    conn.exec_driver_sql(
        f"CREATE TABLE {CONTENT_TABLE} (sha256 varchar(64) NOT NULL, part integer NOT NULL, "
        "content bytea NOT NULL, PRIMARY KEY (sha256, part))"
    )
    conn.exec_driver_sql("CREATE TABLE one_row (sha256 varchar(64) PRIMARY KEY, content bytea)")
    for table in (CONTENT_TABLE, "one_row"):
        conn.exec_driver_sql(f"ALTER TABLE {table} ALTER COLUMN content SET STORAGE EXTERNAL")


def _best(runs: int, reset: Callable[[], None], work: Callable[[], object]) -> float:
    best = float("inf")
    for _run in range(runs):
        reset()
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def measure(engine: Engine, data: bytes, runs: int) -> dict[str, tuple[float, float]]:
    """Return ``{way: (write s, read+hash s)}`` for ``data`` on ``engine``'s server."""
    sha = hashlib.sha256(data).hexdigest()
    schema = f"accord_bench_{os.getpid()}"
    oids: list[int] = []
    with engine.connect() as conn:
        _schema(conn, schema)
        conn.commit()
        try:

            def committed(step: Callable[[], object]) -> Callable[[], object]:
                def run() -> object:
                    result = step()
                    conn.commit()
                    return result

                return run

            def reset() -> None:
                conn.exec_driver_sql(f"TRUNCATE one_row, {CONTENT_TABLE}")
                for oid in oids:
                    conn.execute(sa.text("SELECT lo_unlink(:o)"), {"o": oid})
                oids.clear()
                conn.commit()

            def write_row() -> None:
                conn.execute(sa.text("INSERT INTO one_row VALUES (:s, :c)"), {"s": sha, "c": data})

            def read_row() -> str:
                row = conn.execute(
                    sa.text("SELECT content FROM one_row WHERE sha256 = :s"), {"s": sha}
                ).scalar_one()
                return hashlib.sha256(row).hexdigest()

            def write_parts() -> None:
                content.store(conn, sha, io.BytesIO(data))

            def read_parts() -> str:
                digest = hashlib.sha256()
                for chunk in content.parts(conn, sha):
                    digest.update(chunk)
                return digest.hexdigest()

            def write_object() -> None:
                oid = conn.execute(sa.text("SELECT lo_create(0)")).scalar_one()
                oids.append(oid)
                for offset in range(0, len(data), PART_SIZE):
                    conn.execute(
                        sa.text("SELECT lo_put(:o, :at, :c)"),
                        {"o": oid, "at": offset, "c": data[offset : offset + PART_SIZE]},
                    )

            def read_object() -> str:
                digest = hashlib.sha256()
                for offset in range(0, len(data), PART_SIZE):
                    chunk = conn.execute(
                        sa.text("SELECT lo_get(:o, :at, :n)"),
                        {"o": oids[-1], "at": offset, "n": PART_SIZE},
                    ).scalar_one()
                    digest.update(chunk)
                return digest.hexdigest()

            found: dict[str, tuple[float, float]] = {}
            for way, write, read in (
                (WAYS[0], write_row, read_row),
                (WAYS[1], write_parts, read_parts),
                (WAYS[2], write_object, read_object),
            ):
                written = _best(runs, reset, committed(write))
                # The written copy stays for the reads; each read is checked once.
                reset()
                committed(write)()
                if read() != sha:
                    raise AssertionError(f"{way}: the file read back differs")
                found[way] = (written, _best(runs, lambda: None, committed(read)))
            reset()
            return found
        finally:
            conn.rollback()
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
            for oid in oids:
                conn.execute(sa.text("SELECT lo_unlink(:o)"), {"o": oid})
            conn.commit()


def table(found: dict[str, tuple[float, float]], size: int, runs: int) -> str:
    """Return the printed table: one row per way, ratios against the parts."""
    write0, read0 = found[WAYS[1]]
    lines = [
        f"Server documents, {size / 1e6:.1f} MB random file, best of {runs}",
        "| way | write s | read+hash s | write vs parts | read vs parts |",
        "|---|---|---|---|---|",
    ]
    for way in WAYS:
        write, read = found[way]
        lines.append(
            f"| {way} | {write:.2f} | {read:.2f} | {write / write0:.2f}x | {read / read0:.2f}x |"
        )
    return "\n".join(lines)


def run(url: str, *, megabytes: float, runs: int) -> str:
    """Measure on the server at ``url`` and return the table."""
    size = int(megabytes * 1_000_000)
    engine = sa.create_engine(url)
    try:
        return table(measure(engine, os.urandom(size), runs), size, runs)
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    """Print the table; 0 when measured, 0 with a message when there is no server."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_server_documents")
    parser.add_argument("--database-url", default=os.environ.get(URL_ENV, ""))
    parser.add_argument("--megabytes", type=float, default=50.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.database_url:
        print(NO_SERVER)
        return 0
    print(run(args.database_url, megabytes=args.megabytes, runs=max(1, args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
