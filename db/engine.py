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


def create_engine(url: str) -> Engine:
    """Return a new engine for ``url`` (``sqlite:///...`` or ``postgresql+psycopg://...``).

    SQLite connections get Accord's PRAGMAs (see :mod:`db.sqlite`). Raises
    :class:`LibraryError` for a URL SQLAlchemy cannot use.
    """
    try:
        engine = sa.create_engine(url)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as exc:
        raise LibraryError(f"The database address “{url}” cannot be used: {exc}.") from exc
    if sqlite.is_sqlite(engine):
        sqlite.configure(engine)
    return engine
