"""Roles on a server library, enforced by PostgreSQL: ``accord server init``, grants,
row-level security, refusals naming the role, and the history naming the database user.

Real PostgreSQL (``ACCORD_TEST_DATABASE_URL``); each test has a database of its own
set up by ``accord server init`` and login roles with unique names, dropped after.
"""

from __future__ import annotations

import csv
import datetime as dt
from typing import TYPE_CHECKING

import pytest
import sqlalchemy as sa

from db.agreements import add_agreement, delete_agreement, get_agreement, update_agreement
from db.documents import attach_document
from db.errors import LibraryError, RoleError
from db.office.people import grant, list_people
from db.partners import add_partner, delete_partner, update_partner
from db.schemas import AgreementCreate, AgreementUpdate, PartnerCreate, PartnerUpdate
from db.server.roles import Action, Role, may
from db.storage.history_recorder import RecordedSession
from db.trash import list_trash, purge, restore
from desktop.cli.main import main
from tests import server_db
from tests.server_people import dump, server_library, unique_name

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.skipif(not server_db.ADMIN_URL, reason=server_db.NO_SERVER)

DENIED = "42501"


def _cli(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--database-url", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_roles_table_says_who_may_do_what() -> None:
    allowed = {role: {action for action in Action if may(role, action)} for role in Role}
    assert allowed[Role.READER] == {Action.READ, Action.EXPORT, Action.CHECK}
    assert allowed[Role.EDITOR] - allowed[Role.READER] == {
        Action.ADD, Action.EDIT, Action.ATTACH, Action.TRASH, Action.IMPORT, Action.REINDEX
    }  # fmt: skip
    assert not may(Role.EDITOR, Action.MANAGE_PEOPLE)
    assert all(may(Role.ADMINISTRATOR, action) for action in Action)


def test_a_login_without_a_role_is_refused_when_opening() -> None:
    with server_library() as server:
        nobody = server.person(None)
        with pytest.raises(LibraryError, match=f"{nobody} has no role in this Accord library"):
            server.open_as(nobody)


def test_an_older_schema_is_not_upgraded_by_a_person() -> None:
    with server_library() as server:
        editor = server.person(Role.EDITOR)
        server.sql("UPDATE alembic_version SET version_num = '0007'")
        with pytest.raises(LibraryError, match="ask an administrator to upgrade it"):
            server.open_as(editor)
        assert server.sql("SELECT version_num FROM alembic_version") == [("0007",)]


def _csv_with_a_new_agreement(capsys: pytest.CaptureFixture[str], url: str, path: Path) -> Path:
    assert main(["--database-url", url, "export", "-o", str(path)]) == 0
    capsys.readouterr()
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    row = {**rows[0], "ID": "", "Agreement": "Agreement a reader tried to add", "Documents": ""}
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerow(row)
    return path


def test_a_reader_changes_nothing_through_any_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, samples: Path
) -> None:
    with server_library() as server:
        admin = server.open_as(server.admin)
        delete_agreement(admin, 2)  # something in the trash to restore or purge
        reader = server.person(Role.READER)
        url = server.url_as(reader)
        csv_file = _csv_with_a_new_agreement(capsys, url, tmp_path / "new.csv")
        before = dump(server.url)
        changing = [
            ("import", str(csv_file)),
            ("attach", "1", str(samples / "jo.pdf")),
            ("trash", "--restore", "agreement", "2"),
            ("trash", "--purge", "agreement", "2"),
            ("trash", "--empty"),
            ("reindex",),
            ("server", "grant", reader, "administrator"),
            ("server", "grant", server.admin, "none"),
        ]
        for argv in changing:
            code, _out, err = _cli(capsys, url, *argv)
            assert code == 1, argv
            assert "Your role on this server library, reader, does not allow" in err, argv
            assert "Traceback" not in err
        code, _out, _err = _cli(capsys, url, "status")  # renews nothing for a reader
        assert code == 0
        library = server.open_as(reader)
        assert library.role is Role.READER
        attempts = [
            lambda: add_partner(library, PartnerCreate(name="Nowhere", country="Nowhere")),
            lambda: update_partner(library, 1, PartnerUpdate(notes="changed")),
            lambda: delete_partner(library, 1, with_agreements=True),
            lambda: update_agreement(library, 1, AgreementUpdate(notes="changed")),
            lambda: attach_document(library, 1, samples / "jo.pdf"),
        ]
        for attempt in attempts:
            with pytest.raises(RoleError, match="reader"):
                attempt()
        assert dump(server.url) == before


