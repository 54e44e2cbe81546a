"""The engine factory: one place that knows how to connect to the records."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from db import sqlite
from db.errors import LibraryError


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of the SQLite file at ``path``."""
    return f"sqlite:///{path.resolve().as_posix()}"


def safe_url(url: str) -> str:
    """Return ``url`` fit to show a person: the password replaced by ``***``."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except (sa.exc.ArgumentError, ValueError):
        return "the database address given"


def driver_reason(error: BaseException) -> str:
    """Return the first line of a database driver's error, without a final full stop.

    Drivers give several lines (psycopg adds a hint on a tab-indented line;
    SQLAlchemy appends the SQL and a link); a person needs the first.
    """
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return (lines[0] if lines else type(original).__name__).rstrip(".")


def create_engine(url: str) -> Engine:
    """Return a new engine for ``url`` (``sqlite:///...`` or ``postgresql+psycopg://...``).

    SQLite connections get Accord's PRAGMAs (see :mod:`db.sqlite`). Raises
    :class:`LibraryError` for a URL SQLAlchemy cannot use; the message never
    shows the password.
    """
    try:
        engine = sa.create_engine(url)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError, ValueError) as exc:
        raise LibraryError(
            f"The database address “{safe_url(url)}” cannot be used: {driver_reason(exc)}."
        ) from exc
    if sqlite.is_sqlite(engine):
        sqlite.configure(engine)
    return engine
