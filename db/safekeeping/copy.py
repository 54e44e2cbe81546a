"""Copying a whole library between a folder and a server (``accord copy --to`` / ``--from``).

:func:`copy_library` copies every record (partners, agreements, their events,
documents and page texts, replacements, history; the trash with them, since a
record in the trash is a row like any other) with its ID, version and
timestamps, and every stored file: from ``attachments/`` into the server's
``document_content``, or back. The source is read in one consistent snapshot
(SQLite: one read transaction; PostgreSQL: ``REPEATABLE READ``) and never
changed; the target is written in one transaction, so it gets all of it or
nothing. The search index is not copied but made again on the target (its form
differs: FTS5 on SQLite, ``pg_trgm`` on PostgreSQL). Afterwards every row and
every file is compared, value by value and hash by hash
(:mod:`db.safekeeping.copy_verify`), before the copy is called done.

The target must be an empty library at the same schema revision: a new
folder, or a server database set up with ``accord server init --empty`` or
never opened; one that holds any record is refused, since copying into it
would mix two offices' records.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import SQLModel

from db.attachments.database import HashingReader
from db.errors import BackupError, Cancelled
from db.i18n.translate import fill, translate
from db.library import database_error
from db.opening import open_library
from db.safekeeping.copy_verify import compare_files, compare_rows, copied_tables
from db.search.rebuild import rebuild_units
from db.server import content
from db.server.roles import Action, require
from db.storage import sqlite
from db.storage.engine import safe_url
from db.storage.files import reason

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from sqlalchemy.engine import Connection

    from db.library import Library
    from db.progress import Progress

# Rows read and written at a time.
_BATCH = 1000
# Bytes read at a time from a stored file.
_CHUNK = 1 << 20


@dataclass
class CopyReport:
    """What a copy moved: rows per table (``{"partner": 20, ...}``) and stored files."""

    rows: dict[str, int] = field(default_factory=dict)
    files: int = 0
    bytes: int = 0


def library_name(library: Library) -> str:
    """Return how a person names ``library``: its server address (no password) or folder."""
    if library.database_path is None:
        return safe_url(library.engine.url.render_as_string(hide_password=False))
    return str(library.root)


def copy_library(
    source: Library, target: Library, *, progress: Progress | None = None
) -> CopyReport:
    """Copy every record and stored file of ``source`` into the empty ``target``; verify.

    ``progress(done, total)`` counts rows and files; returning ``False`` cancels
    (:class:`~db.errors.Cancelled`; the target is left as it was). Raises
    :class:`BackupError` (one sentence) when the target holds records, the two
    schemas differ, a stored file is missing or does not match its SHA-256, or the
    comparison afterwards finds any difference; :class:`~db.errors.LibraryError`
    when a database cannot be used, :class:`~db.errors.RoleError` when the target is a
    server library and its user is not an administrator. Nothing in ``source`` is
    ever changed.
    """
    require(target.role, Action.COPY_IN)
    try:
        _refuse_nonempty(target)
        _refuse_other_schema(source, target)
        return _copy(source, target, progress)
    except sa.exc.DBAPIError as exc:
        raise database_error(exc) from exc


def _copy(source: Library, target: Library, progress: Progress | None) -> CopyReport:
    report = CopyReport()
    written: list[Path] = []
    try:
        with _snapshot(source) as reading:
            with _writing(target) as writing:
                _copy_into(source, target, reading, writing, report, written, progress)
            # Compared with the snapshot it was read from: what others change meanwhile
            # (a server library in use while it is backed up) is no difference.
            differences = compare_rows(reading, target) + compare_files(reading, target)
    except BaseException:
        for path in written:  # a folder target had no files before: take back what was put
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    if differences:
        raise BackupError(
            fill(
                translate(
                    "copy",
                    "The copy in {target} does not match the library it was copied from "
                    "({difference}); the original is unchanged.",
                ),
                target=library_name(target),
                difference=differences[0],
            )
        )
    return report


def _copy_into(  # noqa: PLR0913 - the copy's two ends and what it keeps count of
    source: Library,
    target: Library,
    reading: Connection,
    writing: Connection,
    report: CopyReport,
    written: list[Path],
    progress: Progress | None,
) -> None:
    """Every row, then every stored file, then the sequences and the search index."""
    tables = copied_tables()
    files = _files(reading)
    total = sum(_count(reading, table) for table in tables) + len(files)
    step = _stepper(progress, total)
    for table in tables:
        report.rows[table.name] = _copy_rows(reading, writing, table, step)
    for sha256, size, stored_path in files:
        report.bytes += _copy_file(
            source, target, reading, writing, (sha256, size, stored_path), written
        )
        report.files += 1
        step(1)
    _reset_sequences(writing, tables)
    rebuild_units(writing)


def copy_into_folder(source: Library, folder: Path, *, progress: Progress | None = None) -> Library:
    """Copy ``source`` into a new library in ``folder`` (SQLite) and return it, open; the
    caller closes it. How a server library is archived: the same archive as a folder's."""
    target = open_library(folder, builtin=False, use_environment=False)
    try:
        copy_library(source, target, progress=progress)
    except BaseException:
        target.close()
        raise
    return target


