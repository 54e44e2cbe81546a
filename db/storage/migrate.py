"""Create and upgrade the schema with Alembic; never ``create_all`` on a user's file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.errors import BackupError, LibraryError
from db.i18n.translate import fill, translate
from db.storage import snapshots as backup

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from db.progress import Progress

_MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"


def alembic_config() -> Config:
    """Return an Alembic config that finds Accord's migrations inside the package."""
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def head_revision() -> str:
    """Return the newest schema revision this Accord knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def knows_revision(revision: str | None) -> bool:
    """Return whether this Accord knows schema ``revision`` (``None``: an empty database)."""
    if revision is None:
        return True
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id  # noqa: BLE001
        return False


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision stored in the database, ``None`` if it has none."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(
    engine: Engine, progress: Progress | None = None, *, as_role: str | None = None
) -> bool:
    """Bring the database of ``engine`` to the newest schema.

    Returns ``True`` when the database was empty and has just been created,
    so the caller can load the built-in records. An existing SQLite library
    at an older revision is first snapshotted into ``backups/`` as
    ``...-before-upgrade-<revision>.sqlite3``; if that fails,
    nothing is migrated. Raises :class:`LibraryError` when the database was
    made by a newer Accord (its revision is unknown here; it is left
    untouched), holds tables that are not Accord's, or cannot be backed up
    before its upgrade. ``progress`` follows a long step (indexing every
    record and page for search: migration 0006); it cannot stop an upgrade.
    ``as_role`` (PostgreSQL) runs the migrations as that role (``SET LOCAL ROLE``), so
    it owns what they create: ``accord server init`` migrates as ``accord_owner``.
    """
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    if current is None:
        tables = set(sa.inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise LibraryError(
                translate(
                    "library",
                    "The database already holds tables that are not an Accord library, so "
                    "Accord will not change it.",
                )
            )
    else:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown id
            raise LibraryError(
                fill(
                    translate(
                        "library",
                        "This library was made by a newer version of Accord (schema {current}); "
                        "install that version to open it.",
                    ),
                    current=current,
                )
            ) from exc
        if current == script.get_current_head():
            return False
        try:
            backup.snapshot_engine(engine, reason=f"before-upgrade-{current}")
        except BackupError as exc:
            why = str(exc)
            raise LibraryError(
                fill(
                    translate(
                        "library",
                        "The library was not upgraded, because it could not be backed up first: "
                        "{lower}{why}",
                    ),
                    lower=why[:1].lower(),
                    why=why[1:],
                )
            ) from exc
    with engine.begin() as conn:
        if as_role is not None:
            conn.exec_driver_sql(f'SET LOCAL ROLE "{as_role}"')
        config.attributes["connection"] = conn
        config.attributes["progress"] = progress
        command.upgrade(config, "head")
    return current is None
