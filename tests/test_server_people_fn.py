"""Administrators add people through ``accord_set_role`` and never hold ``CREATEROLE``:
what an administrator cannot do on the server any more, what ``accord server grant``
still does, its one-sentence refusals, odd names, and init repairing the older scheme.

Real PostgreSQL 15 (``ACCORD_TEST_DATABASE_URL``); each test has a database of its own
and login roles with unique names, dropped after (:mod:`tests.server_people`).
"""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa

from db.errors import LibraryError, RoleError
from db.office.init import init_server
from db.office.people import grant, list_people, psql_name
from db.server.roles import Role
from desktop.cli.main import main
from tests import server_db
from tests.server_people import ServerLibrary, server_library, unique_name

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)

DENIED = "42501"


def _state(url: str, statement: str) -> str:
    """Run ``statement`` as ``url``'s user; return its SQLSTATE ("" when it ran)."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(statement)
    except sa.exc.DBAPIError as exc:
        return getattr(exc.orig, "sqlstate", "") or "?"
    finally:
        engine.dispose()
    return ""


def _role(server: ServerLibrary, name: str) -> tuple | None:
    """``(can_login, createrole, groups)`` of role ``name``, or None when missing."""
    engine = sa.create_engine(server.url)
    try:
        with engine.connect() as conn:
            row = conn.execute(
                sa.text(
                    "SELECT r.rolcanlogin, r.rolcreaterole, ARRAY(SELECT g.rolname::text "
                    "FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                    "WHERE m.member = r.oid ORDER BY 1) FROM pg_roles r WHERE r.rolname = :n"
                ),
                {"n": name},
            ).first()
            return tuple(row) if row else None
    finally:
        engine.dispose()


def _drop(*names: str) -> None:
    for name in names:
        quoted = '"' + name.replace('"', '""') + '"'
        server_db._admin(f"DROP ROLE IF EXISTS {quoted}")  # noqa: SLF001


def test_an_administrator_cannot_reach_beyond_accords_roles() -> None:
    with server_library() as server:
        me = server.admin
        url = server.url_as(me)
        assert _role(server, me)[1] is False  # no CREATEROLE
        for statement in (
            f"GRANT pg_execute_server_program TO {me}",
            f"GRANT pg_read_server_files TO {me}",
            f"CREATE ROLE {unique_name('made')}",
            "SET ROLE accord_owner",
            f"GRANT accord_owner TO {me}",
            f"ALTER ROLE {me} CREATEROLE",
            "CREATE TEMP TABLE t (x text); COPY t FROM PROGRAM 'id'",
            "ALTER TABLE partner ADD COLUMN x int",
        ):
            assert _state(url, statement) in (DENIED, "42P01"), statement
        assert _state(url, "COPY (SELECT 1) TO PROGRAM 'id'") == DENIED
        owner_members = server.sql(
            "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g "
            "ON g.oid = m.roleid WHERE g.rolname = 'accord_owner'"
        )
        assert owner_members == [(0,)]


def test_grant_creates_moves_sets_a_password_and_refuses_the_last_administrator() -> None:
    with server_library() as server:
        admin = server.open_as(server.admin)
        person = unique_name("person")
        server.made.append(person)
        assert grant(admin, person, Role.READER, "first secret") is True
        assert _role(server, person) == (True, False, ["accord_reader"])
        stored = server.sql(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{person}'")
        assert stored[0][0].startswith("SCRAM-SHA-256$")
        assert grant(admin, person, Role.ADMINISTRATOR, "second secret") is False
        assert _role(server, person) == (True, False, ["accord_admin"])
        again = server.sql(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{person}'")
        assert again[0][0].startswith("SCRAM-SHA-256$")
        assert again != stored
        grant(admin, person, "editor")
        assert {p.name: p.role for p in list_people(admin)}[person] is Role.EDITOR
        assert server.open_as(person).role is Role.EDITOR
        with pytest.raises(LibraryError, match="last administrator") as refused:
            grant(admin, server.admin, Role.EDITOR)
        assert str(refused.value).count(".") == 1
        grant(admin, person, None)
        assert _role(server, person) == (True, False, [])


def test_grant_refuses_names_that_are_not_people_with_one_sentence() -> None:
    with server_library() as server:
        admin = server.open_as(server.admin)
        roles_before = server.sql("SELECT count(*) FROM pg_roles")
        missing = unique_name("missing")
        with pytest.raises(LibraryError, match="no person called") as refused:
            grant(admin, missing, None)
        sentences = [str(refused.value)]
        for name, says in (
            ("pg_monitor", "cannot be a person's name"),
            ("pg_execute_server_program", "cannot be a person's name"),
            ("public", "cannot be a person's name"),
            ("current_user", "cannot be a person's name"),
            ("accord_owner", "cannot be a person's name"),
            ("postgres", "superuser"),
            ("a" * 70, "longer than the server allows"),
        ):
            with pytest.raises(LibraryError, match=says) as refused:
                grant(admin, name, Role.ADMINISTRATOR)
            sentences.append(str(refused.value))
        dba = unique_name("dba")
        server.made.append(dba)
        server.sql(f"CREATE ROLE {dba} LOGIN CREATEDB")
        with pytest.raises(LibraryError, match="rights beyond Accord's") as refused:
            grant(admin, dba, Role.READER)
        sentences.append(str(refused.value))
        bot = unique_name("bot")  # the server administrator's role: no password from Accord
        server.made.append(bot)
        server.sql(f"CREATE ROLE {bot} LOGIN")
        server.sql(f"GRANT pg_read_server_files TO {bot}")
        with pytest.raises(LibraryError, match="will not set their password") as refused:
            grant(admin, bot, Role.READER, "taken over")
        sentences.append(str(refused.value))
        assert server.sql(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{bot}'") == [(None,)]
        assert all(s.count(".") == 1 and s.endswith(".") for s in sentences), sentences
        assert server.sql("SELECT count(*) FROM pg_roles") == [(roles_before[0][0] + 2,)]
        assert _role(server, "postgres")[2] == []


def test_odd_names_are_quoted_never_run() -> None:
    with server_library() as server:
        admin = server.open_as(server.admin)
        tag = unique_name("")
        names = [f"o'brien{tag}", f'Robert"); DROP TABLE partner;--{tag}', f"田中{tag}",
                 f"x'); ALTER ROLE {server.admin} SUPERUSER;--{tag}"]  # fmt: skip
        try:
            for name in names:
                assert grant(admin, name, Role.READER, "it's 100% 'quoted'") is True
                assert _role(server, name) == (True, False, ["accord_reader"])
                grant(admin, name, "editor")
            people = {p.name: p.role for p in list_people(admin)}
            assert all(people[name] is Role.EDITOR for name in names)
            assert server.sql("SELECT count(*) FROM partner") == [(20,)]
            assert server.sql(
                f"SELECT rolsuper FROM pg_roles WHERE rolname = '{server.admin}'"
            ) == [(False,)]
        finally:
            _drop(*names)
        assert psql_name("alice") == "alice"
        assert psql_name("o'brien") == '"o\'brien"'
        assert psql_name('Say "hi"') == '"Say ""hi"""'
        assert psql_name("田中") == '"田中"'


