"""``accord copy --to URL`` / ``accord copy --from URL DIR``: a library onto a server and back.

``--to`` copies the library being used (``--library``, the default one, or
``--database-url``) into the empty database at URL; ``--from`` copies the library
at URL into the new or empty folder DIR. Every record and stored file is copied
and then compared (:func:`db.safekeeping.copy.copy_library`); nothing is deleted
from the source.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from desktop.cli.commands import EXIT_OK, UsageError

if TYPE_CHECKING:
    import argparse

    from db.library import Library
    from db.safekeeping.copy import CopyReport

NAME = "copy"
HELP = QT_TRANSLATE_NOOP(
    "cli",
    "copy the whole library (records, history, trash and documents) onto an empty server "
    "database (--to URL) or from one into a new folder (--from URL DIR), verified",
)
COPIED = QT_TRANSLATE_NOOP(
    "cli",
    "Copied {source} to {target} and compared every record and file: {records} rows and "
    "%n stored file(s) ({bytes} bytes).",
    None,
    1,
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``accord copy``."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--to",
        metavar="URL",
        help=translate("cli", "the empty server database to copy the library onto"),
    )
    where.add_argument(
        "--from",
        dest="from_url",
        metavar="URL",
        help=translate("cli", "the server database to copy a library from (into DIR)"),
    )
    parser.add_argument(
        "folder",
        metavar="DIR",
        nargs="?",
        help=translate("cli", "with --from: the new or empty folder the library is copied into"),
    )


def check_usage(args: argparse.Namespace) -> None:
    """DIR goes with ``--from`` and only with it."""
    if args.from_url and not args.folder:
        raise UsageError(
            translate("cli", "copy --from needs the folder to copy the library into (DIR)"), NAME
        )
    if args.to and args.folder:
        raise UsageError(
            translate(
                "cli", "copy --to copies the library in use; choose it with --library, not DIR"
            ),
            NAME,
        )


def run_unopened(args: argparse.Namespace) -> int | None:
    """``--from``: copy without opening the library of ``--library`` (it is not used); a
    folder made for the copy goes again when the copy fails or is interrupted."""
    if not args.from_url:
        return None
    from db.opening import open_library

    with tempfile.TemporaryDirectory(prefix="accord-copy-") as scratch:
        source = open_library(
            Path(scratch) / "server",
            database_url=args.from_url,
            builtin=False,
            use_environment=False,
        )
        folder, made = Path(args.folder), not Path(args.folder).exists()
        try:
            target = open_library(_new_folder(folder), builtin=False, use_environment=False)
            try:
                return _copy(source, target)
            finally:
                target.close()
        except BaseException:
            if made:  # a copy that failed or was interrupted leaves no half-made library
                shutil.rmtree(folder, ignore_errors=True)
            raise
        finally:
            source.close()


def run(library: Library, args: argparse.Namespace) -> int:
    """``--to``: copy ``library`` into the database at URL (a PostgreSQL server's: a SQLite
    address would keep the records there and the documents in a scratch folder)."""
    from db.errors import BackupError
    from db.opening import open_library
    from db.storage.engine import parse_url

    if parse_url(args.to).get_backend_name() != "postgresql":
        raise BackupError(
            translate(
                "cli",
                "copy --to copies a library onto a PostgreSQL server; to copy it into another "
                "folder, use accord backup and accord restore, or copy the folder itself.",
            )
        )

    with tempfile.TemporaryDirectory(prefix="accord-copy-") as scratch:
        target = open_library(Path(scratch) / "server", database_url=args.to, builtin=False)
        try:
            return _copy(library, target)
        finally:
            target.close()


def _new_folder(folder: Path) -> Path:
    """Refuse a folder that holds anything but an empty library (nothing is overwritten)."""
    from db.errors import BackupError
    from db.library import ATTACHMENTS, BACKUPS, DATABASE_NAME

    if folder.exists() and not folder.is_dir():
        raise BackupError(
            fill(
                translate("cli", "{folder} is a file; copy --from needs a new or empty folder."),
                folder=folder,
            )
        )
    if folder.is_dir():
        allowed = {DATABASE_NAME, f"{DATABASE_NAME}-wal", f"{DATABASE_NAME}-shm"}
        allowed |= {ATTACHMENTS, BACKUPS}
        others = sorted(path.name for path in folder.iterdir() if path.name not in allowed)
        if others:
            raise BackupError(
                fill(
                    translate(
                        "cli",
                        "The folder {folder} holds other files ({first}…), so nothing was "
                        "copied into it; copy --from needs a new or empty folder.",
                    ),
                    folder=folder,
                    first=others[0],
                )
            )
    return folder


def _copy(source: Library, target: Library) -> int:
    from db.safekeeping.copy import copy_library, library_name

    done = copy_library(source, target)
    print(summary(done, library_name(source), library_name(target)))
    return EXIT_OK


def summary(done: CopyReport, source: str, target: str) -> str:
    """Return the sentence that says what a copy did (stdout)."""
    return fill(
        translate("cli", COPIED, None, done.files),
        source=source,
        target=target,
        records=sum(done.rows.values()),
        bytes=done.bytes,
    )