def _refuse_nonempty(target: Library) -> None:
    with target.engine.connect() as conn:
        held = sum(
            conn.execute(
                sa.select(sa.func.count()).select_from(SQLModel.metadata.tables[name])
            ).scalar_one()
            for name in ("partner", "agreement", "document", "history")
        )
    if held:
        raise BackupError(
            fill(
                translate(
                    "copy",
                    "{target} already holds records, so nothing was copied into it; a library "
                    "is copied only into an empty one (a new folder, or a server database set "
                    "up with accord server init --empty).",
                ),
                target=library_name(target),
            )
        )


def _refuse_other_schema(source: Library, target: Library) -> None:
    from db.storage import migrate  # noqa: PLC0415 - Alembic only when copying

    if migrate.current_revision(source.engine) != migrate.current_revision(target.engine):
        raise BackupError(
            translate(
                "copy",
                "The two libraries were made by different versions of Accord, so nothing was "
                "copied; open both with this version first.",
            )
        )


@contextmanager
def _snapshot(library: Library) -> Iterator[Connection]:
    """One read transaction: every table read as of the same moment."""
    engine = library.engine
    if not sqlite.is_sqlite(engine):
        engine = engine.execution_options(isolation_level="REPEATABLE READ")
    with engine.connect() as conn, conn.begin():
        yield conn


@contextmanager
def _writing(library: Library) -> Iterator[Connection]:
    engine = library.engine
    if sqlite.is_sqlite(engine):
        engine = engine.execution_options(**{sqlite.WRITE_OPTION: True})
    with engine.begin() as conn:
        yield conn


def _count(conn: Connection, table: sa.Table) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _stepper(progress: Progress | None, total: int) -> Callable[[int], None]:
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and progress(done, total) is False:
            raise Cancelled

    return step


def _copy_rows(
    reading: Connection, writing: Connection, table: sa.Table, step: Callable[[int], None]
) -> int:
    copied = 0
    keys = list(table.primary_key.columns)
    result = reading.execution_options(yield_per=_BATCH).execute(sa.select(table).order_by(*keys))
    for rows in result.partitions():
        batch = [dict(row._mapping) for row in rows]
        writing.execute(sa.insert(table), batch)
        copied += len(batch)
        step(len(batch))
    return copied


def _files(conn: Connection) -> list[tuple[str, int, str]]:
    """Every stored file once: ``(sha256, size, stored_path)``, in SHA-256 order."""
    document = SQLModel.metadata.tables["document"]
    rows = conn.execute(
        sa.select(document.c.sha256, document.c.size, sa.func.min(document.c.stored_path))
        .group_by(document.c.sha256, document.c.size)
        .order_by(document.c.sha256)
    ).all()
    return [(str(sha), int(size), str(path)) for sha, size, path in rows]


def _copy_file(
    source: Library,
    target: Library,
    reading: Connection,
    writing: Connection,
    stored: tuple[str, int, str],
    written: list[Path],
) -> int:
    """Copy one stored file (checked against its SHA-256 on the way); return its size."""
    sha256, size, stored_path = stored
    with _opened(source, reading, sha256, stored_path) as handle:
        if target.documents_in_database:
            content.store(writing, sha256, handle)
        else:
            destination = target.path_of(stored_path)
            destination.parent.mkdir(parents=True, exist_ok=True)
            fd, part = tempfile.mkstemp(prefix=".accord-", suffix=".part", dir=destination.parent)
            with os.fdopen(fd, "wb") as out:
                while chunk := handle.read(_CHUNK):
                    out.write(chunk)
            os.replace(part, destination)
            written.append(destination)
        if handle.sha256() != sha256 or handle.size != size:
            raise _damaged(source, stored_path, sha256)
    return size


@contextmanager
def _opened(
    library: Library, conn: Connection, sha256: str, stored_path: str
) -> Iterator[HashingReader]:
    if library.documents_in_database:
        with tempfile.TemporaryFile() as spool:
            content.copy_to(conn, sha256, spool)
            spool.seek(0)
            yield HashingReader(spool)
        return
    path = library.path_of(stored_path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise BackupError(
            fill(
                translate(
                    "copy",
                    "The stored file {path} cannot be read ({reason}), so nothing was copied; "
                    "accord check tells what the library misses.",
                ),
                path=path,
                reason=reason(exc),
            )
        ) from exc
    with handle:
        yield HashingReader(handle)


def _damaged(library: Library, stored_path: str, sha256: str) -> BackupError:
    return BackupError(
        fill(
            translate(
                "copy",
                "The stored file {stored_path} of {library} does not hold what was attached "
                "(its SHA-256 is not {sha256}), so nothing was copied; accord check tells what "
                "is damaged.",
            ),
            stored_path=stored_path,
            library=library_name(library),
            sha256=sha256,
        )
    )


def _reset_sequences(conn: Connection, tables: list[sa.Table]) -> None:
    """PostgreSQL: every ``id`` sequence continues after the copied IDs (SQLite needs none)."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c or not table.c.id.autoincrement:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
        )