def test_an_editor_or_reader_calling_the_function_is_denied() -> None:
    with server_library() as server:
        for role in (Role.EDITOR, Role.READER):
            person = server.person(role)
            target = unique_name("target")
            statement = f"SELECT public.accord_set_role('{target}', 'administrator')"
            assert _state(server.url_as(person), statement) == DENIED
            assert (
                _state(
                    server.url_as(person), f"SELECT accord_set_role('{person}', 'administrator')"
                )
                == DENIED
            )  # noqa: E501
            assert _role(server, target) is None
            may = server.sql(
                f"SELECT has_function_privilege('{person}', "
                "'public.accord_set_role(text, text, text)', 'EXECUTE')"
            )
            assert may == [(False,)]
            with pytest.raises(RoleError):
                grant(server.open_as(person), target, Role.READER)


def test_init_again_repairs_a_library_set_up_by_the_older_scheme() -> None:
    with server_library() as server:
        other = server.person(Role.ADMINISTRATOR, "oldadmin")
        member = server.person(Role.EDITOR, "ownermember")
        server.sql(f"ALTER ROLE {server.admin} CREATEROLE")
        server.sql(f"ALTER ROLE {other} CREATEROLE")
        server.sql(f"GRANT accord_owner TO {member}")
        server.sql("ALTER ROLE accord_owner NOCREATEROLE")
        server.sql("DROP FUNCTION public.accord_set_role(text, text, text)")
        assert _state(server.url_as(other), f"GRANT pg_execute_server_program TO {other}") == ""
        server.sql(f"REVOKE pg_execute_server_program FROM {other}")
        init_server(server.url, server.admin)
        for name in (server.admin, other):
            assert _role(server, name) == (True, False, ["accord_admin"])
        assert _role(server, member) == (True, False, ["accord_editor"])
        assert server.sql(
            "SELECT rolcanlogin, rolcreaterole FROM pg_roles WHERE rolname = 'accord_owner'"
        ) == [(False, True)]
        assert _state(server.url_as(other), f"GRANT pg_execute_server_program TO {other}") == DENIED
        newcomer = unique_name("newcomer")
        server.made.append(newcomer)
        assert grant(server.open_as(other), newcomer, Role.READER)


