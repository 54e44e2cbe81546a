"""A server library set up for roles on the test server, and people to log in to it.

``server_library()`` gives a database of its own (:mod:`tests.server_db`) set up by
``accord server init`` with a first administrator; ``ServerLibrary.person(role)``
creates a login role with a unique name (roles are the whole server's, shared by every
test database) and gives its address. Everything made is dropped afterwards.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.office.init import init_server
from db.opening import open_library
from tests import server_db

if TYPE_CHECKING:
    from collections.abc import Iterator

    from db.library import Library
    from db.server.roles import Role

_numbers = itertools.count(1)


def unique_name(what: str) -> str:
    """A login role name no other test (or test run) uses."""
    return f"t{os.getpid()}_{next(_numbers)}_{what}"


@dataclass
class ServerLibrary:
    """A database set up for roles: its superuser ``url``, ``name`` and administrator."""

    url: str
    name: str
    admin: str
    made: list[str] = field(default_factory=list)
    opened: list[Library] = field(default_factory=list)

    def url_as(self, user: str) -> str:
        """The database's address as ``user`` (trust authentication: no password)."""
        return server_db.url_of(self.name, user=user)

    def person(self, role: Role | None, what: str = "") -> str:
        """Create a login role in ``role``'s group (none: no group); return its name."""
        name = unique_name(what or (role.word if role else "nobody"))
        self.made.append(name)
        self.sql(f"CREATE ROLE {name} LOGIN")
        if role is not None:
            self.sql(f"GRANT {role.value} TO {name}")
        return name

    def open_as(self, user: str) -> Library:
        """Open the library as ``user`` (in a folder of its own); closed afterwards."""
        folder = Path(tempfile.mkdtemp(prefix="accord-person-"))
        library = open_library(folder / "library", database_url=self.url_as(user))
        self.opened.append(library)
        return library

    def sql(self, statement: str) -> list[tuple]:
        """Run ``statement`` as the superuser, committed; return its rows if it has any."""
        engine = sa.create_engine(self.url)
        try:
            with engine.begin() as conn:
                result = conn.exec_driver_sql(statement)
                return [tuple(row) for row in result] if result.returns_rows else []
        finally:
            engine.dispose()


@contextmanager
def server_library(*, builtin: bool = True, empty: bool = False) -> Iterator[ServerLibrary]:
    """Yield a new database set up by ``accord server init``, with a new administrator."""
    with server_db.database(builtin=builtin, empty=empty) as url:
        admin = unique_name("admin")
        server = ServerLibrary(url=url, name=sa.engine.make_url(url).database or "", admin=admin)
        server.made.append(admin)
        try:
            init_server(url, admin)
            yield server
        finally:
            for library in server.opened:
                library.close()
            server_db.drop_database(server.name)
            for name in server.made:
                server_db._admin(f"DROP ROLE IF EXISTS {name}")  # noqa: SLF001


def dump(url: str) -> dict[str, object]:
    """Every table's rows (as text, sorted), its columns, and the library's policies."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.exec_driver_sql(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1"
            ).scalars()
            found: dict[str, object] = {}
            for table in list(tables):
                found[table] = sorted(
                    conn.exec_driver_sql(f"SELECT t::text FROM {table} t").scalars()
                )
            found["(columns)"] = conn.exec_driver_sql(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'public' ORDER BY 1, 2"
            ).all()
            found["(policies)"] = conn.exec_driver_sql(
                "SELECT tablename, policyname, qual, with_check FROM pg_policies ORDER BY 1, 2"
            ).all()
            found["(grants)"] = conn.exec_driver_sql(
                "SELECT table_name, grantee, privilege_type FROM "
                "information_schema.table_privileges "
                "WHERE table_schema = 'public' ORDER BY 1, 2, 3"
            ).all()
            return found
    finally:
        engine.dispose()


def owners(server: ServerLibrary) -> set[str]:
    """The owners of the library's tables, sequences and functions."""
    rows = server.sql(
        "SELECT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n "
        "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') "
        "UNION SELECT pg_get_userbyid(p.proowner) FROM pg_proc p JOIN pg_namespace n "
        "ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname LIKE 'accord%%'"
    )
    return {owner for (owner,) in rows}
