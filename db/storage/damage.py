"""A damaged database, and the way out of it: the newest sound snapshot and its restore command.

SQLite reports damage as ``database disk image is malformed``
(``SQLITE_CORRUPT``) or ``file is not a database`` (``SQLITE_NOTADB``), when
the file is opened or only when a damaged page is read. Wherever either
surfaces (opening a library, a session, a query, a check, a backup), the
sentence a person gets is the one :func:`damaged_error` writes: which file is
damaged, the newest sound snapshot in ``backups/`` and the exact ``accord
restore`` command that puts it back (README, "Backups"), or, without one, the
archive to restore instead. :func:`database_damage` finds damage anywhere in the
file (``PRAGMA quick_check``) for the window, which must not show a damaged
library as an empty one.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
from pathlib import Path

from db.errors import BackupError, DamagedLibraryError
from db.i18n.translate import fill, translate
from db.storage import migrate
from db.storage import snapshots as backup
from db.storage.files import reason
from db.storage.sqlite_file import is_unreadable

# What SQLite says (lower case) of a file that is damaged, as opposed to busy or unreadable.
_DAMAGE = ("malformed", "not a database", "corrupt")


def is_damage(reason: str) -> bool:
    """Return whether the driver's ``reason`` says the database file is damaged."""
    reason = reason.lower()
    return any(word in reason for word in _DAMAGE)


def damaged_error(
    folder: Path, database: Path, why: str, *, opened: bool = True
) -> DamagedLibraryError:
    """Return the sentence for the damaged ``database`` of the library in ``folder``.

    ``why`` is SQLite's reason; ``opened`` false says the file could not even
    be opened. The sentence ends with :func:`restore_advice`.
    """
    why = why.rstrip(".")
    if opened:
        start = fill(
            translate("backup", "The database {database} is damaged ({why}); "),
            database=database,
            why=why,
        )
    else:
        start = fill(
            translate(
                "backup", "The database {database} cannot be opened ({why}), so it is damaged; "
            ),
            database=database,
            why=why,
        )
    advice, snapshot = restore_advice(folder)
    return DamagedLibraryError(start + advice, folder=folder, snapshot=snapshot)


def damage_sentence(folder: Path, database: Path, why: str) -> DamagedLibraryError | None:
    """Return :func:`damaged_error` if SQLite's ``why`` says ``database`` is damaged, else None.

    What an opened library's sessions say of a damaged database
    (``db.library.Library.damage_sentence``, given by :func:`db.opening.open_library`).
    """
    return damaged_error(folder, database, why) if is_damage(why) else None


def restore_advice(folder: Path) -> tuple[str, Path | None]:
    """The end of a damaged database's sentence, and the snapshot it names (or ``None``).

    Names the newest sound snapshot in ``folder/backups``
    (:func:`newest_sound_snapshot`) and the command, quoted for a
    shell, that restores it; without one, the command that restores an archive.
    """
    snapshot = newest_sound_snapshot(folder / backup.BACKUPS)
    where = shell_word(str(folder))
    if snapshot is None:
        return (
            fill(
                translate(
                    "backup",
                    "restore it from a backup archive with “accord --library {where} restore "
                    "ARCHIVE.zip”, or move it away to start a new library.",
                ),
                where=where,
            ),
            None,
        )
    made = backup.snapshot_time(snapshot)
    when = (
        fill(translate("backup", " (made {when} UTC)"), when=f"{made:%Y-%m-%d %H:%M}")
        if made
        else ""
    )
    return (
        fill(
            translate(
                "backup",
                "the newest automatic backup of it is {snapshot}{when}, and “accord --library "
                "{where} restore {shell_word}” puts it back, keeping the damaged file in "
                "backups/.",
            ),
            snapshot=snapshot,
            when=when,
            where=where,
            shell_word=shell_word(str(snapshot)),
        ),
        snapshot,
    )


def newest_sound_snapshot(backups: Path) -> Path | None:
    """Return the newest snapshot in ``backups`` that this Accord can restore; else ``None``.

    That is one that passes ``integrity_check`` and holds an Accord schema
    this version knows. For the sentence that tells a user whose database cannot be opened
    what to restore; it reads each snapshot whole, newest first, so it is
    meant for that rare moment, not for every start.
    """
    for path in reversed(backup.snapshots(backups)):
        if not backup.file_integrity_problems(path):
            try:
                revision = backup.schema_revision(path)
            except BackupError:
                continue
            if revision is not None and migrate.knows_revision(revision):
                return path
    return None


def database_damage(database: Path) -> str | None:
    """Return why the SQLite file ``database`` is damaged, ``None`` if it is sound.

    Reads every page (``PRAGMA quick_check``: some 0.2 s for 75 MB) but
    checks no index against its table. A file that is only busy, missing or
    unreadable is not called damaged: ``None``.
    """
    problems = backup.file_integrity_problems(database, quick=True)
    if not problems:
        return None
    reason = backup.problem_reason(problems[0])
    if is_unreadable(problems[0]) and not is_damage(reason):
        return None
    return reason


def shell_word(text: str) -> str:
    """``text`` as one word of a command line: quoted when it holds spaces or quotes."""
    if text and not any(c.isspace() or c in "\"'$`&;|<>()*?!" for c in text):
        return text
    if os.name == "nt":
        return f'"{text}"'
    return shlex.quote(text)


def keep_damaged(database: Path, kept: Path) -> Path:
    """Copy the damaged SQLite file ``database`` (with its ``-wal``) as it is to ``kept``.

    A copy, not a move (:func:`set_aside`): the library is open and its
    database is about to be overwritten by a sound one. Raises
    :class:`BackupError`, one sentence; then nothing else should change.
    """
    try:
        for suffix in ("", "-wal"):
            source = Path(f"{database}{suffix}")
            if source.exists():
                shutil.copyfile(source, Path(f"{kept}{suffix}"))
    except OSError as exc:
        for suffix in ("", "-wal"):
            Path(f"{kept}{suffix}").unlink(missing_ok=True)
        raise BackupError(
            fill(
                translate(
                    "backup",
                    "The damaged database cannot be kept in {parent}: {reason}; nothing was "
                    "restored.",
                ),
                parent=kept.parent,
                reason=reason(exc),
            )
        ) from exc
    return kept


def swap_in(database: Path, part: Path, kept: Path | None) -> None:
    """Move ``database`` (an unusable one) to ``kept``, then ``part`` in its place.

    ``kept`` ``None``: there is no database to move. If ``part`` cannot be
    put in place, the moved database goes back, so a failed restore never
    leaves a folder without its database (which the next start would take
    for a new library). Raises ``OSError``.
    """
    if kept is not None:
        backup.set_aside(database, kept)
    try:
        os.replace(part, database)
    except OSError:
        if kept is not None and not database.exists():
            with contextlib.suppress(OSError):
                backup.set_aside(kept, database)
        raise


def left_where(database: Path, kept: Path | None) -> str:
    """The end of a failed restore's sentence: where the library's database is now."""
    if kept is not None and not database.exists() and kept.exists():
        return fill(translate("backup", "; the unusable database is kept in {kept}"), kept=kept)
    return (
        translate("backup", "; the library's database was left as it was")
        if database.exists()
        else ""
    )
