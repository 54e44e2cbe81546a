"""``accord server init`` on a real server: roles made, the schema made and owned by
accord_owner, run again as a no-op or an upgrade, refusing foreign or newer databases.

Real PostgreSQL (``ACCORD_TEST_DATABASE_URL``); each test has a database of its own and
login roles with unique names, dropped after (:mod:`tests.server_people`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.errors import LibraryError
from db.office.init import init_server
from db.office.people import list_people
from db.server.roles import Role
from desktop.cli.main import main
from tests import server_db
from tests.server_people import dump, owners, server_library, unique_name

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)


def test_init_makes_accord_owner_own_everything_and_runs_again_as_a_no_op() -> None:
    with server_library(empty=True) as server:
        assert owners(server) == {"accord_owner"}
        assert server.sql("SELECT count(*) FROM partner") == [(20,)]  # the built-in records
        before = dump(server.url)
        report = init_server(server.url, server.admin)
        assert not report.created
        assert report.upgraded_from is None
        assert not report.admin_created
        assert dump(server.url) == before
        assert owners(server) == {"accord_owner"}
        people = {p.name: p.role for p in list_people(server.open_as(server.admin))}
        assert people[server.admin] is Role.ADMINISTRATOR
        assert server.sql(f"SELECT rolcreaterole FROM pg_roles WHERE rolname = '{server.admin}'")[
            0
        ] == (False,)  # administrators never hold CREATEROLE: accord_set_role adds people


def test_init_adopts_a_library_made_before_roles() -> None:
    with server_library() as server:  # the template was migrated by the superuser
        assert owners(server) == {"accord_owner"}
        policies = server.sql("SELECT tablename, policyname FROM pg_policies ORDER BY 1, 2")
        assert ("history", "accord_add") in policies
        assert ("partner", "accord_change") in policies


def test_init_refuses_a_database_with_other_tables_and_changes_nothing() -> None:
    with server_db.database(empty=True) as url:
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE invoices (id int)")
        engine.dispose()
        admin = unique_name("admin")
        with pytest.raises(LibraryError, match=r"not Accord's \(invoices\)"):
            init_server(url, admin)
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            assert sa.inspect(conn).get_table_names() == ["invoices"]
            assert not conn.exec_driver_sql(
                f"SELECT count(*) FROM pg_roles WHERE rolname = '{admin}'"
            ).scalar()
        engine.dispose()


@pytest.mark.parametrize(
    ("made", "named"),
    [
        ("CREATE VIEW totals AS SELECT 1 AS one", "totals"),
        ("CREATE SCHEMA billing; CREATE TABLE billing.invoices (id int)", "billing.invoices"),
        ("CREATE MATERIALIZED VIEW cached AS SELECT 1 AS one", "cached"),
    ],
)
def test_init_refuses_views_and_tables_of_other_schemas_too(made: str, named: str) -> None:
    with server_db.database(empty=True) as url:
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql(made)
        engine.dispose()
        with pytest.raises(LibraryError, match=rf"not Accord's \({named}\)"):
            init_server(url, unique_name("admin"))


def test_init_refuses_a_schema_of_a_newer_accord() -> None:
    with server_db.database() as url:
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        engine.dispose()
        with pytest.raises(LibraryError, match="newer version of Accord"):
            init_server(url, unique_name("admin"))


def test_server_init_on_the_command_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with server_db.database(empty=True) as url:
        admin = unique_name("admin")
        try:
            assert main(["server", "init", url, "--admin", admin]) == 0
            out = capsys.readouterr().out
            assert "Created the library" in out
            assert "without a password" in out
            monkeypatch.setenv("ACCORD_NEW_PASSWORD", "it's 100% mine")
            assert main(["server", "init", url, "--admin", admin, "--password"]) == 0
            assert "set up already" in capsys.readouterr().out
            engine = sa.create_engine(url)
            with engine.connect() as conn:
                hashed = conn.exec_driver_sql(
                    f"SELECT rolpassword FROM pg_authid WHERE rolname = '{admin}'"
                ).scalar()
            engine.dispose()
            assert hashed is not None
            assert hashed.startswith("SCRAM-SHA-256$")
            assert main(["server", "grant"]) == 2  # bad usage
        finally:
            server_db.drop_database(sa.engine.make_url(url).database or "")
            server_db._admin(f"DROP ROLE IF EXISTS {admin}")  # noqa: SLF001


def test_init_by_a_database_administrator_who_is_not_a_superuser(tmp_path: Path) -> None:
    """The office's DBA: a role with CREATEROLE and CREATEDB that owns the database."""
    dba, admin = unique_name("dba"), unique_name("admin")
    server_db._admin(f"CREATE ROLE {dba} LOGIN CREATEROLE CREATEDB")  # noqa: SLF001
    name = server_db.new_database(empty=True)
    try:
        server_db._admin(f"ALTER DATABASE {name} OWNER TO {dba}")  # noqa: SLF001
        report = init_server(server_db.url_of(name, user=dba), admin)
        assert report.created
        assert report.admin_created
        engine = sa.create_engine(server_db.url_of(name))
        with engine.connect() as conn:
            owners = conn.exec_driver_sql(
                "SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S')"
            ).scalars()
            assert set(owners) == {"accord_owner"}
        engine.dispose()
        from db.opening import open_library

        library = open_library(tmp_path / "lib", database_url=server_db.url_of(name, user=admin))
        assert library.role is Role.ADMINISTRATOR
        assert [p.name for p in list_people(library)] == [admin]
        library.close()
    finally:
        server_db.drop_database(name)
        for role in (admin, dba):
            server_db._admin(f"DROP ROLE IF EXISTS {role}")  # noqa: SLF001


def test_init_upgrades_an_older_library_as_the_owner_and_people_wait_for_it() -> None:
    from alembic import command

    from db.storage import migrate

    with server_library() as server:
        reader = server.person(Role.READER)
        engine = sa.create_engine(server.url)
        with engine.begin() as conn:  # back to 0007, as an older Accord left it
            config = migrate.alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0007")
        engine.dispose()
        assert server.sql("SELECT to_regclass('change_log')") == [(None,)]
        with pytest.raises(LibraryError, match="accord server init"):
            server.open_as(reader)
        report = init_server(server.url, server.admin)
        assert report.upgraded_from == "0007"
        assert owners(server) == {"accord_owner"}
        library = server.open_as(reader)
        with library.engine.connect() as conn:  # the new table is readable by readers
            assert conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar() == 0


def test_server_init_empty_makes_a_library_without_records_to_copy_into(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with server_db.database(empty=True) as url:
        admin = unique_name("admin")
        try:
            assert main(["server", "init", url, "--admin", admin, "--empty"]) == 0
            assert "Created an empty library" in capsys.readouterr().out
            engine = sa.create_engine(url)
            with engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM partner").scalar() == 0
                assert conn.exec_driver_sql("SELECT count(*) FROM history").scalar() == 0
            engine.dispose()
        finally:
            server_db.drop_database(sa.engine.make_url(url).database or "")
            server_db._admin(f"DROP ROLE IF EXISTS {admin}")  # noqa: SLF001
