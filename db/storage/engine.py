"""The engine factory: one place that knows how to connect to the records."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

import sqlalchemy as sa

from db.errors import LibraryError
from db.i18n.translate import QT_TRANSLATE_NOOP, fill, translate
from db.search import index as search_index
from db.storage import sqlite

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine


def sqlite_url(path: Path) -> str:
    """Return the SQLAlchemy URL of the SQLite file at ``path``."""
    return f"sqlite:///{path.resolve().as_posix()}"


def safe_url(url: str) -> str:
    """Return ``url`` fit to show a person: the password replaced by ``***``."""
    try:  # as typed: 田中, not %E7%94%B0%E4%B8%AD
        return unquote(sa.engine.make_url(url).render_as_string(hide_password=True))
    except (sa.exc.ArgumentError, ValueError):
        return translate("library", "the database address given")


def driver_reason(error: BaseException) -> str:
    """Return the first line of a database driver's error, without a final full stop.

    Drivers give several lines (psycopg adds a hint on a tab-indented line;
    SQLAlchemy appends the SQL and a link); a person needs the first.
    """
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return (lines[0] if lines else type(original).__name__).rstrip(".")


# SQLSTATEs of a PostgreSQL session ended by the server (an administrator, a crash, a
# shutdown); class 08 (connection exceptions) counts too.
_LOST_STATES = frozenset({"57P01", "57P02", "57P03"})


def connection_lost(error: BaseException) -> bool:
    """Whether ``error`` (SQLAlchemy's wrapper or psycopg's own) says the PostgreSQL server
    cannot be reached or ended the connection: refused, timed out, closed, terminated.

    A server that answers with a refusal (a constraint, a permission) is not lost.
    """
    if getattr(error, "connection_invalidated", False):
        return True
    original = getattr(error, "orig", None) or error
    try:
        import psycopg
    except ImportError:  # no PostgreSQL driver: no server to lose
        return False
    if not isinstance(original, psycopg.OperationalError | psycopg.InterfaceError):
        return False
    state = original.sqlstate
    return state is None or state.startswith("08") or state in _LOST_STATES


#: The database addresses Accord accepts, as a sentence names them.
ACCEPTED_URLS = QT_TRANSLATE_NOOP(
    "library",
    "postgresql+psycopg://user@host/database for a PostgreSQL server, or "
    "sqlite:///path/to/accord.sqlite3 for a database file",
)


def parse_url(url: str) -> sa.URL:
    """Return ``url`` parsed, as Accord connects to it: PostgreSQL through psycopg, or a
    SQLite file.

    ``postgresql://`` (no driver named) means psycopg, the driver Accord's
    ``postgresql`` extra installs (SQLAlchemy 2.0 would pick psycopg2).
    Raises :class:`LibraryError`, one sentence naming :data:`ACCEPTED_URLS`,
    for an empty address, one that is not a URL, another database or
    driver (``mysql://``, ``postgresql+psycopg2://``, ``bogus://``), and a
    SQLite URL that names no file (``sqlite://`` keeps the records in
    memory, lost when Accord exits) or carries query options (``?mode=ro``:
    the SQLite driver would ignore them with a warning). The sentence never
    shows a password.
    """
    text = url.strip()
    if not text:
        raise LibraryError(
            fill(
                translate(
                    "library", "No database address was given; Accord accepts {accepted_urls}."
                ),
                accepted_urls=translate("library", ACCEPTED_URLS),
            )
        )
    try:
        parsed = sa.engine.make_url(text)
    except (sa.exc.ArgumentError, ValueError):
        raise LibraryError(
            fill(
                translate(
                    "library",
                    "The database address given is not a URL Accord can read; it accepts "
                    "{accepted_urls}.",
                ),
                accepted_urls=translate("library", ACCEPTED_URLS),
            )
        ) from None
    backend, _, driver = parsed.drivername.partition("+")
    if backend in ("postgresql", "postgres") and driver in ("", "psycopg"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and driver in ("", "pysqlite"):
        if parsed.database in (None, "", ":memory:"):
            raise LibraryError(
                fill(
                    translate(
                        "library",
                        "The database address “{safe_url}” names no database file, so the "
                        "records would be lost when Accord exits; Accord accepts "
                        "{accepted_urls}.",
                    ),
                    safe_url=safe_url(text),
                    accepted_urls=translate("library", ACCEPTED_URLS),
                )
            )
        if parsed.query:
            raise LibraryError(
                fill(
                    translate(
                        "library",
                        "The database address “{safe_url}” carries options after “?”, which "
                        "Accord does not use; it accepts {accepted_urls}, without options.",
                    ),
                    safe_url=safe_url(text),
                    accepted_urls=translate("library", ACCEPTED_URLS),
                )
            )
        return parsed
    raise LibraryError(
        fill(
            translate(
                "library",
                "Accord cannot use the database address “{safe_url}”; it accepts {accepted_urls}.",
            ),
            safe_url=safe_url(text),
            accepted_urls=translate("library", ACCEPTED_URLS),
        )
    )


def create_engine(url: str) -> Engine:
    """Return a new engine for ``url`` (``sqlite:///...`` or ``postgresql+psycopg://...``).

    SQLite connections get Accord's PRAGMAs (see :mod:`db.storage.sqlite`), and every
    session's writes keep ``search_text`` right (:func:`db.search.index.install`). Raises
    :class:`LibraryError` for a URL Accord does not accept (:func:`parse_url`)
    or SQLAlchemy cannot use, for a SQLite file in a folder that does not
    exist, and when psycopg (the ``postgresql`` extra) is
    not installed; the message never shows the password. Whether the server
    answers and the password is right is found on the first connection. A
    PostgreSQL engine checks each pooled connection before handing it out
    (``pool_pre_ping``): after the server was restarted or the network lost, the
    next use case connects anew instead of failing on a dead connection.
    """
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        folder = Path(parsed.database or "").absolute().parent
        if not folder.is_dir():
            raise LibraryError(
                fill(
                    translate(
                        "library",
                        "The database address “{safe_url}” names a file in the folder {folder}, "
                        "which does not exist.",
                    ),
                    safe_url=safe_url(url),
                    folder=folder,
                )
            )
    try:
        engine = sa.create_engine(parsed, pool_pre_ping=parsed.get_backend_name() != "sqlite")
    except ImportError as exc:
        raise LibraryError(
            fill(
                translate(
                    "library",
                    "Accord cannot reach a PostgreSQL server here: its driver psycopg is not "
                    "installed ({driver_reason}); install Accord with its postgresql extra (pip "
                    'install "accord[postgresql]").',
                ),
                driver_reason=driver_reason(exc),
            )
        ) from exc
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ValueError) as exc:
        raise LibraryError(
            fill(
                translate(
                    "library", "The database address “{safe_url}” cannot be used: {driver_reason}."
                ),
                safe_url=safe_url(url),
                driver_reason=driver_reason(exc),
            )
        ) from exc
    if sqlite.is_sqlite(engine):
        sqlite.configure(engine)
    search_index.install()
    return engine
