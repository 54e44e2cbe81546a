"""People of a server library and their roles: ``accord server users`` and ``grant``.

A person is a PostgreSQL login role that belongs to one of Accord's groups
(:mod:`db.server.roles`); granting moves them between groups. Only an administrator
may grant (PostgreSQL agrees: an administrator's login has ``CREATEROLE``), a person is
created as a login role without a password when missing (the administrator sets one
with ``ALTER ROLE name PASSWORD '…'`` in psql, or ``\\password name``), and the last
administrator cannot be removed, so the library always has one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa

from db.errors import LibraryError, RoleError
from db.i18n.translate import fill, translate
from db.library import PERMISSION_DENIED, database_error
from db.office.init import ensure_login, make_member
from db.server.roles import GROUPS, OWNER, Action, Role, refusal, require

if TYPE_CHECKING:
    from db.library import Library

# Direct members of Accord's groups; the highest group a person is in is their role.
_PEOPLE = sa.text(
    """
    SELECT r.rolname AS name, r.rolcanlogin AS can_login, array_agg(g.rolname) AS groups
    FROM pg_auth_members m
    JOIN pg_roles r ON r.oid = m.member
    JOIN pg_roles g ON g.oid = m.roleid
    WHERE g.rolname = ANY(:groups) AND r.rolname <> ALL(:groups)
    GROUP BY r.rolname, r.rolcanlogin
    ORDER BY r.rolname
    """
)
# Key of the transaction-level advisory lock two grants take, so that two
# administrators demoting each other cannot both pass the last-administrator check.
GRANT_LOCK = 0x41434347


@dataclass(frozen=True)
class Person:
    """A person of the library: login role ``name``, their ``role``, and whether they
    ``can_login`` (a role made ``NOLOGIN`` by the server's administrator cannot)."""

    name: str
    role: Role
    can_login: bool


def _server(library: Library) -> None:
    if library.engine.dialect.name != "postgresql":
        raise LibraryError(
            translate(
                "server", "A library in a folder has no people or roles; only a server library has."
            )
        )


def list_people(library: Library) -> list[Person]:
    """Return everyone with a role in the library's server, by name."""
    _server(library)
    try:
        with library.engine.connect() as conn:
            rows = conn.execute(_PEOPLE, {"groups": list(GROUPS)}).all()
    except sa.exc.DBAPIError as exc:
        raise database_error(exc, library) from exc
    people = []
    for name, can_login, groups in rows:
        role = [r for r in Role if r.value in groups][-1]
        people.append(Person(name=name, role=role, can_login=bool(can_login)))
    return people


def grant(library: Library, user: str, role: Role | str | None) -> bool:
    """Give ``user`` exactly ``role`` (``None`` or ``"none"``: no role; the login role
    stays; a word such as ``"editor"`` names a role: :meth:`Role.from_word`); return
    whether ``user``'s login role was created.

    Raises :class:`~db.errors.RoleError` for a person who is not an
    administrator, and :class:`LibraryError` for one of Accord's own role names, a
    superuser (their rights do not come from Accord's groups), and for removing the
    last administrator.
    """
    _server(library)
    require(library.role, Action.MANAGE_PEOPLE)
    if isinstance(role, str):
        role = None if role.strip().lower() == "none" else Role.from_word(role)
    name = user.strip()
    if not name or name.lower() in (OWNER, *GROUPS):
        raise LibraryError(
            fill(
                translate("server", "“{name}” cannot be a person's name on the server."), name=name
            )
        )
    try:
        with library.engine.begin() as conn:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({GRANT_LOCK})")
            superuser = conn.execute(
                sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = :n"), {"n": name}
            ).scalar()
            if superuser:
                raise LibraryError(
                    fill(
                        translate(
                            "server",
                            "{name} is a superuser of the server, who may do everything; Accord's "
                            "roles do not apply to them.",
                        ),
                        name=name,
                    )
                )
            if role is not Role.ADMINISTRATOR:
                _refuse_last_administrator(conn, name)
            created = ensure_login(conn, name, None)
            make_member(conn, name, role)
    except sa.exc.DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == PERMISSION_DENIED:  # the server agrees
            raise RoleError(refusal(library.role, Action.MANAGE_PEOPLE)) from exc
        raise database_error(exc, library) from exc
    return created


def _refuse_last_administrator(conn: sa.Connection, name: str) -> None:
    """Refuse to take the role of the only administrator who can log in."""
    admins = set(
        conn.execute(
            sa.text(
                "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                "WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = :g) "
                "AND r.rolcanlogin"
            ),
            {"g": Role.ADMINISTRATOR.value},
        ).scalars()
    )
    if admins == {name}:
        raise LibraryError(
            fill(
                translate(
                    "server",
                    "{name} is the library's last administrator; make someone else an "
                    "administrator first.",
                ),
                name=name,
            )
        )
