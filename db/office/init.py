"""``accord server init URL --admin NAME``: set up (or upgrade) an office's library on a
PostgreSQL server, with its roles.

Run by whoever administers the server (a superuser, or a role with ``CREATEROLE`` that
owns the database). In order, each step safe to run again:

1. refuse a database holding tables that are not Accord's, or an Accord schema made by a
   newer Accord (nothing is changed then);
2. create the owner and group roles if missing (:func:`db.office.security.group_roles_sql`;
   roles are the whole server's, so a second library on it shares them);
3. give ``accord_owner`` what an existing library's tables were (a library made before
   this command) and create or upgrade the schema with Accord's migrations *as*
   ``accord_owner`` (``SET LOCAL ROLE``), so it owns every table, sequence and function;
   a new library gets the built-in records, as :func:`db.opening.open_library` gives
   (unless asked for an empty one);
4. grant each group its rights and make the row-level policies
   (:func:`db.office.security.apply`);
5. give ``accord_owner`` ``CREATEROLE`` (``NOLOGIN``, and nobody stays a member of it:
   :func:`secure_owner`), create the function administrators add people with
   (:mod:`db.office.people_sql`) and take ``CREATEROLE`` from every person who has it
   (administrators of the older scheme had it: on PostgreSQL 15 it let them grant
   themselves any role of the server);
6. create the first administrator's login role if missing (without a password unless one
   is given), and make it an administrator (``accord_admin``, never ``CREATEROLE``).

On a library already set up, it only upgrades the schema and applies the rights again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from db.builtin import load_builtin
from db.errors import LibraryError
from db.i18n.translate import fill, translate
from db.office import people_sql, security
from db.server.roles import GROUPS, OWNER, Role
from db.server.schema import SERVER_TABLES
from db.storage import migrate
from db.storage.engine import create_engine, driver_reason, parse_url

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

    from db.progress import Progress


@dataclass(frozen=True)
class InitReport:
    """What ``accord server init`` did: ``created`` a new library (else it was there,
    ``upgraded_from`` its older schema or ``None``), and whether the administrator's
    login role was ``admin_created``."""

    created: bool
    upgraded_from: str | None
    admin: str
    admin_created: bool


def accord_tables() -> set[str]:
    """The tables an Accord library on a server may hold."""
    return set(SQLModel.metadata.tables) | set(SERVER_TABLES) | {"alembic_version"}


def init_server(
    url: str,
    admin: str,
    *,
    password: str | None = None,
    builtin: bool = True,
    progress: Progress | None = None,
) -> InitReport:
    """Set up the library at ``url`` for roles, with ``admin`` its first administrator.

    A new library gets the built-in records unless ``builtin`` is false (``--empty``: a
    library to copy one into with ``accord copy --to``).

    Raises :class:`LibraryError` (one sentence) for a SQLite address, a connecting user
    who may not create roles, a database with other tables than Accord's or made by a
    newer Accord, an administrator name that is one of Accord's roles, a superuser or a
    role with rights beyond Accord's (:data:`db.office.people_sql.REFUSALS`), and any
    error of the server (nothing half-done is kept: each step is one transaction).
    """
    if parse_url(url).get_backend_name() != "postgresql":
        raise LibraryError(
            translate("server", "accord server init sets up a library on a PostgreSQL server.")
        )
    if admin.strip().lower() in (OWNER, *(role.value for role in Role)) or not admin.strip():
        raise LibraryError(
            fill(
                translate("server", "“{name}” cannot be a person's name on the server."),
                name=admin,
            )
        )
    engine = create_engine(url)
    try:
        return _init(engine, admin.strip(), password, builtin, progress)
    except sa.exc.DBAPIError as exc:
        raise LibraryError(
            fill(
                translate("server", "The server library could not be set up: {reason}."),
                reason=driver_reason(exc),
            )
        ) from exc
    finally:
        engine.dispose()


def _init(
    engine: Engine, admin: str, password: str | None, builtin: bool, progress: Progress | None
) -> InitReport:
    with engine.connect() as conn:
        me, superuser, may_create = conn.execute(
            sa.text(
                "SELECT session_user, rolsuper, rolcreaterole FROM pg_roles "
                "WHERE rolname = session_user"
            )
        ).one()
    if not (superuser or may_create):
        raise LibraryError(
            fill(
                translate(
                    "server",
                    "{user} may not create roles on this server, so it cannot set up a library; "
                    "run accord server init as the server's administrator.",
                ),
                user=me,
            )
        )
    if superuser:
        return _set_up(engine, me, superuser, admin, password, builtin, progress)
    _act_as_owner(engine, me, True)  # the server's administrator, only while setting up
    try:
        return _set_up(engine, me, superuser, admin, password, builtin, progress)
    finally:
        _act_as_owner(engine, me, False)


def _act_as_owner(engine: Engine, me: str, member: bool) -> None:
    """Make ``me`` (a non-superuser with ``CREATEROLE``) a member of :data:`OWNER`, or
    no longer one, when the owner role exists."""
    with engine.begin() as conn:
        if conn.execute(
            sa.text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": OWNER}
        ).scalar_one():
            change = "GRANT {owner} TO {me}" if member else "REVOKE {owner} FROM {me}"
            conn.exec_driver_sql(change.format(owner=OWNER, me=_quoted(conn, me)))


def _set_up(
    engine: Engine,
    me: str,
    superuser: bool,
    admin: str,
    password: str | None,
    builtin: bool,
    progress: Progress | None,
) -> InitReport:
    with engine.connect() as conn:
        _refuse_foreign(conn)
        _refuse_admin(conn, admin)
    before = migrate.current_revision(engine)
    with engine.begin() as conn:
        for statement in security.group_roles_sql():
            conn.exec_driver_sql(statement)
        if not superuser:
            conn.exec_driver_sql(f"GRANT {OWNER} TO {_quoted(conn, me)}")
        conn.exec_driver_sql(f"GRANT CREATE ON SCHEMA public TO {OWNER}")
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    with engine.begin() as conn:
        security.adopt(conn)
    created = migrate.upgrade(engine, progress, as_role=OWNER)
    if created and builtin:
        with Session(engine) as session:
            session.connection().exec_driver_sql(f"SET LOCAL ROLE {OWNER}")
            load_builtin(session)
            session.commit()
    with engine.begin() as conn:
        conn.exec_driver_sql(f"SET LOCAL ROLE {OWNER}")
        security.apply(conn)
    with engine.begin() as conn:
        secure_owner(conn, me)
        conn.exec_driver_sql(f"SET LOCAL ROLE {OWNER}")
        people_sql.install(conn)
    with engine.begin() as conn:
        admin_created = ensure_login(conn, admin, password)
        make_member(conn, admin, Role.ADMINISTRATOR)
    upgraded = before if before is not None and before != migrate.head_revision() else None
    return InitReport(created=created, upgraded_from=upgraded, admin=admin,
                      admin_created=admin_created)  # fmt: skip


def _refuse_foreign(conn: Connection) -> None:
    """Refuse a database with tables not Accord's (views, foreign tables and tables in other
    schemas count too), or an Accord schema of a newer Accord."""
    rows = conn.exec_driver_sql(
        "SELECT n.nspname, c.relname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND left(n.nspname, 3) <> 'pg_'"
    ).all()
    tables = {name for schema, name in rows if schema == "public"}
    others = sorted(
        (name if schema == "public" else f"{schema}.{name}")
        for schema, name in rows
        if schema != "public" or name not in accord_tables()
    )
    if others:
        raise LibraryError(
            fill(
                translate(
                    "server",
                    "The database holds tables that are not Accord's ({tables}), so Accord will "
                    "not set up a library in it; give it an empty database.",
                ),
                tables=", ".join(others[:5]) + (", …" if len(others) > 5 else ""),
            )
        )
    if "alembic_version" in tables:
        current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if not migrate.knows_revision(current):
            raise LibraryError(
                fill(
                    translate(
                        "server",
                        "This library was made by a newer version of Accord (schema {current}); "
                        "set it up with that version.",
                    ),
                    current=current,
                )
            )


def _refuse_admin(conn: Connection, admin: str) -> None:
    """Refuse a first administrator who is a superuser or has rights beyond Accord's
    (the rules of :data:`db.office.people_sql.FUNCTION`, sentences of its REFUSALS)."""
    found = conn.execute(
        sa.text(
            "SELECT r.rolsuper, r.rolcreatedb OR r.rolbypassrls OR r.rolreplication "
            "OR EXISTS (SELECT FROM pg_auth_members m WHERE m.roleid = r.oid) "
            "OR (r.rolcreaterole AND NOT EXISTS (SELECT FROM pg_auth_members m "
            "JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid "
            "AND g.rolname = ANY(:groups))) "
            "OR pg_has_role(r.oid, :owner, 'MEMBER') "
            "FROM pg_roles r WHERE r.rolname = :n"
        ),
        {"n": admin, "groups": list(GROUPS), "owner": OWNER},
    ).first()
    if found is not None and any(found):
        code = "AC002" if found[0] else "AC007"
        raise LibraryError(fill(translate("server", people_sql.REFUSALS[code]), name=admin))


def secure_owner(conn: Connection, me: str) -> None:
    """Give :data:`OWNER` ``CREATEROLE`` (for :mod:`db.office.people_sql`'s function; from
    PostgreSQL 16 also ``ADMIN OPTION`` on :data:`GROUPS`) and keep it ``NOLOGIN``; take
    it from every member but ``me`` (the server's administrator running init, who has
    ``CREATEROLE`` already and stops being a member when init ends), and take
    ``CREATEROLE`` from every person of the library (a member of one of :data:`GROUPS`)
    but ``me``."""
    run = conn.exec_driver_sql
    run(f"ALTER ROLE {OWNER} NOLOGIN CREATEROLE NOCREATEDB")
    if int(conn.exec_driver_sql("SHOW server_version_num").scalar_one()) >= 160000:
        # From PostgreSQL 16, CREATEROLE grants only roles held WITH ADMIN OPTION (not
        # tested here: the test server is PostgreSQL 15).
        run(f"GRANT {', '.join(GROUPS)} TO {OWNER} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE")
    members = conn.execute(
        sa.text(
            "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
            "WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = :owner) "
            "AND r.rolname <> :me"
        ),
        {"owner": OWNER, "me": me},
    ).scalars()
    for name in list(members):
        run(f"REVOKE {OWNER} FROM {_quoted(conn, name)}")
    creators = conn.execute(
        sa.text(
            "SELECT DISTINCT r.rolname FROM pg_auth_members m "
            "JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE g.rolname = ANY(:groups) AND r.rolcreaterole AND NOT r.rolsuper "
            "AND r.rolname <> ALL(:groups) AND r.rolname <> :me"
        ),
        {"groups": list(GROUPS), "me": me},
    ).scalars()
    for name in list(creators):
        run(f"ALTER ROLE {_quoted(conn, name)} NOCREATEROLE")


def _quoted(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def ensure_login(conn: Connection, name: str, password: str | None) -> bool:
    """Create the login role ``name`` if missing; set its password when one is given.
    Return whether it was created."""
    exists = conn.execute(
        sa.text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": name}
    ).scalar_one()
    if not exists:
        conn.exec_driver_sql(f"CREATE ROLE {_quoted(conn, name)} LOGIN")
    if password:
        # standard_conforming_strings is on; the driver reads "%" as a placeholder's start.
        literal = "'" + password.replace("'", "''").replace("%", "%%") + "'"
        conn.exec_driver_sql(f"ALTER ROLE {_quoted(conn, name)} PASSWORD {literal}")
    return not exists


def make_member(conn: Connection, name: str, role: Role | None) -> None:
    """Make ``name`` a member of exactly ``role``'s group (none when ``None``), without
    ``CREATEROLE`` (administrators add people through :mod:`db.office.people_sql`)."""
    quoted = _quoted(conn, name)
    for group in Role:
        if group is not role:
            conn.exec_driver_sql(f"REVOKE {group.value} FROM {quoted}")
    if role is not None:
        conn.exec_driver_sql(f"GRANT {role.value} TO {quoted}")
    conn.exec_driver_sql(f"ALTER ROLE {quoted} NOCREATEROLE")