def test_init_refuses_a_superuser_as_administrator() -> None:
    with server_library() as server:
        with pytest.raises(LibraryError, match="superuser") as refused:
            init_server(server.url, "postgres")
        assert str(refused.value).count(".") == 1


def test_grant_on_the_command_line_sets_a_password_and_quotes_the_psql_hint(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with server_library() as server:
        url = server.url_as(server.admin)
        odd = f"O'Brien{unique_name('')}"
        plain = unique_name("cli")
        server.made.append(plain)
        try:
            assert main(["--database-url", url, "server", "grant", odd, "reader"]) == 0
            out = capsys.readouterr().out
            assert f'\\password "{odd}"' in out
            monkeypatch.setenv("ACCORD_NEW_PASSWORD", "from the environment")
            code = main(["--database-url", url, "server", "grant", plain, "editor", "--password"])
            assert code == 0
            assert "without a password" not in capsys.readouterr().out
            stored = server.sql(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{plain}'")
            assert stored[0][0].startswith("SCRAM-SHA-256$")
            assert os.environ["ACCORD_NEW_PASSWORD"] not in stored[0][0]
        finally:
            _drop(odd)


def test_init_by_a_dba_leaves_nobody_a_member_of_the_owner() -> None:
    dba, admin = unique_name("dba"), unique_name("admin")
    server_db._admin(f"CREATE ROLE {dba} LOGIN CREATEROLE CREATEDB")  # noqa: SLF001
    name = server_db.new_database(empty=True)
    try:
        server_db._admin(f"ALTER DATABASE {name} OWNER TO {dba}")  # noqa: SLF001
        with pytest.raises(LibraryError, match="rights beyond Accord's"):
            init_server(server_db.url_of(name, user=dba), dba)  # the DBA may create roles
        init_server(server_db.url_of(name, user=dba), admin)
        init_server(server_db.url_of(name, user=dba), admin)  # again: still nobody
        members = _state(
            server_db.url_of(name),
            "DO $$ BEGIN IF EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles g "
            "ON g.oid = m.roleid WHERE g.rolname = 'accord_owner') "
            "THEN RAISE EXCEPTION 'a member'; END IF; END $$",
        )
        assert members == ""
        assert _state(server_db.url_of(name, user=admin), "SET ROLE accord_owner") == DENIED
    finally:
        server_db.drop_database(name)
        _drop(admin, dba)