def _refused(conn: sa.Connection, statement: str) -> str:
    """Run ``statement`` in a savepoint; return its SQLSTATE ("" when it ran)."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql(statement)
    except sa.exc.DBAPIError as exc:
        return getattr(exc.orig, "sqlstate", "") or "?"
    return ""


def _raw_attempts(table: str, column: str) -> list[str]:
    return [
        f"INSERT INTO {table} SELECT * FROM {table} LIMIT 1",
        f"UPDATE {table} SET {column} = {column}",
        f"DELETE FROM {table}",
        f"TRUNCATE {table} CASCADE",
        f"ALTER TABLE {table} ADD COLUMN sneaky integer",
        f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY",
        f"DROP TABLE {table} CASCADE",
    ]


def test_a_reader_changes_nothing_with_raw_sql() -> None:
    with server_library() as server:
        reader = server.person(Role.READER)
        before = dump(server.url)
        engine = sa.create_engine(server.url_as(reader))
        try:
            with engine.connect() as conn:
                tables = conn.exec_driver_sql(
                    "SELECT table_name, min(column_name) FROM information_schema.columns "
                    "WHERE table_schema = 'public' GROUP BY 1 ORDER BY 1"
                ).all()
                assert len(tables) >= 11
                ran = [
                    (table, statement)
                    for table, column in tables
                    for statement in _raw_attempts(table, column)
                    if _refused(conn, statement) != DENIED
                ]
                for statement in (
                    "SELECT nextval('partner_id_seq')",
                    "UPDATE change_log SET action = 'x'",
                    "DELETE FROM history",
                    "SET ROLE accord_owner",
                    "GRANT accord_admin TO CURRENT_USER",
                    "CREATE TABLE mine (id int)",
                ):
                    if _refused(conn, statement) != DENIED:
                        ran.append(("-", statement))
                conn.rollback()
        finally:
            engine.dispose()
        assert ran == []
        assert dump(server.url) == before


def test_an_editor_adds_edits_attaches_and_trashes_but_cannot_restore_purge_or_grant(
    samples: Path,
) -> None:
    with server_library() as server:
        name = server.person(Role.EDITOR)
        editor = server.open_as(name)
        assert editor.role is Role.EDITOR
        partner = add_partner(editor, PartnerCreate(name="Lyon", country="France"))
        added = add_agreement(
            editor,
            AgreementCreate(
                partner_id=partner.id, title="Edited by an editor", date_signed=dt.date(2020, 1, 1)
            ),  # fmt: skip
        )
        update_agreement(editor, added.id, AgreementUpdate(notes="notes"))
        attach_document(editor, added.id, samples / "jo.pdf")
        update_partner(editor, partner.id, PartnerUpdate(notes="a partner note"))
        delete_agreement(editor, added.id)
        assert [item.id for item in list_trash(editor)] == [added.id]
        for refused in (
            lambda: restore(editor, "agreement", added.id),
            lambda: purge(editor, "agreement", added.id),
            lambda: grant(editor, name, Role.ADMINISTRATOR),
        ):
            with pytest.raises(RoleError, match="editor"):
                refused()
        before = dump(server.url)
        engine = sa.create_engine(server.url_as(name))
        try:
            with engine.connect() as conn:
                # Row-level security: a trashed row cannot be brought back or changed...
                restored = conn.exec_driver_sql(
                    f"UPDATE agreement SET deleted_at = NULL WHERE id = {added.id}"
                )
                assert restored.rowcount == 0
                for statement in (
                    f"DELETE FROM agreement WHERE id = {added.id}",
                    "DELETE FROM history",
                    "UPDATE history SET field = 'x'",
                    "UPDATE change_log SET action = 'x'",
                    "TRUNCATE search_unit",
                    'INSERT INTO history (at, "user", record_kind, record_id, action) '
                    "VALUES (now(), 'somebody else', 'partner', 1, 'changed')",
                ):
                    assert _refused(conn, statement) == DENIED, statement
                conn.rollback()
        finally:
            engine.dispose()
        assert dump(server.url) == before


def test_an_administrator_restores_purges_and_grants() -> None:
    with server_library() as server:
        admin = server.open_as(server.admin)
        delete_agreement(admin, 3)
        restore(admin, "agreement", 3)
        delete_agreement(admin, 3)
        purge(admin, "agreement", 3)
        assert server.sql("SELECT count(*) FROM agreement WHERE id = 3") == [(0,)]
        newcomer = unique_name("newcomer")
        server.made.append(newcomer)
        assert grant(admin, newcomer, Role.ADMINISTRATOR)
        # administrators never hold CREATEROLE (on PostgreSQL 15 it reaches every role)
        assert server.sql(f"SELECT rolcreaterole FROM pg_roles WHERE rolname = '{newcomer}'") == [
            (False,)
        ]
        grant(admin, newcomer, Role.EDITOR)
        assert server.sql(f"SELECT rolcreaterole FROM pg_roles WHERE rolname = '{newcomer}'") == [
            (False,)
        ]
        assert server.open_as(newcomer).role is Role.EDITOR
        admins = {p.name for p in list_people(admin) if p.role is Role.ADMINISTRATOR}
        assert admins == {server.admin}, "roles are server-wide: another test left an admin"
        with pytest.raises(LibraryError, match="last administrator"):
            grant(admin, server.admin, Role.READER)
        grant(admin, newcomer, None)
        assert newcomer not in {p.name for p in list_people(admin)}


def test_the_history_names_the_database_user() -> None:
    with server_library() as server:
        name = server.person(Role.EDITOR)
        editor = server.open_as(name)
        [(last,)] = server.sql("SELECT coalesce(max(id), 0) FROM history")
        update_agreement(
            editor,
            1,
            AgreementUpdate(
                renewal="automatic", renewal_term="P1Y", expires_on=dt.date(2015, 1, 1)
            ),  # fmt: skip
        )
        delete_agreement(editor, 2)
        from db.lifecycle.renewals import apply_automatic_renewals

        assert apply_automatic_renewals(editor, dt.date(2016, 6, 1)) == [1]
        users = server.sql(f'SELECT DISTINCT "user" FROM history WHERE id > {last}')
        assert {u for (u,) in users} == {name, f"Accord (automatic renewal, {name})"}
        assert server.sql("SELECT deleted_by FROM agreement WHERE id = 2") == [(name,)]
        assert get_agreement(editor, 1).expires_on == dt.date(2017, 1, 1)


def test_a_session_of_the_library_records_the_user_on_its_own_connection() -> None:
    with server_library() as server:
        name = server.person(Role.EDITOR)
        editor = server.open_as(name)
        with editor.session(write=True) as session:
            assert isinstance(session, RecordedSession)
            from db.storage.history_recorder import user_of

            assert user_of(session) == name
            session.info["user"] = "Accord (automatic renewal)"
            assert user_of(session) == f"Accord (automatic renewal, {name})"


def test_the_server_refuses_even_when_accord_would_not_ask(samples: Path) -> None:
    """The database enforces the role: a library whose ``role`` was read wrongly (as an
    administrator) still cannot change anything as a reader, and says so in one sentence."""
    with server_library() as server:
        name = server.person(Role.READER)
        library = server.open_as(name)
        object.__setattr__(library, "role", Role.ADMINISTRATOR)  # pretend Accord did not check
        before = dump(server.url)
        with pytest.raises(RoleError, match="does not allow changing records"):
            update_partner(library, 1, PartnerUpdate(notes="changed"))
        with pytest.raises(RoleError, match="reader, does not allow changing records"):
            delete_agreement(library, 1)
        assert dump(server.url) == before


def test_grant_takes_a_role_word_as_the_command_line_does() -> None:
    with server_library() as server:
        admin = server.open_as(server.admin)
        person = unique_name("word")
        server.made.append(person)
        grant(admin, person, "editor")
        assert {p.name: p.role for p in list_people(admin)}[person] is Role.EDITOR
        grant(admin, person, "none")
        assert person not in {p.name for p in list_people(admin)}
        with pytest.raises(ValueError, match="owner"):
            grant(admin, person, "owner")
