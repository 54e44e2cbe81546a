"""Throwaway databases on the PostgreSQL server of ``ACCORD_TEST_DATABASE_URL``.

``.ci/run`` starts a PostgreSQL 15 server and sets that variable to a superuser's
address; without it every PostgreSQL test is skipped. Each test gets a database of
its own, copied from a template made once per run (``CREATE DATABASE ... TEMPLATE``:
a file copy, much quicker than running the migrations again), and dropped after.

A copy of the template with the built-in records took 0.3 s on a busy 2-core test
machine (``STRATEGY FILE_COPY`` no quicker than the default there), 1.5 times what the
test itself took on average: so the next copy is made in a background thread while a
test runs (:func:`new_database` takes it, then orders the next), and the statements go
through one engine kept for the run (a new one per statement added about 0.02 s).
"""

from __future__ import annotations

import itertools
import os
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from collections.abc import Iterator

#: A superuser's address of the test server, "" when there is none.
ADMIN_URL = os.environ.get("ACCORD_TEST_DATABASE_URL", "")
#: Why a PostgreSQL test is skipped here.
NO_SERVER = "needs ACCORD_TEST_DATABASE_URL (a PostgreSQL server; .ci/run starts one)"

_numbers = itertools.count(1)
_templates: dict[bool, str] = {}
_engines: list[sa.Engine] = []
#: The copy being made ahead by template (``builtin``), and the thread making it.
_ahead: dict[bool, Future[str]] = {}
_maker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="accord-test-db")


def url_of(database: str, *, user: str | None = None, password: str | None = None) -> str:
    """Return the address of ``database`` on the test server, as ``user`` if given."""
    url = sa.engine.make_url(ADMIN_URL).set(database=database)
    if user is not None:
        url = url.set(username=user, password=password)
    return url.render_as_string(hide_password=False)


def _admin(sql: str) -> None:
    """Run ``sql`` in the server's ``postgres`` database, outside a transaction."""
    if not _engines:
        _engines.append(sa.create_engine(url_of("postgres"), isolation_level="AUTOCOMMIT"))
    with _engines[0].connect() as conn:
        conn.exec_driver_sql(sql)


def _template(builtin: bool) -> str:
    """The template database (migrated, with or without the built-in records), made once."""
    if builtin not in _templates:
        from db.opening import open_library

        name = f"accord_tpl_{os.getpid()}_{int(builtin)}"
        _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        _admin(f"CREATE DATABASE {name}")
        folder = Path(tempfile.mkdtemp(prefix="accord-tpl-"))
        library = open_library(folder / "library", database_url=url_of(name), builtin=builtin)
        library.close()
        _templates[builtin] = name
    return _templates[builtin]


def _copy(template: str) -> str:
    name = f"accord_t_{os.getpid()}_{next(_numbers)}"
    _admin(f"CREATE DATABASE {name} TEMPLATE {template}")
    return name


def new_database(*, builtin: bool = True, empty: bool = False) -> str:
    """Create a new database and return its name: a copy of the migrated template (with
    the built-in records unless ``builtin`` is false), or an ``empty`` one.

    A copy is the one made ahead if there is one (a new database nobody has used);
    the next is then started in the background."""
    if empty:
        name = f"accord_t_{os.getpid()}_{next(_numbers)}"
        _admin(f"CREATE DATABASE {name}")
        return name
    template = _template(builtin)
    ahead = _ahead.pop(builtin, None)
    name = ahead.result() if ahead is not None else _copy(template)
    _ahead[builtin] = _maker.submit(_copy, template)
    return name


def drop_database(name: str) -> None:
    """Drop ``name``, closing whatever connections are still open to it."""
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def database(*, builtin: bool = True, empty: bool = False) -> Iterator[str]:
    """Yield the superuser's address of a new database (see :func:`new_database`),
    dropped afterwards."""
    name = new_database(builtin=builtin, empty=empty)
    try:
        yield url_of(name)
    finally:
        drop_database(name)


def empty(url: str) -> None:
    """Remove every record of the library database at ``url`` and restart its numbering:
    what a new copy of the template without built-in records holds (only the migration's
    revision), for a test that needs many empty libraries one after another."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            tables = [t for t in sa.inspect(conn).get_table_names() if t != "alembic_version"]
            conn.exec_driver_sql(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    finally:
        engine.dispose()


def drop_templates() -> None:
    """Drop the copies made ahead and the templates of this run (at the session's end)."""
    for ahead in _ahead.values():
        drop_database(ahead.result())
    _ahead.clear()
    for name in _templates.values():
        drop_database(name)
    _templates.clear()
    for engine in _engines:
        engine.dispose()
    _engines.clear()
